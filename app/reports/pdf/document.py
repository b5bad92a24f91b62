"""The page template every report shares: header line, footer with page x of y, metadata.

`render_pdf` builds the story into a temporary file and renames it into place (see atomic.py),
so a failure never leaves a half-written PDF under the final name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.reports.atomic import atomic_path
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.styles import MUTED, RULE

PAGE_SIZES = {"A4": A4, "A3": A3}


@dataclass(frozen=True)
class PageSetup:
    size: str = "A4"
    landscape: bool = False
    margin_mm: float = 15
    header: str = ""  # e.g. site name · report name; empty for wall posters
    footer: bool = True  # page x of y and print date
    language: ReportLanguage = ReportLanguage.ZH

    @property
    def pagesize(self) -> tuple[float, float]:
        width, height = (
            landscape(PAGE_SIZES[self.size]) if self.landscape else PAGE_SIZES[self.size]
        )
        return float(width), float(height)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Defers page output so the footer can say "page x of y"."""

    def __init__(self, *args: object, setup: PageSetup, printed: dt.date, **kw: object) -> None:
        super().__init__(*args, **kw)
        self._setup = setup
        self._printed = printed
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        setup = self._setup
        width, height = setup.pagesize
        margin = setup.margin_mm * mm
        font = register_fonts()
        words = Words(COMMON, setup.language)
        self.setFont(font, 8.5)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        if setup.header:
            self.drawString(margin, height - margin + 4 * mm, setup.header)
            self.line(
                margin, height - margin + 2.5 * mm, width - margin, height - margin + 2.5 * mm
            )
        if setup.footer:
            self.line(margin, margin - 4 * mm, width - margin, margin - 4 * mm)
            self.drawString(
                margin, margin - 8 * mm, words("printed_on", date=self._printed.isoformat())
            )
            self.drawRightString(
                width - margin,
                margin - 8 * mm,
                words("page_of", page=self._pageNumber, pages=total),
            )


def render_pdf(
    path: Path,
    story: Sequence[Flowable],
    setup: PageSetup,
    title: str,
    printed: dt.date | None = None,
    author: str = "健康小屋台账 HealthRoom Ledger",
) -> Path:
    """Write `story` to `path` atomically and return the path."""
    register_fonts()
    printed = printed or dt.date.today()
    margin = setup.margin_mm * mm
    with atomic_path(Path(path)) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=setup.pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + (6 * mm if setup.header else 0),
            bottomMargin=margin + (4 * mm if setup.footer else 0),
            title=title,
            author=author,
            creator=author,
            # Start in the embedded font: otherwise an unused Helvetica lands in the resources.
            initialFontName=register_fonts(),
        )

        def make_canvas(*args: object, **kw: object) -> _NumberedCanvas:
            return _NumberedCanvas(*args, setup=setup, printed=printed, **kw)

        maker: Callable[..., Canvas] = make_canvas
        doc.build(list(story), canvasmaker=maker)
    return Path(path)
