"""The workbook reader agrees with openpyxl on what Excel and WPS really write."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.exchange.spreadsheet import SpreadsheetError, read_table

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# Every package Excel and WPS write starts with these two parts.
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/worksheets/sheet2.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def handmade(path: Path, namespace: str = MAIN) -> Path:
    """A workbook as Excel writes it: shared strings (with rich text and the phonetic guide
    Chinese Excel adds), a Chinese built-in date format (31), a custom date format, a shared
    formula, a boolean, a second sheet that must be ignored."""
    workbook = (
        f'<workbook xmlns="{namespace}" xmlns:r="{REL}"><workbookPr/>'
        '<sheets><sheet name="花名册" sheetId="1" r:id="rId7"/>'
        '<sheet name="说明" sheetId="2" r:id="rId8"/></sheets></workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId8" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId7" Type="{REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    strings = (
        f'<sst xmlns="{namespace}" count="4" uniqueCount="4">'
        "<si><t>工号</t></si>"
        "<si><r><t>姓</t></r><r><rPr><b/></rPr><t>名</t></r></si>"
        '<si><t>张三</t><rPh sb="0" eb="2"><t>チョウサン</t></rPh></si>'
        '<si><t xml:space="preserve"> 入职日期 </t></si>'
        "</sst>"
    )
    styles = (
        f'<styleSheet xmlns="{namespace}"><numFmts count="1">'
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
        '</numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="176"/>'
        '<xf numFmtId="49"/></cellXfs></styleSheet>'
    )
    sheet = (
        f'<worksheet xmlns="{namespace}"><dimension ref="A1:E4"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>3</v></c><c r="D1" t="inlineStr"><is><t>在职</t></is></c>'
        '<c r="E1" t="inlineStr"><is><t>备注</t></is></c></row>'
        '<row r="3"><c r="A3" s="3" t="s"><v>2</v></c><c r="B3" t="s"><v>2</v></c>'
        '<c r="C3" s="1"><v>45047</v></c><c r="D3" t="b"><v>1</v></c>'
        '<c r="E3"><f t="shared" ref="E3:E4" si="0">A3&amp;B3</f><v>0</v></c></row>'
        '<row r="4"><c r="A4"><v>10023</v></c><c r="B4"><v>1.5</v></c>'
        '<c r="C4" s="2"><v>45048</v></c><c r="E4"><f t="shared" si="0"/><v>0</v></c></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="D3:D4"/></mergeCells></worksheet>'
    )
    other = (
        f'<worksheet xmlns="{namespace}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
        "<is><t>不要读我</t></is></c></row></sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/sharedStrings.xml", strings)
        archive.writestr("xl/styles.xml", styles)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/worksheets/sheet2.xml", other)
    return path


@pytest.mark.parametrize(
    "namespace",
    [MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"],
    ids=["transitional", "strict"],
)
def test_reads_what_excel_writes(tmp_path: Path, namespace: str) -> None:
    table = read_table(handmade(tmp_path / "hand.xlsx", namespace))
    assert table.sheet == "花名册"
    rows = {row.number: row.values for row in table.rows}
    assert rows[1] == ("工号", "姓名", " 入职日期 ", "在职", "备注")
    assert rows[3] == ("张三", "张三", dt.date(2023, 5, 1), True, "=A3&B3")
    assert rows[4] == (10023, 1.5, dt.date(2023, 5, 2), True, "=…")  # D merged from D3


def test_agrees_with_openpyxl_on_a_workbook_openpyxl_wrote(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["标题"])
    sheet.merge_cells("A1:C1")
    sheet.append(["a", 1, 2.25])
    sheet.append([dt.date(2020, 1, 31), "=SUM(B2:C2)", None])
    sheet.append([None, None, None])
    sheet.append(["x", True, "130102199001011234"])
    path = tmp_path / "o.xlsx"
    book.save(path)
    ours = read_table(path)
    theirs = load_workbook(path).active
    merged = {(r, c) for rng in theirs.merged_cells.ranges for r, c in rng.cells}
    for row in ours.rows:
        for column, value in enumerate(row.values, start=1):
            if (row.number, column) in merged:
                continue
            expected = theirs.cell(row.number, column).value
            if isinstance(expected, dt.datetime) and expected.time() == dt.time():
                expected = expected.date()  # a date cell: openpyxl says midnight
            assert value == expected, (row.number, column)
    assert [r.number for r in ours.rows] == [1, 2, 3, 5]
    assert ours.rows[0].values == ("标题", "标题", "标题")


def test_a_zip_without_a_workbook_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(SpreadsheetError) as info:
        read_table(path)
    assert info.value.code == "not_a_spreadsheet"
