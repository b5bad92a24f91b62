"""Start the desktop program: Qt application, font, language, database, first run, window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.db.backup import BackupError
from app.db.clean_close import note_clean_close
from app.db.migrate import Database
from app.domain.codes import Role
from app.logging_setup import setup_logging
from app.memory import freeze_start_up
from app.services import accounts, backups, login, site_profile
from app.services.actor import Actor
from app.ui import smoke, start
from app.ui.context import AppContext
from app.ui.dialogs.setup.first_run_dialog import FirstRunChoice, FirstRunDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.error_dialog import install_excepthook, show_unexpected
from app.ui.i18n import Translations, saved_language
from app.ui.main_window import MainWindow
from app.ui.splash import create_application
from app.ui.start_check import StartCheckNotice
from app.ui.tasks import Progress, Task, run_with_progress

if TYPE_CHECKING:
    from app.services.demo import DemoSummary

log = logging.getLogger(__name__)


# Who the window acts as when a caller (a test, a tool) gives no signed-in actor.
DEFAULT_ACTOR = Actor("chair", Role.CHAIR)


def build_window(
    app: QApplication,
    db: Database,
    translations: Translations | None = None,
    actor: Actor | None = None,
) -> MainWindow:
    """The main window acting as `actor` — the signed-in user when the program runs."""
    if translations is None:
        translations = Translations(app)
        translations.apply(saved_language())
    return MainWindow(AppContext(db=db, actor=actor or DEFAULT_ACTOR), translations)


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

        summary = generate_demo(context.db, today=context.today(), progress=progress)
        # The demo's accounts must open an encrypted file too (their password: demo1234).
        accounts.enrol_passwords(context.db, [(name, "demo1234") for name, _ in summary.accounts])
        return summary

    def done(summary: object) -> None:
        log.info("demo data generated: %s", summary)
        window.reload_all()

    title = QCoreApplication.translate("FirstRun", "Generating the demo data…")
    return [run_with_progress(window, title, job, done, show_unexpected)]


def close_session(window: MainWindow) -> Path | None:
    """On close: the automatic backup (rotated) unless nothing was written since this
    session's last one, then the database is closed."""
    db = window.context.db
    window.backups.wait_for_daily_backup()  # the start-up backup may still be copying
    target = None
    try:
        if db.changes.written_since_copy:
            target = backups.automatic_backup(db, "close")
        else:
            log.info("nothing written since the last backup: no backup on close")
    except (OSError, BackupError):
        log.exception("backup on close failed")
    db.close()
    if db.later_check is None or db.later_check.wait() is None:  # no damage seen: say so
        note_clean_close(db.path)
    return target


def smoke_session(database: Path, username: str, password: str) -> login.Session:
    """A smoke run signs in (or, on a new file, creates the chair's account) without dialogs."""
    if login.file_kind(database) is login.FileKind.NEW:
        return login.create_encrypted(database, username, password)[0]
    return login.open_as(database, username, password, defer_check=True)


def run(database: Path, splash: QWidget | None = None) -> int:
    """Sign in to `database`, then the main window (`app.ui.start.run`)."""
    return start.run(database, splash)


def run_signed_in(
    session: login.Session, translations: Translations, splash: QWidget | None = None
) -> int:
    """The main window for the signed-in `session`, until it is closed."""
    app = create_application()
    window = build_window(app, session.db, translations, session.actor)
    window.show()
    window.idle.start()
    # Today's backup (seconds on a big file) waits until the first page is filled, then runs
    # in the background; the hourly timer catches a program left open past midnight.
    window.first_page_filled.connect(window.backups.start_daily_backup)
    # By then start-up has imported what a session uses: no collector pass walks it again.
    window.first_page_filled.connect(freeze_start_up)
    if session.db.later_check is not None:  # closed cleanly last time: checked meanwhile
        check = session.db.later_check
        window.first_page_filled.connect(
            lambda: StartCheckNotice(window, str(session.db.path), check)
        )
    window.backups.daily_timer.start()
    if splash is not None:  # the start-up window goes once the main window is there
        splash.close()
    smoke.arm(app, window, window.painted, window.first_page_filled)
    tasks = offer_first_run(window)
    code = app.exec()
    del tasks
    close_session(window)
    return code


def run_workspace(path: Path | str | None, splash: QWidget | None = None) -> int:
    """The county reviewer's program: the county window on a workspace (asked if not given)."""
    from app.ui.county_open import start_workspace

    setup_logging()
    app = create_application()
    install_excepthook()
    smoke.arm_exit(app)
    translations = Translations(app)
    translations.apply(saved_language())
    if splash is not None:
        splash.close()
    window = start_workspace(None, path)  # a smoke run signs in with its credentials
    if window is None:
        return 0
    smoke.arm(app, window)
    return app.exec()
