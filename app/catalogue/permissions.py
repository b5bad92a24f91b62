"""What a person may be allowed to do on the site: each action a service checks
(`actor.require(Action.X)`), with its words, so a refusal says what was refused. Which roles
may do each is the domain's table (app.domain.permissions)."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word

__all__ = ["Action", "refusal"]

W = Wording


class Action(StrEnum):
    READ_OVERVIEW = "read_overview"
    READ_INDICATORS = "read_indicators"  # the figures: aggregates only
    READ_PEOPLE_BEHIND_FIGURES = "read_people_behind_figures"  # the lists that name people
    EDIT_INDICATOR_TARGETS = "edit_indicator_targets"
    READ_ROSTER = "read_roster"  # names, departments; ID numbers and phones masked
    READ_PERSONAL_DETAILS = "read_personal_details"  # one person's ID number and phone, unmasked
    EDIT_ROSTER = "edit_roster"
    IMPORT_ROSTER = "import_roster"
    READ_HEALTH_DATA = "read_health_data"  # usage register, readings, health files
    EDIT_HEALTH_DATA = "edit_health_data"  # record visits and readings, edit health files
    READ_THRESHOLDS = "read_thresholds"  # the reading limits, the re-measure rule, follow-up days
    EDIT_THRESHOLDS = "edit_thresholds"
    READ_EQUIPMENT = "read_equipment"
    EDIT_EQUIPMENT = "edit_equipment"
    READ_CONSUMABLES = "read_consumables"
    EDIT_CONSUMABLES = "edit_consumables"  # receive, use, add and change consumables
    READ_ROOM_LOG = "read_room_log"  # the room's day log: opening, cleaning, disinfection
    EDIT_ROOM_LOG = "edit_room_log"
    READ_OPEN_HOURS = "read_open_hours"
    EDIT_OPEN_HOURS = "edit_open_hours"
    READ_ACTIVITIES = "read_activities"  # activities, sign-ins, notices, the promotion plan
    EDIT_ACTIVITIES = "edit_activities"
    EDIT_SITE_PROFILE = "edit_site_profile"
    READ_INSPECTIONS = "read_inspections"  # inspections received and their rectification items
    EDIT_INSPECTIONS = "edit_inspections"
    PRINT_REPORTS = "print_reports"
    EXPORT_DEIDENTIFIED = "export_deidentified"
    EXPORT_NAMED = "export_named"  # a named export needs the chair's approval
    READ_EXCHANGE_LOG = "read_exchange_log"  # the imports and exports listed on Data exchange
    READ_AUDIT_TRAIL = "read_audit_trail"
    BACKUP = "backup"
    RESTORE = "restore"
    CHECK_DATABASE = "check_database"
    MANAGE_USERS = "manage_users"
    CHANGE_OWN_PASSWORD = "change_own_password"
    COUNTY_WORKSPACE = "county_workspace"  # import site packages, county summary, inspections


A = Action
# Each said as what is done ("查看健康数据" / "read health data"), to follow "may not".
declare(
    Action,
    {
        A.READ_OVERVIEW: W("查看概览", "see the overview"),
        A.READ_INDICATORS: W("查看指标", "see the indicators"),
        A.READ_PEOPLE_BEHIND_FIGURES: W(
            "查看指标背后的人员名单", "see the people behind the figures"
        ),
        A.EDIT_INDICATOR_TARGETS: W("修改指标目标值", "change the indicator targets"),
        A.READ_ROSTER: W("查看使用人员名册", "see the user roster"),
        A.READ_PERSONAL_DETAILS: W(
            "查看完整的身份证号和手机号", "see full ID numbers and phone numbers"
        ),
        A.EDIT_ROSTER: W("修改使用人员名册", "change the user roster"),
        A.IMPORT_ROSTER: W("导入名册", "import the roster"),
        A.READ_HEALTH_DATA: W("查看健康数据", "read health data"),
        A.EDIT_HEALTH_DATA: W("登记或修改健康数据", "record or change health data"),
        A.READ_THRESHOLDS: W("查看测量判定标准", "see the reading limits"),
        A.EDIT_THRESHOLDS: W("修改测量判定标准", "change the reading limits"),
        A.READ_EQUIPMENT: W("查看设备设施", "see the equipment"),
        A.EDIT_EQUIPMENT: W("修改设备设施", "change the equipment"),
        A.READ_CONSUMABLES: W("查看日常消耗品", "see the consumables"),
        A.EDIT_CONSUMABLES: W("登记日常消耗品出入库", "record consumables in and out"),
        A.READ_ROOM_LOG: W(
            "查看开放、清洁和消毒记录", "see the opening, cleaning and disinfection log"
        ),
        A.EDIT_ROOM_LOG: W("登记开放、清洁和消毒", "record opening, cleaning and disinfection"),
        A.READ_OPEN_HOURS: W("查看开放时间", "see the open hours"),
        A.EDIT_OPEN_HOURS: W("修改开放时间", "change the open hours"),
        A.READ_ACTIVITIES: W("查看健康活动", "see the health activities"),
        A.EDIT_ACTIVITIES: W("安排或修改健康活动", "plan or change health activities"),
        A.EDIT_SITE_PROFILE: W("修改生活室概况", "change the room profile"),
        A.READ_INSPECTIONS: W("查看巡检和整改", "see the inspections and rectifications"),
        A.EDIT_INSPECTIONS: W("登记巡检和整改", "record inspections and rectifications"),
        A.PRINT_REPORTS: W("打印报表", "print reports"),
        A.EXPORT_DEIDENTIFIED: W("导出去标识化的数据包", "export the de-identified package"),
        A.EXPORT_NAMED: W("导出含姓名的数据", "export data with names"),
        A.READ_EXCHANGE_LOG: W("查看数据交换记录", "see the data exchange log"),
        A.READ_AUDIT_TRAIL: W("查看审计记录", "read the audit trail"),
        A.BACKUP: W("备份台账", "back up the register"),
        A.RESTORE: W("从备份恢复台账", "restore the register from a backup"),
        A.CHECK_DATABASE: W("检查台账文件", "check the register file"),
        A.MANAGE_USERS: W("管理用户账户", "manage user accounts"),
        A.CHANGE_OWN_PASSWORD: W("修改自己的密码", "change their own password"),
        A.COUNTY_WORKSPACE: W("使用县级工作区", "use the county workspace"),
    },
)

REFUSAL = W("用户 {user}（{role}）无权{action}。", "{user} ({role}) may not {action}.")


def refusal(user: str, role: str, action: StrEnum, language: Language) -> str:
    """A refused action in words: who, in which role (its words), and what was refused (a
    site's `Action` or a county action, each declared with its words)."""
    return REFUSAL.format(language, user=user, role=role, action=word(action, language))
