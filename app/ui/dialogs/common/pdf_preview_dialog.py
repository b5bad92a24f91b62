"""Print preview of any PDF the program writes: look at it, print it, or save a copy.

Pages are rasterised with PDFium (pypdfium2): on screen at the zoom shown, and for printing
at the printer's resolution (capped, so an A3 page at 1200 dpi does not need a gigabyte),
painted into the QPrinter page by page. The PDF is read into memory when the dialog opens,
so the caller may delete a temporary file as soon as the dialog is closed.

Use `preview_pdf(parent, path)`; reports reuse it as it is.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from app.reports.atomic import OutputError, write_bytes
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from app.ui.i18n import output_problem

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MAX_PRINT_DPI = 300  # plenty for text on paper; keeps one A3 page under ~50 MB of pixels


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page `index` as an image, `scale` pixels per PDF point (72 per inch)."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        try:
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            return image.copy()  # own the pixels: the bitmap's buffer is freed below
        finally:
            bitmap.close()
    finally:
        page.close()


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        title: str | None = None,
        suggested_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.path = Path(path)
        self.data = self.path.read_bytes()
        self.document = pdfium.PdfDocument(self.data)
        self.page_sizes: list[tuple[float, float]] = [
            (float(w), float(h))
            for w, h in (self.document.get_page_size(i) for i in range(len(self.document)))
        ]
        self.suggested_name = suggested_name or self.path.name
        if title:
            self.setWindowTitle(title)
        self.page = 0
        self.zoom = 1.0
        self.fit: str | None = "page"  # "page", "width" or None for a fixed zoom
        ui = self.ui
        ui.previousButton.clicked.connect(lambda: self.show_page(self.page - 1))
        ui.nextButton.clicked.connect(lambda: self.show_page(self.page + 1))
        ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        ui.fitPageButton.clicked.connect(lambda: self.set_fit("page"))
        ui.fitWidthButton.clicked.connect(lambda: self.set_fit("width"))
        ui.saveButton.clicked.connect(self.ask_save_as)
        ui.printButton.clicked.connect(self.ask_print)
        ui.closeButton.clicked.connect(self.accept)
        ui.scrollArea.viewport().installEventFilter(self)
        screen = QGuiApplication.primaryScreen()
        self.resize(
            min(980, screen.availableGeometry().width() - 40) if screen else 980,
            min(900, screen.availableGeometry().height() - 60) if screen else 900,
        )
        self.show_page(0)

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    # --- on screen -----------------------------------------------------------------------

    def _screen_scale(self) -> float:
        """Pixels per PDF point at 100 % zoom: the page at its real size on this screen."""
        return self.logicalDpiX() / 72

    def _fitted_zoom(self) -> float:
        width, height = self.page_sizes[self.page]
        viewport: QSize = self.ui.scrollArea.viewport().size()
        available_w = max(100, viewport.width() - 24)
        available_h = max(100, viewport.height() - 24)
        by_width = available_w / (width * self._screen_scale())
        if self.fit == "width":
            return by_width
        return min(by_width, available_h / (height * self._screen_scale()))

    def show_page(self, index: int) -> None:
        self.page = max(0, min(self.page_count - 1, index))
        if self.fit:
            self.zoom = self._fitted_zoom()
        ratio = self.devicePixelRatioF()
        image = render_page(self.document, self.page, self._screen_scale() * self.zoom * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.ui.pageView.setPixmap(pixmap)
        self.ui.pageView.resize(pixmap.deviceIndependentSize().toSize())
        self._update_controls()

    def _update_controls(self) -> None:
        ui = self.ui
        ui.pageLabel.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.page + 1))
            .replace("%2", str(self.page_count))
        )
        ui.zoomLabel.setText(f"{round(self.zoom * 100)} %")
        ui.previousButton.setEnabled(self.page > 0)
        ui.nextButton.setEnabled(self.page < self.page_count - 1)

    def step_zoom(self, direction: int) -> None:
        if direction > 0:
            larger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-3]
            self.zoom = larger[0] if larger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-3]
            self.zoom = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.fit = None
        self.show_page(self.page)

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self.show_page(self.page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.fit:
            self.show_page(self.page)  # keep the page fitted as the window changes size
        return super().eventFilter(watched, event)

    # --- save a copy -----------------------------------------------------------------------

    def ask_save_as(self) -> None:
        target = self.ask_save_path()
        if target is not None:
            self.save_to(target)

    def ask_save_path(self) -> Path | None:
        return ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save as PDF"),
            self.suggested_name,
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
        )

    def save_to(self, target: Path) -> bool:
        """Save a copy, or explain why not (a USB stick pulled, a full disk)."""
        try:
            self.save_as(target)
        except OutputError as error:
            QMessageBox.warning(self, self.tr("Not saved"), self.output_error_text(error))
            return False
        self.ui.statusLabel.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True

    def save_as(self, target: Path) -> Path:
        """Copy the PDF to `target` atomically: complete there, or not there at all."""
        return write_bytes(Path(target), self.data)

    @staticmethod
    def output_error_text(error: OutputError) -> str:
        reason = output_problem(error.reason)
        where = QCoreApplication.translate("PdfPreviewDialog", "The PDF was not saved to %1.")
        return where.replace("%1", str(error.path)) + "\n" + reason

    # --- print -----------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set to the PDF's paper (A4, A3, landscape) so the dialog proposes it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        width, height = self.page_sizes[0]
        orientation = (
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
        # Fuzzy matching turns 595 × 842 pt into "A4", which printer drivers know by name.
        paper = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
        printer.setPageSize(paper)
        printer.setPageOrientation(orientation)
        printer.setDocName(self.suggested_name)
        return printer

    def ask_print(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printed = self.print_to(printer)
        self.ui.statusLabel.setText(self.tr("%n page(s) sent to the printer.", "", printed))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (the printer's range, or all) into `printer`; returns how many."""
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, self.page_count
        pages = list(range(max(1, first) - 1, min(self.page_count, last)))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer is not ready."))
            return 0
        done = 0
        try:
            for number, index in enumerate(pages):
                if progress.wasCanceled():
                    break
                if number:
                    printer.newPage()
                image = render_page(self.document, index, dpi / 72)
                area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                area.moveTo(0, 0)  # the painter's origin is the printable area's corner
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
                done += 1
                progress.setValue(done)
        finally:
            painter.end()
            progress.close()
        return done

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


def preview_pdf(
    parent: QWidget | None,
    path: Path,
    title: str | None = None,
    suggested_name: str | None = None,
) -> None:
    """Show the PDF with Print and Save-as; returns when the user closes the preview."""
    try:
        dialog = PdfPreviewDialog(path, parent, title, suggested_name)
    except (OSError, pdfium.PdfiumError) as error:
        log.exception("cannot preview %s", path)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Cannot show the preview"),
            QCoreApplication.translate("PdfPreviewDialog", "The file %1 could not be read:\n%2")
            .replace("%1", str(path))
            .replace("%2", str(error)),
        )
        return
    dialog.exec()
