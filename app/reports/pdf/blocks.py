"""Building blocks the period reports share: numbered headings, tables, text to fill in,
signature lines. Everything in the embedded font (see styles.py)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import RULE, Styles, table_style

NUMERALS = "一二三四五六七八九十"


def escape(text: str) -> str:
    """Text as Paragraph markup reads it: &, < and > as entities, as `xml.sax.saxutils` does
    (not imported for it: it loads urllib, http and ssl, some 5 % of a report's start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered(index: int, text: str, chinese: bool = True) -> str:
    """一、基本情况 / 1. The room."""
    if chinese:
        number = NUMERALS[index - 1] if index <= 10 else "十" + NUMERALS[index - 11]
        return f"{number}、{text}"
    return f"{index}. {text}"


def para(text: str, style: object) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class Sections:
    """Numbers the headings of a report as they are added."""

    def __init__(self, styles: Styles, chinese: bool = True) -> None:
        self.styles = styles
        self.chinese = chinese
        self.count = 0

    def heading(self, text: str) -> Paragraph:
        self.count += 1
        heading = para(numbered(self.count, text, self.chinese), self.styles.heading)
        heading.keepWithNext = True  # never a heading alone at the foot of a page
        return heading


def data_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    total_row: bool = False,
    row_height_mm: float | None = None,
) -> Table:
    """A table with a repeated header; `widths` in mm; `right` columns right-aligned;
    `row_height_mm` gives every row room to write in by hand (blank forms)."""
    head = [para(str(h), styles.cell_head) for h in header]
    body = [
        [
            para(
                "" if value is None else str(value),
                styles.cell_right if i in right else styles.cell,
            )
            for i, value in enumerate(row)
        ]
        for row in rows
    ]
    heights = None if row_height_mm is None else [None, *([row_height_mm * mm] * len(rows))]
    table = Table(
        [head, *body], colWidths=[w * mm for w in widths], rowHeights=heights, repeatRows=1
    )
    style = table_style()
    if total_row and rows:
        style.add("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1, RULE)
    table.setStyle(style)
    return table


def coloured(text: str, good: bool | None) -> str:
    """Markup for a cell in green (met) or red (not met); black when not judged."""
    if good is None:
        return escape(text)
    colour = "#2e7d32" if good else "#c62828"
    return f'<font color="{colour}">{escape(text)}</font>'


def markup_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right: Sequence[int] = (),
) -> Table:
    """Like data_table, but cells are paragraph markup already (for coloured verdicts)."""
    head = [para(str(h), styles.cell_head) for h in header]
    body = [
        [
            Paragraph(value, styles.cell_right if i in right else styles.cell)
            for i, value in enumerate(row)
        ]
        for row in rows
    ]
    table = Table([head, *body], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(table_style())
    return table


def key_values(
    styles: Styles, pairs: Sequence[tuple[str, str]], widths: tuple[float, float]
) -> Table:
    rows = [[para(k, styles.cell_head), para(v, styles.cell)] for k, v in pairs]
    table = Table(rows, colWidths=[w * mm for w in widths])
    style = table_style(header_rows=0, zebra=False)
    style.add("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4ecf5"))
    table.setStyle(style)
    return table


def text_to_fill(styles: Styles, text: str, hint: str, lines: int = 4) -> list[Flowable]:
    """The editable text as written; when left empty, ruled lines to write on by hand."""
    if text.strip():
        return [para(line, styles.body) for line in text.strip().split("\n")]
    out: list[Flowable] = [para(hint, styles.small)]
    ruled = Table([[""] for _ in range(lines)], colWidths=[170 * mm], rowHeights=[9 * mm] * lines)
    # Every table names the font, or reportlab sets (and lists in the PDF) Helvetica per cell.
    ruled.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ]
    )
    out.append(ruled)
    return out


def signatures(styles: Styles, left: str, right: str, date: str) -> Flowable:
    """Two signature lines (health administrator, union chair), each with a date."""
    line = "______________________"
    short = "______________"
    rows = [
        [para(left + line, styles.body), para(right + line, styles.body)],
        [para(date + short, styles.body), para(date + short, styles.body)],
    ]
    table = Table(rows, colWidths=[90 * mm, 90 * mm], rowHeights=[12 * mm, 10 * mm])
    table.setStyle(
        [("FONTNAME", (0, 0), (-1, -1), register_fonts()), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    )
    return KeepTogether([Spacer(1, 10 * mm), table])


def signature_row(styles: Styles, labels: Sequence[str], width: float) -> Flowable:
    """Labels on one row ("健康管理员（签字）：", "日期：") each followed by a drawn line to sign
    on; the lines share what `width` leaves after the labels."""
    measured = [
        stringWidth(label, styles.body.fontName, styles.body.fontSize) + 4 for label in labels
    ]
    blank = max(20 * mm, (width - sum(measured)) / len(labels))
    cells: list[object] = []
    widths: list[float] = []
    for label, label_width in zip(labels, measured, strict=True):
        cells += [Paragraph(escape(label), styles.body), ""]
        widths += [label_width, blank]
    table = Table([cells], colWidths=widths, rowHeights=[12 * mm])
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in range(1, len(cells), 2):
        commands.append(("LINEBELOW", (column, 0), (column, 0), 0.6, colors.black))
    table.setStyle(commands)
    return KeepTogether([Spacer(1, 8 * mm), table])
