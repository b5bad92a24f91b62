"""Codes stored in the database and exchanged in exports, each with its words.

The values are stable identifiers, never shown to people: the window, the reports and the
command line say them with ``word(code, language)``; every layer imports them from here. A
new member without words fails at import (``declare``), and the catalogue test walks every
member.

The words follow the glossary (DESIGN §3). Where the window and the printouts used to say a
code differently, the wording settled here is the one both now use.
"""

from __future__ import annotations

from enum import Enum, StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = [
    "UNION_BODIES",
    "ActivityKind",
    "ActivityStatus",
    "AuditAction",
    "AuditEntity",
    "BackupCount",
    "CommendationReason",
    "ConsumableCategory",
    "DayState",
    "DeviceCategory",
    "DeviceEventKind",
    "DeviceStatus",
    "ExceptionKind",
    "ExpiryState",
    "FollowUpWay",
    "Funding",
    "HospitalVisitPurpose",
    "InspectionBody",
    "NoticeChannel",
    "RectificationStatus",
    "Role",
    "ScanOutcome",
    "SettingKey",
    "Sex",
    "SignInMethod",
    "StockMovementKind",
    "StockSource",
    "Tone",
    "tone",
]

W = Wording


class Role(StrEnum):
    CHAIR = "chair"  # union chair, first responsible person
    ADMIN = "admin"  # health administrator, second responsible person
    TECH = "tech"  # technician: export, backup, restore
    REVIEWER = "reviewer"  # county / city union reviewer


class Sex(StrEnum):
    """Sex as recorded in the ID number and used by sex-specific thresholds (waist)."""

    MALE = "M"
    FEMALE = "F"


class DeviceCategory(StrEnum):
    BP_MONITOR = "bp_monitor"
    GLUCOSE_METER = "glucose_meter"
    BODY_COMPOSITION = "body_composition"
    HEIGHT_WEIGHT_SCALE = "height_weight_scale"
    AED = "aed"
    FIRST_AID_KIT = "first_aid_kit"
    MASSAGE_CHAIR = "massage_chair"
    VISION_CHART = "vision_chart"
    OTHER = "other"


class DeviceStatus(StrEnum):
    IN_SERVICE = "in_service"
    UNDER_REPAIR = "under_repair"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"  # damaged or lost, and a same-model device took its place
    RETIRED = "retired"


class DeviceEventKind(StrEnum):
    REGISTERED = "registered"
    REPAIR_STARTED = "repair_started"
    REPAIR_FINISHED = "repair_finished"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"
    RETIRED = "retired"
    MAINTENANCE = "maintenance"
    CALIBRATION = "calibration"
    DISINFECTION = "disinfection"


class Funding(StrEnum):
    UNION_ASSET = "union_asset"  # the founding rules: every device is a union asset
    ENTERPRISE = "enterprise"
    PARTNER_HOSPITAL = "partner_hospital"
    DONATION = "donation"
    OTHER = "other"


class ConsumableCategory(StrEnum):
    MEDICINE = "medicine"
    TEST_STRIP = "test_strip"
    LANCET = "lancet"
    BATTERY = "battery"
    EDUCATION_PRESCRIPTION = "education_prescription"
    DISINFECTANT = "disinfectant"
    OTHER = "other"


class StockMovementKind(StrEnum):
    RECEIVED = "received"
    USED = "used"
    DISCARDED = "discarded"


class StockSource(StrEnum):
    HOSPITAL_REPLENISHMENT = "hospital_replenishment"
    PURCHASE = "purchase"


class ExpiryState(StrEnum):
    NO_EXPIRY = "no_expiry"
    OK = "ok"
    EXPIRING = "expiring"  # within the warning days, still usable
    EXPIRED = "expired"


