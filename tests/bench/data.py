"""The databases the measurements share, made once per work folder and reused."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import time
from pathlib import Path

from tests.bench.figures import Figure

BENCH_TODAY = dt.date(2026, 11, 16)  # fixed, so every run measures the same data
QUARTER = "2026Q3"  # the last full quarter before BENCH_TODAY
BIG_STAFF, BIG_MONTHS = 5000, 24
BIG_DEMO = f"demo-{BIG_STAFF}x{BIG_MONTHS}.db"
ENCRYPTED_DEMO = f"demo-{BIG_STAFF}x{BIG_MONTHS}-encrypted.db"
DEMO_PASSWORD = "demo1234"  # the demo accounts' (`healthroom demo`'s default)
# The registers this process brought to the current schema (`at_head`), for the table.
BROUGHT: list[Figure] = []
_CURRENT: set[Path] = set()  # found or brought current in this process


def generate_big_demo(path: Path) -> tuple[float, str]:
    """`healthroom demo` of 5,000 staff × 24 months into a new file at `path`, ending on
    BENCH_TODAY; returns its seconds and what it printed."""
    return generate_demo(path, BIG_STAFF)


def generate_demo(path: Path, staff: int) -> tuple[float, str]:
    from tests.bench import commands

    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    code, elapsed, output = commands.run(
        "--db", path, "demo", "--staff", str(staff), "--months", str(BIG_MONTHS),
        "--seed", "1", "--today", BENCH_TODAY.isoformat(),
    )  # fmt: skip
    if code != 0:
        raise RuntimeError(f"healthroom demo failed (exit {code}): {commands.tail(output)}")
    return elapsed, output


def demo_of(work: Path, staff: int) -> Path:
    """A `healthroom demo` of `staff` people × BIG_MONTHS months in the work folder (made the
    first time it is asked for: minutes for the large ones)."""
    if staff == BIG_STAFF:
        return big_demo(work)
    path = work / f"demo-{staff}x{BIG_MONTHS}.db"
    if not path.exists():
        generate_demo(path, staff)
    return at_head(path)


def big_demo(work: Path) -> Path:
    """The 5,000 × 24 demo database (the demo measurement leaves it behind)."""
    path = work / BIG_DEMO
    if not path.exists():
        generate_big_demo(path)
    return at_head(path)


def at_head(path: Path, key: bytes | None = None) -> Path:
    """`path` at the current schema: a register kept from an earlier run, made by an older
    program, is brought forward once, before anything is timed — otherwise, after a new
    migration, every measured command would migrate its fresh copy inside the timed run.
    Brought the way a site's register is: the program's own migrations, run as opening the
    file runs them (`app.db.migrate.upgrade`), without the safety copy the program keeps
    first (the benchmark can make its registers again) and without VACUUM, so pages a
    migration frees stay in the file as they do at a site. Said on stderr and in the table."""
    from app.db.connection import connect
    from app.db.revision import plain_head, revision_in

    if path in _CURRENT:
        return path
    raw = connect(path, key)
    try:
        before = revision_in(raw)
    finally:
        raw.close()
    if before is None or before != plain_head():  # None: unsure, Alembic decides
        from app.db.engine import make_engine
        from app.db.migrate import current_revision, upgrade

        started = time.perf_counter()
        engine = make_engine(path, key)
        try:
            upgrade(engine)
            after = current_revision(engine)
            with engine.connect() as connection:  # all in the file itself: copies take it alone
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        if after != before:
            note = (
                f"from {before} to {after} by the program's own migrations, before any run "
                f"and not timed ({time.perf_counter() - started:.1f} s; no VACUUM: the pages "
                "a migration frees stay in the file, as at a site)"
            )
            print(f"bench: {path.name} brought to the current schema, {note}", file=sys.stderr)
            name = f"register {path.name} brought to schema {after}"
            BROUGHT.append(Figure(name, "migrated", note=note))
    _CURRENT.add(path)
    return path


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy the measurement may change, so the shared file stays as it was."""
    for stale in (target, target.with_name(target.name + "-wal")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def encrypted_demo(work: Path) -> Path:
    """The big demo as a site's register really is: SQLCipher-encrypted, with a key file whose
    wraps open it with the demo accounts' passwords (made once, then reused)."""
    from app.db.keyfile import KeyFile, key_file_path, new_database_key
    from app.db.migrate import open_database
    from app.db.transfer import copy_database
    from app.services import accounts

    path = work / ENCRYPTED_DEMO
    keys = key_file_path(path)
    if path.exists() and keys.exists():
        return at_head(path, KeyFile.load(keys).unwrap("chair", DEMO_PASSWORD))
    key = new_database_key()
    copy_database(big_demo(work), None, path, key)
    KeyFile.for_key(key).save(keys)
    db = open_database(path, key=key)
    try:
        accounts.enrol_passwords(db, [(name, DEMO_PASSWORD) for name in ("chair", "admin", "tech")])
    finally:
        db.close()
    return path
