"""The desktop bundle: build it with PyInstaller and run the frozen program for real.

Slow (a build takes about a minute), so it is not in the normal run: run_tests.py runs it as its
last step (`pytest -m slow tests/bundle`). Set HEALTHROOM_BUNDLE=dist/healthroom to test an
existing bundle instead of building one.

Against a temporary database the frozen program runs the commands of its `--help` among
demo, report wall-schedule and check, and opens the window offscreen for a few seconds
(HEALTHROOM_EXIT_AFTER_MS): exit code 0, the window shown, no traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from build_scripts import build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "bundle-test"
TIMEOUT = 300


@dataclass(frozen=True)
class Frozen:
    folder: Path
    program: Path  # the console executable (the only one outside Windows)
    home: Path  # settings, data and logs of the runs go here, never to the user's

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_STATE_HOME=str(self.home / "state"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            HEALTHROOM_PASSWORD="demo1234",
        )
        return env

    def run(
        self, *args: str, lang: str = "en", **extra_env: str
    ) -> subprocess.CompletedProcess[str]:
        """Run the frozen program in `lang` (the command line speaks one language per run)."""
        return subprocess.run(
            [str(self.program), "--lang", lang, *args],
            env={**self.env(), **extra_env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
            cwd=self.home,
        )

    def log_text(self) -> str:
        """The program's log file (platformdirs: under XDG_STATE_HOME outside Windows/macOS)."""
        logs = list(self.home.rglob("healthroom.log*"))
        return "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in logs)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    existing = os.environ.get("HEALTHROOM_BUNDLE")
    if existing:
        folder = Path(existing).resolve()
        dist = folder.parent
    else:
        pytest.importorskip("PyInstaller", reason="needs PyInstaller (in the lock)")
        folder = build.build(dist=BUILD / "dist", work=BUILD / "work")
        dist = folder.parent
    home = tmp_path_factory.mktemp("frozen-home")
    yield Frozen(folder=folder, program=build.executable(dist, console=True), home=home)


@pytest.fixture(scope="module")
def commands(frozen: Frozen) -> set[str]:
    """The commands this build's `healthroom --help` (and `report --help`) offers."""
    top = frozen.run("--help")
    assert top.returncode == 0, top.stderr
    choices = re.findall(r"\{([a-z,-]+)\}", top.stdout)  # --lang's {zh,en} comes first
    assert choices, top.stdout
    found = set(max(choices, key=len).split(","))
    if "report" in found:
        kinds = frozen.run("report", "--help")
        found |= {f"report {k}" for k in re.findall(r"^\s+([a-z][a-z-]+)\s", kinds.stdout, re.M)}
    return found


@pytest.fixture(scope="module")
def demo_database(frozen: Frozen) -> tuple[Path, subprocess.CompletedProcess[str]]:
    database = frozen.home / "demo.db"
    result = frozen.run("--db", str(database), "demo", "--staff", "120", "--months", "6")
    return database, result


def no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text, text


def test_bundle_holds_resources_and_leaves_out_unused_qt(frozen: Frozen) -> None:
    files = {p.relative_to(frozen.folder).as_posix() for p in frozen.folder.rglob("*")}
    internal = "_internal/"
    for needed in (
        "resources/fonts/wqy-microhei.ttc",
        "resources/fonts/wqy-microhei.metrics",  # without it every report parses the font
        "resources/i18n/healthroom_zh_CN.qm",
        "resources/icons/healthroom.png",
        "resources/icons/healthroom.ico",
        "resources/help/guide_zh_CN.html",
        "resources/help/guide_en.html",
        "app/db/migrations/env.py",
        "app/db/migrations/script.py.mako",
    ):
        assert internal + needed in files, needed
    shipped = internal + "app/db/migrations/versions/"
    revisions = {Path(p).name for p in files if p.startswith(shipped)}
    sources = {p.name for p in (ROOT / "app/db/migrations/versions").glob("*.py")}
    assert revisions == sources
    names = " ".join(Path(p).name for p in files)
    for unused in ("QtWebEngine", "Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard"):
        assert unused not in names, unused
    # Wayland falls back to X11, the GTK theme (with GTK's cairo/pango stack) and Qt's network
    # library serve nothing here; reportlab needs Pillow, not its AVIF/WebP/colour parts.
    for unused in ("Qt6Network", "Qt6Wayland", "qwayland", "qgtk3", "libpango", "libcairo"):
        assert unused not in names, unused
    for unused in ("_avif.", "_webp.", "_imagingcms.", "libavif", "libwebp", "liblcms2"):
        assert unused not in names, unused
    assert any(name.startswith("libqxcb.") for name in names.split()), "the X11 platform"
    assert any(name.startswith("_imaging.") for name in names.split()), "Pillow's core"


