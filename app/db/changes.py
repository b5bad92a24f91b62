"""Counts the transactions that changed rows in a database, so a backup can tell whether
anything was written since the last copy this program made of it (the close backup is
skipped when nothing was)."""

from __future__ import annotations

import threading

from sqlalchemy import Connection, Engine, event


class Changes:
    def __init__(self, engine: Engine) -> None:
        self._written = 0  # committed transactions that changed rows
        self._copied: int | None = None  # `_written` when the last backup began; None: no backup
        self._lock = threading.Lock()
        event.listen(engine, "commit", self._committing)

    def _committing(self, connection: Connection) -> None:
        # SQLite's running count of rows changed on this connection (INSERT, UPDATE, DELETE,
        # also by triggers): a commit that moved it wrote something.
        raw = connection.connection.dbapi_connection
        total = int(getattr(raw, "total_changes", -1))
        if total != connection.info.get("changes_seen", 0):
            connection.info["changes_seen"] = total
            with self._lock:
                self._written += 1

    def before_copy(self) -> int:
        """Call as a backup begins; pass the answer to `copied` once the copy is verified."""
        with self._lock:
            return self._written

    def copied(self, mark: int) -> None:
        with self._lock:
            self._copied = mark if self._copied is None else max(self._copied, mark)

    @property
    def written(self) -> int:
        """Committed transactions that changed rows, so far (it only grows)."""
        with self._lock:
            return self._written

    @property
    def written_since_copy(self) -> bool:
        """True unless a backup was made in this session and nothing was committed since."""
        with self._lock:
            return self._copied != self._written
