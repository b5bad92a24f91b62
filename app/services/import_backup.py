"""The backup an import makes before it writes, taken while it checks the file.

The import's transaction takes the register's write lock first (`BEGIN IMMEDIATE`), so no
one else can write until it commits or rolls back; the copy is then made byte for byte and
quick-checked in a thread (SQLite and the file copy leave the interpreter lock free) while
the import reads and checks the rows on the other core. It is the register exactly as the
import found it and planned against. The copy's check is left out when it would only see again
what this process's opening check saw (`app.db.checked_bytes` says when, and why that is as
safe): the register is then checked once, not twice, and the copy, which nothing reads back
soon, is written past the page cache (`app.db.direct_copy`). The import writes only after
`keep` has returned: the copy passed its check and is in place as the newest automatic backup
(its full check runs later, as for every quick copy). When the import writes nothing (errors,
nothing to change, or a failure of its own), the copy is dropped and the backups stay as they
were.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from types import TracebackType

from sqlalchemy.orm import Session

from app.db import backup as files
from app.db.checked_bytes import only_appended_since_check
from app.db.migrate import Database
from app.services.backups import backup_folder

log = logging.getLogger(__name__)

__all__ = ["ImportBackup"]


class ImportBackup:
    """Use as `with ImportBackup(db, session) as backup: … backup.keep(); write …` at the
    start of the import's unit of work, before it has read anything."""

    def __init__(
        self,
        db: Database,
        session: Session,
        reason: str = "before-import",
        now: dt.datetime | None = None,
    ) -> None:
        # Every writer kept out from here to the import's commit: the copy, the rows the
        # import reads and the rows it writes are of one and the same register.
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        self.db = db
        self.target = files.backup_name(db.path, backup_folder(db), reason, now)
        self.temp = self.target.with_name(f".{self.target.name}.tmp")
        self._mark = db.changes.before_copy()
        self._failure: BaseException | None = None
        self._kept = False
        # Under the lock: does the copy hold anything this process's opening check did not see?
        self._check = not only_appended_since_check(db.path)
        self._thread = threading.Thread(target=self._copy, name="before-import copy")
        self._thread.start()

    def _copy(self) -> None:
        try:
            files.copy_checked(self.db.path, self.temp, self.db.key, self._check)
        except BaseException as failure:  # raised where the import waits for the copy
            self._failure = failure

    def _wait(self) -> None:
        self._thread.join()
        if self._failure is not None:
            raise self._failure

    def keep(self) -> Path:
        """Wait for the copy; raises BackupError when it could not be made or failed its
        check (then nothing may be written). Returns the backup's path."""
        self._wait()
        files.keep_checked(self.db.path, self.temp, self.target, self.db.key)
        self._kept = True
        self.db.changes.copied(self._mark)
        files.check_when_done(self.target, self.db.key)
        deleted = files.rotate(backup_folder(self.db), self.db.path.stem)
        log.info(
            "backup %s written (before an import), %d old rotated out", self.target, len(deleted)
        )
        return self.target

    def __enter__(self) -> ImportBackup:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._kept:
            return
        self._thread.join()
        files.drop_copy(self.temp)
        failure = self._failure
        if error is None and isinstance(failure, files.BackupError):
            if failure.reason == "integrity":  # nothing to write, but the register's own
                raise failure  # bytes failed their check: that must be said
            log.warning("the before-import copy was not needed and failed: %s", failure)
