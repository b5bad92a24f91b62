"""The one styles module for every PDF: sizes, colours, paragraph and table styles."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from app.reports.pdf.fonts import register_fonts

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#0b5394")
MUTED = colors.HexColor("#616e7c")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4ecf5")
ZEBRA = colors.HexColor("#f5f7fa")


class Styles:
    """Paragraph styles; every one uses the embedded CJK font and CJK line breaking."""

    def __init__(self, base_size: float = 10.5) -> None:
        font = register_fonts()

        def style(name: str, size: float, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(
                name,
                fontName=font,
                fontSize=size,
                leading=size * 1.4,
                textColor=kw.pop("textColor", INK),
                wordWrap="CJK",
                **kw,
            )

        self.font = font
        self.title = style("title", base_size * 2, alignment=TA_CENTER, spaceAfter=base_size)
        self.subtitle = style("subtitle", base_size * 1.2, alignment=TA_CENTER, textColor=MUTED)
        self.heading = style(
            "heading", base_size * 1.35, textColor=ACCENT, spaceBefore=base_size, spaceAfter=4
        )
        self.body = style("body", base_size)
        self.small = style("small", base_size * 0.85, textColor=MUTED)
        self.cell = style("cell", base_size * 0.95)
        self.cell_right = style("cell_right", base_size * 0.95, alignment=TA_RIGHT)
        self.cell_head = style("cell_head", base_size * 0.95, textColor=ACCENT)


def table_style(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
