"""What the overview's "needs attention" list, a new site's start checklist and the room's
checklist of the founding rules say, each code with its words."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = ["AttentionKind", "Check", "StartStep"]

W = Wording


class AttentionKind(StrEnum):
    URGENT_VALUE = "urgent_value"  # a visit's urgent value without its action (ref: visit)
    FOLLOW_UP_DUE = "follow_up_due"
    MAINTENANCE_OVERDUE = "maintenance_overdue"
    CALIBRATION_OVERDUE = "calibration_overdue"
    LOW_STOCK = "low_stock"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    RECTIFICATION_DUE = "rectification_due"
    RECTIFICATION_OVERDUE = "rectification_overdue"  # open past its deadline
    DISINFECTION_OVERDUE = "disinfection_overdue"  # the interval of open days has run out
    UPCOMING_ACTIVITY = "upcoming_activity"


class StartStep(StrEnum):
    """The steps of a new site's start checklist on the overview, each ticked from the register."""

    SITE_PROFILE = "site_profile"
    ROSTER = "roster"
    OPEN_HOURS = "open_hours"
    WALL_SCHEDULE = "wall_schedule"
    LECTURES_PLANNED = "lectures_planned"
    FIRST_VISIT = "first_visit"


class Check(StrEnum):
    """A static requirement of the founding rules (二、管理要求 and 一、工作职责)."""

    AREA = "area"  # room area ≥ 12 m²
    INDEPENDENT_SPACE = "independent_space"
    NAMEPLATE = "nameplate"  # the union's nameplate on or beside the door
    OPEN_HOURS_POSTED = "open_hours_posted"
    RULES_POSTED = "rules_posted"
    CHAIR = "chair"  # first responsible person: the union chair
    ADMIN = "admin"  # second responsible person: the health administrator
    HOSPITAL = "hospital"  # the partner hospital
    LIAISON = "liaison"  # its expert liaison
    SCHEDULE = "schedule"  # a weekly schedule in force, every open day ≥ 3 h


declare(
    AttentionKind,
    {
        AttentionKind.URGENT_VALUE: W("危急值未处置", "Urgent value: action not recorded"),
        AttentionKind.FOLLOW_UP_DUE: W("待随访", "Follow-up due"),
        AttentionKind.MAINTENANCE_OVERDUE: W("保养逾期", "Maintenance overdue"),
        AttentionKind.CALIBRATION_OVERDUE: W("检定逾期", "Calibration overdue"),
        AttentionKind.LOW_STOCK: W("库存不足", "Low stock"),
        AttentionKind.EXPIRING: W("即将过期", "Expires soon"),
        AttentionKind.EXPIRED: W("已过期", "Expired"),
        AttentionKind.RECTIFICATION_DUE: W("待整改", "Rectification due"),
        AttentionKind.RECTIFICATION_OVERDUE: W("整改逾期", "Rectification overdue"),
        AttentionKind.DISINFECTION_OVERDUE: W("消毒逾期", "Disinfection overdue"),
        AttentionKind.UPCOMING_ACTIVITY: W("近期活动", "Coming activity"),
    },
)
declare(
    Check,
    {
        Check.AREA: W("房间面积不少于 12 平方米", "Room area at least 12 m²"),
        Check.INDEPENDENT_SPACE: W("空间独立", "A separate, independent space"),
        Check.NAMEPLATE: W("门上或门旁悬挂统一铭牌", "Union nameplate hung at the door"),
        Check.OPEN_HOURS_POSTED: W("已张贴开放时间表", "Open-hours table posted"),
        Check.RULES_POSTED: W("已张贴管理规定", "Rules posted"),
        Check.CHAIR: W(
            "已明确工会主席（第一责任人）", "Union chair named (first responsible person)"
        ),
        Check.ADMIN: W(
            "已指定健康管理员（二级管理人）",
            "Health administrator named (second responsible person)",
        ),
        Check.HOSPITAL: W("已明确合作医院", "Partner hospital named"),
        Check.LIAISON: W("已明确合作医院专家联络员", "Hospital's expert liaison named"),
        Check.SCHEDULE: W(
            "每周时间表：每个开放日不少于 3 小时", "Weekly schedule: every open day at least 3 h"
        ),
    },
)
declare(
    StartStep,
    {
        StartStep.SITE_PROFILE: W("填写生活室概况", "Fill in the room profile"),
        StartStep.ROSTER: W("导入职工名册", "Import the staff roster"),
        StartStep.OPEN_HOURS: W("设置每周开放时间", "Set the weekly open hours"),
        StartStep.WALL_SCHEDULE: W("打印开放时间表", "Print the wall schedule"),
        StartStep.LECTURES_PLANNED: W("安排今年的健康讲座", "Plan this year's health lectures"),
        StartStep.FIRST_VISIT: W("登记第一位来访职工", "Record the first visit"),
    },
)
