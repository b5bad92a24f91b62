"""Codes of the register's own records: the audit trail's actions and entities, the
counts a backup shows, the settings people change."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


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
