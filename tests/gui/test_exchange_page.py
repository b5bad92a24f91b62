"""The Data exchange page: export the county-review package to a USB stick, see it listed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.key_fingerprint import fingerprint as key_fingerprint
from app.domain.periods import Period, PeriodError
from app.exchange.package_format import verify_package
from app.exchange.removable import RemovableDrive
from app.ui.dialogs.exchange.export_dialog import ExportDialog, read_period
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.exchange_page import ExchangePage
from tests.gui.conftest import screenshot
from tests.gui.test_main_window import visit


def exchange(qtbot: QtBot, window: MainWindow) -> ExchangePage:
    visit(qtbot, window, 7)
    page = window.current_page()
    assert isinstance(page, ExchangePage)
    return page


def test_export_to_a_usb_stick(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = exchange(qtbot, window)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    dialog = ExportDialog(page.context, page, drives=[RemovableDrive(stick, "KINGSTON (sdb1)")])
    qtbot.addWidget(dialog)
    assert dialog.ui.periodEdit.text() == "2026年第3季度"  # the last finished quarter, in words
    assert "KINGSTON" in dialog.ui.destinationCombo.currentText()
    dialog.ui.namedCheck.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()  # no password yet: refused with a reason
    assert dialog.choice is None and "密码" in dialog.ui.errorLabel.text()
    dialog.ui.namedCheck.setChecked(False)
    dialog.show()
    screenshot(dialog, "export_dialog")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.choice is not None and dialog.choice.folder == stick
    assert dialog.choice.period == Period.of_quarter(2026, 3)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    before = page.model.rowCount()
    fingerprint = page.tools.fingerprintLabel.text()  # the demo's key: made at its setup
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    page.start_export(dialog.choice)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    (written,) = stick.iterdir()
    assert str(written) in shown[0]
    assert verify_package(written).manifest["deidentified"] is True
    assert page.model.rowCount() == before + 1  # the export is listed, from its record
    shown_row = [page.model.data(page.model.index(0, c)) for c in range(8)]
    package = verify_package(written)
    assert shown_row[1:5] == ["130903-0001", "2026年第3季度", "1", "去标识化"]
    assert shown_row[5] == page.context.actor.username and shown_row[6] == written.name
    assert shown_row[7] == hashlib.sha256(written.read_bytes()).hexdigest()
    assert key_fingerprint(package.public_key) == fingerprint
    assert page.history_model.rowCount() >= 1  # the audit trail's exchanges, below
    screenshot(window, "exchange_page")


def test_the_period_is_shown_and_read_in_the_window_language(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    """The 1366×768 review: the field showed the raw 2026Q3."""
    today = window.context.today()
    translations.apply(Language.ENGLISH)
    dialog = ExportDialog(window.context, window, drives=[])
    qtbot.addWidget(dialog)
    assert dialog.ui.periodEdit.text() == dialog.ui.periodEdit.placeholderText() == "Q3 2026"
    dialog.ui.periodEdit.setText("Q3")
    dialog.ui.buttonBox.accepted.emit()  # refused: the example is in the words it reads
    assert dialog.choice is None
    assert "Year 2026" in dialog.ui.errorLabel.text() and "Q3 2026" in dialog.ui.errorLabel.text()
    assert "2026Q3" not in dialog.ui.errorLabel.text()
    assert read_period("Q3 2026", today) == Period.of_quarter(2026, 3)
    assert read_period("Year 2025", today) == Period.of_year(2025)
    translations.apply(Language.CHINESE)
    chinese = ExportDialog(window.context, window, drives=[])
    qtbot.addWidget(chinese)
    assert chinese.ui.periodEdit.placeholderText() == "2026年第3季度"
    chinese.ui.periodEdit.setText("第3季度")
    chinese.ui.buttonBox.accepted.emit()
    shown = chinese.ui.errorLabel.text()
    assert "2026年第3季度" in shown and "2026年10月" in shown and "Q3" not in shown
    assert read_period(" 2026年第2季度 ", today) == Period.of_quarter(2026, 2)
    assert read_period("2026年10月", today) == Period.of_month(2026, 10)
    assert read_period("2026Q1", today) == Period.of_quarter(2026, 1)  # the code still reads
    with pytest.raises(PeriodError):
        read_period("第3季度", today)  # no year: refused, the field says how to write it


def test_the_packages_written_name_their_period_in_the_window_language(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    """The export history showed the stored code "2026Q3"."""
    from app.ui.dialogs.exchange.export_dialog import ExportChoice

    page = exchange(qtbot, window)
    shown: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
        page.start_export(ExportChoice(Period.of_quarter(2026, 3), tmp_path, False, ""))
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    period = titles.index("期间")
    periods = {model.index(r, period).data() for r in range(model.rowCount())}
    assert "2026年第3季度" in periods and not any("Q" in p for p in periods)
    translations.apply(Language.ENGLISH)
    periods = {model.index(r, period).data() for r in range(model.rowCount())}
    assert "Q3 2026" in periods and "2026Q3" not in periods


def test_a_full_drive_is_explained_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from app.domain.periods import Period
    from app.exchange import export_package
    from app.ui.dialogs.exchange.export_dialog import ExportChoice

    def full(_handle: object, _chunk: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_package, "write_chunk", full)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page = exchange(qtbot, window)
    page.start_export(ExportChoice(Period.parse("2026Q3"), tmp_path, False, ""))
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "满" in warnings[0]
    assert not any(p.suffix in (".zip", ".part") for p in tmp_path.iterdir())


def test_the_county_feedback_is_shown_whole_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """At 1366×768 the 县级反馈 box was drawn at its old height after a review result was
    applied, its last lines cut (the geometry test's text check finds such a box)."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.window_tour import REVIEW_COMMENT, apply_county_review, text_cut

    window.resize(1366, 768)
    page = exchange(qtbot, window)
    assert text_cut(window) == []
    apply_county_review(window.context.db, tmp_path)
    page.reload()
    QApplication.processEvents()  # one round, as the next frame is drawn
    label = page.tools.feedbackLabel
    assert REVIEW_COMMENT in label.text() and label.text().count("\n") >= 2
    assert label.height() >= label.heightForWidth(label.width())
    assert text_cut(window) == []
    screenshot(window, "exchange-page-feedback")
