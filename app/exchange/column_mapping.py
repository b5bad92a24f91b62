"""Which column of a spreadsheet holds which field: the guess, and the person's choice.

HR files name their columns without end (所属部门名称, 手机号码（必填）, 部门/车间, Dept.), so a
fixed list of headings cannot be enough. The guess tries, in order of confidence: the usual
names; the heading cleaned of brackets, spaces and affixes such as 所属/名称/号码; each half of a
combined heading (A/B); and finally keywords. It then proposes one field per column (or none),
saying how sure it is, and the person confirms or changes it. A confirmed mapping is keyed by
the file's header signature so the next file with the same headings is mapped the same way.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from app.catalogue.import_preview import Confidence
from app.exchange.spreadsheet import HEADER_SCAN_ROWS, Table, normalize_text, shown

SAMPLES = 3


@dataclass(frozen=True)
class FieldSpec:
    """The fields one kind of import takes: their usual headings and keywords."""

    kind: str  # "roster", "sign_in": the key remembered mappings are stored under
    synonyms: Mapping[str, Sequence[str]]
    keywords: Mapping[str, Sequence[str]]
    required: Sequence[str] = ()  # each must be mapped
    one_of: Sequence[str] = ()  # at least one of these must be mapped

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.synonyms)

    @cached_property
    def exact_headings(self) -> dict[str, str]:
        """Each usual heading as compared (`header_key`) -> its field."""
        return {header_key(w): name for name, words in self.synonyms.items() for w in words}

    @cached_property
    def cleaned_headings(self) -> dict[str, str]:
        """Each usual heading without brackets and affixes -> its field (the first wins)."""
        found: dict[str, str] = {}
        for name, words in self.synonyms.items():
            for word in words:
                found.setdefault(_cleaned(header_key(word)), name)
        found.pop("", None)
        return found

    def missing(self, mapped: Mapping[str, int]) -> tuple[str, ...]:
        missing = tuple(f for f in self.required if f not in mapped)
        if self.one_of and not any(f in mapped for f in self.one_of):
            missing += tuple(self.one_of)
        return missing


@dataclass(frozen=True)
class ColumnGuess:
    index: int  # 0-based
    header: str  # as written in the file
    samples: tuple[str, ...]  # the first values below the header
    field: str | None  # None: not imported
    confidence: Confidence


@dataclass(frozen=True)
class ColumnMapping:
    """The header row and one field per column, as proposed or as the person chose."""

    header_row: int
    columns: tuple[ColumnGuess, ...]
    signature: str
    remembered: bool = False  # taken from an earlier confirmed import
    fields: Mapping[str, int] = field(default_factory=dict)  # field -> column index

    def with_field(self, index: int, name: str | None) -> ColumnMapping:
        """The mapping with column `index` set to `name` (a field another column had moves)."""
        columns = []
        for column in self.columns:
            if column.index == index:
                column = ColumnGuess(
                    column.index, column.header, column.samples, name, Confidence.CHOSEN
                )
            elif name is not None and column.field == name:
                column = ColumnGuess(
                    column.index, column.header, column.samples, None, Confidence.NONE
                )
            columns.append(column)
        return _mapping(self.header_row, columns, self.signature, remembered=False)

    def as_stored(self) -> list[str | None]:
        """One field (or None) per column, for remembering."""
        return [c.field for c in self.columns]


def header_key(text: object) -> str:
    """A heading as compared: NFKC (full-width to half-width), lower case, no spaces, no
    asterisks or colons, no 必填/选填 marks."""
    key = normalize_text(text).lower()
    return re.sub(r"[\s*＊:：]|必填|选填", "", key)


_BRACKETS = re.compile(r"[(（\[【<《].*?[)）\]】>》]")
_AFFIXES = re.compile(r"^(所属|所在|所在的|本人|员工|职工|人员)|(名称|号码|信息|情况)$")
_SPLIT = re.compile(r"[/／、|｜\\]|或")


def _cleaned(key: str) -> str:
    key = _BRACKETS.sub("", key)
    previous = None
    while previous != key:
        previous, key = key, _AFFIXES.sub("", key)
    return key


def guess_field(header: object, spec: FieldSpec) -> tuple[str | None, Confidence]:
    key = header_key(header)
    if not key:
        return None, Confidence.NONE
    exact = spec.exact_headings  # worked out once per kind of import, not per cell
    if key in exact:
        return exact[key], Confidence.EXACT
    cleaned = spec.cleaned_headings
    for part in (key, *_SPLIT.split(key)):
        name = cleaned.get(_cleaned(part)) or exact.get(part)
        if name:
            return name, Confidence.CLEANED
    for name, words in spec.keywords.items():
        if any(word in key for word in words):
            return name, Confidence.KEYWORD
    return None, Confidence.NONE


def header_signature(cells: Sequence[object]) -> str:
    """The file's headings, in order, as a short fingerprint (trailing blanks ignored)."""
    keys = [header_key(c) for c in cells]
    while keys and not keys[-1]:
        keys.pop()
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()
    return digest[:24]


