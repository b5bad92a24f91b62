"""The before-import copy written past the page cache: the same bytes as the register, whatever
its length against the disk's blocks and the copy's buffer; a copy the system stops part way
(here the kernel's file-size limit, as a full disk would) leaves no file under the backup's
name or its temporary one, and the import writes nothing."""

from __future__ import annotations

import errno
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.direct_copy import BLOCK, CHUNK, copy_past_cache
from app.db.migrate import Database
from tests.roster_files import people, write_xlsx
from tests.unit.exchange.test_import_backup import leftovers, staff_and_entries

ROOT = Path(__file__).resolve().parents[3]
SIZES = (0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 100, CHUNK - 1, CHUNK, CHUNK + BLOCK + 17)


def written_past_cache(source: Path, target: Path) -> None:
    if not copy_past_cache(source, target):
        assert not target.exists()  # refused before writing anything
        pytest.skip(f"{target.parent}: this system cannot write past the page cache here")


@pytest.mark.parametrize("size", SIZES)
def test_the_copy_is_the_file_byte_for_byte(tmp_path: Path, size: int) -> None:
    source, target = tmp_path / "register.db", tmp_path / "copy.db"
    data = random.Random(size).randbytes(size)
    source.write_bytes(data)
    target.write_bytes(b"an older, longer file " * 300_000)  # replaced, not overwritten
    written_past_cache(source, target)
    assert target.read_bytes() == data


def test_a_file_of_several_buffers_is_copied_to_its_end(tmp_path: Path) -> None:
    """Read to its end, buffer after buffer (not up to a size taken before), as the copy
    through the cache reads it."""
    source, target = tmp_path / "register.db", tmp_path / "copy.db"
    data = random.Random(1).randbytes(2 * CHUNK + 5 * BLOCK)
    source.write_bytes(data)
    written_past_cache(source, target)
    assert target.stat().st_size == len(data)
    assert target.read_bytes() == source.read_bytes()
    assert target.stat().st_mode == source.stat().st_mode  # made as any other file is


CHILD = """
import datetime as dt, json, resource, sys
from pathlib import Path
from app.db.backup import BackupError
from app.db.checked_bytes import only_appended_since_check
from app.db.migrate import open_database
from app.exchange.roster_import import import_roster, parse_roster
from app.services.register_check import check_register
from tests.support import ADMIN

register, roster, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
check_register(register)  # as every command opens it: the copy is then not checked again
db = open_database(register)
parsed = parse_roster(roster)
unchecked = only_appended_since_check(register)  # the copy the direct writes make
# Past `limit` bytes the kernel refuses to grow any file (EFBIG; Python ignores SIGXFSZ).
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
try:
    import_roster(db, ADMIN, parsed, dt.date(2026, 11, 16))
    answer = {"unchecked": unchecked, "raised": None}
except BackupError as error:
    answer = {"unchecked": unchecked, "raised": error.reason}
finally:
    db.close()
print(json.dumps(answer))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the file-size limit is a POSIX one")
def test_a_copy_stopped_part_way_leaves_nothing_and_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    roster = write_xlsx(tmp_path / "roster.xlsx", people(5, seed=11))
    register = demo_db.path
    demo_db.close()
    kept = leftovers(demo_db)
    before = staff_and_entries(demo_db)
    limit = register.stat().st_size // 2
    assert limit > 8 * BLOCK  # stopped in the middle, after whole blocks were written
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(register), str(roster), str(limit)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"unchecked": True, "raised": "io_error"}
    assert leftovers(demo_db) == kept  # no backup, no temporary copy
    assert staff_and_entries(demo_db) == before  # not one person, not one audit entry


@pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="direct writes are Linux's")
def test_a_direct_write_the_kernel_refuses_goes_through_the_cache(tmp_path: Path) -> None:
    """A buffer one byte off a page's edge: the kernel refuses to write it directly (EINVAL),
    and the copy writes it through the cache instead of failing."""
    from app.db.direct_copy import _write

    data = random.Random(7).randbytes(3 * BLOCK + 1)
    target = tmp_path / "copy.db"
    try:
        out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_DIRECT, 0o600)
    except OSError:
        pytest.skip(f"{tmp_path}: this file system has no direct writes")
    try:
        try:
            os.write(out, memoryview(data)[1 : 1 + BLOCK])
        except OSError as refused:  # the kernel's refusal, as the copy meets it
            assert refused.errno == errno.EINVAL
        else:
            pytest.skip(f"{tmp_path}: this file system writes any buffer directly")
        _write(out, memoryview(data)[1:])
    finally:
        os.close(out)
    assert target.read_bytes() == data[1:]
