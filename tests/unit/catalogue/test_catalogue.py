"""Every code people can see has its words in both languages, and each spec is coherent."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
import inspect
import pkgutil
import re
from enum import StrEnum
from pathlib import Path

import app.catalogue
from app.catalogue import Language, Wording, word
from app.catalogue.codes import AuditEntity
from app.catalogue.founding_rules import INDICATOR_CLAUSES
from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.catalogue.readings import GROUPS, READINGS, Flag, ReadingGroup, ReadingType
from app.catalogue.words import declared

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_member_of_every_declared_enum_has_both_words() -> None:
    kinds = declared()
    assert {ReadingType, ReadingGroup, Flag, IndicatorKey, TargetKind} <= set(kinds)
    for kind in kinds:
        for member in kind:
            zh, en = word(member, Language.ZH), word(member, Language.EN)
            assert zh.strip() and en.strip(), member
            # The Chinese word is never the code itself ("bmi" is said "BMI"); in English a
            # flag may read like its code ("high").
            assert zh != member.value, (kind.__name__, member.value)


def _catalogue_enums() -> list[type[StrEnum]]:
    """Every StrEnum defined in a module of the catalogue (walked, not listed by hand)."""
    found: list[type[StrEnum]] = []
    for info in pkgutil.iter_modules(app.catalogue.__path__):
        module = importlib.import_module(f"app.catalogue.{info.name}")
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, StrEnum) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_code_of_the_catalogue_has_its_words_declared() -> None:
    # Language is the only enum of the catalogue that is not said to people as a code.
    enums = [e for e in _catalogue_enums() if e is not Language]
    assert len(enums) >= 30
    missing = [e.__name__ for e in enums if e not in declared()]
    assert not missing, missing
    for kind in enums:
        for member in kind:
            for language in Language:
                assert word(member, language).strip(), (kind.__name__, member.value, language)


def test_every_problem_the_package_names_is_loaded_from_its_own_module() -> None:
    """`app.catalogue.problems` loads each name it exports from its module on first use (a
    command loads the problems it can meet): each is found there, and is the module's own."""
    import app.catalogue.problems as problems

    homes = problems._HOMES
    assert set(homes) == set(problems.__all__)
    for name, home in homes.items():
        module = importlib.import_module(f"app.catalogue.problems.{home}")
        value = getattr(module, name)
        assert getattr(problems, name) is value
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == module.__name__  # its own, not one it imports


def test_the_domain_codes_are_the_catalogue_codes() -> None:
    """The catalogue's codes are imported from the catalogue: no domain module repeats their
    list to re-export it; the health file's module keeps only what it adds (its answers)."""
    from app.domain import health_codes

    assert importlib.util.find_spec("app.domain.codes") is None
    assert importlib.util.find_spec("app.domain.enums") is None
    for name in dir(health_codes):
        value = getattr(health_codes, name)
        if inspect.isclass(value) and issubclass(value, StrEnum):
            assert value in declared(), name


def test_every_audit_entity_written_by_the_program_has_its_words() -> None:
    """Walk the program's calls of `audit.record(…)`: each entity written is an AuditEntity."""
    known = {entity.value for entity in AuditEntity}
    written: set[str] = set()
    for path in Path(app.catalogue.__file__).parents[1].rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                continue
            if node.func.attr != "record" or len(node.args) < 4:
                continue
            entity = node.args[3]
            if isinstance(entity, ast.Constant) and isinstance(entity.value, str):
                written.add(entity.value)
    assert len(written) >= 20
    assert written <= known, sorted(written - known)


def test_chinese_words_are_chinese_where_chinese_has_a_word() -> None:
    # Abbreviations read as they are in Chinese texts too; everything else is in Chinese.
    latin_in_chinese = {ReadingType.BMI}
    for kind, table in declared().items():
        for member, wording in table.items():
            if member not in latin_in_chinese:
                assert CJK.search(wording.zh), (kind.__name__, member.value, wording.zh)


def test_reading_specs_are_coherent() -> None:
    assert list(READINGS) == list(ReadingType)  # one spec per type, in the enum's order
    assert set(GROUPS) == set(ReadingGroup)
    bits = [spec.bit for spec in READINGS.values()]
    assert len(set(bits)) == len(bits)
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)  # one bit each
    for rt, spec in READINGS.items():
        assert spec.type is rt
        low, high = spec.plausible
        assert 0 < low < high
        assert spec.unit.zh and spec.unit.en
        assert all(source in READINGS and source is not rt for source in spec.derived_from)
        for wording in (spec.short, spec.advice):
            assert wording is None or (wording.zh and wording.en)
    for group in ReadingGroup:
        assert any(spec.group is group for spec in READINGS.values()), group


