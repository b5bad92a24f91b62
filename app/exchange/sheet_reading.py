"""The first step of every spreadsheet import: the file read through the one reader (with its
limits), its columns mapped as proposed or as the person chose, its rows cut into cells by field.
Never raises for a bad file: the problems say what is wrong."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.exchange.column_mapping import ColumnMapping, FieldSpec, propose
from app.exchange.sheet_rows import ImportProblem, ParsedSheet, SourceRow
from app.exchange.spreadsheet import SpreadsheetError, Table, read_table
from app.memory import bulk_work

__all__ = ["SheetRead", "map_sheet", "parse_sheet", "read_sheet", "remap_sheet"]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def file_problem(code: str, detail: str = "", row: int | None = None) -> ImportProblem:
    args = (detail,) if code == "cell_too_long" else ()
    return ImportProblem(row, "", "", "", detail, code, args=args)


class SheetRead:
    """The file read and fingerprinted in a thread of its own, started before the register is
    opened: the spreadsheet reader (and the file's reading) run while SQLite checks the
    register and Argon2 checks the password, which both leave the interpreter free.
    `parse_sheet(…, read=…)` takes its result."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._read: tuple[str, Table | ImportProblem] | None = None
        self._failure: BaseException | None = None
        # A daemon: a refused sign-in ends the command without waiting for the file.
        self._thread = threading.Thread(target=self._run, name="reading the file", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._read = read_sheet(self.path)
        except BaseException as failure:  # MemoryError and the like: raised where it is used
            self._failure = failure

    def result(self) -> tuple[str, Table | ImportProblem]:
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        assert self._read is not None
        return self._read


@bulk_work()
def read_sheet(path: Path) -> tuple[str, Table | ImportProblem]:
    """(the file's SHA-256, its table or the problem that keeps it from being read)."""
    sha = _sha256(path) if path.is_file() else ""
    try:
        return sha, read_table(path)
    except SpreadsheetError as error:
        return sha, file_problem(error.code, error.detail, error.row)


def parse_sheet(
    path: Path,
    spec: FieldSpec,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
    read: SheetRead | None = None,
) -> ParsedSheet:
    """Read the file (or take what `read` read of it) and map its columns to `spec`'s fields:
    `mapping` as the person chose it, else the proposal (a mapping remembered for the same
    headings first)."""
    path = Path(path)
    sha, table = read.result() if read is not None and read.path == path else read_sheet(path)
    if isinstance(table, ImportProblem):
        return ParsedSheet(path, sha, problems=(table,))
    return _mapped(path, sha, table, spec, mapping, remembered)


@bulk_work()
def _mapped(
    path: Path,
    sha: str,
    table: Table,
    spec: FieldSpec,
    mapping: ColumnMapping | None,
    remembered: Mapping[str, Sequence[str | None]] | None,
) -> ParsedSheet:
    chosen = mapping or propose(table, spec, remembered)
    return map_sheet(path, sha, table, chosen, spec)


def remap_sheet(parsed: ParsedSheet, mapping: ColumnMapping, spec: FieldSpec) -> ParsedSheet:
    """The same file with its columns mapped another way (the file is not read again)."""
    if parsed.table is None:
        return parse_sheet(parsed.path, spec, mapping)
    return map_sheet(parsed.path, parsed.sha256, parsed.table, mapping, spec)


def map_sheet(
    path: Path, sha: str, table: Table, mapping: ColumnMapping, spec: FieldSpec
) -> ParsedSheet:
    columns = dict(mapping.fields)
    labels = {c.field: c.header for c in mapping.columns if c.field is not None}
    missing = spec.missing(columns)
    if missing:
        near = mapping.header_row if columns else None
        words = spec.synonyms
        absent = tuple(
            ImportProblem(near, "", words[f][0], f, "", "missing_column", args=tuple(words[f][1:]))
            for f in missing
        )
        return ParsedSheet(
            path,
            sha,
            table.sheet,
            mapping.header_row or None,
            problems=absent,
            mapping=mapping,
            table=table,
        )
    ignored = tuple(c.header for c in mapping.columns if c.field is None and c.header)
    rows = []
    for row in table.rows:
        if row.number <= mapping.header_row:
            continue
        cells = {
            name: row.values[index] if index < len(row.values) else None
            for name, index in columns.items()
        }
        rows.append(SourceRow(row.number, cells))
    problems: tuple[ImportProblem, ...] = ()
    if not rows:
        problems = (file_problem("no_rows", row=mapping.header_row),)
    return ParsedSheet(
        path,
        sha,
        table.sheet,
        mapping.header_row,
        columns,
        labels,
        ignored,
        tuple(rows),
        problems,
        mapping,
        table,
    )
