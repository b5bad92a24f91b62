"""Problem codes: why a file, a row or a cell was refused, and why a package or a file could
not be read or written, each with its sentence in both languages.

The exchange and domain layers report a code with its arguments (the row it repeats, the
limit it passed …); :func:`sentence` fills them into the words, ``{0}`` being the first. A
new problem is one member and one sentence here (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from app.catalogue.codes import Sex
from app.catalogue.language import LIST_SEPARATOR, Language, Wording
from app.catalogue.words import declare, word, wording

__all__ = [
    "NOT_YET_HIRED",
    "UNKNOWN_PROBLEM",
    "BackupProblem",
    "ExportProblem",
    "ImportProblem",
    "MapOptionProblem",
    "OutputProblem",
    "PackageProblem",
    "ReviewResultProblem",
    "SignInProblem",
    "backup_failure",
    "backup_refusal",
    "output_sentence",
    "problem_sentence",
    "review_refusal",
    "sentence",
]

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


class SignInProblem(StrEnum):
    """A sign-in sheet's rows (the import of an activity's attendance)."""

    UNREADABLE = "unreadable"  # detail: the ImportProblem code[:the cell concerned]
    NO_HEADER = "no_header"
    CANCELLED = "cancelled"
    FORMULA = "formula"
    UNKNOWN_EMPLOYEE_NO = "unknown_employee_no"
    NAME_MISMATCH = "name_mismatch"  # detail: the roster's name
    NOT_ON_ROSTER = "not_on_roster"  # left before (or joined after) the activity's date
    AMBIGUOUS_NAME = "ambiguous_name"  # detail: how many share it
    DUPLICATE = "duplicate"  # detail: the row it repeats
    GUEST = "guest"
    OUTSIDE_TARGET = "outside_target"
    MATCHED_BY_NAME = "matched_by_name"  # detail: the employee no. found
    OLD_EMPLOYEE_NO = "old_employee_no"  # detail: the person's employee no. now


class PackageProblem(StrEnum):
    """Why the county refused a site's package (said after "rejected —")."""

    NOT_A_ZIP = "not_a_zip"
    DAMAGED = "damaged"
    BAD_MANIFEST = "bad_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    BAD_SIGNATURE = "bad_signature"
    HASH_MISMATCH = "hash_mismatch"
    EXTRA_FILE = "extra_file"
    MISSING_FILE = "missing_file"
    BAD_LAYOUT = "bad_layout"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    BAD_PERIOD = "bad_period"
    FUTURE_PERIOD = "future_period"
    BAD_SEQUENCE = "bad_sequence"
    BAD_DATA = "bad_data"
    WRONG_KIND = "wrong_kind"  # a review-result file given as a package, or the reverse
    BAD_TIME = "bad_time"


class ReviewResultProblem(StrEnum):
    """Why the site refused the county's review-result file (said after "refused —")."""

    NOT_A_ZIP = "not_a_zip"
    DAMAGED = "damaged"
    BAD_MANIFEST = "bad_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    BAD_SIGNATURE = "bad_signature"
    HASH_MISMATCH = "hash_mismatch"
    EXTRA_FILE = "extra_file"
    MISSING_FILE = "missing_file"
    BAD_LAYOUT = "bad_layout"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    BAD_SEQUENCE = "bad_sequence"
    BAD_TIME = "bad_time"
    WRONG_KIND = "wrong_kind"  # a site's package given as a return file
    BAD_DATA = "bad_data"  # also said for a reason this version does not know


class MapOptionProblem(StrEnum):
    """Why the command line's `--map "HEADER=field,…"` cannot be applied; `{0}` of an unknown
    field is the list of the fields it takes."""

    BAD_PAIR = "bad_pair"
    UNKNOWN_HEADER = "unknown_header"
    UNKNOWN_FIELD = "unknown_field"


class OutputProblem(StrEnum):
    """Why a file (report, workbook, package, backup) could not be written."""

    NO_SPACE = "no_space"
    NOT_WRITABLE = "not_writable"
    FOLDER_MISSING = "folder_missing"
    IN_USE = "in_use"
    IS_FOLDER = "is_folder"
    IO_ERROR = "io_error"


class BackupProblem(StrEnum):
    """Why a backup could not be made (after the output problems) or a file cannot be restored."""

    NOT_A_BACKUP = "not_a_backup"
    NEEDS_PASSWORD = "needs_password"
    DAMAGED = "damaged"
    NO_ACCOUNTS = "no_accounts"
    INTEGRITY = "integrity"
    SAME_FILE = "same_file"


