"""Words for the import problems on the command line: Chinese first, then English.

The exchange layer reports codes with their arguments; the window has its own translated
words (app/ui/import_problems.py). `{0}`, `{1}` are the problem's arguments.
"""

from __future__ import annotations

from app.cli.speech import say
from app.domain.staff import Severity
from app.exchange.column_mapping import ColumnMapping, Confidence, MapOptionError
from app.exchange.roster_rows import SYNONYMS, ImportProblem
from app.exchange.spreadsheet import column_letter

MESSAGES: dict[str, tuple[str, str]] = {
    # the file as a whole
    "not_found": ("找不到文件", "the file does not exist"),
    "not_a_file": (
        "这是文件夹、管道或设备，不是文件；请选择表格文件本身",
        "this is a folder, a pipe or a device, not a file: choose the spreadsheet file itself",
    ),
    "not_a_spreadsheet": (
        "不是表格文件；请使用 Excel（.xlsx .xls）、WPS（.et）、LibreOffice（.ods）"
        "或文本（.csv .txt）文件",
        "not a spreadsheet: use an Excel (.xlsx .xls), WPS (.et), LibreOffice (.ods) or text "
        "(.csv .txt) file",
    ),
    "too_big": (
        "文件太大，不像名册（最大 32 MB，解压后每部分最大 200 MB）；"
        "请确认选对了文件，或分成几个文件",
        "the file is too large for a roster (at most 32 MB, 200 MB per part unpacked): check it is "
        "the right file, or split it",
    ),
    "password": (
        "文件设置了打开密码；请在 Excel 或 WPS 中去掉密码后另存，再导入",
        "the file is protected by a password: remove the password in Excel or WPS, save it and "
        "import the saved copy",
    ),
    "damaged": (
        "文件已损坏，无法读取；请用 Excel、WPS 或 LibreOffice 打开（它们常能修复）并另存，"
        "再导入另存的文件",
        "the file is damaged and cannot be read: open it in Excel, WPS or LibreOffice (they can "
        "often repair it), save it again and import the saved copy",
    ),
    "too_many_columns": (
        "列数太多（最多 256 列）；请删除与名册无关的列后另存",
        "too many columns (at most 256): delete the columns that do not belong and save again",
    ),
    "too_many_cells": (
        "表格范围太大（行数×列数超过 400 万）；请删除末尾的空行和空列后另存",
        "the sheet is too large (rows x columns beyond 4 million): delete the empty rows and "
        "columns at its end and save again",
    ),
    "cell_too_long": (
        "单元格 {0} 的内容超过 32767 个字，不是名册内容；请检查文件",
        "cell {0} holds more than 32,767 characters, which no roster cell does: check the file",
    ),
    "empty": ("文件是空的", "the file is empty"),
    "too_many_rows": ("行数太多，一次最多 200000 行", "too many rows: at most 200,000 at once"),
    "missing_column": (
        "缺少“{name}”列（也可以叫：{synonyms}）",
        "the column {name} is missing (also accepted: {synonyms})",
    ),
    "no_rows": ("表头下面没有数据", "no data below the header"),
    # one cell
    "formula": (
        "单元格是公式，请复制后“选择性粘贴—数值”再导入",
        "the cell holds a formula: copy the column and paste it as values, then import again",
    ),
    "bad_date": (
        "不是有效日期（可写 2023-05-01、2023/5/1、2023年5月1日 或 20230501）",
        "not a real date (write 2023-05-01, 2023/5/1, 2023年5月1日 or 20230501)",
    ),
    "wrong_type": (
        "单元格是逻辑值（TRUE/FALSE）或日期，这里应填文字或号码；请把该列设为“文本”格式后重新录入",
        "the cell holds TRUE/FALSE or a date where text or a number belongs: format the column "
        "as text and type the value again",
    ),
    "bad_sex": ("性别只能填“男”或“女”", "sex must be 男 (male) or 女 (female)"),
    "required": ("必须填写", "required"),
    "too_long": ("太长，最多 {0} 个字", "too long: at most {0} characters"),
    "id_looks_numeric": (
        "身份证号被 Excel 存成了数字，末几位已经丢失。请把身份证号列设为“文本”格式后重新录入",
        "the ID number was stored as a number and Excel lost its last digits: format the ID "
        "column as text and enter the numbers again",
    ),
    "id_bad_length": ("身份证号应为 18 位", "an ID number has 18 characters"),
    "id_bad_characters": (
        "身份证号只能是数字，最后一位可以是 X",
        "an ID number is digits only, the last may be X",
    ),
    "id_bad_birth_date": (
        "身份证号里的出生日期不存在",
        "the birth date inside the ID number does not exist",
    ),
    "id_bad_checksum": (
        "身份证号校验位不对，请核对是否抄错",
        "the ID number's check digit is wrong: look for a typing error",
    ),
    "id_unknown_region": (
        "身份证号的地区代码不认识，请核对",
        "the ID number's region code is unknown: please check it",
    ),
    "sex_mismatch": (
        "性别与身份证号不符（身份证号为{0}）",
        "sex does not match the ID number (which says {0})",
    ),
    "birth_mismatch": (
        "出生日期与身份证号不符（身份证号为 {0}）",
        "birth date does not match the ID number (which says {0})",
    ),
    "date_out_of_range": ("日期不合理：{0}", "date out of range: {0}"),
    "mobile_invalid": (
        "手机号应为 11 位，以 13-19 开头",
        "a mobile number has 11 digits starting with 13-19",
    ),
    "hire_before_birth": ("入职日期早于出生日期 {0}", "hire date before the birth date {0}"),
    "departure_before_hire": (
        "离职日期早于入职日期 {0}",
        "departure date before the hire date {0}",
    ),
    "duplicate_in_file": ("工号与第 {0} 行重复", "the employee no. is already on row {0}"),
    "duplicate_id_in_file": ("身份证号与第 {0} 行重复", "the ID number is already on row {0}"),
    "id_taken": (
        "身份证号已登记在工号 {0}（{1}）名下",
        "the ID number is already registered under employee no. {0} ({1})",
    ),
    "employee_no_changed": (
        "与工号 {0}（{1}）的身份证号和姓名相同，且该工号不在此文件中："
        "按工号变更导入，原工号保留在历史中",
        "same ID number and name as employee no. {0} ({1}), who is not in this file: imported "
        "as a change of employee no.; the old number is kept in the history",
    ),
    "row_skipped": (
        "没有工号和姓名，此行已跳过",
        "no employee no. and no name: the row is skipped",
    ),
}