class DayState(StrEnum):
    """How completely the room's day log records a day (opening, cleaning, disinfection)."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    MISSING = "missing"
    CLOSED = "closed"  # not an open day and nothing recorded: nothing expected
    PENDING = "pending"  # today, not complete yet
    FUTURE = "future"


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


class ExceptionKind(StrEnum):
    CLOSED = "closed"
    SPECIAL_HOURS = "special_hours"


class FollowUpWay(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    REFERRAL = "referral"


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


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    GENERATE = "generate"


class AuditEntity(StrEnum):
    """What an audit entry is about (the trail's `entity` column); stored, never renamed."""

    ACCOUNT = "app_user"
    SITE = "site"
    STAFF = "staff"
    HEALTH_FILE = "health_file"
    CHECKUP = "checkup"  # the partner hospital's check-up results, imported
    USAGE_VISIT = "usage_visit"
    MEASUREMENT = "measurement"
    FOLLOW_UP = "follow_up"
    URGENT_CASE = "urgent_case"
    DEVICE = "device"
    DEVICE_EVENT = "device_event"
    CONSUMABLE = "consumable"
    STOCK_MOVEMENT = "stock_movement"
    ROOM_DAY_LOG = "room_day_log"
    ACTIVITY = "activity"
    ATTENDANCE = "attendance"
    NOTICE = "notice"
    HOSPITAL_VISIT = "hospital_visit"
    PLAN_ITEM = "plan_item"
    INSPECTION = "inspection"
    RECTIFICATION_ITEM = "rectification_item"
    SCHEDULE_VERSION = "schedule_version"
    SCHEDULE_EXCEPTION = "schedule_exception"
    SETTING = "setting"
    DATABASE_BACKUP = "database_backup"
    PACKAGE = "package"
    REPORT = "report"
    PERSONAL_RECORD = "personal_record"
    USAGE_REGISTER = "usage_register"
    REVIEW_RESULT = "review_result"
    COUNTY_KEY = "county_key"  # the county's key a site pinned for its review results
    DEMO = "demo"


class BackupCount(StrEnum):
    """The records a backup's preview counts before a restore (named by their table, as the
    audit trail's entities; counted, so said in the plural)."""

    STAFF = AuditEntity.STAFF.value
    USAGE_VISIT = AuditEntity.USAGE_VISIT.value
    MEASUREMENT = AuditEntity.MEASUREMENT.value
    DEVICE = AuditEntity.DEVICE.value
    ACTIVITY = AuditEntity.ACTIVITY.value
    ACCOUNT = AuditEntity.ACCOUNT.value


class SettingKey(StrEnum):
    """The site's settings people change (the `setting` table's keys; the audit names them)."""

    INDICATOR_TARGETS = "indicators.targets"
    READING_THRESHOLDS = "readings.thresholds"
    REMEASURE_RESULT = "readings.remeasure_result"
    FOLLOW_UP_DAYS = "readings.follow_up_days"
    CONSUMABLES_PER_READING = "consumables.per_reading"
    DISINFECTION_INTERVAL = "room.disinfection_interval"
    DEPARTMENT_ORDER = "department_order"


declare(
    SettingKey,
    {
        SettingKey.INDICATOR_TARGETS: W("指标目标", "Indicator targets"),
        SettingKey.READING_THRESHOLDS: W("判定标准", "Reading limits"),
        SettingKey.REMEASURE_RESULT: W("复测结果的取值", "Result of a re-measurement"),
        SettingKey.FOLLOW_UP_DAYS: W("随访间隔", "Follow-up intervals"),
        SettingKey.CONSUMABLES_PER_READING: W("每次检测的消耗品用量", "Consumables per reading"),
        SettingKey.DISINFECTION_INTERVAL: W("消毒间隔", "Disinfection interval"),
        SettingKey.DEPARTMENT_ORDER: W("部门顺序", "Order of the departments"),
    },
)


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
    Role,
    {
        Role.CHAIR: W("工会主席", "Union chair"),
        Role.ADMIN: W("健康管理员", "Health administrator"),
        Role.TECH: W("技术员", "Technician"),
        Role.REVIEWER: W("市县工会审核人员", "County reviewer"),
    },
)
declare(Sex, {Sex.MALE: W("男", "Male"), Sex.FEMALE: W("女", "Female")})
declare(
    DeviceCategory,
    {
        DeviceCategory.BP_MONITOR: W("电子血压计", "Blood pressure monitor"),
        DeviceCategory.GLUCOSE_METER: W("血糖仪", "Glucose meter"),
        DeviceCategory.BODY_COMPOSITION: W("人体成分分析仪", "Body-composition analyser"),
        DeviceCategory.HEIGHT_WEIGHT_SCALE: W("身高体重秤", "Height and weight scale"),
        DeviceCategory.AED: W("自动体外除颤器（AED）", "AED (defibrillator)"),
        DeviceCategory.FIRST_AID_KIT: W("急救箱", "First-aid kit"),
        DeviceCategory.MASSAGE_CHAIR: W("按摩椅", "Massage chair"),
        DeviceCategory.VISION_CHART: W("视力表", "Vision chart"),
        DeviceCategory.OTHER: W("其他", "Other"),
    },
)
declare(
    DeviceStatus,
    {
        DeviceStatus.IN_SERVICE: W("在用", "In service"),
        DeviceStatus.UNDER_REPAIR: W("维修中", "Under repair"),
        DeviceStatus.DAMAGED: W("损坏", "Damaged"),
        DeviceStatus.LOST: W("遗失", "Lost"),
        DeviceStatus.REPLACED: W("已补齐", "Replaced"),
        DeviceStatus.RETIRED: W("已报废", "Retired"),
    },
)


