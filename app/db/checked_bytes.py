"""What this process's opening check of a register covered, so that the copy an import takes
under the write lock can tell whether it holds anything that check did not see.

A register is its main file plus its WAL. The stamp is taken just before the quick check: the
main file's identity, size and modification time, and the WAL's header (its salts change
whenever SQLite starts the WAL over) and size. If at the copy the main file is the same and
the WAL has the same header and has only grown, the copy is the bytes the check passed plus
frames committed since, which SQLite appends and checksums frame by frame (the command's own
sign-in, another program's commits) — the same kind of pages the import then writes, which no
check precedes either. Checking such a copy again reads the whole file a second time to look
at what was already looked at; a checkpoint or a restarted WAL since (the stamp no longer
matches) makes the copy's own quick check run, as before.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple

WAL_HEADER_BYTES = 32  # magic, version, page size, checkpoint sequence, salts, checksum

__all__ = ["checked", "only_appended_since_check", "stamp_before_check"]


class _Stamp(NamedTuple):  # defined by every command that checks: lighter than a dataclass
    device: int
    inode: int
    size: int
    mtime_ns: int
    wal_header: bytes
    wal_size: int


_stamps: dict[Path, _Stamp] = {}


def _stamp(database: Path) -> _Stamp | None:
    try:
        stat = database.stat()
        wal = database.with_name(database.name + "-wal")
        header, size = b"", 0
        with contextlib.suppress(FileNotFoundError), wal.open("rb") as handle:
            header = handle.read(WAL_HEADER_BYTES)
            size = wal.stat().st_size
    except OSError:
        return None
    return _Stamp(stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, header, size)


def stamp_before_check(database: Path) -> object:
    """Call just before the quick check; pass the answer to `checked` once it passed."""
    return _stamp(database)


def checked(database: Path, stamp: object) -> None:
    if isinstance(stamp, _Stamp):
        _stamps[database.resolve()] = stamp


def only_appended_since_check(database: Path) -> bool:
    """True when this process's check of `database` passed and, since its stamp, the main file
    is unchanged and the WAL only grew. Call it with the write lock held (nothing appends)."""
    before = _stamps.get(database.resolve())
    now = _stamp(database)
    if before is None or now is None:
        return False
    same_file = (before.device, before.inode, before.size, before.mtime_ns) == (
        now.device,
        now.inode,
        now.size,
        now.mtime_ns,
    )
    if not same_file or now.wal_size < before.wal_size:
        return False
    # An empty WAL at the check: whatever it holds now was appended since. Otherwise the
    # same header (salts, checkpoint sequence): the frames the check read are still there.
    return before.wal_size == 0 or before.wal_header == now.wal_header
