"""Qt Linguist pipeline for the UI translation: python build_scripts/translations.py COMMAND

python build_scripts/translations.py update          lupdate: sources -> resources/i18n/*.ts
python build_scripts/translations.py fill FILE.json  fill unfinished entries {source: translation}
python build_scripts/translations.py missing         list unfinished / empty entries (exit 1 if any)
python build_scripts/translations.py compile         lrelease: .ts -> .qm (shipped, loaded at start)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS_FILE = I18N / "healthroom_zh_CN.ts"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    files = sorted(ROOT.glob("app/ui/**/*.py")) + sorted(ROOT.glob("forms/*.ui"))
    return [str(f.relative_to(ROOT)) for f in files if "app/ui/forms" not in f.as_posix()]


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(TS_FILE.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )
    tree = ET.parse(TS_FILE)
    tree.getroot().set("language", "zh_CN")
    tree.getroot().set("sourcelanguage", "en")
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)


def unfinished(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ) and message.get("numerus") != "yes":
                missing.append((name, message.findtext("source", "")))
            elif message.get("numerus") == "yes" and translation is not None:
                forms = [f.text for f in translation.iter("numerusform")]
                if translation.get("type") == "unfinished" or not all(forms):
                    missing.append((name, message.findtext("source", "")))
    return missing


def fill(mapping_file: Path) -> int:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(TS_FILE)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or source not in mapping:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = mapping[source]
            else:
                translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return filled


def compile_qm() -> None:
    for ts_file in sorted(I18N.glob("*.ts")):
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(ts_file),
                "-qm",
                str(ts_file.with_suffix(".qm")),
            ],
            check=True,
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "fill":
        print(f"filled {fill(Path(argv[1]))} entries")
    elif command == "missing":
        missing = unfinished()
        for context, source in missing:
            print(f"{context}\t{source}")
        return 1 if missing else 0
    elif command == "compile":
        compile_qm()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
