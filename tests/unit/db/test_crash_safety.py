"""A writer killed with SIGKILL at random moments, 30 times: no committed visit is lost and
the file stays whole (WAL, synchronous=FULL, one transaction per visit)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.integrity import integrity_ok
from app.db.models import Measurement, UsageVisit
from app.services import login
from app.services.unit_of_work import read_only

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 30


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_no_committed_visit_is_lost_when_the_writer_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    key = session.db.key
    assert key is not None
    session.db.close()
    env = {**os.environ, "HEALTHROOM_TEST_KEY": key.hex()}
    rng = random.Random(20261116)
    committed: set[int] = set()
    number = 0
    started = time.monotonic()
    for _kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # it is writing now
        assert first.strip(), "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        printed = [int(line) for line in (first + rest).split()]
        committed.update(printed)
        number = max(printed) + 2  # a visit may have committed without being printed
    elapsed = time.monotonic() - started

    assert integrity_ok(path, key) == (True, "ok")
    reopened = login.open_encrypted(path, "zhang", "secret123")
    with read_only(reopened.db) as s:
        names = set(s.scalars(select(UsageVisit.visitor_name)))
        lost = {n for n in committed if f"crash-{n}" not in names}
        assert lost == set()
        # Whole transactions only: every visit has both of its readings.
        per_visit = s.execute(
            select(Measurement.visit_id, func.count()).group_by(Measurement.visit_id)
        ).all()
        assert {c for _v, c in per_visit} == {2}
        assert len(per_visit) == len(names)
    reopened.db.close()
    assert len(committed) > KILLS  # it really was writing when killed
    assert elapsed < 30, f"{elapsed:.1f} s"