class ExportProblem(StrEnum):
    """Why the county-review package may not be exported as asked."""

    APPROVAL_NEEDED = "approval_needed"
    NO_PROFILE = "no_profile"
    FUTURE_PERIOD = "future_period"


# A sign-in of someone who joined after the activity's date (NOT_ON_ROSTER without a date).
NOT_YET_HIRED = W(
    "活动日期之后才入职，当时不在名册上。请核对工号。",
    "Joined after the activity's date: not on the roster then. Check the employee no.",
)

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
    SignInProblem,
    {
        SignInProblem.UNREADABLE: W(
            "无法作为签到表读取此文件。{0}",
            "The file cannot be read as a sign-in sheet. {0}",
        ),
        SignInProblem.NO_HEADER: W(
            "没有哪一列能说明是谁签到。请在“列”页选出工号列或姓名列，或在名单上方加上这样的表头。",
            (
                "No column says who signed. On the Columns tab, choose the employee no. column or "
                "the name column, or add such a heading above the names."
            ),
        ),
        SignInProblem.CANCELLED: W(
            "该活动已取消，不能签到。",
            "The activity is cancelled: it takes no sign-ins.",
        ),
        SignInProblem.FORMULA: W(
            "这是公式而不是数值。请复制该列并“粘贴为数值”。",
            "A formula, not a value. Copy the column and paste it as values.",
        ),
        SignInProblem.UNKNOWN_EMPLOYEE_NO: W(
            "名册中没有这个工号。请核对工号，或清空工号按来宾登记。",
            (
                "No one on the roster has this employee no. Check the number, or clear it to "
                "record the person as a guest."
            ),
        ),
        SignInProblem.NAME_MISMATCH: W(
            "名册中该工号对应的是 {0}，请改正工号或姓名。",
            "The roster has {0} under this employee no. Correct the number or the name.",
        ),
        SignInProblem.NOT_ON_ROSTER: W(
            "已于 {0} 离职，活动当天不在名册上。请删除此行，或清空工号按来宾登记。",
            (
                "Left on {0}: not on the roster on the activity's date. Remove the row, or clear "
                "the employee no. to record a guest."
            ),
        ),
        SignInProblem.AMBIGUOUS_NAME: W(
            "名册中有 {0} 人同名，请补填工号。",
            "{0} people on the roster have this name. Add the employee no.",
        ),
        SignInProblem.DUPLICATE: W(
            "本文件第 {0} 行已签到，此行跳过。",
            "Already signed in on row {0} of this file: this row is skipped.",
        ),
        SignInProblem.GUEST: W(
            "不在名册上：按来宾登记（不计入参与率）。",
            "Not on the roster: recorded as a guest (not counted).",
        ),
        SignInProblem.OUTSIDE_TARGET: W(
            "不在参加对象范围内：已记录，但不计入参与率。",
            "Not in the target group: recorded, but not counted.",
        ),
        SignInProblem.OLD_EMPLOYEE_NO: W(
            "这是旧工号：此人现在的工号是 {0}，已按新工号签到。",
            "An old employee no.: this person's number is now {0}. Signed in under the new one.",
        ),
        SignInProblem.MATCHED_BY_NAME: W(
            "按姓名匹配到工号 {0}。",
            "Found by name: employee no. {0}.",
        ),
    },
)
declare(
    PackageProblem,
    {
        PackageProblem.NOT_A_ZIP: W(
            "不是数据包（zip）文件",
            "it is not a package (zip) file",
        ),
        PackageProblem.DAMAGED: W(
            "文件已损坏或不完整（被截断）",
            "the file is damaged or incomplete (truncated)",
        ),
        PackageProblem.BAD_MANIFEST: W(
            "清单无法读取",
            "its manifest cannot be read",
        ),
        PackageProblem.UNKNOWN_FORMAT: W(
            "数据包格式版本不支持",
            "its format version is not supported",
        ),
        PackageProblem.BAD_SIGNATURE: W(
            "签名无效：数据包在签名后被改动",
            "the signature is invalid: the package was changed after it was signed",
        ),
        PackageProblem.HASH_MISMATCH: W(
            "文件校验值与清单不符：数据包被改动",
            "a file's hash does not match its manifest: the package was changed",
        ),
        PackageProblem.EXTRA_FILE: W(
            "含有清单未列出的文件",
            "it holds a file its manifest does not list",
        ),
        PackageProblem.MISSING_FILE: W(
            "数据包缺少文件",
            "a file of the package is missing",
        ),
        PackageProblem.BAD_LAYOUT: W(
            "数据包结构被改动",
            "the package's structure was changed",
        ),
        PackageProblem.UNREADABLE: W(
            "文件无法读取",
            "the file cannot be read",
        ),
        PackageProblem.TOO_LARGE: W(
            "文件大得异常（或经特殊压缩，解压后极大）",
            "it is far larger than a package can be (or packed to inflate hugely)",
        ),
        PackageProblem.BAD_PERIOD: W(
            "其期间不是有效的年、季度或月份",
            "its period is not a valid year, quarter or month",
        ),
        PackageProblem.FUTURE_PERIOD: W(
            "其期间尚未开始",
            "its period has not begun yet",
        ),
        PackageProblem.BAD_SEQUENCE: W(
            "其报送序号无效",
            "its package number is not valid",
        ),
        PackageProblem.BAD_DATA: W(
            "其数据表缺少工作表或列，或含有无效的值",
            "its data workbook lacks a sheet or column, or holds an invalid value",
        ),
        PackageProblem.WRONG_KIND: W(
            "文件类型不对：单位数据包与县级反馈文件不能互换",
            "the wrong kind of file: a site's package and the county's return file are not "
            "interchangeable",
        ),
        PackageProblem.BAD_TIME: W(
            "制作时间无效或在将来", "the time it was made is invalid or in the future"
        ),
    },
)
declare(
    ReviewResultProblem,
    {
        ReviewResultProblem.NOT_A_ZIP: W("不是审核反馈文件", "it is not a review-result file"),
        ReviewResultProblem.DAMAGED: W(
            "文件已损坏或不完整", "the file is damaged or incomplete (truncated)"
        ),
        ReviewResultProblem.BAD_MANIFEST: W("清单无法读取", "its manifest cannot be read"),
        ReviewResultProblem.UNKNOWN_FORMAT: W(
            "文件格式版本不受支持", "its format version is not supported"
        ),
        ReviewResultProblem.BAD_SIGNATURE: W(
            "签名无效：文件在县级签名后被改动过",
            "the signature is invalid: the file was changed after the county signed it",
        ),
        ReviewResultProblem.HASH_MISMATCH: W(
            "内容与清单不符：文件被改动过",
            "its content does not match its manifest: the file was changed",
        ),
        ReviewResultProblem.EXTRA_FILE: W(
            "含有清单中没有的文件", "it holds a file its manifest does not list"
        ),
        ReviewResultProblem.MISSING_FILE: W("文件缺少一部分", "a part of the file is missing"),
        ReviewResultProblem.BAD_LAYOUT: W("文件结构被改动过", "the file's structure was changed"),
        ReviewResultProblem.UNREADABLE: W("文件无法读取", "the file cannot be read"),
        ReviewResultProblem.TOO_LARGE: W(
            "文件大得异常（或解压后极大）",
            "it is far larger than a review result can be (or packed to inflate)",
        ),
        ReviewResultProblem.BAD_SEQUENCE: W("文件序号无效", "its number is not valid"),
        ReviewResultProblem.BAD_TIME: W(
            "制作时间无效或在将来", "the time it was made is invalid or in the future"
        ),
        ReviewResultProblem.WRONG_KIND: W(
            "不是县级审核反馈文件（可能是单位数据包）",
            "it is not the county's review result (a site's package, perhaps)",
        ),
        ReviewResultProblem.BAD_DATA: W(
            "记录中有无效的值（日期、数字或缺少文字）",
            "its records hold an invalid value (a date, a number, a missing text)",
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
declare(
    OutputProblem,
    {
        OutputProblem.NO_SPACE: W(
            "磁盘空间不足：硬盘或U盘已满。",
            "There is not enough space on the disk or USB stick.",
        ),
        OutputProblem.NOT_WRITABLE: W(
            "文件夹无法写入（只读，或文件正被其他程序打开）。",
            "The folder cannot be written to (read-only, or the file is open in another program).",
        ),
        OutputProblem.FOLDER_MISSING: W(
            "文件夹不存在。",
            "The folder does not exist.",
        ),
        OutputProblem.IN_USE: W(
            "该文件正被其他程序打开：请先在 Excel/WPS 中关闭该文件，然后再试。",
            "The file is open in another program: close it in Excel/WPS first, then try again.",
        ),
        OutputProblem.IS_FOLDER: W(
            "这是一个文件夹：请选择文件名。",
            "This is a folder: choose a file name.",
        ),
        OutputProblem.IO_ERROR: W(
            "文件无法写入。",
            "The file could not be written.",
        ),
    },
)
declare(
    BackupProblem,
    {
        BackupProblem.NOT_A_BACKUP: W(
            "这个文件不是本程序的备份。", "This file is not a HealthRoom backup."
        ),
        BackupProblem.NEEDS_PASSWORD: W(
            "这个备份用另一个密钥加密。请把它的 .keys 文件放在旁边，"
            "并输入您的账户在那个数据库中的密码。",
            "This backup is encrypted with another key. Keep its .keys file beside it and give "
            "the password your account had in that database.",
        ),
        BackupProblem.DAMAGED: W(
            "这个备份已损坏（未通过完整性检查）。",
            "This backup is damaged (it fails the integrity check).",
        ),
        BackupProblem.NO_ACCOUNTS: W(
            "备份中没有本数据库的任何账户：恢复后将无人能够登录。请选择其他备份。",
            "No account of this database exists in the backup: after restoring it nobody could "
            "sign in. Choose another backup.",
        ),
        BackupProblem.INTEGRITY: W(
            "备份副本未通过完整性检查：请换一个文件夹或U盘再试。",
            "The copy failed its integrity check: try another folder or USB stick.",
        ),
        BackupProblem.SAME_FILE: W(
            "不能把备份写到数据库文件本身：请选择另一个文件名或文件夹。",
            "A backup cannot overwrite the register itself: choose another file name or folder.",
        ),
    },
)
declare(
    ExportProblem,
    {
        ExportProblem.APPROVAL_NEEDED: W(
            "工会主席密码不正确。", "The union chair's password is wrong."
        ),
        ExportProblem.NO_PROFILE: W(
            "请先填写单位和职工健康生活室信息。", "Fill in the site profile first."
        ),
        ExportProblem.FUTURE_PERIOD: W(
            "该期间尚未开始：请选择当前或更早的期间。",
            "The period has not begun yet: choose the current or an earlier one.",
        ),
    },
)


def sentence(code: StrEnum, language: Language, args: Sequence[object] = ()) -> str:
    """The problem's sentence with its arguments filled in ({0} is the first)."""
    text = wording(code).in_(language)
    return text.format(*args) if args else text


# A code from an older version or another layer that has no words yet: said, never shown raw.
UNKNOWN_PROBLEM = W("数据有误，无法保存。", "The value is not valid and cannot be saved.")


def output_sentence(reason: str, language: Language) -> str:
    """Why a file could not be written; a reason without words of its own is said as a write
    error (the file was not written), never as invalid data."""
    known = reason in OutputProblem.__members__.values()
    return word(OutputProblem(reason) if known else OutputProblem.IO_ERROR, language)


def backup_failure(reason: str, language: Language) -> str:
    """Why a backup could not be made (BackupError.reason): the copy's own problems, else why
    its file could not be written."""
    if reason in BackupProblem.__members__.values():
        return word(BackupProblem(reason), language)
    return output_sentence(reason, language)


def backup_refusal(reason: str) -> BackupProblem:
    """Why a backup cannot be restored; a reason this version does not know is said as "not a
    backup", never shown as its code."""
    known = reason in BackupProblem.__members__.values()
    return BackupProblem(reason) if known else BackupProblem.NOT_A_BACKUP


def review_refusal(reason: str, language: Language) -> str:
    """Why a review-result file was refused; a reason this version does not know is said as
    invalid data, never shown as its code."""
    known = reason in ReviewResultProblem.__members__.values()
    return word(ReviewResultProblem(reason) if known else ReviewResultProblem.BAD_DATA, language)


def problem_sentence(code: str, language: Language, args: Sequence[object] = ()) -> str:
    """The sentence of an import, form or output problem given by its code (as the domain and
    the exchange layer report it). `missing_column` takes the heading then its other names;
    `sex_mismatch` the sex code the ID number says."""
    values = [str(a) for a in args]
    if code == ImportProblem.MISSING_COLUMN:
        others = LIST_SEPARATOR.in_(language).join(values[1:])
        values = [values[0] if values else "", others]
    elif code == ImportProblem.SEX_MISMATCH and values and values[0] in tuple(Sex):
        values[0] = word(Sex(values[0]), language)
    for kind in (ImportProblem, OutputProblem):
        if code in kind.__members__.values():
            return sentence(kind(code), language, values)
    return UNKNOWN_PROBLEM.in_(language)
