"""The shared report machinery: embedded CJK font, page x of y, atomic files, xlsx read back."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from app.reports.atomic import OutputError, atomic_path, write_bytes
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles
from app.reports.xlsx.workbook import Sheet, write_workbook


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use, and whether its glyphs are embedded in the file."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            embedded = bool(descriptor) and "/FontFile2" in descriptor.get_object()
            found[str(font.get_object()["/BaseFont"])] = embedded
    return found


def test_reportlab_works_out_text_widths_and_pdf_numbers_in_c() -> None:
    """rl-accel is installed and found: without it reportlab silently falls back to Python
    for every text width and number it writes, a third of a report's layout time."""
    from reportlab.lib import rl_accel

    assert not rl_accel._py_funcs, f"reportlab works these out in Python: {rl_accel._py_funcs}"


def test_pdf_embeds_the_chinese_font_and_numbers_pages(tmp_path: Path) -> None:
    styles = Styles()
    story = [
        Paragraph("职工健康生活室月报", styles.title),
        PageBreak(),
        Paragraph("第二页", styles.body),
    ]
    path = render_pdf(
        tmp_path / "r.pdf",
        story,
        PageSetup(header="沧州华北机械 · 月报"),
        title="月报",
        printed=dt.date(2026, 11, 1),
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    text = reader.pages[0].extract_text()
    assert "职工健康生活室月报" in text
    assert "第 1 页 / 共 2 页" in text
    assert "打印日期：2026-11-01" in text
    used = fonts(reader)
    assert all(used.values()), used
    assert any("WenQuanYiMicroHei" in name for name in used)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "t.xlsx",
        [
            Sheet(
                "设备台账",
                ["资产编号", "名称", "购置日期", "价格"],
                [["ZC-001", "电子血压计", dt.date(2024, 3, 1), 399.0]],
                title_lines=["设备台账"],
            )
        ],
    )
    sheet = load_workbook(path)["设备台账"]
    assert sheet["A1"].value == "设备台账"
    assert [c.value for c in sheet[2]] == ["资产编号", "名称", "购置日期", "价格"]
    assert sheet["A3"].value == "ZC-001"
    assert sheet["C3"].value == dt.datetime(2024, 3, 1)
    assert sheet["D3"].value == 399.0


def test_a_failed_write_leaves_the_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("stick pulled")
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [target]


def test_a_full_disk_is_reported_as_no_space(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    with pytest.raises(OutputError) as info, atomic_path(target) as temp:
        temp.write_bytes(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.reason == "no_space"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        write_bytes(tmp_path / "gone" / "x.bin", b"x")
    assert info.value.reason == "folder_missing"
