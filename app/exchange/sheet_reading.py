"""The first step of every spreadsheet import: the file read through the one reader (with its
limits), its columns mapped as proposed or as the person chose, its rows cut into cells by field.
Never raises for a bad file: the problems say what is wrong."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.exchange.column_mapping import ColumnMapping, FieldSpec, propose
from app.exchange.sheet_rows import ImportProblem, ParsedSheet, SourceRow
from app.exchange.spreadsheet import SpreadsheetError, Table, read_table
from app.memory import bulk_work

__all__ = ["map_sheet", "parse_sheet", "remap_sheet"]


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


@bulk_work()
def parse_sheet(
    path: Path,
    spec: FieldSpec,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
) -> ParsedSheet:
    """Read the file and map its columns to `spec`'s fields: `mapping` as the person chose it,
    else the proposal (a mapping remembered for the same headings first)."""
    path = Path(path)
    sha = _sha256(path) if path.is_file() else ""
    try:
        table = read_table(path)
    except SpreadsheetError as error:
        problem = file_problem(error.code, error.detail, error.row)
        return ParsedSheet(path, sha, problems=(problem,))
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
