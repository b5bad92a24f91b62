"""Refresh the lock files: `python build_scripts/lock.py [--upgrade | --upgrade-package NAME ...]`.

requirements/linux.txt and requirements/windows.txt pin every package the program, its tests,
the bundle build and the project's own build backend need — for 64-bit Linux and Windows and
Python 3.11 — each with the sha256 of every file PyPI has for that version. build_scripts/
setup.sh, the bundle build and CI install from them (`pip install --require-hashes`), so every
machine gets the same files. Both are solved here on any OS (uv resolves for the other one).

Without options the pins already in the files are kept and only what pyproject.toml's ranges
now require changes (a new dependency, a raised floor). `--upgrade` takes the newest version
each range allows; `--upgrade-package NAME` only that package. Then run the whole test suite.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCKS = ROOT / "requirements"
PYTHON_VERSION = "3.11"
# lock file name -> uv's name of the platform it is solved for
PLATFORMS = {"linux": "x86_64-manylinux_2_34", "windows": "x86_64-pc-windows-msvc"}
COMMAND = "python build_scripts/lock.py"


def lock_file(platform: str) -> Path:
    return LOCKS / f"{platform}.txt"


def build_requirements() -> list[str]:
    """The build backend (pyproject's [build-system] requires): locked too, since setup.sh
    installs the project without build isolation instead of fetching it unpinned."""
    with PYPROJECT.open("rb") as handle:
        return list(tomllib.load(handle)["build-system"]["requires"])


def uv() -> list[str]:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found:
        return [found]
    sys.exit("uv is missing: it comes with the test tools (build_scripts/setup.sh --test)")


def compile_lock(platform: str, options: list[str]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        build = Path(scratch) / "build-system.in"
        build.write_text("\n".join(build_requirements()) + "\n", encoding="utf-8")
        command = [
            *uv(),
            "pip",
            "compile",
            "--quiet",
            "--all-extras",
            "--generate-hashes",
            "--python-version",
            PYTHON_VERSION,
            "--python-platform",
            PLATFORMS[platform],
            "--index-url",
            "https://pypi.org/simple",
            "--custom-compile-command",
            COMMAND,
            "--output-file",
            str(lock_file(platform)),
            *options,
            str(PYPROJECT),
            str(build),
        ]
        subprocess.run(command, cwd=ROOT, check=True)
    # uv names the temporary input in the "# via" notes; say what it was instead.
    path = lock_file(platform)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(str(build), "pyproject.toml [build-system]"), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="newest versions in range")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME")
    args = parser.parse_args(argv)
    options = ["--upgrade"] if args.upgrade else []
    for name in args.upgrade_package:
        options += ["--upgrade-package", name]
    LOCKS.mkdir(exist_ok=True)
    for platform in PLATFORMS:
        compile_lock(platform, options)
        print(f"{lock_file(platform).relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