class Tone(Enum):
    """How a status stands out wherever it is shown: the window's lists and details, the
    indicator lists and the printouts all colour it by this one rule (never shown as words,
    so not a code)."""

    PLAIN = "plain"  # as the text around it
    ALERT = "alert"  # needs action: red
    PAST = "past"  # history, off the register: grey


_TONES: dict[StrEnum, Tone] = {
    DeviceStatus.IN_SERVICE: Tone.PLAIN,
    DeviceStatus.UNDER_REPAIR: Tone.ALERT,
    DeviceStatus.DAMAGED: Tone.ALERT,
    DeviceStatus.LOST: Tone.ALERT,
    DeviceStatus.REPLACED: Tone.PAST,
    DeviceStatus.RETIRED: Tone.PAST,
    # An event is toned as the status it leads to; upkeep is plain.
    DeviceEventKind.REGISTERED: Tone.PLAIN,
    DeviceEventKind.REPAIR_STARTED: Tone.ALERT,
    DeviceEventKind.REPAIR_FINISHED: Tone.PLAIN,
    DeviceEventKind.DAMAGED: Tone.ALERT,
    DeviceEventKind.LOST: Tone.ALERT,
    DeviceEventKind.REPLACED: Tone.PAST,
    DeviceEventKind.RETIRED: Tone.PAST,
    DeviceEventKind.MAINTENANCE: Tone.PLAIN,
    DeviceEventKind.CALIBRATION: Tone.PLAIN,
    DeviceEventKind.DISINFECTION: Tone.PLAIN,
}
TONED: tuple[type[StrEnum], ...] = (DeviceStatus, DeviceEventKind)
if missing := [m for kind in TONED for m in kind if m not in _TONES]:
    raise ValueError(f"no tone for {missing}")


def tone(code: DeviceStatus | DeviceEventKind) -> Tone:
    """The tone of a device's status or of the event that set it, e.g. 损坏 → ALERT."""
    return _TONES[code]


