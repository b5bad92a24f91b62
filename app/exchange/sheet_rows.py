"""What every spreadsheet import talks about, whatever it brings in (the roster, the hospital's
check-ups): one problem, one row of the file, the parsed file, the preview's counts over the
rows planned (their actions are the catalogue's RowAction), the cells of one row read with
their problems noted where the person will look, and the loop that checks every row
(app.exchange.sheet_reading reads the file into these)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from app.catalogue.import_preview import RowAction as Action
from app.catalogue.import_preview import Severity
from app.exchange.column_mapping import ColumnMapping
from app.exchange.spreadsheet import Table, Value, column_letter, is_formula, shown

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ImportProblem:
    """One problem, where the user will look for it: row and column as the spreadsheet shows
    them (row None for the whole file), the header text, the value as read, a reason code."""

    row: int | None
    column: str  # "C"; "" when the problem is not about one column
    header: str  # the column's header as written in the file (or the expected name)
    field: str
    value: str
    code: str
    severity: Severity = Severity.ERROR
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceRow:
    number: int
    cells: Mapping[str, Value]  # field -> the cell as read


@dataclass(frozen=True)
class ParsedSheet:
    """The file read into rows; `problems` are about the whole file (nothing can be imported)."""

    path: Path
    sha256: str
    sheet: str = ""
    header_row: int | None = None
    columns: Mapping[str, int] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    ignored_columns: tuple[str, ...] = ()
    rows: tuple[SourceRow, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    # The columns as proposed or chosen, and the table they map (to map it again).
    mapping: ColumnMapping | None = None
    table: Table | None = field(default=None, repr=False, compare=False)


class Planned(Protocol):
    """A row an import would write: where it is in the file, and what it does."""

    @property
    def row(self) -> int: ...

    @property
    def action(self) -> Action: ...


P = TypeVar("P", bound=Planned)
T = TypeVar("T")


class ImportPreview(Generic[P]):
    """What every import's preview says (its dataclass declares these), with the counts and
    the verdict over its planned rows."""

    file_name: str
    sheet: str
    header_row: int | None
    columns: tuple[tuple[str, str, str], ...]  # (field, column letter, header text)
    ignored_columns: tuple[str, ...]
    planned: tuple[P, ...]
    problems: tuple[ImportProblem, ...]
    applied: bool

    def count(self, action: Action) -> int:
        return sum(1 for p in self.planned if p.action is action)

    @property
    def new(self) -> int:
        return self.count(Action.NEW)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(Action.UNCHANGED)

    @property
    def errors(self) -> tuple[ImportProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[ImportProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def can_apply(self) -> bool:
        """No error, and something to change."""
        return not self.errors and (self.new + self.updated) > 0


class RowCells:
    """One source row read cell by cell, noting the problems (and the cells that could not be
    read) at the row and column the person sees."""

    def __init__(self, parsed: ParsedSheet, source: SourceRow) -> None:
        self.parsed = parsed
        self.source = source
        self.problems: list[ImportProblem] = []
        self.unreadable: set[str] = set()

    def problem(
        self,
        name: str,
        code: str,
        severity: Severity = Severity.ERROR,
        args: tuple[str, ...] = (),
    ) -> None:
        index = self.parsed.columns.get(name)
        self.problems.append(
            ImportProblem(
                self.source.number,
                column_letter(index) if index is not None else "",
                self.parsed.labels.get(name, ""),
                name,
                shown(self.source.cells.get(name)),
                code,
                severity,
                args,
            )
        )

    def cell(self, name: str) -> Value:
        """The cell as read; a formula is an error at its cell and reads as nothing."""
        value = self.source.cells.get(name)
        if is_formula(value):
            self.problem(name, "formula")
            self.unreadable.add(name)
            return None
        return value

    def unreadable_as(self, name: str, code: str) -> None:
        self.problem(name, code)
        self.unreadable.add(name)

    @property
    def has_error(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_rows(
    parsed: ParsedSheet,
    check: Callable[[SourceRow], tuple[list[ImportProblem], T | None]],
    progress: Progress,
) -> tuple[list[ImportProblem], list[T]]:
    """Every row checked in the file's order (from 10 to 80 % of the work): the file's and the
    rows' problems, and the rows planned."""
    problems: list[ImportProblem] = list(parsed.problems)
    planned: list[T] = []
    total = len(parsed.rows)
    step = max(total // 20, 1)
    for n, source in enumerate(parsed.rows):
        if n % step == 0:
            progress(10 + int(70 * n / max(total, 1)), "checking")
        found, row = check(source)
        problems.extend(found)
        if row is not None:
            planned.append(row)
    return problems, planned


V = TypeVar("V")


def preview_of(
    kind: Callable[..., V],
    parsed: ParsedSheet,
    planned: Iterable[Planned],
    problems: Iterable[ImportProblem],
    **own: object,
) -> V:
    """An import's preview (`kind`, its dataclass): what every preview says about the file
    and its rows, the problems in the order the person reads the sheet, and its `own`."""
    return kind(
        file_name=parsed.path.name,
        sheet=parsed.sheet,
        header_row=parsed.header_row,
        columns=mapped_columns(parsed),
        ignored_columns=parsed.ignored_columns,
        planned=tuple(planned),
        problems=in_sheet_order(problems),
        **own,
    )


def mapped_columns(parsed: ParsedSheet) -> tuple[tuple[str, str, str], ...]:
    """(field, column letter, header text) of the mapped columns, left to right."""
    return tuple(
        (name, column_letter(index), parsed.labels.get(name, ""))
        for name, index in sorted(parsed.columns.items(), key=lambda item: item[1])
    )


def in_sheet_order(problems: Iterable[ImportProblem]) -> tuple[ImportProblem, ...]:
    """As the user reads the sheet: by row, then left to right."""
    return tuple(sorted(problems, key=lambda p: (p.row or 0, len(p.column), p.column)))


def no_progress(_percent: int, _stage: str) -> None:
    pass
