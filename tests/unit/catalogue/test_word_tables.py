"""No table of words keyed by codes outside the catalogue: a code's words are declared once,
with the code, in app/catalogue, and looked up through word().

The scan reads every module of the program (not the catalogue, the demo's data, the generated
forms nor the migrations) and flags a dict literal whose keys are all members of one enum the
program declares outside the window (`DeviceStatus.DAMAGED`) or all values of one code the
catalogue words (`"no_space"`, as an exception carries it), and whose values are words: a
translated text, a sentence, Chinese, or a tuple holding one. Enums the window declares for
itself (a page's view) are widget states, whose texts Qt Linguist keeps.

A second scan flags any table (a module's or a class's dict, tuple or list) that holds words in
both languages: outside the catalogue only a printed document's own layout words (a report's
headings, the package workbook's sheet titles) are kept so; the window's texts go through Qt
Linguist and the command line says a code through the catalogue.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from enum import Enum, StrEnum
from pathlib import Path

import app
from app.catalogue.words import declared

ROOT = Path(app.__file__).parent
# The demo's records are data a real site would type (in Chinese), not words of codes.
SKIPPED = ("catalogue", "migrations", "county_migrations", "forms", "demo")
# Codes reported or stored as text (an exception's reason, a record's field): a table keyed by
# the values of one of them repeats the words the catalogue declares for it.
PROBLEMS = tuple(kind for kind in declared() if issubclass(kind, StrEnum))
# Tables keyed by codes whose values are not the codes' words (path, variable: why).
NOT_CODE_WORDS = {
    ("exchange/roster_rows.py", "SYNONYMS"): "headings people write in a roster: matched, not said",
    ("exchange/roster_rows.py", "KEYWORDS"): "words in such headings: matched, not said",
    ("exchange/sign_in_import.py", "SYNONYMS"): "headings of a sign-in sheet: matched, not said",
    ("exchange/sign_in_import.py", "KEYWORDS"): "words in such headings: matched, not said",
    ("exchange/roster_template.py", "COLUMNS"): "the template's instructions for each column",
}
# Tables holding both languages that are no words the program says (path, variable: why).
NOT_WORD_TABLES = {
    ("cli/argparse_words.py", "CHINESE"): "argparse's own texts in Chinese: the library's words",
    ("ui/i18n.py", "QT_GAPS_ZH"): "Qt's own dialog texts its Chinese translation lacks",
    ("domain/activity_title.py", "_WORDS"): "words recognised in a title people type",
    ("exchange/roster_rows.py", "SYNONYMS"): "headings people write in a roster: matched",
    ("exchange/sign_in_import.py", "SYNONYMS"): "headings of a sign-in sheet: matched",
    ("cli/__init__.py", "COMMANDS"): "the command table: the help of each command (a spec)",
}
# A printed document's own layout words: said once, by the document (the report recipe).
DOCUMENTS = ("reports", "exchange/package_sheets.py", "ui/guide.py")
# A report's heading equal to a code's words that names another thing (path, 中文: why); any
# other heading that names a code, a field or a role says the catalogue's words (`said`).
COINCIDENTAL = {
    ("reports/period_texts.py", "设备设施"): "the report's equipment section, not a demo stage",
    ("reports/period_texts.py", "日常消耗品"): "the report's consumables section, not a demo stage",
    ("reports/period_texts.py", "巡检"): "the report's inspections section, not a demo stage",
    ("reports/county_words.py", "巡检"): "the workbook's inspections sheet, not a demo stage",
    ("reports/wall_schedule_content.py", "开放时间表"): "the poster's title, not a demo stage",
    ("reports/period_texts.py", "来宾"): "guests at an activity, not the guests an import added",
}
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


def _named_tables(tree: ast.Module) -> dict[int, str]:
    """The variable each table of a module or a class is assigned to, by the table's node."""
    names: dict[int, str] = {}
    body = [*tree.body, *(n for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body)]
    for node in body:
        target = (
            node.targets[0]
            if isinstance(node, ast.Assign)
            else node.target
            if isinstance(node, ast.AnnAssign)
            else None
        )
        if target is not None and node.value is not None:
            name = ast.unparse(target)
            for inner in ast.walk(node.value):
                names.setdefault(id(inner), name)
    return names


def word_tables(source: str, enums: dict[str, type[Enum]]) -> list[tuple[int, str]]:
    """Where a table of words keyed by codes starts: its line and the variable holding it."""
    tree = ast.parse(source)
    names = _named_tables(tree)
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
            found.append((node.lineno, names.get(id(node), "")))
    return found


