"""Why a spreadsheet, a row, a cell or a form field was refused (the roster and check-up
imports, the person and health-file forms), and why the command line's --map cannot apply."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class ImportProblem(StrEnum):
    """The roster import, the person and health-file forms: the file, a row, a cell or a field."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    TOO_BIG = "too_big"
    PASSWORD = "password"
    DAMAGED = "damaged"
    TOO_MANY_COLUMNS = "too_many_columns"
    TOO_MANY_CELLS = "too_many_cells"
    CELL_TOO_LONG = "cell_too_long"
    EMPTY = "empty"
    TOO_MANY_ROWS = "too_many_rows"
    MISSING_COLUMN = "missing_column"
    NO_ROWS = "no_rows"
    FORMULA = "formula"
    BAD_DATE = "bad_date"
    WRONG_TYPE = "wrong_type"
    BAD_SEX = "bad_sex"
    REQUIRED = "required"
    TOO_LONG = "too_long"
    ID_LOOKS_NUMERIC = "id_looks_numeric"
    ID_EMPTY = "id_empty"
    ID_BAD_LENGTH = "id_bad_length"
    ID_BAD_CHARACTERS = "id_bad_characters"
    ID_BAD_BIRTH_DATE = "id_bad_birth_date"
    ID_BAD_CHECKSUM = "id_bad_checksum"
    ID_UNKNOWN_REGION = "id_unknown_region"
    SEX_MISMATCH = "sex_mismatch"
    BIRTH_MISMATCH = "birth_mismatch"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    MOBILE_INVALID = "mobile_invalid"
    HIRE_BEFORE_BIRTH = "hire_before_birth"
    DEPARTURE_BEFORE_HIRE = "departure_before_hire"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    DUPLICATE_ID_IN_FILE = "duplicate_id_in_file"
    ID_TAKEN = "id_taken"
    EMPLOYEE_NO_TAKEN = "employee_no_taken"
    EMPLOYEE_NO_CHANGED = "employee_no_changed"
    ROW_SKIPPED = "row_skipped"
    IMPLAUSIBLE = "implausible"
    NOT_A_NUMBER = "not_a_number"
    DIASTOLIC_NOT_BELOW_SYSTOLIC = "diastolic_not_below_systolic"
    UNKNOWN_CODE = "unknown_code"
    NONE_WITH_OTHERS = "none_with_others"
    DATE_IN_FUTURE = "date_in_future"
    NEXT_NOT_AFTER = "next_not_after"
    # check-up results (the partner hospital's file)
    NO_MATCH = "no_match"
    SEVERAL_MATCH = "several_match"
    NAME_MISMATCH = "name_mismatch"
    TOTALS_SKIPPED = "totals_skipped"
    DUPLICATE_CHECKUP_IN_FILE = "duplicate_checkup_in_file"
    RESULT_NOT_A_NUMBER = "result_not_a_number"
    RESULT_UNIT = "result_unit"
    RESULT_IMPLAUSIBLE = "result_implausible"
    RESULT_NOT_A_PAIR = "result_not_a_pair"
    BAD_AGE = "bad_age"


class MapOptionProblem(StrEnum):
    """Why the command line's `--map "HEADER=field,…"` cannot be applied; `{0}` of an unknown
    field is the list of the fields it takes."""

    BAD_PAIR = "bad_pair"
    UNKNOWN_HEADER = "unknown_header"
    UNKNOWN_FIELD = "unknown_field"


