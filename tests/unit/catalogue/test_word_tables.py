"""No table of words keyed by codes outside the catalogue: a code's words are declared once,
with the code, in app/catalogue, and looked up through word().

The scan reads every module of the program (not the catalogue, the demo's data, the generated
forms nor the migrations) and flags a dict literal whose keys are all members of one enum the
program declares outside the window (`DeviceStatus.DAMAGED`) or all values of one problem code
(`"no_space"`, as an exception carries it), and whose values are words: a translated text, a
sentence, Chinese, or a tuple holding one. Enums the window declares for itself (a page's view)
are widget states, whose texts Qt Linguist keeps.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from enum import Enum
from pathlib import Path

import app
from app.catalogue.problems import (
    BackupProblem,
    ExportProblem,
    ImportProblem,
    MapOptionProblem,
    OutputProblem,
    PackageProblem,
    ReviewResultProblem,
    SignInProblem,
)

ROOT = Path(app.__file__).parent
# The demo's records are data a real site would type (in Chinese), not words of codes.
SKIPPED = ("catalogue", "migrations", "county_migrations", "forms", "demo")
# Codes reported as text (an exception's reason): a table keyed by them repeats their sentences.
PROBLEMS = (
    BackupProblem,
    ExportProblem,
    ImportProblem,
    MapOptionProblem,
    OutputProblem,
    PackageProblem,
    ReviewResultProblem,
    SignInProblem,
)
CJK = re.compile(r"[\u3400-\u9fff]")
TRANSLATING = {"QT_TRANSLATE_NOOP", "tr", "_tr", "translate", "Wording", "W"}


def _program_enums() -> dict[str, type[Enum]]:
    """Every enum declared by a module of the program outside app/ui, by its class name."""
    found: dict[str, type[Enum]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        skipped = ("app.ui", "app.db.migrations", "app.db.county_migrations")
        if info.name.startswith(skipped) or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Enum) and value.__module__ == module.__name__:
                found[name] = value
    return found


def _is_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return bool(CJK.search(text)) or (
            " " in text and re.search("[A-Za-z]{2}", text) is not None
        )
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call):
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        return name in TRANSLATING
    if isinstance(node, ast.Tuple):
        return any(_is_words(e) for e in node.elts)
    return False


def _keyed_by_codes(
    keys: list[ast.expr], enums: dict[str, type[Enum]], aliases: dict[str, str]
) -> bool:
    if all(isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name) for k in keys):
        owners = {aliases.get(k.value.id, k.value.id) for k in keys}  # type: ignore[attr-defined]
        return len(owners) == 1 and owners.pop() in enums
    if all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
        values = {k.value for k in keys}  # type: ignore[attr-defined]
        return any(values <= {m.value for m in kind} for kind in PROBLEMS)
    return False


def word_tables(source: str, enums: dict[str, type[Enum]]) -> list[int]:
    """The lines where a table of words keyed by codes starts."""
    tree = ast.parse(source)
    aliases = {
        alias.asname: alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or len(node.keys) < 2 or None in node.keys:
            continue
        keys = [k for k in node.keys if k is not None]
        if _keyed_by_codes(keys, enums, aliases) and sum(map(_is_words, node.values)) >= 2:
            found.append(node.lineno)
    return found


def test_no_word_table_keyed_by_codes_outside_the_catalogue() -> None:
    enums = _program_enums()
    assert {"DeviceStatus", "RowAction", "Confidence", "StartStep"} <= set(enums)
    found = [
        f"{path.relative_to(ROOT.parent)}:{line}"
        for path in sorted(ROOT.rglob("*.py"))
        if not set(SKIPPED) & set(path.relative_to(ROOT).parts)
        for line in word_tables(path.read_text(encoding="utf-8"), enums)
    ]
    assert not found, found


def test_the_scan_finds_a_word_table() -> None:
    """The scan itself catches the tables it is meant to: by enum member (also renamed on
    import), by code, as pairs of languages; and leaves colours alone."""
    enums = _program_enums()
    for table in (
        '{DeviceStatus.DAMAGED: QT_TRANSLATE_NOOP("X", "Damaged"), '
        'DeviceStatus.LOST: QT_TRANSLATE_NOOP("X", "Lost")}',
        '{S.DAMAGED: self.tr("Damaged"), S.LOST: self.tr("Lost")}',
        '{"no_space": "the disk is full", "in_use": "it is open elsewhere"}',
        '{Confidence.EXACT: ("确定", "certain"), Confidence.CLEANED: ("很可能", "likely")}',
    ):
        source = f"from app.catalogue.codes import DeviceStatus as S\nTABLE = {table}\n"
        assert word_tables(source, enums) == [2], table
    colours = 'C = {DeviceStatus.DAMAGED: "#c62828", DeviceStatus.LOST: "#9e9e9e"}\n'
    assert not word_tables(colours, enums)
