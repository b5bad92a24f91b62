"""Codes of the room's days and hours, the inspections it receives and the county's
commendation."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class DayState(StrEnum):
    """How completely the room's day log records a day (opening, cleaning, disinfection)."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    MISSING = "missing"
    CLOSED = "closed"  # not an open day and nothing recorded: nothing expected
    PENDING = "pending"  # today, not complete yet
    FUTURE = "future"


class ExceptionKind(StrEnum):
    CLOSED = "closed"
    SPECIAL_HOURS = "special_hours"


class RectificationStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class InspectionBody(StrEnum):
    """Who inspected the room. The union's inspections count toward the yearly two of the
    founding rules; the partner hospital's supervision is recorded beside them, not counted."""

    COUNTY_UNION = "county_union"
    CITY_UNION = "city_union"
    HOSPITAL_SUPERVISION = "hospital_supervision"


UNION_BODIES = frozenset({InspectionBody.COUNTY_UNION, InspectionBody.CITY_UNION})


class CommendationReason(StrEnum):
    """Why the county did not shortlist a site for commendation (founding rules 一(二)3); sent
    to the site in the county's review result."""

    NO_PACKAGE = "no_package"  # the year's (or a quarter's) package is missing
    NOT_MET = "not_met"
    FEW_INSPECTIONS = "few_inspections"
    FAILED_INSPECTION = "failed_inspection"  # an inspection scored below the pass mark (80)
    OVERDUE_ITEM = "overdue_item"  # a rectification item still open past its deadline
    LATE_ITEM = "late_item"  # closed, but after its deadline


declare(
    DayState,
    {
        DayState.COMPLETE: W("已记录", "Recorded"),
        DayState.INCOMPLETE: W("不完整", "Incomplete"),
        DayState.MISSING: W("缺记录", "Missing"),
        DayState.CLOSED: W("闭室", "Closed"),
        DayState.PENDING: W("今天", "Today"),
        DayState.FUTURE: W("未到", "To come"),
    },
)

declare(
    ExceptionKind,
    {
        ExceptionKind.CLOSED: W("闭室", "Closed"),
        ExceptionKind.SPECIAL_HOURS: W("特殊开放时间", "Special hours"),
    },
)

declare(
    RectificationStatus,
    {
        RectificationStatus.OPEN: W("未完成", "open"),
        RectificationStatus.DONE: W("已完成", "done"),
    },
)

declare(
    InspectionBody,
    {
        InspectionBody.COUNTY_UNION: W("县总工会", "County union"),
        InspectionBody.CITY_UNION: W("市总工会", "City union"),
        InspectionBody.HOSPITAL_SUPERVISION: W("合作医院督导", "Partner hospital supervision"),
    },
)

declare(
    CommendationReason,
    {
        CommendationReason.NO_PACKAGE: W(
            "缺少年度（或某季度）数据包", "the year's (or a quarter's) package is missing"
        ),
        CommendationReason.NOT_MET: W("有指标未达标", "an indicator was not met"),
        CommendationReason.FEW_INSPECTIONS: W("巡检不足2次", "fewer than 2 inspections"),
        CommendationReason.FAILED_INSPECTION: W(
            "有巡检得分低于80分", "an inspection scored below 80"
        ),
        CommendationReason.OVERDUE_ITEM: W(
            "有整改事项逾期未完成", "a rectification item is still open past its deadline"
        ),
        CommendationReason.LATE_ITEM: W(
            "有整改事项超过期限才完成", "a rectification item was closed after its deadline"
        ),
    },
)