declare(
    ImportProblem,
    {
        ImportProblem.NOT_FOUND: W(
            "文件不存在。",
            "The file does not exist.",
        ),
        ImportProblem.NOT_A_FILE: W(
            "这是文件夹、管道或设备，不是文件。请选择表格文件本身。",
            (
                "This is a folder, a pipe or a device, not a file. Choose the spreadsheet file "
                "itself."
            ),
        ),
        ImportProblem.NOT_A_SPREADSHEET: W(
            (
                "这不是表格文件。请使用 Excel（.xlsx、.xls）、WPS（.et）"
                "、LibreOffice（.ods）或文本（.csv、.txt）文件。"
            ),
            (
                "This is not a spreadsheet. Use an Excel (.xlsx, .xls), WPS (.et), LibreOffice "
                "(.ods) or text (.csv, .txt) file."
            ),
        ),
        ImportProblem.TOO_BIG: W(
            (
                "文件太大，不像名册（最大 32 MB，"
                "解压后每部分最大 200 MB）。请确认选对了文件，或分成几个文件。"
            ),
            (
                "The file is too large for a roster (at most 32 MB, and 200 MB per part "
                "unpacked). Check that it is the right file, or split it."
            ),
        ),
        ImportProblem.PASSWORD: W(
            "文件设置了打开密码。请在 Excel 或 WPS 中去掉密码并另存，再导入另存的文件。",
            (
                "The file is protected by a password. Remove the password in Excel or WPS, save "
                "it and import the saved copy."
            ),
        ),
        ImportProblem.DAMAGED: W(
            (
                "文件已损坏，无法读取。请用 Excel、"
                "WPS 或 LibreOffice 打开（它们常能修复），另存后再导入另存的文件。"
            ),
            (
                "The file is damaged and cannot be read. Open it in Excel, WPS or LibreOffice "
                "(they can often repair it), save it again and import the saved copy."
            ),
        ),
        ImportProblem.TOO_MANY_COLUMNS: W(
            "工作表列数太多（最多 256 列）。请删除与名册无关的列后另存。",
            (
                "The sheet has too many columns (at most 256). Delete the columns that do not "
                "belong and save it again."
            ),
        ),
        ImportProblem.TOO_MANY_CELLS: W(
            "工作表范围太大（行数×列数超过 400 万）。请删除末尾的空行和空列后另存。",
            (
                "The sheet is too large (rows × columns beyond 4 million). Delete the empty rows "
                "and columns at its end and save it again."
            ),
        ),
        ImportProblem.CELL_TOO_LONG: W(
            "单元格 {0} 的内容超过 32767 个字，不是名册内容。请检查文件。",
            (
                "Cell {0} holds more than 32,767 characters, which no roster cell does. Check "
                "the file."
            ),
        ),
        ImportProblem.EMPTY: W(
            "文件是空的。",
            "The file is empty.",
        ),
        ImportProblem.TOO_MANY_ROWS: W(
            "文件行数太多，一次最多 200000 行。",
            "The file has too many rows: at most 200,000 at once.",
        ),
        ImportProblem.MISSING_COLUMN: W(
            "缺少“{0}”列（也可以叫：{1}）。请在“列”页选出这一列。",
            "The column {0} is missing (it may also be called {1}). Choose it on the Columns tab.",
        ),
        ImportProblem.NO_ROWS: W(
            "表头下面没有数据。",
            "There is no data below the header.",
        ),
        ImportProblem.FORMULA: W(
            "单元格是公式。请复制该列后“选择性粘贴—数值”，再重新导入。",
            "The cell holds a formula. Copy the column and paste it as values, then import again.",
        ),
        ImportProblem.BAD_DATE: W(
            "不是有效日期。请写成 2023-05-01、2023/5/1、2023年5月1日 或 20230501。",
            "Not a real date. Write it as 2023-05-01, 2023/5/1 or 20230501 (a date written the "
            "Chinese way is read too).",
        ),
        ImportProblem.WRONG_TYPE: W(
            (
                "此单元格是逻辑值（TRUE/FALSE）或日期，"
                "这里应填文字或号码。请把该列设为“文本”格式后重新录入。"
            ),
            (
                "The cell holds TRUE/FALSE or a date where text or a number belongs. Format the "
                "column as text and type the value again."
            ),
        ),
        ImportProblem.BAD_SEX: W(
            "性别只能填“男”或“女”。",
            "Sex must be male or female (M or F; the Chinese words are read too).",
        ),
        ImportProblem.REQUIRED: W(
            "必须填写。",
            "This must be filled in.",
        ),
        ImportProblem.TOO_LONG: W(
            "太长，最多 {0} 个字。",
            "Too long: at most {0} characters.",
        ),
        ImportProblem.ID_LOOKS_NUMERIC: W(
            "身份证号被存成了数字，表格已经丢失了末几位。请把身份证号列设为“文本”格式后重新录入。",
            (
                "The ID number was stored as a number, and the spreadsheet has lost its last "
                "digits. Format the ID number column as text and enter the numbers again."
            ),
        ),
        ImportProblem.ID_EMPTY: W(
            "身份证号为空。",
            "The ID number is empty.",
        ),
        ImportProblem.ID_BAD_LENGTH: W(
            "身份证号应为 18 位。",
            "An ID number has 18 characters.",
        ),
        ImportProblem.ID_BAD_CHARACTERS: W(
            "身份证号只能是数字，最后一位可以是 X。",
            "An ID number has only digits; the last one may be X.",
        ),
        ImportProblem.ID_BAD_BIRTH_DATE: W(
            "身份证号中的出生日期不存在。",
            "The birth date inside the ID number does not exist.",
        ),
        ImportProblem.ID_BAD_CHECKSUM: W(
            "身份证号校验位不对，请核对是否抄错。",
            "The check digit of the ID number is wrong: look for a typing error.",
        ),
        ImportProblem.ID_UNKNOWN_REGION: W(
            "身份证号的地区代码无法识别，请核对。",
            "The region code of the ID number is unknown: please check it.",
        ),
        ImportProblem.SEX_MISMATCH: W(
            "性别与身份证号不符（身份证号为{0}）。",
            "The sex does not match the ID number, which says {0}.",
        ),
        ImportProblem.BIRTH_MISMATCH: W(
            "出生日期与身份证号不符（身份证号为 {0}）。",
            "The birth date does not match the ID number, which says {0}.",
        ),
        ImportProblem.DATE_OUT_OF_RANGE: W(
            "日期 {0} 不合理。",
            "The date {0} is not possible here.",
        ),
        ImportProblem.MOBILE_INVALID: W(
            "手机号为 11 位数字，以 13 至 19 开头。",
            "A mobile number has 11 digits and starts with 13 to 19.",
        ),
        ImportProblem.HIRE_BEFORE_BIRTH: W(
            "入职日期早于出生日期（{0}）。",
            "The hire date is before the birth date ({0}).",
        ),
        ImportProblem.DEPARTURE_BEFORE_HIRE: W(
            "离职日期早于入职日期（{0}）。",
            "The departure date is before the hire date ({0}).",
        ),
        ImportProblem.DUPLICATE_IN_FILE: W(
            "工号与第 {0} 行重复。",
            "The same employee no. is already on row {0}.",
        ),
        ImportProblem.DUPLICATE_ID_IN_FILE: W(
            "身份证号与第 {0} 行重复。",
            "The same ID number is already on row {0}.",
        ),
        ImportProblem.ID_TAKEN: W(
            "此身份证号已登记在工号 {0}（{1}）名下。",
            "This ID number is already registered for employee no. {0} ({1}).",
        ),
        ImportProblem.EMPLOYEE_NO_TAKEN: W(
            "此工号已属于 {0}。",
            "This employee no. already belongs to {0}.",
        ),
        ImportProblem.EMPLOYEE_NO_CHANGED: W(
            (
                "与工号 {0}（{1}）的身份证号和姓名相同，"
                "且该工号不在此文件中：按工号变更导入，原工号保留在此人的历史中。"
            ),
            (
                "Same ID number and name as employee no. {0} ({1}), who is not in this file: "
                "imported as a change of employee no. The old number is kept in the person's "
                "history."
            ),
        ),
        ImportProblem.ROW_SKIPPED: W(
            "没有工号和姓名，此行已跳过。",
            "No employee no. and no name: this row is skipped.",
        ),
        ImportProblem.IMPLAUSIBLE: W(
            "数值不合理：应在 {0} 到 {1} 之间。",
            "This value is not plausible: it must be between {0} and {1}.",
        ),
        ImportProblem.NOT_A_NUMBER: W(
            "请填写数字。",
            "Enter a number.",
        ),
        ImportProblem.DIASTOLIC_NOT_BELOW_SYSTOLIC: W(
            "舒张压必须低于收缩压。",
            "The diastolic pressure must be lower than the systolic pressure.",
        ),
        ImportProblem.UNKNOWN_CODE: W(
            "无法识别的选项：{0}。",
            "Unknown choice: {0}.",
        ),
        ImportProblem.NONE_WITH_OTHERS: W(
            "“无”不能和其他选项同时选择。",
            "“None” cannot be chosen together with other answers.",
        ),
        ImportProblem.DATE_IN_FUTURE: W(
            "日期不能晚于今天。",
            "The date is in the future.",
        ),
        ImportProblem.NEXT_NOT_AFTER: W(
            "下次随访日期必须晚于本次随访日期（{0}）。",
            "The next date must be after the date of this follow-up ({0}).",
        ),
        ImportProblem.NO_MATCH: W(
            "名册上找不到此人（身份证号、工号、姓名+出生日期都对不上），此行不导入。"
            "请核对后补上身份证号或工号。",
            "Nobody on the roster matches (ID number, employee no., name and birth date): the "
            "row is left out. Check it and add the ID number or employee no.",
        ),
        ImportProblem.SEVERAL_MATCH: W(
            "名册上有 {0} 人姓名和出生日期相同，无法确定是谁，此行不导入。请补上身份证号或工号。",
            "{0} people on the roster share this name and birth date: the row is left out. Add "
            "the ID number or employee no.",
        ),
        ImportProblem.NAME_MISMATCH: W(
            "该号码属于工号 {0}（{1}），与此行姓名不同，此行不导入。请核对是否同一人。",
            "The number belongs to employee no. {0} ({1}), whose name differs: the row is left "
            "out. Check whether it is the same person.",
        ),
        ImportProblem.TOTALS_SKIPPED: W("合计或统计行，已跳过。", "A totals line: skipped."),
        ImportProblem.DUPLICATE_CHECKUP_IN_FILE: W(
            "同一人同一体检日期已在第 {0} 行。",
            "The same person and check-up date are already on row {0}.",
        ),
        ImportProblem.RESULT_NOT_A_NUMBER: W(
            "不是数值（可写 5.2、5.2 mmol/L、5.2↑、未查 或 弃检）。",
            "Not a number (write 5.2, 5.2 mmol/L or 5.2↑; a test not done may say so in Chinese, "
            "as “not tested” or “declined”).",
        ),
        ImportProblem.RESULT_UNIT: W(
            "单位“{0}”不对，此项应以 {1} 填写：请换算后重新导入。",
            "The unit {0} is not the one this item takes ({1}): convert the value and import "
            "again.",
        ),
        ImportProblem.RESULT_IMPLAUSIBLE: W(
            "数值不合理：应在 {0} 到 {1} 之间。",
            "This value is not plausible: it must be between {0} and {1}.",
        ),
        ImportProblem.RESULT_NOT_A_PAIR: W(
            "血压应写成“收缩压/舒张压”，如 130/85。",
            "Write blood pressure as systolic/diastolic, e.g. 130/85.",
        ),
        ImportProblem.BAD_AGE: W(
            "年龄不合理，未导入年龄。", "The age is not plausible and is not imported."
        ),
    },
)

declare(
    MapOptionProblem,
    {
        MapOptionProblem.BAD_PAIR: W(
            "--map 的写法应为 “表头=字段”", "--map takes HEADER=field pairs"
        ),
        MapOptionProblem.UNKNOWN_HEADER: W("文件中没有这个表头", "no such heading in the file"),
        MapOptionProblem.UNKNOWN_FIELD: W(
            "不认识的字段（可用：{0}，或 不导入）", "unknown field (use one of {0}, or ignore)"
        ),
    },
)
