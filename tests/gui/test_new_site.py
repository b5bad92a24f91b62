"""A real site from day one: the first-run wizard sets up a site, nothing else is entered, every
page is visited and every printout is made from the window — none may fail, every PDF passes
`qpdf --check` and says no "None". Screenshots of each page in build/screenshots/new-site-*."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db.migrate import open_database
from app.ui.app import offer_first_run
from app.ui.dialogs.activities.outreach_dialog import OutreachDialog
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.dialogs.common import pdf_preview_dialog
from app.ui.dialogs.exchange.export_dialog import ExportDialog
from app.ui.dialogs.setup.first_run_dialog import FirstRunDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.dialogs.usage.register_print_dialog import RegisterPrintDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import PAGES, MainWindow
from app.ui.report_kinds import REPORT_KINDS
from tests.gui.conftest import open_window, screenshot
from tests.gui.test_open_hours_page import when_shown
from tests.gui.test_reports_page import choose

LEAKS = re.compile(r"\bNone\b|\bnan\b|\bnull\b")


def check_pdf(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf:
        assert subprocess.run([qpdf, "--check", str(path)], capture_output=True).returncode == 0
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert not LEAKS.search(text), (path.name, LEAKS.findall(text))


def set_up_a_site(qtbot: QtBot, window: MainWindow) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SiteSetupDialog)
        dialog.form.siteNameEdit.insert("沧州新建机械有限公司")
        qtbot.keyClicks(dialog.form.siteCodeEdit, "130900-0100")
        dialog.ui.buttonBox.accepted.emit()

    def new_site(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        when_shown(SiteSetupDialog, fill)
        dialog.ui.newSiteButton.click()

    when_shown(FirstRunDialog, new_site)
    assert offer_first_run(window) == []


def page_named(window: MainWindow, key: str) -> QWidget:
    window.ui.navList.setCurrentRow(window.page_keys.index(key))
    page = window.current_page()
    assert page is window.pages[key]
    return page


def test_a_new_site_makes_every_printout_from_the_window(
    qtbot: QtBot, tmp_path: Path, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "new.db")
    window = open_window(qtbot, db, translations)
    window.resize(1366, 768)
    set_up_a_site(qtbot, window)

    for key, _make in PAGES:  # every page, as the chair sees them
        page_named(window, key)
        QCoreApplication.processEvents()
        screenshot(window, f"new-site-{key}-zh")

    out = tmp_path / "printouts"
    out.mkdir()
    written: list[Path] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str = "", *_a: object,
                **_k: object) -> tuple[str, str]:  # fmt: skip
        return str(out / Path(suggested).name), filters

    def previewed(_parent: object, path: Path, *_args: object) -> None:
        kept = out / Path(path).name  # the wall schedule's preview file is a temporary one
        shutil.copyfile(path, kept)
        written.append(kept)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(pdf_preview_dialog, "preview_pdf", previewed)

    def made(count: int) -> Callable[[], bool]:
        return lambda: len(written) >= count

    # The Reports page: every printout it offers, with its workbook where it has one.
    reports = page_named(window, "reports")
    on_the_page = [entry for entry in REPORT_KINDS if entry.spec.on_reports_page]
    for entry in on_the_page:
        choose(qtbot, reports, entry.id)  # type: ignore[arg-type]
        if entry.spec.xlsx:
            reports.panel_ui.xlsxCheck.setChecked(True)  # type: ignore[attr-defined]
        reports.choose_file = lambda name: out / name  # type: ignore[attr-defined]
        reports.open_pdf = written.append  # type: ignore[attr-defined]
        before = len(written)
        qtbot.mouseClick(reports.panel_ui.generateButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.waitUntil(made(before + 1), timeout=60_000)
        screenshot(window, f"new-site-report-{entry.id}-zh")

    # The Equipment page: the ledger, the stock sheet, the cleaning log filled and blank.
    equipment = page_named(window, "equipment")
    equipment.printouts.open_file = written.append  # type: ignore[attr-defined]
    panel = equipment.panel  # type: ignore[attr-defined]
    for button in (panel.ledgerButton, panel.stockSheetButton, panel.cleaningLogButton,
                   panel.blankLogButton):  # fmt: skip
        before = len(written)
        button.click()
        qtbot.waitUntil(made(before + 1), timeout=60_000)

    # The usage register, of the month and blank.
    usage = page_named(window, "usage")
    for name in ("usage.pdf", "usage-blank.pdf"):

        def print_register(dialog: QWidget, target: Path = out / name) -> None:
            assert isinstance(dialog, RegisterPrintDialog)
            dialog.ui.pathEdit.setText(str(target))
            dialog.start()
            qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
            written.extend(p for p in dialog.written if p.suffix == ".pdf")
            dialog.accept()

        when_shown(RegisterPrintDialog, print_register)
        usage.print_blank() if "blank" in name else usage.print_register()  # type: ignore[attr-defined]

    # Activities: the year's plan and the outreach list (no activity yet: no sign-in sheet).
    # Both open without blocking (window-modal): each is acted on once open and closed before
    # the next — a poll for it by time could outlast its deadline under load and drop a PDF.
    activities = page_named(window, "activities")
    for kind, button, name in ((PlanDialog, "planButton", "plan.pdf"),
                               (OutreachDialog, "outreachButton", "outreach.pdf")):  # fmt: skip
        getattr(activities.tools, button).click()  # type: ignore[attr-defined]
        dialog = activities.dialog  # type: ignore[attr-defined]
        assert isinstance(dialog, kind) and dialog.isVisible()
        target = out / name
        if isinstance(dialog, PlanDialog):
            dialog.save_pdf(target, with_actual=True)
        else:
            dialog.save(target)
        saved = partial(lambda t, lb: str(t) in lb.text(), target, dialog.ui.messageLabel)
        qtbot.waitUntil(saved, timeout=60_000)  # saved, and said where
        written.append(target)
        dialog.reject()

    # The wall schedule from the Open hours page.
    open_hours = page_named(window, "open_hours")
    before = len(written)
    open_hours.wall.preview()  # type: ignore[attr-defined]
    qtbot.waitUntil(made(before + 1), timeout=60_000)

    # The county package from Data exchange.
    exchange = page_named(window, "exchange")
    usb = tmp_path / "usb"
    usb.mkdir()

    def export_to_usb(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.add_destination(usb, "USB")
        dialog.save()

    when_shown(ExportDialog, export_to_usb)
    when_shown(QMessageBox, lambda box: box.accept())  # "the package was written and checked"
    exchange.export()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(usb.glob("*.zip")), timeout=60_000)

    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert len(pdfs) == len(on_the_page) + 4 + 2 + 2 + 1, [p.name for p in pdfs]
    for path in pdfs:
        check_pdf(path)
    assert list(out.glob("*.xlsx")), "the workbooks asked for were written"

    translations.apply(Language.ENGLISH)
    for key in ("overview", "reports"):
        page_named(window, key)
        QCoreApplication.processEvents()
        screenshot(window, f"new-site-{key}-en")
    translations.apply(Language.CHINESE)
    db.close()
