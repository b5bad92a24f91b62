"""设备资产标签: an A4 sheet of self-adhesive labels, each with the asset no. as a QR code.

The labels sit at fixed places on the sheet (pre-cut label paper), so the grid is drawn in
page coordinates by one flowable per page; `skip` leaves the first labels of a part-used
sheet empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from app.catalogue.codes import Funding
from app.db.migrate import Database
from app.reports.equipment_dataset import AssetLabel
from app.reports.equipment_texts import WORDS
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.styles import ACCENT, INK, MUTED, RULE
from app.reports.request import Progress, ReportRequest
from app.services.actor import Actor

A4_WIDTH, A4_HEIGHT = 210.0, 297.0


@dataclass(frozen=True)
class LabelPaper:
    """A label sheet layout in millimetres (the first label's top-left corner and pitch)."""

    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


# The common Chinese A4 sheet of 24 labels (3 × 8, 70 × 37 mm, no gaps).
A4_24 = LabelPaper(3, 8, 70.0, 37.0, 0.0, 0.5, 70.0, 37.0)
# Avery L7160-style: 21 labels of 63.5 × 38.1 mm.
A4_21 = LabelPaper(3, 7, 63.5, 38.1, 7.2, 15.15, 66.0, 38.1)
PAPERS = {"a4-24": A4_24, "a4-21": A4_21}


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis so it fits `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class LabelSheet(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """One page of labels, drawn at absolute positions whatever the frame's margins."""

    def __init__(
        self,
        labels: Sequence[AssetLabel | None],
        paper: LabelPaper,
        site: str,
        words: Words,
        guides: bool,
    ) -> None:
        super().__init__()
        self.labels = labels
        self.paper = paper
        self.site = site
        self.words = words
        self.guides = guides

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height  # the whole page

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        x0, y0 = canvas.absolutePosition(0, 0)
        canvas.translate(-x0, -y0)  # from here on: page coordinates
        paper = self.paper
        for index, label in enumerate(self.labels):
            if label is None:
                continue
            col, row = index % paper.columns, index // paper.columns
            left = (paper.left + col * paper.pitch_x) * mm
            top = (A4_HEIGHT - paper.top - row * paper.pitch_y) * mm
            self._label(label, left, top - paper.height * mm)
        canvas.restoreState()

    def _label(self, label: AssetLabel, x: float, y: float) -> None:
        canvas = self.canv
        paper, w = self.paper, self.words
        width, height = paper.width * mm, paper.height * mm
        pad = 3 * mm
        font = register_fonts()
        if self.guides:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.setDash(1, 2)
            canvas.rect(x, y, width, height)
            canvas.setDash()
        side = height - 2 * pad
        widget = QrCodeWidget(label.asset_no, barLevel="M")
        x1, y1, x2, y2 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x2 - x1), 0, 0, side / (y2 - y1), 0, 0])
        drawing.initialFontName = font  # else the renderer selects Helvetica (not embedded)
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x + pad, y + pad)

        text_x = x + pad + side + 2 * mm
        room = x + width - pad - text_x
        top = y + height - pad
        canvas.setFillColor(ACCENT)
        canvas.setFont(font, 7.5)
        canvas.drawString(text_x, top - 7, _fit(w.code(Funding.UNION_ASSET), font, 7.5, room))
        canvas.setFillColor(INK)
        size = 11.0
        while size > 7 and stringWidth(label.asset_no, font, size) > room:
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawString(text_x, top - 7 - size - 3, _fit(label.asset_no, font, size, room))
        canvas.setFont(font, 9)
        line = top - 7 - size - 3 - 13
        canvas.drawString(text_x, line, _fit(label.name, font, 9, room))
        canvas.setFillColor(MUTED)
        canvas.setFont(font, 7)
        if label.model:
            line -= 10
            canvas.drawString(
                text_x, line, _fit(w("label_model", model=label.model), font, 7, room)
            )
        if self.site:
            canvas.drawString(text_x, y + pad, _fit(self.site, font, 7, room))


def write_pdf(
    path: Path,
    labels: Sequence[AssetLabel],
    site: str = "",
    paper: LabelPaper = A4_24,
    skip: int = 0,
    guides: bool = True,
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    """Write the label sheet(s); `skip` leaves that many labels of the first sheet unused."""
    words = Words({**COMMON, **WORDS}, language)
    slots: list[AssetLabel | None] = [None] * max(0, skip) + list(labels)
    story: list[Flowable] = []
    for start in range(0, max(len(slots), 1), paper.per_sheet):
        if story:
            story.append(PageBreak())
        story.append(LabelSheet(slots[start : start + paper.per_sheet], paper, site, words, guides))
    setup = PageSetup(margin_mm=0, header="", footer=False, language=language)
    return render_pdf(path, story, setup, title=words("labels_title"))


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """Labels for option `devices` (ids; default every device in the room) on `paper` (a key of
    PAPERS), from label `start` (1 = top left of a part-used sheet)."""
    from app.reports.equipment_dataset import label_data

    devices = request.options.get("devices")
    ids = [int(str(d)) for d in devices] if isinstance(devices, (list, tuple)) else None
    paper = PAPERS[str(request.options.get("paper", "a4-24"))]
    start = int(str(request.options.get("start", 1)))
    progress(20, "equipment")
    site, labels = label_data(db, actor, ids)
    progress(50, "pdf")
    return Path(write_pdf(request.pdf, labels, site, paper, start - 1, language=request.language))
