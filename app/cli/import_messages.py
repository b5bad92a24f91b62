"""The import problems on the command line, in the run's language.

The exchange layer reports codes with their arguments; their sentences are the catalogue's
(app.catalogue.problems), which the window says too.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.catalogue.language import listed
from app.catalogue.problems import MapOptionProblem, problem_sentence, sentence
from app.cli.common import OUTPUT_PROBLEMS, Rejected, input_file
from app.cli.speech import Language, language, say, spoken
from app.db.backup import BackupError
from app.domain.staff import Severity
from app.exchange.column_mapping import ColumnMapping, MapOptionError
from app.exchange.roster_rows import SYNONYMS
from app.exchange.sheet_reading import SheetRead
from app.exchange.sheet_rows import ImportProblem
from app.exchange.spreadsheet import column_letter


def problem_text(problem: ImportProblem) -> str:
    """One line: where (row, column and header), the value, and the reason."""
    where = []
    if problem.row is not None:
        where.append(say(f"第 {problem.row} 行", f"row {problem.row}"))
    if problem.column:
        where.append(
            say(
                f"{problem.column} 列“{problem.header}”",
                f"column {problem.column} “{problem.header}”",
            )
        )
    value = (
        say(f" 值“{problem.value}”", f" value “{problem.value}”")
        if problem.value and problem.column
        else ""
    )
    level = say("错误", "error") if problem.severity is Severity.ERROR else say("提示", "warning")
    head = f"{say(' ', ', ').join(where)}{value}{say('：', ': ')}" if where or value else ""
    return f"{head}[{level}] {reason(problem)}"


def reason(problem: ImportProblem) -> str:
    """The problem's sentence in the run's language (the catalogue's words)."""
    args = (problem.header, *problem.args) if problem.code == "missing_column" else problem.args
    return problem_sentence(problem.code, language(), args)


def field_name(field: str, synonyms: Mapping[str, Sequence[str]] = SYNONYMS) -> str:
    """A field as people name it: its usual heading in Chinese (工号), its key in English
    (employee_no); both are accepted by --map."""
    if language() is Language.ZH and field in synonyms:
        return synonyms[field][0]
    return field


def mapping_lines(
    mapping: ColumnMapping, synonyms: Mapping[str, Sequence[str]] = SYNONYMS
) -> list[str]:
    """The columns as mapped: letter, heading, field and how sure the guess is."""
    head = say("列映射", "columns")
    if mapping.remembered:
        head += say("（沿用上次确认的映射）", " (as confirmed for these headings before)")
    lines = [head + say("：", ":")]
    for column in mapping.columns:
        if not column.header and column.field is None:
            continue
        where = f"  {column_letter(column.index)} “{column.header}”"
        if column.field is None:
            lines.append(f"{where} → {say('不导入', 'ignored')}")
            continue
        lines.append(
            f"{where} → {field_name(column.field, synonyms)}  [{spoken(column.confidence)}]"
        )
    return lines


def map_help(synonyms: Mapping[str, Sequence[str]]) -> str:
    """--map's help: the fields a column can be given to."""
    fields = listed((field_name(field, synonyms) for field in synonyms), language())
    return say(
        f"指定哪一列是哪个字段：表头（或列字母）=字段（{fields}），或 =不导入",
        f"say which column is which: a heading (or column letter) = a field ({fields}) or ignore",
    )


def add_sheet_arguments(
    parser: argparse.ArgumentParser, synonyms: Mapping[str, Sequence[str]]
) -> None:
    """FILE, --dry-run and --map: the arguments every spreadsheet import takes."""
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=say("要导入的表格文件", "the spreadsheet to import")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=say(
            "检查并列出将做的改动，不写入任何数据",
            "check and show what would change; write nothing",
        ),
    )
    parser.add_argument("--map", metavar="HEADER=field,...", help=map_help(synonyms))
    parser.set_defaults(prepare=read_early)


def read_early(args: argparse.Namespace) -> None:
    """Start reading FILE before the register is opened (`prepare`): the reader's thread runs
    while SQLite checks the register and Argon2 the password. A folder, a pipe or a device is
    refused here, before anything reads it."""
    args.sheet_read = SheetRead(input_file(args.file))


def sheet_read(args: argparse.Namespace) -> SheetRead | None:
    """What `read_early` started, if it did (the handler may be called without it)."""
    read: SheetRead | None = getattr(args, "sheet_read", None)
    return read


def map_option_refusal(
    error: MapOptionError, synonyms: Mapping[str, Sequence[str]] = SYNONYMS
) -> str:
    """Why --map cannot be applied; an unknown field lists the fields the import takes."""
    fields = listed((field_name(field, synonyms) for field in synonyms), language())
    why = sentence(MapOptionProblem(error.code), language(), (fields,))
    return f"--map “{error.value}”{say('：', ': ')}{why}"


def file_line(file_name: str, header_row: int | None) -> str:
    """The file read, and the row its headings were found on."""
    line = say(f"文件：{file_name}", f"file: {file_name}")
    if header_row is not None:
        line += say(f"（表头在第 {header_row} 行）", f" (header on row {header_row})")
    return line


def problems_line(errors: int, warnings: int) -> str:
    return say(
        f"问题：{errors} 个错误，{warnings} 个提示",
        f"problems: {errors} error(s), {warnings} warning(s)",
    )


def not_imported() -> str:
    return say(
        "未导入：请改正以上错误后重新导入",
        "nothing was imported: fix the errors above and import again",
    )


def backup_refusal(error: BackupError) -> Rejected:
    """The copy made before every import could not be written: nothing was imported."""
    words = OUTPUT_PROBLEMS.get(error.reason, str(error))
    return Rejected(
        say(
            f"导入前的备份无法写入（{words}），未导入任何数据；请腾出磁盘空间后重新导入",
            f"the backup made before every import could not be written ({words}): "
            "nothing was imported; free some disk space and import again",
        )
    )
