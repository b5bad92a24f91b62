"""SQLite's own check of a database file, and the files SQLite keeps beside it.

Apart from the backups (`app.db.backup`) because every opening checks the file first: a
command that prints a report checks its register without loading the backup machinery.
"""

from __future__ import annotations

from pathlib import Path

from app.db.connection import connect, driver


def integrity_ok(path: Path, key: bytes | None = None, quick: bool = False) -> tuple[bool, str]:
    """`PRAGMA integrity_check` (or the faster `quick_check`) on a file, read-only."""
    if not Path(path).exists():
        return False, "file not found"
    errors = driver(key).DatabaseError  # the one driver the file is opened with
    try:
        con = connect(path, key, read_only=True)
    except errors as exc:
        return False, str(exc)
    try:
        # A 64 MB page cache for the full check (the default is 2 MB): a full check of a 90 MB
        # register took about a quarter less, and every backup runs one. Not for the quick
        # check, which reads each page once: there the big cache only made it slower (0.60 s
        # against 0.50 s at 20,000 staff) and added its 64 MB to the peak memory of every
        # command that opens a large register.
        if not quick:
            con.execute("PRAGMA cache_size=-65536")
        rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except errors as exc:
        return False, str(exc)
    finally:
        con.close()
    message = "; ".join(str(row[0]) for row in rows[:5]) if rows else "no answer"
    return message == "ok", message


def companion_files(database: Path) -> list[Path]:
    """The WAL and shared-memory files SQLite keeps beside a database."""
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
