"""Bulk work raises the collector's young-generation threshold and puts it back."""

from __future__ import annotations

import gc

import pytest

from app.memory import BULK_GEN0, bulk_work, freeze_start_up


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
