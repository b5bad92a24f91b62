"""Start the desktop program: Qt application, font, language, database, first run, window."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.catalogue.codes import Role
from app.catalogue.demo import DemoStage
from app.db.backup import BackupError
from app.db.clean_close import note_clean_close
from app.db.file_kind import FileKind, file_kind, is_sqlite_file
from app.db.migrate import Database
from app.logging_setup import setup_logging
from app.services import accounts, backups, login, site_profile
from app.services.actor import Actor
from app.ui import smoke, start
from app.ui.context import AppContext
from app.ui.dialogs.setup.first_run_dialog import FirstRunChoice, FirstRunDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.error_dialog import install_excepthook, show_unexpected
from app.ui.file_dialogs import FolderKind, ask_open_file
from app.ui.i18n import Translations, saved_language, word_of
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
    stage = functools.partial(word_of, DemoStage)  # the catalogue's name of each stage
    return [run_with_progress(window, title, job, done, show_unexpected, stage)]


def close_session(window: MainWindow) -> Path | None:
    """On close: the automatic backup (rotated) unless nothing was written since this
    session's last one, then the database is closed."""
    db = window.context.db
    window.collection.stop()
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


# The register windows of this run, the newest last: "Open database…" opens another register
# in a new window and closes the one it came from; each still open is closed on the way out.
_windows: list[MainWindow] = []
_first_run_tasks: list[Task] = []  # the demo being generated into a register just opened


def run_signed_in(
    session: login.Session, translations: Translations, splash: QWidget | None = None
) -> int:
    """The main window for the signed-in `session`, until it is closed."""
    app = create_application()
    window = start_window(app, session, translations)
    if splash is not None:  # the start-up window goes once the main window is there
        splash.close()
    smoke.arm(app, window, window.painted, window.first_page_filled)
    tasks = offer_first_run(window)
    code = app.exec()
    del tasks
    while _windows:
        close_session(_windows.pop())
    return code


def start_window(
    app: QApplication, session: login.Session, translations: Translations
) -> MainWindow:
    """A main window on a signed-in register: shown, with its idle lock and daily backup."""
    window = build_window(app, session.db, translations, session.actor)
    window.ui.actionOpenDatabase.setEnabled(True)
    window.ui.actionOpenDatabase.triggered.connect(lambda: open_another(window))
    _windows.append(window)
    window.collection.start()  # from here full collector passes wait for idle time
    window.show()
    window.idle.start()
    # Today's backup (seconds on a big file) waits until the first page is filled, then runs
    # in the background; the hourly timer catches a program left open past midnight.
    window.first_page_filled.connect(window.backups.start_daily_backup)
    # By then start-up has imported what a session uses: frozen at the first idle moment,
    # no collector pass walks it again.
    window.first_page_filled.connect(window.collection.start_up_done)
    if session.db.later_check is not None:  # closed cleanly last time: checked meanwhile
        check = session.db.later_check
        window.first_page_filled.connect(
            lambda: StartCheckNotice(window, str(session.db.path), check)
        )
    window.backups.daily_timer.start()
    return window


def open_another(window: MainWindow, path: Path | None = None) -> MainWindow | None:
    """文件 → 打开数据库…: another register, with the sign-in and checks of the start (a county
    workspace, a damaged file, a reviewer's account are each refused or handled as there).
    The new register opens in its own window; the one it came from is backed up and closed."""
    path = path or ask_register_path(window)
    if path is None:
        return None
    if path.resolve() == window.context.db.path.resolve():
        QMessageBox.information(
            window,
            QCoreApplication.translate("OpenRegister", "Open database"),
            QCoreApplication.translate("OpenRegister", "%1 is the register already open.").replace(
                "%1", str(path)
            ),
        )
        return None
    if file_kind(path) is FileKind.PLAIN and not is_sqlite_file(path):
        # Not a damaged register to quarantine and recover, as at start: some other file.
        QMessageBox.warning(
            window,
            QCoreApplication.translate("OpenRegister", "Open database"),
            QCoreApplication.translate(
                "OpenRegister",
                "%1 is not a register of this program (not a database file). Choose the "
                "register's .db file; an encrypted one has its .keys file beside it.",
            ).replace("%1", str(path)),
        )
        return None
    try:
        session = start.open_session(path, window)
    except start.WorkspaceChosen:  # the sign-in's "Open county workspace…": beside this window
        from app.ui.county_open import start_workspace

        start_workspace(window)
        return None
    except Exception as error:  # a foreign file, an unreadable key file: explain, keep this one
        log.exception("cannot open %s", path)
        QMessageBox.critical(
            window,
            QCoreApplication.translate("FirstRun", "Cannot open the database"),
            QCoreApplication.translate("FirstRun", "The database file %1 could not be opened:\n%2")
            .replace("%1", str(path))
            .replace("%2", str(error)),
        )
        return None
    if session is None:  # cancelled, or refused with a message already
        return None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    new = start_window(app, session, window.translations)
    if window in _windows:
        _windows.remove(window)
    window.close()
    close_session(window)
    _first_run_tasks[:] = offer_first_run(new)  # an empty register: a new site, or the demo
    return new


def ask_register_path(parent: MainWindow) -> Path | None:
    return ask_open_file(
        parent,
        FolderKind.REGISTER,
        QCoreApplication.translate("OpenRegister", "Open another register"),
        QCoreApplication.translate("OpenRegister", "Register (*.db);;All files (*)"),
        first=parent.context.db.path.parent,
    )


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
