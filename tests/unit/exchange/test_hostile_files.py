"""The generated corpus of hostile and odd roster files (tests/hostile_files.py): no
traceback, one clear message naming the problem (file-level or at its cell, as the spreadsheet
program numbers rows), the register untouched whenever the import is refused. The cases that
would eat gigabytes without the limits run in a child process under a memory cap and must stay
under 300 MB and 2 s of CPU."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalogue.problems import ImportProblem
from app.db.migrate import open_database
from app.db.models import Department, Staff
from app.exchange.roster_import import import_roster, parse_roster
from app.services.unit_of_work import read_only
from tests.hostile_files import (
    GOOD,
    HOSTILE,
    CellProblem,
    FileProblem,
    Hostile,
    Imports,
    build_base_roster,
    import_in_child_process,
    soffice,
)
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)
ROOT = Path(__file__).resolve().parents[3]
PEAK_MB = 300
CPU_SECONDS = 2.0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-base")
    db = open_database(folder / "base.db")
    result = import_roster(db, ADMIN, parse_roster(build_base_roster(folder)), TODAY)
    assert result.applied and result.new == len(GOOD)
    db.close()  # the last connection checkpoints the WAL into the file
    return folder / "base.db"


def test_the_corpus_is_large_and_varied() -> None:
    assert len(HOSTILE) >= 60
    assert len({c.name for c in HOSTILE}) == len(HOSTILE)
    assert sum(c.heavy for c in HOSTILE) >= 10


def test_every_code_the_corpus_expects_has_its_sentence_in_the_catalogue() -> None:
    # The window and the command line both say a problem with the catalogue's sentence.
    codes = {c.expect.code for c in HOSTILE if isinstance(c.expect, FileProblem | CellProblem)}
    declared = {problem.value for problem in ImportProblem}
    assert codes <= declared, codes - declared


@pytest.mark.parametrize("case", HOSTILE, ids=[c.name for c in HOSTILE])
def test_hostile_file(case: Hostile, base_roster: Path, tmp_path: Path) -> None:
    if case.office and soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui")
    if sys.platform == "win32" and case.name in ("a named pipe", "a device"):
        pytest.skip("no named pipes or /dev on Windows")
    copy = tmp_path / "roster.db"
    shutil.copyfile(base_roster, copy)
    before = digest(copy)
    source = case.build(tmp_path)
    if case.heavy:
        outcome = import_in_child_process(copy, source)
        applied = bool(outcome["applied"])
        errors = [tuple(e) for e in outcome["errors"]]  # type: ignore[attr-defined]
        assert float(outcome["peak_mb"]) <= PEAK_MB, outcome  # type: ignore[arg-type]
        assert float(outcome["cpu_s"]) <= CPU_SECONDS, outcome  # type: ignore[arg-type]
    else:
        db = open_database(copy)
        try:
            started = time.process_time()
            result = import_roster(db, ADMIN, parse_roster(source), TODAY)
            assert time.process_time() - started <= CPU_SECONDS
        finally:
            db.close()
        applied = result.applied
        errors = [(p.row, p.column, p.code) for p in result.errors]
    expect = case.expect
    if isinstance(expect, Imports):
        assert applied and not errors, errors
        _check_stored(copy, expect)
        return
    assert not applied
    if isinstance(expect, FileProblem):
        assert errors and {code for _row, _column, code in errors} == {expect.code}, errors
    else:
        assert (expect.row, expect.column, expect.code) in errors, errors
    assert digest(copy) == before
    wal = tmp_path / "roster.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def _check_stored(database: Path, expect: Imports) -> None:
    db = open_database(database)
    try:
        with read_only(db) as session:
            for employee_no, fields in expect.stored.items():
                staff = session.scalars(select(Staff).where(Staff.employee_no == employee_no)).one()
                for name, value in fields.items():
                    if name == "department":
                        stored = session.get(Department, staff.department_id)
                        assert stored is not None and stored.name == value
                    else:
                        assert getattr(staff, name) == value, (employee_no, name)
    finally:
        db.close()