declare(
    DeviceEventKind,
    {
        DeviceEventKind.REGISTERED: W("登记入账", "Registered"),
        DeviceEventKind.REPAIR_STARTED: W("送修", "Sent for repair"),
        DeviceEventKind.REPAIR_FINISHED: W("修复启用", "Back in service after repair"),
        DeviceEventKind.DAMAGED: W("损坏", "Damaged"),
        DeviceEventKind.LOST: W("遗失", "Lost"),
        DeviceEventKind.REPLACED: W("同型号补齐", "Replaced with the same model"),
        DeviceEventKind.RETIRED: W("报废", "Retired"),
        DeviceEventKind.MAINTENANCE: W("保养维护", "Maintenance"),
        DeviceEventKind.CALIBRATION: W("检定校准", "Calibration"),
        DeviceEventKind.DISINFECTION: W("消毒", "Disinfection"),
    },
)
declare(
    Funding,
    {
        Funding.UNION_ASSET: W("工会资产", "Union asset"),
        Funding.ENTERPRISE: W("单位自购", "Bought by the enterprise"),
        Funding.PARTNER_HOSPITAL: W("合作医院配置", "From the partner hospital"),
        Funding.DONATION: W("捐赠", "Donation"),
        Funding.OTHER: W("其他", "Other"),
    },
)
declare(
    ConsumableCategory,
    {
        ConsumableCategory.MEDICINE: W("药品", "Medicines"),
        ConsumableCategory.TEST_STRIP: W("血糖仪试纸", "Glucose test strips"),
        ConsumableCategory.LANCET: W("采血针", "Lancets"),
        ConsumableCategory.BATTERY: W("电池", "Batteries"),
        ConsumableCategory.EDUCATION_PRESCRIPTION: W(
            "健康教育处方", "Health education prescriptions"
        ),
        ConsumableCategory.DISINFECTANT: W("消毒用品", "Disinfectant"),
        ConsumableCategory.OTHER: W("其他", "Other"),
    },
)
declare(
    StockMovementKind,
    {
        StockMovementKind.RECEIVED: W("入库", "Received"),
        StockMovementKind.USED: W("领用", "Used"),
        StockMovementKind.DISCARDED: W("报废", "Discarded"),
    },
)
declare(
    StockSource,
    {
        StockSource.HOSPITAL_REPLENISHMENT: W(
            "合作医院季度补充", "Partner hospital's quarterly replenishment"
        ),
        StockSource.PURCHASE: W("自行采购", "Purchase"),
    },
)
declare(
    ExpiryState,
    {
        ExpiryState.NO_EXPIRY: W("无有效期", "No expiry date"),
        ExpiryState.OK: W("正常", "OK"),
        ExpiryState.EXPIRING: W("30 天内到期", "Expires within 30 days"),
        ExpiryState.EXPIRED: W("已过期", "Expired"),
    },
)
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
declare(
    ExceptionKind,
    {
        ExceptionKind.CLOSED: W("闭室", "Closed"),
        ExceptionKind.SPECIAL_HOURS: W("特殊开放时间", "Special hours"),
    },
)
declare(
    FollowUpWay,
    {
        FollowUpWay.PHONE: W("电话", "Phone call"),
        FollowUpWay.VISIT: W("面访", "Visit"),
        FollowUpWay.REFERRAL: W("转诊", "Referral to hospital"),
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
    AuditAction,
    {
        AuditAction.CREATE: W("新建", "Created"),
        AuditAction.UPDATE: W("修改", "Changed"),
        AuditAction.DELETE: W("删除", "Deleted"),
        AuditAction.IMPORT: W("导入", "Imported"),
        AuditAction.EXPORT: W("导出", "Exported"),
        AuditAction.LOGIN: W("登录", "Signed in"),
        AuditAction.LOGIN_FAILED: W("登录失败", "Sign-in failed"),
        AuditAction.GENERATE: W("生成", "Generated"),
    },
)
declare(
    AuditEntity,
    {
        AuditEntity.ACCOUNT: W("账户", "Account"),
        AuditEntity.SITE: W("建设单位与生活室信息", "Site and room profile"),
        AuditEntity.STAFF: W("职工", "Staff member"),
        AuditEntity.HEALTH_FILE: W("健康档案", "Health file"),
        AuditEntity.CHECKUP: W("体检结果", "Check-up results"),
        AuditEntity.USAGE_VISIT: W("使用登记", "Visit"),
        AuditEntity.MEASUREMENT: W("检测值", "Reading"),
        AuditEntity.FOLLOW_UP: W("随访", "Follow-up"),
        AuditEntity.URGENT_CASE: W("危急值处置", "Urgent value"),
        AuditEntity.DEVICE: W("设备", "Device"),
        AuditEntity.DEVICE_EVENT: W("设备事项", "Device event"),
        AuditEntity.CONSUMABLE: W("日常消耗品", "Consumable"),
        AuditEntity.STOCK_MOVEMENT: W("消耗品出入库", "Stock movement"),
        AuditEntity.ROOM_DAY_LOG: W("房间日志", "Room day log"),
        AuditEntity.ACTIVITY: W("健康活动", "Activity"),
        AuditEntity.ATTENDANCE: W("活动签到", "Sign-in"),
        AuditEntity.NOTICE: W("通知", "Notice"),
        AuditEntity.HOSPITAL_VISIT: W("合作医院到访", "Partner-hospital visit"),
        AuditEntity.PLAN_ITEM: W("年度健康促进计划事项", "Promotion plan item"),
        AuditEntity.INSPECTION: W("巡检督查", "Inspection"),
        AuditEntity.RECTIFICATION_ITEM: W("整改事项", "Rectification item"),
        AuditEntity.SCHEDULE_VERSION: W("开放时间表", "Open-hours table"),
        AuditEntity.SCHEDULE_EXCEPTION: W("闭室或特殊开放日", "Closed or special day"),
        AuditEntity.SETTING: W("设置", "Setting"),
        AuditEntity.DATABASE_BACKUP: W("数据库备份", "Database backup"),
        AuditEntity.PACKAGE: W("县级审核数据包", "County review package"),
        AuditEntity.REPORT: W("报表", "Report"),
        AuditEntity.PERSONAL_RECORD: W("个人健康记录", "Personal health record"),
        AuditEntity.USAGE_REGISTER: W("使用登记表", "Usage register"),
        AuditEntity.REVIEW_RESULT: W("县级审核结果", "County review result"),
        AuditEntity.COUNTY_KEY: W("县级签名密钥", "County's signing key"),
        AuditEntity.DEMO: W("演示数据", "Demo data"),
    },
)
declare(
    BackupCount,
    {
        BackupCount.STAFF: W("职工", "staff"),
        BackupCount.USAGE_VISIT: W("使用登记", "visits"),
        BackupCount.MEASUREMENT: W("测量值", "readings"),
        BackupCount.DEVICE: W("设备", "devices"),
        BackupCount.ACTIVITY: W("活动", "activities"),
        BackupCount.ACCOUNT: W("账户", "accounts"),
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
