"""Backups from the window: to a chosen folder or USB stick, restore with a preview, and the
daily automatic backup while the program is open."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.catalogue.problems import BackupProblem, backup_failure, backup_refusal
from app.db.backup import BackupError
from app.services import backups
from app.services.accounts import system_now
from app.services.backups import CannotOpenBackup
from app.ui.context import AppContext
from app.ui.dialogs.exchange.restore_dialog import RestoreDialog
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_folder, ask_open_file
from app.ui.i18n import catalogue_language, word
from app.ui.tasks import Progress, Task, run_with_progress

log = logging.getLogger(__name__)
RESTORE_WAIT_MS = 10_000  # at most, for background work to let go of the register


class BackupActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        context_of: Callable[[], AppContext],
        on_restored: Callable[[], None],
        now: Callable[[], dt.datetime] = system_now,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context_of = context_of  # the window's context: a restore swaps its database
        self.on_restored = on_restored
        self.now = now
        self.tasks: list[Task] = []
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(60 * 60 * 1000)  # hourly: is today's backup made?
        self.daily_timer.timeout.connect(self.start_daily_backup)
        self._daily_idle = threading.Event()  # cleared while a background backup runs
        self._daily_idle.set()

    @property
    def context(self) -> AppContext:
        return self.context_of()

    def start_daily_backup(self) -> Task | None:
        """Today's backup, when due, in the background: the window stays usable meanwhile.

        The copy reads the file through its own connection (SQLite's backup API), so the
        window may go on writing; `wait_for_daily_backup` lets closing wait for it.
        """
        db, now = self.context.db, self.now()
        if not self._daily_idle.is_set() or not backups.daily_backup_due(db, now):
            return None
        idle = self._daily_idle
        idle.clear()

        def job(progress: Progress) -> Path | None:
            del progress
            try:
                return backups.automatic_backup(db, "daily", now)
            except (OSError, BackupError):
                log.exception("daily backup failed")
                return None
            finally:
                idle.set()

        task = Task(job)
        self.tasks.append(task)
        task.signals.finished.connect(lambda _path: self.tasks.remove(task))
        task.signals.failed.connect(lambda _error: self.tasks.remove(task))
        QThreadPool.globalInstance().start(task)
        return task

    def wait_for_daily_backup(self, timeout_s: float = 600.0) -> None:
        self._daily_idle.wait(timeout_s)

    def backup_to_folder(self, folder: Path | None = None) -> Task | None:
        if folder is None:
            folder = ask_folder(
                self.parent_widget,
                FolderKind.BACKUP,
                QCoreApplication.translate("BackupActions", "Back up to a folder or USB stick"),
            )
            if folder is None:
                return None
        context = self.context

        def job(progress: Progress) -> Path:
            progress(10, "")
            return backups.backup_to(context.db, context.actor, folder)

        def done(target: Any) -> None:
            message = QCoreApplication.translate(
                "BackupActions",
                "The backup was written and checked:\n%1\n\nKeep the file ending in .keys "
                "beside it: the backup is encrypted.",
            )
            if not context.db.encrypted:
                message = QCoreApplication.translate(
                    "BackupActions", "The backup was written and checked:\n%1"
                )
            QMessageBox.information(
                self.parent_widget,
                QCoreApplication.translate("BackupActions", "Backup made"),
                message.replace("%1", str(target)),
            )

        title = QCoreApplication.translate("BackupActions", "Making the backup…")
        task = run_with_progress(self.parent_widget, title, job, done, self.failed)
        self.tasks.append(task)
        return task

    def failed(self, error: BaseException) -> None:
        if isinstance(error, (OSError, BackupError)):
            # The copy's own problem in the catalogue's words; a failed write as the system
            # told it (with its path).
            why = (
                backup_failure(error.reason, catalogue_language())
                if isinstance(error, BackupError)
                else str(error)
            )
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("BackupActions", "Backup failed"),
                QCoreApplication.translate(
                    "BackupActions",
                    "The backup could not be written: %1\nCheck that the folder or USB stick "
                    "is writable and has room. Nothing was left half-written.",
                ).replace("%1", why),
            )
        else:
            show_unexpected(error)

    def restore_from(self, path: Path | None = None) -> Task | None:
        if path is None:
            path = ask_open_file(
                self.parent_widget,
                FolderKind.BACKUP,
                QCoreApplication.translate("BackupActions", "Restore from a backup"),
                QCoreApplication.translate("BackupActions", "Backups (*.db)"),
                first=backups.backup_folder(self.context.db),
            )
            if path is None:
                return None
        context = self.context
        password: str | None = None
        try:
            shown = backups.preview(context.db, path)
        except CannotOpenBackup as error:
            if error.reason != "needs_password":
                self.explain(error)
                return None
            password, ok = QInputDialog.getText(
                self.parent_widget,
                QCoreApplication.translate("BackupActions", "Restore from a backup"),
                word(BackupProblem.NEEDS_PASSWORD),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            try:
                shown = backups.preview(context.db, path, context.actor.username, password)
            except CannotOpenBackup as again:
                self.explain(again)
                return None
        if RestoreDialog(shown, self.parent_widget).exec() != RestoreDialog.DialogCode.Accepted:
            return None

        def job(progress: Progress) -> backups.Restored:
            progress(10, "")
            self.wait_for_daily_backup()  # never replace the file while it is being copied
            return backups.restore(context.db, context.actor, path, password, self.now())

        def done(result: Any) -> None:
            assert isinstance(result, backups.Restored)
            context.db = result.database
            self.on_restored()
            QMessageBox.information(
                self.parent_widget,
                QCoreApplication.translate("BackupActions", "Backup restored"),
                QCoreApplication.translate(
                    "BackupActions",
                    "The register was restored. The state before the restore was saved first "
                    "as:\n%1",
                ).replace("%1", str(result.safety_backup)),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, CannotOpenBackup):
                self.explain(error)
            else:
                self.failed(error)

        title = QCoreApplication.translate("BackupActions", "Restoring the backup…")
        # Background work still reading the register ends first: on Windows a file that any
        # connection holds open cannot be replaced.
        QThreadPool.globalInstance().waitForDone(RESTORE_WAIT_MS)
        task = run_with_progress(self.parent_widget, title, job, done, failed)
        self.tasks.append(task)
        return task

    def explain(self, error: CannotOpenBackup) -> None:
        QMessageBox.warning(
            self.parent_widget,
            QCoreApplication.translate("BackupActions", "Cannot restore this file"),
            word(backup_refusal(error.reason)),
        )