def test_indicator_specs_are_coherent() -> None:
    assert list(INDICATORS) == list(IndicatorKey)
    for key, spec in INDICATORS.items():
        assert spec.key is key
        for wording in (spec.name, spec.short, spec.definition, spec.list_title, spec.gap):
            assert wording.zh.strip() and wording.en.strip()
        for gap in (spec.gap, spec.gap_quarters):
            assert gap is None or ("{n}" in gap.zh and "{n}" in gap.en), key
        if spec.kind is TargetKind.RATE:
            assert 0 < spec.target <= 1 and not spec.per and not spec.measure_word, key
        else:
            assert spec.target >= 1 and spec.per in ("year", "quarter") and spec.measure_word
        # Only a quarterly count can be judged quarter by quarter over a year.
        assert spec.gap_quarters is None or spec.per == "quarter", key


def test_report_specs_name_their_command_module_and_sections() -> None:
    import importlib.util

    from app.catalogue.reports import REPORTS, ReportKey

    assert list(REPORTS) == list(ReportKey)
    commands = [spec.command for spec in REPORTS.values() if spec.command]
    assert len(set(commands)) == len(commands)
    for key, spec in REPORTS.items():
        assert spec.key is key and spec.file_name.strip()
        if spec.command:
            assert importlib.util.find_spec(spec.cli_module) is not None, spec.cli_module
        codes = [code for code, _words in spec.sections]
        assert len(set(codes)) == len(codes)
        assert all(words.zh and words.en for _code, words in spec.sections)


def test_every_indicator_quotes_the_clause_that_sets_its_default_target() -> None:
    numerals = {1: ("1", "一"), 2: ("2", "两"), 4: ("4", "四")}
    for key, spec in INDICATORS.items():
        clause = INDICATOR_CLAUSES[key]
        assert clause.ref.zh.startswith(("一、", "二、")), key
        text = clause.text.zh
        if spec.kind is TargetKind.COUNT:
            assert any(n in text for n in numerals[int(spec.target)]), key
        elif spec.target < 1:
            assert f"{spec.target * 100:g}%" in text, key


def _every_wording() -> list[tuple[str, Wording]]:
    """Every Wording the catalogue's modules hold: constants, tables, specs (walked)."""
    seen: set[int] = set()
    found: list[tuple[str, Wording]] = []

    def walk(value: object, where: str) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, Wording):
            found.append((where, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key, where)
                walk(item, where)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, where)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for spec_field in dataclasses.fields(value):
                walk(getattr(value, spec_field.name), where)

    for info in pkgutil.iter_modules(app.catalogue.__path__):
        module = importlib.import_module(f"app.catalogue.{info.name}")
        for name, value in vars(module).items():
            if not name.startswith("__"):
                walk(value, f"{info.name}.{name}")
    for kind, table in declared().items():
        walk(table, kind.__name__)
    return found


# Chinese ideographs and the full-width punctuation of Chinese text.
CHINESE = re.compile(r"[\u3400-\u9fff\u3001\u3002\uff08\uff09\uff0c\uff1a\uff1b]")
# Said the same in Chinese: units, symbols and abbreviations.
SAME_IN_CHINESE = re.compile(r"^(BMI|BMI≥24 kg/m²|[a-zA-Zμ°/²%]+)$")


def test_english_words_hold_no_chinese_and_chinese_words_are_chinese() -> None:
    wordings = _every_wording()
    assert len(wordings) > 800
    english_with_chinese = [(w, x.en) for w, x in wordings if CHINESE.search(x.en)]
    assert not english_with_chinese
    latin_in_chinese = [
        (w, x.zh)
        for w, x in wordings
        if not CHINESE.search(x.zh) and not SAME_IN_CHINESE.match(x.zh)
    ]
    assert not latin_in_chinese


def test_the_chinese_check_catches_a_wording_left_half_translated() -> None:
    assert CHINESE.search(Wording("男", "Sex must be 男 (male)").en)
    assert not CHINESE.search(Wording("性别", "Sex must be male or female (M or F).").en)
    assert not CHINESE.search("Blood pressure") and not SAME_IN_CHINESE.match("Blood pressure")
    assert SAME_IN_CHINESE.match("mmol/L") and CHINESE.search("（{0}）")
