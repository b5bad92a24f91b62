"""Compile Qt Designer forms (forms/*.ui) into app/ui/forms/ui_*.py.

`python build_scripts/compile_forms.py` writes them; `--check` only reports stale or missing
files (exit 1), which the test run uses so that a .ui edit is never shipped uncompiled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "app" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by build_scripts/compile_forms.py — do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def compiled(ui_file: Path) -> str:
    result = subprocess.run(
        [uic(), "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        encoding="utf-8",  # what uic writes, whatever the Windows code page (cp936…)
    )
    # uic stamps its own version in a comment; drop comment lines so output is reproducible.
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("##"))
    return HEADER.format(name=ui_file.name) + body.strip() + "\n"


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").touch()
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        text = compiled(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(target.relative_to(ROOT))
            if not check:
                target.write_text(text, encoding="utf-8", newline="\n")  # LF, as committed
    if check and stale:
        print("stale generated forms (run build_scripts/compile_forms.py):")
        for path in stale:
            print(f"  {path}")
        return 1
    for path in stale:
        print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
