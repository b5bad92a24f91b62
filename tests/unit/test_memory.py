"""Bulk work raises the collector's young-generation threshold and puts it back."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.memory import (
    BULK_GEN0,
    DEFERRED_GEN2,
    FULL_PASS_DUE,
    bulk_work,
    collect_when_due,
    defer_full_passes,
    freeze_start_up,
    quiet_start_up,
    resume_full_passes,
)

ROOT = Path(__file__).resolve().parents[2]


def test_bulk_work_raises_the_threshold_and_restores_it() -> None:
    before = gc.get_threshold()
    with bulk_work():
        assert gc.get_threshold() == (max(before[0], BULK_GEN0), before[1], before[2])
        with bulk_work():  # nested: the outer setting survives the inner block
            pass
        assert gc.get_threshold()[0] == max(before[0], BULK_GEN0)
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), bulk_work():
        raise ValueError
    assert gc.get_threshold() == before


def test_a_bulk_function_keeps_finding_cycles() -> None:
    @bulk_work()
    def build() -> int:
        for _ in range(3 * BULK_GEN0):
            ring: list[object] = []
            ring.append(ring)  # a cycle only the collector frees
        return gc.get_count()[0]

    assert build() < BULK_GEN0 + 1  # passes still ran: the young generation never overflowed


def test_freezing_moves_what_lives_into_the_permanent_generation() -> None:
    freeze_start_up()
    try:
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def full_passes_during(work: Callable[[], object]) -> int:
    passes = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            passes.append(info)

    gc.callbacks.append(watch)
    try:
        work()
    finally:
        gc.callbacks.remove(watch)
    return len(passes)


def test_a_commands_quiet_start_up_ends_frozen_without_a_full_pass() -> None:
    before = gc.get_threshold()
    try:
        with quiet_start_up(), quiet_start_up():  # nested: the outer one's threshold stays
            assert gc.get_threshold() == (max(before[0], BULK_GEN0), before[1], before[2])
            assert full_passes_during(freeze_start_up) == 0
            assert gc.get_threshold() == before  # its work runs with the usual passes
            assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == before
        assert full_passes_during(freeze_start_up) == 1  # the window's: collected first
    finally:
        gc.unfreeze()


def test_a_command_that_stops_before_its_work_puts_the_threshold_back() -> None:
    from app.cli import main

    before = gc.get_threshold()
    with pytest.raises(SystemExit):
        main(["report", "quarterly", "--help"])
    with pytest.raises(SystemExit):
        main(["report", "quarterly", "--quarter", "2026-13"])  # a usage error
    assert gc.get_threshold() == before


def test_full_passes_stay_deferred_until_the_last_window_resumes_them() -> None:
    before = gc.get_threshold()
    defer_full_passes()  # a window …
    defer_full_passes()  # … and the register opened from it, for a moment both open
    assert gc.get_threshold() == (before[0], before[1], max(before[2], DEFERRED_GEN2))
    resume_full_passes()
    assert gc.get_threshold()[2] == max(before[2], DEFERRED_GEN2)
    resume_full_passes()
    assert gc.get_threshold() == before
    resume_full_passes()  # once more: nothing to undo
    assert gc.get_threshold() == before


def test_a_full_pass_runs_when_due_only() -> None:
    gc.collect()
    assert not collect_when_due()  # nothing has reached the oldest generation since
    defer_full_passes()  # none starts by itself meanwhile
    try:
        kept = [[n] for n in range(50 * gc.get_threshold()[0] * gc.get_threshold()[1])]
        assert gc.get_count()[2] >= FULL_PASS_DUE  # survivors of many middle passes
        assert collect_when_due() and gc.get_count()[2] == 0
        assert not collect_when_due()
    finally:
        resume_full_passes()
    del kept


def test_a_commands_process_ends_with_its_objects_frozen() -> None:
    """The program's start has a command's objects frozen as its process ends, so the full
    pass the interpreter makes at shutdown has none of them to walk."""
    probe = (
        "import atexit, gc, sys\n"  # registered first, so run last: after the freeze
        "atexit.register(lambda: print('AT EXIT', gc.get_freeze_count(), len(gc.get_objects())))\n"
        "from app.launch import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("AT EXIT "))
    frozen, walked = (int(n) for n in line.split()[2:])
    assert frozen > 10_000 and walked < 100, line
