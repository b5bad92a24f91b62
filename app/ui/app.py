"""Start the desktop program: Qt application, font, language, database, first run, window."""

from __future__ import annotations

import getpass
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.db.migrate import Database, open_database
from app.domain.codes import Role
from app.logging_setup import setup_logging
from app.services import site_profile
from app.services.actor import Actor
from app.ui import smoke
from app.ui.context import AppContext
from app.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from app.ui.dialogs.site_setup_dialog import SiteSetupDialog
from app.ui.error_dialog import install_excepthook, show_unexpected
from app.ui.i18n import Translations, saved_language
from app.ui.main_window import MainWindow
from app.ui.start import create_application
from app.ui.tasks import Progress, Task, run_with_progress

if TYPE_CHECKING:
    from app.services.demo import DemoSummary

log = logging.getLogger(__name__)


def local_actor() -> Actor:
    # Until sign-in exists, the person at the room PC acts with the chair's rights.
    return Actor(getpass.getuser() or "local", Role.CHAIR)


def build_window(
    app: QApplication, db: Database, translations: Translations | None = None
) -> MainWindow:
    if translations is None:
        translations = Translations(app)
        translations.apply(saved_language())
    return MainWindow(AppContext(db=db, actor=local_actor()), translations)


def offer_first_run(window: MainWindow) -> list[Task]:
    """On an empty database ask: set up a new site, or fill in the demo data."""
    context = window.context
    if site_profile.get_profile(context.db) is not None:
        return []
    dialog = FirstRunDialog(window)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return []
    if dialog.choice is FirstRunChoice.NEW_SITE:
        if SiteSetupDialog(context, window).exec():
            window.reload_all()
        return []

    def job(progress: Progress) -> DemoSummary:
        from app.services.demo import generate_demo  # big (pinyin tables): only when asked

        return generate_demo(context.db, today=context.today(), progress=progress)

    def done(summary: object) -> None:
        log.info("demo data generated: %s", summary)
        window.reload_all()

    title = QCoreApplication.translate("FirstRun", "Generating the demo data…")
    return [run_with_progress(window, title, job, done, show_unexpected)]


def run(database: Path, splash: QWidget | None = None) -> int:
    setup_logging()
    app = create_application()
    install_excepthook()
    try:
        db = open_database(database)
    except Exception as error:  # a damaged or foreign file: explain, never start on it
        log.exception("cannot open %s", database)
        if splash is not None:
            splash.close()
        QMessageBox.critical(
            QWidget(),
            QCoreApplication.translate("FirstRun", "Cannot open the database"),
            QCoreApplication.translate("FirstRun", "The database file %1 could not be opened:\n%2")
            .replace("%1", str(database))
            .replace("%2", str(error)),
        )
        return 1
    window = build_window(app, db)
    window.show()
    if splash is not None:  # the start-up window goes once the main window is there
        splash.close()
    smoke.arm(app, window)
    tasks = offer_first_run(window)
    code = app.exec()
    del tasks
    db.close()
    return code
