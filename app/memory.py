"""The garbage collector in bulk work: fewer passes where a command builds many objects that
live until it ends (a workbook's rows, a report's data, an import's plan).

CPython runs a young-generation pass every 700 new container objects and each pass walks
every object still alive in that generation: building 100,000 rows spent a fifth of its time
there. Nothing here turns collection off: cycles are still found, only less often.

In the window a full pass (every object not frozen: the pages' modules, a large register's
rows) took 60–190 ms at 50,000 staff and started by itself in whichever page was being opened
or filled. While a window is open (`defer_full_passes`) full passes wait for the window's
idle time (`app.ui.idle_collection`); the young and middle generations are still collected
as usual, and a full pass still starts by itself after a hundred times the usual work.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager

BULK_GEN0 = 50_000  # young objects between passes while in bulk work (default 700)
DEFERRED_GEN2 = 1_000  # middle-generation passes before a full one starts by itself (default 10)
FULL_PASS_DUE = 10  # middle-generation passes since the last full one that make one worth it

_deferring = 0  # how many callers want full passes deferred (two windows may overlap)
_gen2_before: int | None = None  # the oldest generation's threshold to put back
_gen0_before: int | None = None  # the young generation's threshold while a command starts


@contextmanager
def quiet_start_up() -> Iterator[None]:
    """Around a command: the modules it imports as it starts live until it ends, so young
    passes over them find nothing to free. They wait (the young generation's threshold raised
    as in bulk work) until `freeze_start_up` ends the start-up, or the block does (a command
    that stops before its work: its help, a usage error). Within a quiet start-up it changes
    nothing: the first `freeze_start_up` ends them both."""
    global _gen0_before
    outermost = _gen0_before is None
    if outermost:
        gen0, gen1, gen2 = gc.get_threshold()
        _gen0_before = gen0
        gc.set_threshold(max(gen0, BULK_GEN0), gen1, gen2)
    try:
        yield
    finally:
        if outermost:
            _end_quiet_start_up()


def _end_quiet_start_up() -> bool:
    """Put the young threshold back if a quiet start-up raised it; True if one did."""
    global _gen0_before
    if _gen0_before is None:
        return False
    _gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(_gen0_before, gen1, gen2)
    _gen0_before = None
    return True


def freeze_start_up() -> None:
    """After start-up imports: the modules, classes and functions loaded so far live as long
    as the program; moved to a permanent generation, no later pass walks them again.

    The window collects first. A command after its quiet start-up does not: its start-up's
    garbage is a few hundred objects among tens of thousands, and the full pass that finds
    them cost as much as all the young passes it skipped."""
    if not _end_quiet_start_up():
        gc.collect()
    gc.freeze()


def freeze_at_exit() -> None:
    """A command's process: what it built lives until the process ends, and the full pass the
    interpreter makes as it shuts down walks every object still there to find the few cycles
    among them — about 10 ms of a printed report's run, after its work. Frozen by an exit
    handler just before, nothing is walked; the objects go with the process all the same.
    A command closes its files and connections itself, none is left to the collector.
    Registered once, however often a process starts a command."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


@contextmanager
def bulk_work() -> Iterator[None]:
    """Raise the young generation's threshold for the block, then put it back."""
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, BULK_GEN0), gen1, gen2)
    try:
        yield
    finally:
        gc.set_threshold(gen0, gen1, gen2)


def defer_full_passes() -> None:
    """Full passes wait (`collect_when_due` runs them); undone by `resume_full_passes`."""
    global _deferring, _gen2_before
    _deferring += 1
    if _deferring == 1:
        gen0, gen1, gen2 = gc.get_threshold()
        _gen2_before = gen2
        gc.set_threshold(gen0, gen1, max(gen2, DEFERRED_GEN2))


def resume_full_passes() -> None:
    """Undo one `defer_full_passes`; the last one puts the collector's threshold back."""
    global _deferring, _gen2_before
    if _deferring == 0:
        return
    _deferring -= 1
    if _deferring == 0 and _gen2_before is not None:
        gen0, gen1, _ = gc.get_threshold()
        gc.set_threshold(gen0, gen1, _gen2_before)
        _gen2_before = None


def collect_when_due() -> bool:
    """A full pass if enough has reached the oldest generation since the last one (as much as
    would have let CPython start one by itself); True if it ran."""
    if gc.get_count()[2] < FULL_PASS_DUE:
        return False
    gc.collect()
    return True