def _texts(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def bilingual_tables(source: str) -> list[tuple[int, str]]:
    """A module's or a class's table (dict, tuple, list, or a call on one) holding at least two
    Chinese texts and two English phrases: its line and variable."""
    tree = ast.parse(source)
    body = [*tree.body, *(n for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body)]
    found = []
    for node in body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        if not isinstance(node.value, (ast.Dict, ast.Tuple, ast.List, ast.Set, ast.Call)):
            continue
        texts = _texts(node.value)
        chinese = [t for t in texts if CJK.search(t)]
        english = [t for t in texts if not CJK.search(t) and _is_words(ast.Constant(t))]
        if len(chinese) >= 2 and len(english) >= 2:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            found.append((node.lineno, ast.unparse(target)))
    return found


def catalogue_wordings() -> dict[tuple[str, str], str]:
    """Every code's words as a (中文, English) pair, with the first code they belong to."""
    found: dict[tuple[str, str], str] = {}
    for kind, table in declared().items():
        for member, words in table.items():
            found.setdefault((words.zh, words.en), f"{kind.__name__}.{member.name}")
    return found


def repeated_wordings(
    source: str, wordings: dict[tuple[str, str], str]
) -> list[tuple[int, str, str]]:
    """Each pair of texts (a tuple, or a call's two arguments) equal to a catalogue wording:
    its line, its Chinese and the code whose words it repeats."""
    found = []
    for node in ast.walk(ast.parse(source)):
        pair = node.elts if isinstance(node, ast.Tuple) else getattr(node, "args", None)
        if not isinstance(node, (ast.Tuple, ast.Call)) or pair is None or len(pair) != 2:
            continue
        texts = tuple(e.value for e in pair if isinstance(e, ast.Constant))
        if len(texts) == 2 and texts in wordings:
            found.append((node.lineno, str(texts[0]), wordings[texts]))  # type: ignore[index]
    return found


def _program_files() -> list[tuple[str, str]]:
    """(path below app/, source) of every module the scans read."""
    return [
        (path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(ROOT.rglob("*.py"))
        if not set(SKIPPED) & set(path.relative_to(ROOT).parts)
    ]


def test_no_word_table_keyed_by_codes_outside_the_catalogue() -> None:
    enums = _program_enums()
    assert {"DeviceStatus", "RowAction", "Confidence", "StartStep"} <= set(enums)
    found = [
        f"{path}:{line} {name}"
        for path, source in _program_files()
        for line, name in word_tables(source, enums)
        if (path, name) not in NOT_CODE_WORDS
    ]
    assert not found, found


def test_no_table_in_both_languages_outside_the_catalogue() -> None:
    """The window and the command line (and every layer below) keep no table of words in two
    languages: a repeated table shows up here first (as the window's and the command line's
    refusals of a register file did, each with its own words)."""
    found = [
        f"{path}:{line} {name}"
        for path, source in _program_files()
        if not path.startswith(DOCUMENTS)
        for line, name in bilingual_tables(source)
        if (path, name) not in NOT_WORD_TABLES
    ]
    assert not found, found


def test_no_report_repeats_a_catalogue_wording() -> None:
    """A printout's heading that names a record's field, a role, a reading type or a stock
    movement says the catalogue's words: were it repeated, the window and the printout would
    drift apart the day one wording changes."""
    wordings = catalogue_wordings()
    found = [
        f"{path}:{line} {zh} repeats {code}"
        for path, source in _program_files()
        if path.startswith("reports/")
        for line, zh, code in repeated_wordings(source, wordings)
        if (path, zh) not in COINCIDENTAL
    ]
    assert not found, found


def test_the_coincidental_wordings_still_exist() -> None:
    wordings = catalogue_wordings()
    files = dict(_program_files())
    for path, zh in COINCIDENTAL:
        assert zh in {found for _line, found, _code in repeated_wordings(files[path], wordings)}


def test_the_scan_finds_a_repeated_wording() -> None:
    """As the reports held the roster's field names: in a table, or in a Wording; a wording
    that differs in one language is no repetition (a settled conflict shows up elsewhere)."""
    wordings = catalogue_wordings()
    source = 'T = {"a": ("姓名", "Name"), "b": W("部门", "Department"), "c": ("姓名", "Who")}\n'
    assert [code for _line, _zh, code in repeated_wordings(source, wordings)] == [
        "RecordField.NAME",
        "RecordField.DEPARTMENT",
    ]


def test_the_allowed_tables_still_exist() -> None:
    """Each exception names a table that is there: a stale one would let a new table in."""
    enums = _program_enums()
    files = dict(_program_files())
    for path, name in NOT_CODE_WORDS:
        assert name in {found for _line, found in word_tables(files[path], enums)}, path
    for path, name in NOT_WORD_TABLES:
        assert name in {found for _line, found in bilingual_tables(files[path])}, path


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
        # The register refusals as the window held them: plain text keys, translated values.
        '{"folder": QT_TRANSLATE_NOOP("Start", "%1 is a folder"), '
        '"read_only": QT_TRANSLATE_NOOP("Start", "%1 is read-only")}',
    ):
        source = f"from app.catalogue.codes import DeviceStatus as S\nTABLE = {table}\n"
        assert word_tables(source, enums) == [(2, "TABLE")], table
    colours = 'C = {DeviceStatus.DAMAGED: "#c62828", DeviceStatus.LOST: "#9e9e9e"}\n'
    assert not word_tables(colours, enums)


def test_the_scan_finds_a_table_in_both_languages() -> None:
    """As the command line held the workspace refusals: plain text keys, pairs of languages;
    a class's table too. One wording alone, or one language, is no table."""
    spoken = (
        'PROBLEMS = Spoken({"a": ("这是文件夹", "a folder here"), '
        '"b": ("不存在", "it does not exist")})\n'
    )
    assert bilingual_tables(spoken) == [(1, "PROBLEMS")]
    in_class = 'class X:\n    WORDS = (("保存", "saving it now"), ("完成", "all done now"))\n'
    assert bilingual_tables(in_class) == [(2, "WORDS")]
    assert not bilingual_tables('ONE = W("不适用", "not applicable")\n')
    assert not bilingual_tables('EN = {"a": "a folder here", "b": "it does not exist"}\n')
