"""The reusable print preview: pages rendered, paging and zoom, save a copy, print to a PDF."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Paragraph

from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles
from app.ui.dialogs.common.pdf_preview_dialog import PdfPreviewDialog, preview_pdf
from app.ui.i18n import Translations
from tests.gui.conftest import screenshot


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the modal dialog of `kind` as soon as it is open.

    A failed check inside `act` closes the dialog, so the test fails instead of waiting on
    a modal dialog for ever (pytest-qt reports the exception raised in the callback).
    """

    deadline = time.monotonic() + 20  # a dialog that never comes must not haunt later tests

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                act(dialog)
            except BaseException:
                dialog.close()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def two_pages(folder: Path) -> Path:
    styles = Styles()
    story = [
        Paragraph("第一页 健康小屋", styles.title),
        PageBreak(),
        Paragraph("第二页", styles.title),
    ]
    return render_pdf(folder / "two.pdf", story, PageSetup(), "t", printed=dt.date(2026, 11, 16))


def ink(dialog: PdfPreviewDialog) -> int:
    """How many sampled pixels of the shown page are not white: text was drawn."""
    image = dialog.ui.pageView.pixmap().toImage()
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height() // 4, 3)
        if image.pixelColor(x, y).lightness() < 200
    )


def test_pages_render_and_page_through_and_zoom(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    dialog = PdfPreviewDialog(two_pages(tmp_path), suggested_name="报表.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count == 2
    assert dialog.ui.pageLabel.text() == "第 1 页，共 2 页"
    assert not dialog.ui.previousButton.isEnabled()
    assert ink(dialog) > 20
    screenshot(dialog, "pdf_preview_dialog")

    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.page == 1 and dialog.ui.pageLabel.text() == "第 2 页，共 2 页"
    assert not dialog.ui.nextButton.isEnabled()

    fitted = dialog.ui.pageView.width()
    qtbot.mouseClick(dialog.ui.zoomInButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pageView.width() > fitted
    assert dialog.ui.zoomLabel.text().endswith("%")
    qtbot.mouseClick(dialog.ui.fitWidthButton, Qt.MouseButton.LeftButton)
    viewport = dialog.ui.scrollArea.viewport().width()
    assert viewport - 40 <= dialog.ui.pageView.width() <= viewport


def test_save_as_copies_the_bytes_through_the_file_dialog(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    source = two_pages(tmp_path)
    dialog = PdfPreviewDialog(source)
    qtbot.addWidget(dialog)
    target = tmp_path / "copies" / "开放时间表"
    target.parent.mkdir()

    def choose(file_dialog: QWidget) -> None:
        assert isinstance(file_dialog, QFileDialog)
        name = file_dialog.findChild(QLineEdit, "fileNameEdit")
        assert name.text() == "two.pdf"  # the suggested name
        name.setText(str(target))  # typed, as a person would
        file_dialog.accept()

    when_shown(QFileDialog, choose)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")  # the suffix is added when left out
    assert saved.read_bytes() == source.read_bytes()
    assert str(saved) in dialog.ui.statusLabel.text()
    assert sorted(p.name for p in target.parent.iterdir()) == ["开放时间表.pdf"]


def test_save_as_to_a_missing_folder_explains_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    # The folder was there when chosen, and is gone when writing (a USB stick pulled).
    dialog = PdfPreviewDialog(two_pages(tmp_path))
    qtbot.addWidget(dialog)
    shown: list[str] = []
    when_shown(QMessageBox, lambda box: (shown.append(box.text()), box.accept()))  # type: ignore[attr-defined,func-returns-value]
    assert not dialog.save_to(tmp_path / "gone" / "x.pdf")
    assert shown and "文件夹不存在" in shown[0]
    assert not (tmp_path / "gone").exists()


def test_printing_into_a_pdf_printer_paints_every_page(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    dialog = PdfPreviewDialog(two_pages(tmp_path))
    qtbot.addWidget(dialog)
    printer = dialog.make_printer()
    assert printer.pageLayout().pageSize().name() == "A4"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    width = float(reader.pages[0].mediabox.width)
    assert 590 <= width <= 600  # A4 kept
    # Each page carries the rasterised page as an image.
    assert all(page.images for page in reader.pages)


def test_an_unreadable_file_gets_a_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    shown: list[str] = []
    when_shown(QMessageBox, lambda box: (shown.append(box.text()), box.accept()))  # type: ignore[attr-defined,func-returns-value]
    preview_pdf(None, broken)
    assert shown and str(broken) in shown[0]
