"""What an import's preview says before anything is written: what each row will do, how
serious each problem is, how a check-up row was matched to a person, and how sure the guess of
each column's field is. The window's preview and the command line's report both say these words.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = ["CheckupAction", "Confidence", "MatchedBy", "RowAction", "Severity"]

W = Wording


class RowAction(StrEnum):
    """What importing a row does to the roster."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


class CheckupAction(StrEnum):
    """The same codes said of a check-up: an update replaces the stored check-up of that day."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


class Severity(StrEnum):
    ERROR = "error"  # blocks saving (the import: nothing is written while one remains)
    WARNING = "warning"  # shown, but the record (or the row) can be saved


class MatchedBy(StrEnum):
    """How a check-up row found its person in the roster."""

    ID_NUMBER = "id_number"
    EMPLOYEE_NO = "employee_no"
    NAME_AND_BIRTH = "name_birth_date"


class Confidence(IntEnum):
    """How sure the guess of a column's field is (higher is surer)."""

    NONE = 0
    KEYWORD = 1  # a keyword inside the heading: worth a look
    CLEANED = 2  # a usual name once brackets, affixes or a second half are set aside
    EXACT = 3  # one of the usual names
    CHOSEN = 4  # the person chose it, now or for an earlier file with the same headings


declare(
    RowAction,
    {
        RowAction.NEW: W("新增", "New"),
        RowAction.UPDATE: W("更新", "Updated"),
        RowAction.UNCHANGED: W("不变", "Unchanged"),
    },
)
declare(
    CheckupAction,
    {
        CheckupAction.NEW: W("新增", "New"),
        CheckupAction.UPDATE: W("替换", "Replaced"),
        CheckupAction.UNCHANGED: W("已导入过", "Already imported"),
    },
)
declare(
    Severity,
    {
        Severity.ERROR: W("错误", "Error"),
        Severity.WARNING: W("提示", "Warning"),
    },
)
declare(
    MatchedBy,
    {
        MatchedBy.ID_NUMBER: W("身份证号", "ID number"),
        MatchedBy.EMPLOYEE_NO: W("工号", "Employee no."),
        MatchedBy.NAME_AND_BIRTH: W("姓名+出生日期", "Name and birth date"),
    },
)
declare(
    Confidence,
    {
        Confidence.NONE: W("未识别", "Not recognised"),
        Confidence.KEYWORD: W("猜测，请核对", "A guess: please check"),
        Confidence.CLEANED: W("很可能", "Likely"),
        Confidence.EXACT: W("确定", "Certain"),
        Confidence.CHOSEN: W("已确认", "Chosen"),
    },
)
