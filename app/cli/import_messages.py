"""The import problems on the command line: Chinese first, then English.

The exchange layer reports codes with their arguments; their sentences are the catalogue's
(app.catalogue.problems), which the window says too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.catalogue import Language
from app.catalogue.problems import problem_sentence
from app.cli.common import OUTPUT_PROBLEMS, Rejected
from app.db.backup import BackupError
from app.domain.staff import Severity
from app.exchange.column_mapping import ColumnMapping, Confidence, MapOptionError
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


CONFIDENCE = {
    Confidence.CHOSEN: ("已确认", "chosen"),
    Confidence.EXACT: ("确定", "certain"),
    Confidence.CLEANED: ("很可能", "likely"),
    Confidence.KEYWORD: ("猜测，请核对", "a guess: check it"),
}


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
        zh, en = CONFIDENCE.get(column.confidence, ("", ""))
        lines.append(
            f"{where} → {synonyms[column.field][0]} / {column.field}  [{zh} / {en}]"
            if column.field in synonyms
            else f"{where} → {column.field}  [{zh} / {en}]"
        )
    return lines


MAP_OPTION: dict[str, tuple[str, str]] = {
    "bad_pair": ("--map 的写法应为 “表头=字段”", "--map takes HEADER=field pairs"),
    "unknown_header": ("文件中没有这个表头", "no such heading in the file"),
    "unknown_field": (
        "不认识的字段（可用："
        + "、".join(f"{w[0]}/{k}" for k, w in SYNONYMS.items())
        + "，或 ignore）",
        "unknown field (use one of " + ", ".join(SYNONYMS) + ", or ignore)",
    ),
}


def map_option_refusal(
    error: MapOptionError, synonyms: Mapping[str, Sequence[str]] = SYNONYMS
) -> str:
    zh, en = MAP_OPTION[error.code]
    if error.code == "unknown_field" and synonyms is not SYNONYMS:
        zh = "不认识的字段（可用：" + "、".join(f"{w[0]}/{k}" for k, w in synonyms.items())
        zh += "，或 ignore）"
        en = "unknown field (use one of " + ", ".join(synonyms) + ", or ignore)"
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
