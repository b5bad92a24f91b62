"""Full collector passes wait for the window's idle time instead of starting by themselves in
whichever page is opening (60–190 ms on the window's thread with a 50,000-staff register).

Real passes are watched through `gc.callbacks`: with the window's rule on, a build that makes
CPython start a full pass by itself starts none; the young generations are still collected; a
cycle that reached the oldest generation is freed at the first idle check, not before, not
while the person is typing and not while a worker runs; the first idle check after start-up
freezes what start-up loaded.
"""

from __future__ import annotations

import gc
import shutil
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.memory import DEFERRED_GEN2
from app.services import login
from app.ui import app as program
from app.ui.i18n import Translations
from app.ui.idle_collection import IDLE_SECONDS, IdleCollection
from app.ui.idle_lock import IdleWatcher


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Node:
    """An object that can only be freed by the collector once it points at itself."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def full_passes() -> Iterator[list[int]]:
    """The full passes that finish from here on (how many objects each freed), with the old
    generation made small first: as after start-up, when the program freezes what it loaded,
    so that a few hundred thousand new objects make a full pass due."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "stop" and info["generation"] == 2:
            seen.append(info["collected"])

    gc.collect()
    gc.freeze()
    gc.collect()  # the old generation now counts only what is not frozen: nearly nothing
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()


def build(count: int) -> list[list[int]]:
    """Many small containers that stay alive, as a page's rows do."""
    return [[n] for n in range(count)]


def test_full_passes_wait_for_idle_time(qapp: QApplication, full_passes: list[int]) -> None:
    before = gc.get_threshold()
    kept = build(300_000)
    assert full_passes, "the build should make CPython start a full pass by itself"
    clock = Clock()
    watcher = IdleWatcher(timeout_seconds=600, clock=clock)
    collection = IdleCollection(watcher)
    collection.start()
    try:
        assert collection.timer.isActive()
        assert gc.get_threshold() == (before[0], before[1], max(before[2], DEFERRED_GEN2))
        full_passes.clear()
        middle = gc.get_stats()[1]["collections"]
        kept += build(300_000)
        assert full_passes == []  # deferred …
        assert gc.get_stats()[1]["collections"] > middle + 10  # … the younger ones ran

        node = Node()
        gc.collect(1)  # it survives the young passes: now in the oldest generation
        alive = weakref.ref(node)
        del node
        kept += build(100_000)
        assert alive() is not None and full_passes == []

        watcher.last_input = clock.now - IDLE_SECONDS / 2  # typing a moment ago
        collection.check()
        assert alive() is not None and collection.passes == 0

        clock.now += IDLE_SECONDS  # then nothing for a while
        collection.check()
        assert alive() is None and collection.passes == 1 and len(full_passes) == 1
        collection.check()  # nothing new since: no second pass
        assert collection.passes == 1
    finally:
        collection.stop()
    assert gc.get_threshold() == before and not collection.timer.isActive()
    del kept


def test_start_up_is_frozen_at_the_first_idle_moment_with_no_worker_running(
    qapp: QApplication,
) -> None:
    clock = Clock()
    watcher = IdleWatcher(timeout_seconds=600, clock=clock)
    collection = IdleCollection(watcher)
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    collection.start()
    try:
        frozen = gc.get_freeze_count()
        collection.start_up_done()
        clock.now += IDLE_SECONDS
        pool.start(QRunnable.create(lambda: release.wait(30)))  # a page filling, say
        while not pool.activeThreadCount():
            qapp.processEvents()
        collection.check()
        assert collection.passes == 0 and gc.get_freeze_count() == frozen
        release.set()
        assert pool.waitForDone(30_000)
        collection.check()
        assert collection.passes == 1 and gc.get_freeze_count() > frozen
    finally:
        release.set()
        collection.stop()
        gc.unfreeze()


def test_the_program_window_defers_full_passes_until_its_session_closes(
    qtbot: QtBot, tmp_path: Path, demo_file: Path, translations: Translations
) -> None:
    shutil.copyfile(demo_file, tmp_path / "site.db")
    session = login.open_as(tmp_path / "site.db", "chair", "demo1234")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = gc.get_threshold()
    window = program.start_window(app, session, translations)
    qtbot.addWidget(window)
    try:
        assert gc.get_threshold()[2] == max(before[2], DEFERRED_GEN2)
        assert window.collection.timer.isActive()
        with qtbot.waitSignal(window.first_page_filled, timeout=30_000):
            pass
        window.idle.last_input -= IDLE_SECONDS  # nobody touched it since
        qtbot.waitUntil(lambda: window.collection.passes == 1, timeout=30_000)
        assert gc.get_freeze_count() > 0  # start-up frozen, by the window's timer
    finally:
        gc.unfreeze()
        program._windows.remove(window)
        program.close_session(window)
    assert gc.get_threshold() == before