def test_frozen_version_is_the_one_in_app(frozen: Frozen) -> None:
    result = frozen.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"healthroom {__version__}"


def test_frozen_demo_fills_a_new_database(
    demo_database: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    database, result = demo_database
    assert result.returncode == 0, result.stdout + result.stderr
    assert "demo data written" in result.stdout
    assert re.search(r"staff 120 \(departed \d+\), visits [1-9]\d*", result.stdout)
    assert database.stat().st_size > 100_000
    no_traceback(result.stdout, result.stderr)


def test_frozen_report_wall_schedule(
    frozen: Frozen,
    commands: set[str],
    demo_database: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    if "report wall-schedule" not in commands:
        pytest.skip("`report wall-schedule` is not in this build's --help yet")
    database, _ = demo_database
    pdf = frozen.home / "wall-schedule.pdf"
    result = frozen.run(
        "--db", str(database), "--user", "chair", "report", "wall-schedule", "-o", str(pdf)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    assert len(pages) >= 1
    assert "".join(page.extract_text() for page in pages).strip()  # fonts and text made it
    no_traceback(result.stdout, result.stderr)


def test_frozen_check_passes_on_the_demo_database(
    frozen: Frozen, demo_database: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    database, _ = demo_database
    result = frozen.run("--db", str(database), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"integrity:\s+ok", result.stdout)
    assert re.search(r"schema revision: (\w+) \(expected \1\)", result.stdout)
    assert re.search(r"result:\s+ok", result.stdout)
    chinese = frozen.run("--db", str(database), "check", lang="zh")
    assert chinese.returncode == 0, chinese.stdout + chinese.stderr
    assert "完整性：正常" in chinese.stdout and "结论：正常" in chinese.stdout


def test_frozen_window_opens_and_quits_cleanly(
    frozen: Frozen, demo_database: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    database, _ = demo_database
    picture = frozen.home / "window.png"
    result = frozen.run(
        "--db",
        str(database),
        HEALTHROOM_EXIT_AFTER_MS="3000",
        HEALTHROOM_USER="admin",
        HEALTHROOM_SMOKE_SCREENSHOT=str(picture),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main window shown" in result.stderr
    assert picture.stat().st_size > 10_000  # a real picture of the window, not an empty one
    no_traceback(result.stdout, result.stderr, frozen.log_text())
    if sys.platform != "win32":  # logs go to the temporary home (XDG_STATE_HOME) here
        assert "main window shown" in frozen.log_text()
        assert " ERROR " not in frozen.log_text()


def test_frozen_program_migrates_an_older_database(frozen: Frozen) -> None:
    """Alembic loads the revision files by path from the bundle: an old file is backed up and
    upgraded on open. Older = the first revision, or (while there is only one) a file whose
    schema was taken back to the base with a downgrade."""
    from alembic.script import ScriptDirectory

    from app.db.engine import make_engine
    from app.db.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade

    revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    database = frozen.home / "old.db"
    engine = make_engine(database)
    if len(revisions) > 1:
        upgrade(engine, revisions[-1].revision)
    else:
        upgrade(engine)
        downgrade(engine, "base")
    older = current_revision(engine)
    engine.dispose()
    assert older != head_revision()

    result = frozen.run("--db", str(database), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"schema revision: {head_revision()} (expected {head_revision()})" in result.stdout
    engine = make_engine(database)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert list((database.parent / "backups").glob("old-before-migration-*.db"))
