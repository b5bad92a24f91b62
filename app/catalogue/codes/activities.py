"""Codes of the activities: their kind and status, sign-in, notices and partner-hospital
visits."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class ActivityKind(StrEnum):
    LECTURE = "lecture"
    FREE_CLINIC = "free_clinic"
    CONSULTATION = "consultation"
    TRAINING = "training"
    FITNESS = "fitness"
    OTHER = "other"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class SignInMethod(StrEnum):
    TICK = "tick"
    SCAN = "scan"
    IMPORT = "import"


class ScanOutcome(StrEnum):
    """What a scan (or a typed employee no.) at an activity's sign-in did; said with the person."""

    SIGNED_IN = "signed_in"
    ALREADY = "already"  # a double scan: nothing changes
    OUTSIDE_TARGET = "outside_target"  # signed in, but not counted (not in the target group)
    UNKNOWN = "unknown"  # no one on the roster has this employee no.
    NOT_ON_ROSTER = "not_on_roster"  # left before (or joined after) the activity's date
    REMOVED = "removed"  # unticked


class NoticeChannel(StrEnum):
    WECHAT_GROUP = "wechat_group"
    NOTICE_BOARD = "notice_board"
    MEETING = "meeting"
    OTHER = "other"


class HospitalVisitPurpose(StrEnum):
    LECTURE = "lecture"
    DATA_COLLECTION = "data_collection"
    PUBLICITY = "publicity"
    FREE_CLINIC = "free_clinic"
    CONSULTATION = "consultation"


declare(
    ActivityKind,
    {
        ActivityKind.LECTURE: W("健康讲座", "Health lecture"),
        ActivityKind.FREE_CLINIC: W("义诊", "Free clinic"),
        ActivityKind.CONSULTATION: W("健康咨询", "Consultation"),
        ActivityKind.TRAINING: W("培训", "Training"),
        ActivityKind.FITNESS: W("健身活动", "Fitness activity"),
        ActivityKind.OTHER: W("其他", "Other"),
    },
)

declare(
    ActivityStatus,
    {
        ActivityStatus.PLANNED: W("计划中", "Planned"),
        ActivityStatus.HELD: W("已举办", "Held"),
        ActivityStatus.CANCELLED: W("已取消", "Cancelled"),
    },
)

declare(
    SignInMethod,
    {
        SignInMethod.TICK: W("勾选", "ticked"),
        SignInMethod.SCAN: W("刷卡", "card scanned"),
        SignInMethod.IMPORT: W("导入", "imported"),
    },
)

# Each a sentence about {who}: the person (name and employee no.), or the number scanned.
declare(
    ScanOutcome,
    {
        ScanOutcome.SIGNED_IN: W("✓ {who} 签到成功。", "✓ {who} signed in."),
        ScanOutcome.ALREADY: W(
            "{who} 已签到，重复刷卡不影响记录。",
            "{who} was already signed in — nothing changed (a double scan is harmless).",
        ),
        ScanOutcome.OUTSIDE_TARGET: W(
            "✓ {who} 已签到，但不在参加对象范围内，不计入参与率。",
            "✓ {who} signed in, but is not in the target group: not counted.",
        ),
        ScanOutcome.UNKNOWN: W(
            "名册中没有工号 {who}。请核对工卡，或按来宾登记。",
            "No one on the roster has the employee no. {who}. Check the card, or add the person "
            "as a guest.",
        ),
        ScanOutcome.NOT_ON_ROSTER: W(
            "{who} 在活动当天不在名册上（已离职或尚未入职），未签到。",
            "{who} is not on the roster on the activity's date (left or not yet hired): not "
            "signed in.",
        ),
        ScanOutcome.REMOVED: W("已取消 {who} 的签到。", "{who}: sign-in removed."),
    },
)

declare(
    NoticeChannel,
    {
        NoticeChannel.WECHAT_GROUP: W("微信群", "WeChat group"),
        NoticeChannel.NOTICE_BOARD: W("公告栏", "Notice board"),
        NoticeChannel.MEETING: W("会议", "Meeting"),
        NoticeChannel.OTHER: W("其他", "Other"),
    },
)

declare(
    HospitalVisitPurpose,
    {
        HospitalVisitPurpose.LECTURE: W("健康讲座", "Health lecture"),
        HospitalVisitPurpose.DATA_COLLECTION: W("健康数据采集", "Health data collection"),
        HospitalVisitPurpose.PUBLICITY: W("健康宣传", "Health publicity"),
        HospitalVisitPurpose.FREE_CLINIC: W("义诊", "Free clinic"),
        HospitalVisitPurpose.CONSULTATION: W("健康咨询", "Consultation"),
    },
)