def propose(
    table: Table,
    spec: FieldSpec,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
) -> ColumnMapping:
    """The header row (the one among the first rows whose headings say the most) and a
    field for each column; a mapping the person confirmed for these headings wins."""
    best: ColumnMapping | None = None
    best_score = -1
    for position, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        signature = header_signature(row.values)
        below = table.rows[position + 1 : position + 1 + SAMPLES]
        stored = (remembered or {}).get(signature)
        guesses = []
        for index, value in enumerate(row.values):
            samples = tuple(shown(r.values[index]) for r in below if index < len(r.values))
            if stored is not None:
                name = stored[index] if index < len(stored) else None
                confidence = Confidence.CHOSEN if name else Confidence.NONE
            else:
                name, confidence = guess_field(value, spec)
            guesses.append(ColumnGuess(index, normalize_text(value), samples, name, confidence))
        mapping = _mapping(row.number, guesses, signature, remembered=stored is not None)
        score = sum(int(c.confidence) for c in mapping.columns if c.field) + (
            100 if stored is not None else 0
        )
        if score > best_score:
            best, best_score = mapping, score
    if best is None:
        return ColumnMapping(0, (), "")
    return best


def _mapping(
    header_row: int, guesses: Sequence[ColumnGuess], signature: str, remembered: bool
) -> ColumnMapping:
    """One column per field: where two columns claim one, the surer (then the first) keeps it."""
    owner: dict[str, ColumnGuess] = {}
    for guess in guesses:
        if guess.field is None:
            continue
        held = owner.get(guess.field)
        if held is None or guess.confidence > held.confidence:
            owner[guess.field] = guess
    columns = tuple(
        g
        if g.field is None or owner[g.field] is g
        else ColumnGuess(g.index, g.header, g.samples, None, Confidence.NONE)
        for g in guesses
    )
    fields = {g.field: g.index for g in columns if g.field is not None}
    return ColumnMapping(header_row, columns, signature, remembered, fields)


class MapOptionError(ValueError):
    """A --map option that cannot be applied; `code` and `value` say why."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code  # bad_pair, unknown_header, unknown_field
        self.value = value


IGNORE_WORDS = ("ignore", "-", "none", "忽略", "不导入")


def apply_map_option(mapping: ColumnMapping, option: str, spec: FieldSpec) -> ColumnMapping:
    """`HEADER=field,...` from the command line over the proposal. A field is named by its
    key (employee_no) or its usual heading (工号); "ignore" leaves the column out."""
    names = {header_key(word): name for name, words in spec.synonyms.items() for word in words}
    names.update({name: name for name in spec.fields})
    for pair in re.split(r"[,，;；]", option):
        if not pair.strip():
            continue
        header, sep, target = pair.partition("=")
        if not sep:
            raise MapOptionError("bad_pair", pair.strip())
        key = header_key(header)
        column = next((c for c in mapping.columns if header_key(c.header) == key), None)
        if column is None and re.fullmatch(r"[A-Za-z]{1,3}", header.strip()):
            from openpyxl.utils import column_index_from_string

            index = column_index_from_string(header.strip().upper()) - 1
            column = next((c for c in mapping.columns if c.index == index), None)
        if column is None:
            raise MapOptionError("unknown_header", header.strip())
        target_key = header_key(target)
        if target_key in IGNORE_WORDS:
            mapping = mapping.with_field(column.index, None)
            continue
        name = names.get(target_key) or names.get(target.strip())
        if name is None:
            raise MapOptionError("unknown_field", target.strip())
        mapping = mapping.with_field(column.index, name)
    return mapping
