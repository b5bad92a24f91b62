"""One consistent state of the register for a reading that spans many sessions.

A package (the county export) reads a dozen tables through services that each open their
own session; in between, the window or another command may add a person or a visit. Read in
separate transactions, the pseudonym table could miss a person whose visit is read a moment
later (a visit with blank person columns), and the indicators could count other visits than
the workbook lists. In WAL mode SQLite keeps one state for a reader until its transaction
ends, while writers go on: so every session of the snapshot works on one connection inside
one read transaction, and each opens and closes a savepoint within it, never the transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import sessionmaker

from app.db.migrate import Database


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """The register as it stands on entry, as a Database to hand to any reading service.

    Only for reading: a write through it would have to upgrade the read transaction, which
    SQLite refuses once another connection has committed since the snapshot began."""
    with db.engine.connect() as connection:
        # The driver begins a transaction only before a write; a reader's begins here, and
        # its state is fixed by its first read.
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        snapshot = copy.copy(db)  # the same file, key and change counter; other sessions
        snapshot.sessions = sessionmaker(
            bind=connection,
            expire_on_commit=False,
            join_transaction_mode="create_savepoint",
        )
        try:
            yield snapshot
        finally:
            connection.rollback()  # ends the read transaction; nothing was written in it
