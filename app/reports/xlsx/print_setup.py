"""How every workbook the program writes prints: on A4, as wide as the paper (turned to landscape
when the table is wide), the column headings again at the top of every page, and "page x of y"
with the printing date in the footer.

Only sheet properties are set, never cells, so it works on a write-only sheet (openpyxl's
streaming mode) as well as on a normal one. Excel, WPS and LibreOffice all honour these settings;
`&P`, `&N` and `&D` are the footer codes for the page, the page count and the date of printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.reports.language import COMMON, ReportLanguage, Words

# Column-width units (about 7 px of Excel's default font each) across A4 portrait at 100 % within
# the margins below: a wider table would shrink below ~85 % upright, so it is turned to landscape.
PORTRAIT_WIDTH = 100.0
A4 = "9"  # the paper size code of the OOXML page setup
MARGINS_INCH = {"left": 0.4, "right": 0.4, "top": 0.5, "bottom": 0.6, "header": 0.2, "footer": 0.25}


def landscape(widths: Sequence[float]) -> bool:
    return sum(widths) > PORTRAIT_WIDTH


def set_up_printing(
    sheet: Any,
    header_rows: tuple[int, int],
    widths: Sequence[float],
    language: ReportLanguage = ReportLanguage.ZH,
) -> None:
    """Print `sheet` on A4 one page wide, rows `header_rows` (first, last) repeated on each page."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    setup = sheet.page_setup
    setup.paperSize = A4
    setup.orientation = "landscape" if landscape(widths) else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    properties = sheet.sheet_properties
    if properties.pageSetUpPr is None:
        properties.pageSetUpPr = PageSetupProperties()
    properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(**MARGINS_INCH)
    sheet.print_options.horizontalCentered = True
    first, last = header_rows
    sheet.print_title_rows = f"{first}:{last}"
    words = Words(COMMON, language)
    footer = sheet.oddFooter
    footer.center.text = words("page_of", page="&P", pages="&N")
    footer.right.text = words("printed_on", date="&D")
    footer.center.size = footer.right.size = 9
