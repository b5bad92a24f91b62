"""Why a sign-in to an activity was refused or needs a look."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


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


# A sign-in of someone who joined after the activity's date (NOT_ON_ROSTER without a date).
NOT_YET_HIRED = W(
    "活动日期之后才入职，当时不在名册上。请核对工号。",
    "Joined after the activity's date: not on the roster then. Check the employee no.",
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
