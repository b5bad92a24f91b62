"""The equipment ledger, the asset labels and the stock sheet: real files read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.db.migrate import Database
from app.reports import asset_labels, consumables_stock, equipment_ledger
from app.reports.equipment_dataset import AssetLabel, label_data, ledger_data
from app.reports.language import ReportLanguage
from tests.support import CHAIR, DEMO_TODAY
from tests.unit.reports.test_report_infrastructure import fonts


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def assert_font_embedded(path: Path) -> None:
    used = fonts(PdfReader(path))
    assert used and all(used.values()), used
    assert all("WenQuanYiMicroHei" in name for name in used), used


def test_ledger_pdf_and_workbook(demo_db: Database, tmp_path: Path) -> None:
    data = ledger_data(demo_db, CHAIR, DEMO_TODAY)
    replaced = next(d for d in data.devices if d.replaced_by_asset_no)
    pdf = equipment_ledger.write_pdf(tmp_path / "ledger.pdf", data)
    text = text_of(pdf)
    for expected in ("设备台账", "设备履历", "工会资产", "已补齐", "维修中", "同型号补齐",
                     "设备完好率 89%", replaced.asset_no, replaced.replaced_by_asset_no,
                     "健康管理员（签字）", "第 1 页 / 共"):  # fmt: skip
        assert expected in text, expected
    assert_font_embedded(pdf)
    assert len(PdfReader(pdf).pages) >= 2

    book = load_workbook(equipment_ledger.write_xlsx(tmp_path / "ledger.xlsx", data))
    assert book.sheetnames == ["设备台账", "到期提醒", "设备履历"]
    ledger = book["设备台账"]
    assert "设备台账" in ledger["A1"].value
    assert [c.value for c in ledger[3]][:3] == ["序号", "资产编号", "名称"]
    rows = list(ledger.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(data.devices)
    first = data.devices[0]
    assert rows[0][1] == first.asset_no and rows[0][7] == first.price
    assert rows[0][6] == dt.datetime.combine(first.purchase_date or dt.date.min, dt.time())
    history = list(book["设备履历"].iter_rows(min_row=2, values_only=True))
    assert len(history) == len(data.history)
    assert any(r[3] == "同型号补齐" and r[8] == replaced.replaced_by_asset_no for r in history)


def test_ledger_in_english(demo_db: Database, tmp_path: Path) -> None:
    data = ledger_data(demo_db, CHAIR, DEMO_TODAY)
    text = text_of(equipment_ledger.write_pdf(tmp_path / "l.pdf", data, ReportLanguage.EN))
    assert "Equipment ledger" in text and "Device history" in text


def test_asset_labels(tmp_path: Path, demo_db: Database) -> None:
    site, labels = label_data(demo_db, CHAIR)
    assert labels and all(label.asset_no for label in labels)
    pdf = asset_labels.write_pdf(tmp_path / "labels.pdf", labels, site)
    text = text_of(pdf)
    assert all(label.asset_no in text for label in labels)
    assert "工会资产" in text
    assert_font_embedded(pdf)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]  # A4

    many = [AssetLabel(f"ZC-2026-{n:03d}", "电子血压计", "HEM-7136", None) for n in range(1, 24)]
    two = asset_labels.write_pdf(tmp_path / "two.pdf", many, site, skip=2)  # 25 slots
    reader = PdfReader(two)
    assert len(reader.pages) == 2
    assert "ZC-2026-022" in reader.pages[0].extract_text()
    assert "ZC-2026-023" in reader.pages[1].extract_text()


def test_stock_sheet(demo_db: Database, tmp_path: Path) -> None:
    data = consumables_stock.stock_sheet_data(demo_db, CHAIR, DEMO_TODAY)
    pdf = consumables_stock.write_pdf(tmp_path / "stock.pdf", data)
    text = text_of(pdf)
    for expected in ("日常消耗品库存表", "2026年第4季度", "血糖试纸", "库存不足", "30 天内到期",
                     "在库批次与有效期", "盘点人"):  # fmt: skip
        assert expected in text, expected
    assert_font_embedded(pdf)


def test_cli_report_equipment(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(demo_file.read_bytes())
    pdf, xlsx = tmp_path / "ledger.pdf", tmp_path / "ledger.xlsx"
    args = ["--lang", "zh", "--db", str(db), "--user", "tech", "report", "equipment", "-o",
            str(pdf), "--xlsx", str(xlsx)]  # fmt: skip
    assert main(args) == 0
    assert "设备台账" in text_of(pdf)
    assert load_workbook(xlsx)["设备台账"].max_row > 5
    assert str(pdf) in capsys.readouterr().out
    missing = ["--db", str(db), "--user", "tech", "report", "equipment", "-o",
               str(tmp_path / "no" / "x.pdf")]  # fmt: skip
    assert main(["--lang", "zh", *missing]) == 1
    assert "文件夹不存在" in capsys.readouterr().err
    assert main(["--lang", "en", *missing]) == 1
    assert "The folder does not exist" in capsys.readouterr().err


def label_positions(path: Path) -> dict[str, tuple[int, int]]:
    """asset no. -> (column, row) of the label it is printed on (A4, 24 labels of 70 × 37 mm)."""
    found: dict[str, tuple[int, int]] = {}

    def visit(text: str, _cm: object, tm: list[float], *_rest: object) -> None:
        if text.startswith("ZC-"):
            x_mm, y_mm = tm[4] / 72 * 25.4, tm[5] / 72 * 25.4
            found[text.strip()] = (int(x_mm // 70), int((297 - 0.5 - y_mm) // 37))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_cli_asset_labels_for_chosen_devices_from_a_free_position(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(demo_file.read_bytes())
    pdf = tmp_path / "labels.pdf"
    base = ["--lang", "en", "--db", str(db), "--user", "tech", "report", "asset-labels", "-o",
            str(pdf)]  # fmt: skip
    assert main([*base, "--asset-no", "zc-2025-003", "ZC-2025-001", "--start", "5"]) == 0
    assert "2 labels" in capsys.readouterr().out
    # Positions 1–4 stay empty: the labels go on the 5th (row 2, middle) and the 6th.
    assert label_positions(pdf) == {"ZC-2025-001": (1, 1), "ZC-2025-003": (2, 1)}
    assert len(PdfReader(pdf).pages) == 1
    assert_font_embedded(pdf)

    assert main([*base, "--asset-no", "ZC-1999-999"]) == 1
    assert "ZC-1999-999" in capsys.readouterr().err
    assert main([*base, "--start", "25"]) == 1  # a 24-label sheet has no 25th label
    assert "1–24" in capsys.readouterr().err
    assert main([*base, "--paper", "a4-21", "--start", "21"]) == 0  # the last label of 21
    text = text_of(pdf)
    assert len(PdfReader(pdf).pages) == 2 and "ZC-2025-001" in text
