"""Printed lines follow the rules of Chinese typesetting and never cut a word, a number or a
code; every signature has its line; no printout tells the operator what to click.

The rules are checked on the lines read back from real PDFs (pdfium), of every printout, in
both languages, on the demo register and on generated ones.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from app.db.migrate import Database, open_database
from app.reports.language import ReportLanguage
from app.reports.pdf.paragraphs import break_allowed, line_ends
from tests.language_scan import register_texts
from tests.pdf_lines import Line, broken_lines, codes_in, english_vocabulary, pdf_lines
from tests.registers import TODAY, History, histories
from tests.unit.test_generated_registers import SCRATCH, every_printout, focus_days, register

LANGUAGES = (ReportLanguage.ZH, ReportLanguage.EN)


def wrapped(text: str, width: float) -> list[str]:
    """The lines of `text` in a column `width` wide, a Chinese character 2 wide, others 1."""
    widths = [1.0 if ord(c) < 0x2E80 else 2.0 for c in text]
    lines, start = [], 0
    for end, hyphen in line_ends(text, widths, [width], set()):
        lines.append(text[start:end].strip() + ("-" if hyphen else ""))
        start = end
    return lines


@given(
    cells=st.lists(
        st.tuples(st.sampled_from("健康小屋 ab-12，。（)\u3000."), st.floats(0, 12)), max_size=40
    ),
    slack=st.floats(-2, 2),
)
def test_a_text_that_fits_is_one_line_as_the_walk_finds_it(
    cells: list[tuple[str, float]], slack: float
) -> None:
    """The shortcut for a text that fits on one line ends where the character-by-character
    walk ends (a forced end past the text switches the shortcut off, changing nothing else),
    for columns about as wide as the text: just wide enough, just too narrow."""
    text = "".join(c for c, _ in cells)
    widths = [w for _, w in cells]
    width = max(1.0, sum(widths) + slack)
    walked = line_ends(text, widths, [width], {len(text) + 1})
    assert line_ends(text, widths, [width], set()) == walked


def test_no_line_starts_with_closing_punctuation_nor_ends_with_opening() -> None:
    text = "本月共接待职工一百二十人次，其中血压异常者（一级及以上）十二人。"
    for width in range(6, 40):
        for line in wrapped(text, width):
            assert line[0] not in "，。、；：？！）」", (width, line)
            assert line[-1] not in "（「", (width, line)
    assert "".join(wrapped(text, 11)) == text  # nothing lost or added


def test_codes_numbers_and_words_stay_whole() -> None:
    assert wrapped("资产编号HB-2024-0017已报修", 12) == ["资产编号", "HB-2024-0017", "已报修"]
    assert wrapped("血压 156/98 mmHg，已转诊", 12) == ["血压 156/98", "mmHg，已转诊"]
    assert wrapped("Consultation and health lecture", 14) == [
        "Consultation",
        "and health",
        "lecture",
    ]
    assert wrapped("Body-composition analyser", 12) == ["Body-", "composition", "analyser"]
    # Only a word longer than the whole line is cut, with a hyphen; a code is cut bare.
    assert wrapped("maintenance", 8) == ["mainten-", "ance"]
    assert wrapped("ZC-2026-0001", 8) == ["ZC-2026-", "0001"]


def test_breaks_allowed_between_chinese_and_after_spaces_only() -> None:
    allowed = break_allowed("我们 go 上班ok")
    assert allowed == [False, True, False, True, False, False, True, True, True, False]


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@pytest.fixture(scope="module")
def vocabulary() -> set[str]:
    return english_vocabulary()


def signature_lines_missing(path: Path, lines: list[Line]) -> list[str]:
    """Signature labels with neither a drawn line nor underscores to their right."""
    labels = [
        line
        for line in lines
        if line.text.strip().endswith((":", "：", "_"))
        and any(
            word in line.text
            for word in ("签字", "signature", "盘点人", "复核人", "Counted by", "Checked by")
        )
    ]
    missing = []
    document = pdfium.PdfDocument(path)
    try:
        for label in labels:
            if "___" in label.text:
                continue
            page = document[label.page - 1]
            rules = [
                obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
            ]
            drawn = any(
                right - left > 15 * mm
                and top - bottom < 3
                and abs(bottom - label.bottom) < 6
                and left >= label.right - 3
                for left, bottom, right, top in rules
            )
            if not drawn:
                missing.append(f"{path.name} p.{label.page}: {label.text.strip()!r}")
    finally:
        document.close()
    return missing


def check_printouts(db: Database, focus: dt.date, vocabulary: set[str]) -> list[str]:
    stored = register_texts(db.path)
    words, codes = vocabulary | english_vocabulary(stored), codes_in(stored)
    problems: list[str] = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory(dir=SCRATCH) as folder:
            for path in every_printout(db, Path(folder), focus, language):
                if path.suffix != ".pdf":
                    continue
                lines = pdf_lines(path)
                problems += [
                    f"{language} {path.name} {p}" for p in broken_lines(lines, words, codes)
                ]
                problems += signature_lines_missing(path, lines)
                shown = "\n".join(line.text for line in lines)
                for hint in ("列出姓名", "Choose to list"):
                    if hint in shown:
                        problems.append(f"{path.name}: an operator hint ({hint})")
    return problems


def test_every_printout_of_the_demo_register(demo_db: Database, vocabulary: set[str]) -> None:
    problems = check_printouts(demo_db, TODAY, vocabulary)
    assert problems == [], "\n".join(problems)


@settings(max_examples=6)
@given(history=histories(), focus=focus_days)
def test_every_printout_of_generated_registers(
    empty_file: Path, history: History, focus: dt.date, vocabulary: set[str]
) -> None:
    with register(empty_file, history) as (db, _folder):
        assert check_printouts(db, focus, vocabulary) == []


def test_the_checks_see_a_broken_line(tmp_path: Path, vocabulary: set[str]) -> None:
    """reportlab's own CJK wrapping (what the printouts used) fails the checks: columns just
    wide enough for the text before "，", half a code, part of a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph as KnifeParagraph

    from app.reports.pdf.styles import Styles

    style = Styles().body
    path = tmp_path / "knife.pdf"
    canvas = Canvas(str(path))
    y = 800.0
    cases = (
        ("本月接待职工一百二十一人次，资产报修。", "本月接待职工一百二十一人次"),
        ("ZC-2026-0017 报修", "ZC-2026-"),
        ("Consultation service", "Consultat"),
    )
    for text, first_line in cases:
        for spare in (0.5, 1.5, 3.0):  # a little room to spare, however the font rounds
            width = stringWidth(first_line, style.fontName, style.fontSize) + spare
            paragraph = KnifeParagraph(text, style)
            _width, height = paragraph.wrapOn(canvas, width, 1000)
            paragraph.drawOn(canvas, 40, y - height)
            y -= height + 30
    canvas.save()
    found = {p.rsplit(": ", 1)[1].split(" (")[0] for p in broken_lines(pdf_lines(path), vocabulary)}
    assert found == {"starts with ，", "a number or code cut in two", "a word cut in two"}
