"""The import problems on the command line: Chinese first, then English.

The exchange layer reports codes with their arguments; their sentences are the catalogue's
(app.catalogue.problems), which the window says too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.catalogue import Language, word
from app.catalogue.problems import MapOptionProblem, problem_sentence, sentence
from app.cli.common import OUTPUT_PROBLEMS, Rejected
from app.db.backup import BackupError
from app.domain.staff import Severity
from app.exchange.column_mapping import ColumnMapping, MapOptionError
from app.exchange.roster_rows import SYNONYMS
from app.exchange.sheet_rows import ImportProblem
from app.exchange.spreadsheet import column_letter


def problem_text(problem: ImportProblem) -> str:
    """One line: where (row, column and header), the value, and the reason in both languages."""
    zh_where, en_where = [], []
    if problem.row is not None:
        zh_where.append(f"第 {problem.row} 行")
        en_where.append(f"row {problem.row}")
    if problem.column:
        zh_where.append(f"{problem.column} 列“{problem.header}”")
        en_where.append(f"column {problem.column} ({problem.header})")
    zh, en = reason(problem)
    value = f" 值 / value “{problem.value}”" if problem.value and problem.column else ""
    level = "错误 / error" if problem.severity is Severity.ERROR else "提示 / warning"
    where = " ".join(zh_where) + (" / " + ", ".join(en_where) if en_where else "")
    head = f"{where}{value}: " if where or value else ""
    return f"{head}[{level}] {zh} / {en}"


def reason(problem: ImportProblem) -> tuple[str, str]:
    """The problem's sentence in Chinese and in English (the catalogue's words)."""
    args = (problem.header, *problem.args) if problem.code == "missing_column" else problem.args
    return (
        problem_sentence(problem.code, Language.ZH, args),
        problem_sentence(problem.code, Language.EN, args),
    )


def mapping_lines(
    mapping: ColumnMapping, synonyms: Mapping[str, Sequence[str]] = SYNONYMS
) -> list[str]:
    """The columns as mapped: letter, heading, field and how sure the guess is."""
    head = "列映射 / columns"
    if mapping.remembered:
        head += "（沿用上次确认的映射 / as confirmed for these headings before）"
    lines = [f"{head}:"]
    for column in mapping.columns:
        if not column.header and column.field is None:
            continue
        where = f"  {column_letter(column.index)} “{column.header}”"
        if column.field is None:
            lines.append(f"{where} → 不导入 / ignored")
            continue
        zh, en = (word(column.confidence, language) for language in (Language.ZH, Language.EN))
        lines.append(
            f"{where} → {synonyms[column.field][0]} / {column.field}  [{zh} / {en}]"
            if column.field in synonyms
            else f"{where} → {column.field}  [{zh} / {en}]"
        )
    return lines


def map_option_refusal(
    error: MapOptionError, synonyms: Mapping[str, Sequence[str]] = SYNONYMS
) -> str:
    """Why --map cannot be applied; an unknown field lists the fields the import takes."""
    code = MapOptionProblem(error.code)
    fields = {
        Language.ZH: "、".join(f"{w[0]}/{k}" for k, w in synonyms.items()),
        Language.EN: ", ".join(synonyms),
    }
    zh, en = (sentence(code, language, (fields[language],)) for language in Language)
    return f"--map “{error.value}”: {zh} / {en}"


NOT_IMPORTED = (
    "未导入：请改正以上错误后重新导入 / nothing was imported: fix the errors above and import again"
)


def backup_refusal(error: BackupError) -> Rejected:
    """The copy made before every import could not be written: nothing was imported."""
    words = OUTPUT_PROBLEMS.get(error.reason, str(error))
    return Rejected(
        f"导入前的备份无法写入（{words}），未导入任何数据；请腾出磁盘空间后重新导入 / "
        f"the backup made before every import could not be written ({words}): "
        "nothing was imported; free some disk space and import again"
    )
