"""Every window, page and dialog fits the office PC's screen: 1366×768 and 1280×720 at 100 %,
1920×1080 at 150 % (the same room as 1280×720, drawn larger). Each screen is a child process
(tests/gui/window_tour.py) whose offscreen screen is the area a desktop leaves beside a
48-px task bar; the tour opens every page (each of its view tabs too) and every dialog of
app/ui/dialogs/ and reports their geometry, and saves screenshots at 1366×768 in Chinese and
in English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.ui.screen_fit import TITLE_BAR
from tests.gui.window_tour import dialog_classes

ROOT = Path(__file__).resolve().parents[2]
TASK_BAR = 48  # Windows 11's task bar at 100 % (logical pixels)


@dataclass(frozen=True)
class Screen:
    name: str
    width: int
    height: int
    scale: float = 1.0

    def config(self) -> dict[str, object]:
        """The offscreen platform's screen: its available area, in device pixels."""
        height = self.height - round(TASK_BAR * self.scale)
        area = {"name": self.name, "x": 0, "y": 0, "width": self.width, "height": height}
        return {"synchronousWindowSystem": True, "screens": [{**area, "logicalDpi": 96}]}


LAPTOP = Screen("1366x768", 1366, 768)
SCREENS = (LAPTOP, Screen("1280x720", 1280, 720), Screen("1920x1080@150%", 1920, 1080, 1.5))
RUNS = [(screen, "zh_CN") for screen in SCREENS] + [(LAPTOP, "en")]


@pytest.fixture(scope="module")
def tours(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Each run's report, the runs side by side (each is one process on the demo register)."""
    folder = tmp_path_factory.mktemp("window-tour")
    running: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}
    for screen, language in RUNS:
        run = f"{screen.name}-{language}"
        scratch = folder / run
        scratch.mkdir()
        shutil.copyfile(demo_file, scratch / "demo.db")
        config = scratch / "screen.json"
        config.write_text(json.dumps(screen.config()), encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "QT_SCALE_FACTOR": str(screen.scale),
            "XDG_CONFIG_HOME": str(scratch / "config"),  # no window size saved by another run
        }
        command = [sys.executable, "-m", "tests.gui.window_tour", "--db", str(scratch / "demo.db")]
        command += ["--scratch", str(scratch / "files"), "--lang", language]
        command += ["--out", str(scratch / "report.json")]
        if screen is LAPTOP:
            command += ["--shots", str(folder / "screenshots" / language)]
        log = (scratch / "tour.log").open("wb")
        running[run] = (subprocess.Popen(command, env=env, stdout=log, stderr=log), scratch)
    reports = {}
    for run, (process, scratch) in running.items():
        code = process.wait(timeout=900)
        log_text = (scratch / "tour.log").read_text(encoding="utf-8", errors="replace")
        assert code == 0, f"{run}: the tour failed\n{log_text[-4000:]}"
        reports[run] = json.loads((scratch / "report.json").read_text(encoding="utf-8"))
    print(f"screenshots at 1366×768: {folder / 'screenshots'}")
    return reports


def problems(window: dict) -> list[str]:  # type: ignore[type-arg]
    """What keeps a person from using `window` on its screen."""
    _x, _y, room_w, room_h = window["screen"]
    width, height = window["size"]
    left, top = window["position"]
    found = []
    if width > room_w or height + TITLE_BAR > room_h:
        found.append(f"{width}×{height} (+{TITLE_BAR} title bar) exceeds {room_w}×{room_h}")
    least_w, least_h = window["least"]
    if least_w > room_w or least_h + TITLE_BAR > room_h:
        found.append(f"its layout needs {least_w}×{least_h}: it cannot be made to fit")
    if left < 0 or top < 0 or left + width > room_w or top + height + TITLE_BAR > room_h:
        found.append(f"placed at {left},{top}: partly off the screen (title bar or buttons)")
    for box in window["button_boxes"]:
        if not (box["visible"] and box["inside"]):
            found.append(f"buttons {box['buttons']} not visible inside the window")
        if box["in_scroll_area"]:
            found.append(f"buttons {box['buttons']} scroll away with the form")
    bar = window["status_bar"]
    if bar is not None and not (bar["visible"] and bar["inside"]):
        found.append("the status bar is cut off")
    if window["tabs_cut"]:
        found.append(f"tabs behind the scroll arrow: {window['tabs_cut']}")
    if window["text_cut"]:
        found.append(f"text cut off, no scroll bar to reach it: {window['text_cut']}")
    return found


def test_every_dialog_of_the_program_is_toured(tours: dict[str, list[dict]]) -> None:  # type: ignore[type-arg]
    """A dialog added under app/ui/dialogs/ must be given to the tour (window_tour.py)."""
    for run, report in tours.items():
        toured = {w["name"] for w in report if w["kind"] == "dialog"}
        assert toured == set(dialog_classes()), run


@pytest.mark.parametrize("run", [f"{s.name}-{lang}" for s, lang in RUNS])
def test_every_window_page_and_dialog_fits_the_screen(
    tours: dict[str, list[dict]],  # type: ignore[type-arg]
    run: str,
) -> None:
    report = tours[run]
    assert {w["name"] for w in report if w["kind"] == "window"} == {"main", "county"}
    assert len([w for w in report if w["kind"] == "page"]) == 9
    # The equipment page's views are tabs, each toured: the room's day log among them.
    assert {w["name"] for w in report if w["kind"] == "view"} >= {"equipment.room"}
    found = {w["name"]: problems(w) for w in report}
    assert {name: p for name, p in found.items() if p} == {}


def test_screenshots_of_every_page_and_dialog_in_both_languages(
    qapp: object,
    tours: dict[str, list[dict]],  # type: ignore[type-arg]
) -> None:
    from PySide6.QtGui import QImage

    for language in ("zh_CN", "en"):
        report = tours[f"{LAPTOP.name}-{language}"]
        shots = [Path(w["screenshot"]) for w in report if w["kind"] != "window" or w["screenshot"]]
        assert len(shots) >= 9 + len(dialog_classes())
        for shot in shots:
            image = QImage(str(shot))
            assert not image.isNull() and image.width() > 100, shot
