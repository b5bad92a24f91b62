"""Build the desktop bundle: `python build_scripts/build.py [--zip]`.

1. compiles the Qt Designer forms (build_scripts/compile_forms.py),
2. compiles the translations (build_scripts/translations.py compile),
3. writes the font's metrics as this reportlab parses it (build_scripts/font_metrics.py),
4. runs PyInstaller on build_scripts/healthroom.spec -> dist/healthroom/ (one folder),
5. with --zip, packs that folder as dist/healthroom-VERSION-PLATFORM.zip to hand out.

Needs PyInstaller, which the lock files install (build_scripts/setup.sh). Builds for the OS it
runs on (a Windows bundle is built on Windows). Extra arguments after `--` go to PyInstaller.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "healthroom.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "healthroom"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / NAME


def executable(dist: Path = DIST, console: bool = True) -> Path:
    """The frozen program; on Windows `console` picks the CLI twin that has a console."""
    if sys.platform == "win32":
        return bundle_dir(dist) / (f"{NAME}-cli.exe" if console else f"{NAME}.exe")
    return bundle_dir(dist) / NAME


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def step(title: str, command: list[str]) -> None:
    started = time.monotonic()
    print(f"== {title}", flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"== {title}: done ({time.monotonic() - started:.1f} s)", flush=True)


def build(dist: Path = DIST, work: Path = WORK, extra: list[str] | None = None) -> Path:
    python = sys.executable
    step("forms", [python, "build_scripts/compile_forms.py"])
    step("translations", [python, "build_scripts/translations.py", "compile"])
    step("font metrics", [python, "build_scripts/font_metrics.py"])
    step(
        "pyinstaller",
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
            *(extra or []),
        ],
    )
    program = executable(dist)
    if not program.exists():
        raise SystemExit(f"PyInstaller finished but {program} is missing")
    return bundle_dir(dist)


def make_zip(folder: Path) -> Path:
    archive = folder.parent / f"{NAME}-{version()}-{platform_tag()}"
    return Path(shutil.make_archive(str(archive), "zip", folder.parent, folder.name))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", action="store_true", help="also pack the folder as a .zip")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    parser.add_argument("pyinstaller_args", nargs="*", help="after --: passed to PyInstaller")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: set up from the lock (setup.sh)", file=sys.stderr)
        return 2
    started = time.monotonic()
    folder = build(args.dist.resolve(), args.work.resolve(), args.pyinstaller_args)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {folder} ({size / 2**20:.0f} MiB, version {version()})")
    if args.zip:
        print(f"archive: {make_zip(folder)}")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