SEX_WORDS = {"M": ("男", "male"), "F": ("女", "female")}


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
    value = (
        say(f" 值“{problem.value}”", f" value “{problem.value}”")
        if problem.value and problem.column
        else ""
    )
    level = say("错误", "error") if problem.severity is Severity.ERROR else say("提示", "warning")
    where = say(" ".join(zh_where), ", ".join(en_where))
    head = f"{where}{value}{say('：', ': ')}" if where or value else ""
    return f"{head}[{level}] {say(zh, en)}"


def reason(problem: ImportProblem) -> tuple[str, str]:
    zh, en = MESSAGES.get(problem.code, (problem.code, problem.code))
    if problem.code == "missing_column":
        synonyms = "、".join(problem.args)
        return (
            zh.format(name=problem.header, synonyms=synonyms),
            en.format(name=problem.header, synonyms=", ".join(problem.args)),
        )
    args = list(problem.args)
    if problem.code == "sex_mismatch" and args:
        zh_sex, en_sex = SEX_WORDS.get(args[0], (args[0], args[0]))
        return zh.format(zh_sex), en.format(en_sex)
    return zh.format(*args), en.format(*args)


CONFIDENCE = {
    Confidence.CHOSEN: ("已确认", "chosen"),
    Confidence.EXACT: ("确定", "certain"),
    Confidence.CLEANED: ("很可能", "likely"),
    Confidence.KEYWORD: ("猜测，请核对", "a guess: check it"),
}


def mapping_lines(mapping: ColumnMapping) -> list[str]:
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
            lines.append(say(f"{where} → 不导入", f"{where} → ignored"))
            continue
        sure = say(*CONFIDENCE.get(column.confidence, ("", "")))
        field = say(SYNONYMS[column.field][0], column.field) if column.field in SYNONYMS else ""
        lines.append(f"{where} → {field or column.field}  [{sure}]")
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


def map_option_refusal(error: MapOptionError) -> str:
    return f"--map “{error.value}”: {say(*MAP_OPTION[error.code])}"
