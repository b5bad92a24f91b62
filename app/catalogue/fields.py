"""The fields of the records people keep, by their stored name, with their words.

Problems name the field they concern (the roster import, the person and health-file forms),
the indicators' lists name the fields a health file lacks, and the audit trail's before/after
names the fields it holds: all say them with ``word(RecordField(name), language)``.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word

__all__ = ["IN_RECORD", "OTHER_FIELD", "RecordField", "field_word"]

W = Wording


class RecordField(StrEnum):
    # a person on the roster
    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    SEX = "sex"
    BIRTH_DATE = "birth_date"
    ID_NUMBER = "id_number"
    DEPARTMENT = "department"
    PHONE = "phone"
    HIRE_DATE = "hire_date"
    JOB_TITLE = "job_title"
    HAZARDS = "hazards"
    DEPARTURE_DATE = "departure_date"
    SIGNATURE = "signature"
    # the health file
    HEIGHT_CM = "height_cm"
    WEIGHT_KG = "weight_kg"
    SYSTOLIC = "systolic"
    DIASTOLIC = "diastolic"
    FASTING_GLUCOSE = "fasting_glucose"
    MEDICAL_HISTORY = "medical_history"
    CHRONIC_CONDITIONS = "chronic_conditions"
    ALLERGIES = "allergies"
    SMOKING = "smoking"
    DRINKING = "drinking"
    EXERCISE = "exercise"
    HAZARD_EXPOSURE = "hazard_exposure"
    LAST_CHECKUP_DATE = "last_checkup_date"
    CHECKUP_FINDINGS = "checkup_findings"
    CHECKUP_ADVICE = "checkup_advice"
    DATA_UPDATED_ON = "data_updated_on"
    NO_HEALTH_FILE = "no_health_file"  # the indicator's list: the person has no file at all
    # a follow-up
    ON_DATE = "on_date"
    WAY = "way"
    NEXT_DATE = "next_date"
    SITE_CODE = "site_code"
    SITE_NAME = "site_name"
    ADDRESS = "address"
    COUNTY = "county"
    ROOM_NAME = "room_name"
    LOCATION = "location"
    INDEPENDENT_SPACE = "independent_space"
    NAMEPLATE_HUNG = "nameplate_hung"
    RULES_POSTED = "rules_posted"
    OPEN_HOURS_POSTED = "open_hours_posted"
    CHAIR_NAME = "chair_name"
    CHAIR_PHONE = "chair_phone"
    ADMIN_NAME = "admin_name"
    ADMIN_PHONE = "admin_phone"
    MORE_ADMINS = "more_admins"
    HOSPITAL_NAME = "hospital_name"
    LIAISON_NAME = "liaison_name"
    LIAISON_PHONE = "liaison_phone"
    HOSPITAL_HOTLINE = "hospital_hotline"
    NAMEPLATE_DATE = "nameplate_date"
    HOUSE_RULES = "house_rules"
    AREA_M2 = "area_m2"
    USERNAME = "username"
    DISPLAY_NAME = "display_name"
    ROLE = "role"
    PASSWORD = "password"
    REASON = "reason"
    VISITED_AT = "visited_at"
    VISITOR_NAME = "visitor_name"
    ADVICE = "advice"
    NOTE = "note"
    ABNORMAL = "abnormal"
    ENTERED_LATE = "entered_late"
    READINGS = "readings"
    TYPE = "type"
    VALUE = "value"
    FLAG = "flag"
    MEASURED_AT = "measured_at"
    ROUND = "round"
    COUNTED = "counted"
    WHY = "why"
    OUTCOME = "outcome"
    OPENED_AT = "opened_at"
    CLOSED_AT = "closed_at"
    ACTION = "action"
    TYPES = "types"
    ASSET_NO = "asset_no"
    CATEGORY = "category"
    BRAND = "brand"
    MODEL = "model"
    SERIAL_NO = "serial_no"
    PURCHASE_DATE = "purchase_date"
    PRICE = "price"
    FUNDING = "funding"
    READING_TYPES = "reading_types"
    MAINTENANCE_INTERVAL_DAYS = "maintenance_interval_days"
    CALIBRATION_INTERVAL_DAYS = "calibration_interval_days"
    STATUS = "status"
    REPLACES_DEVICE_ID = "replaces_device_id"
    KIND = "kind"
    COST = "cost"
    PAID_BY = "paid_by"
    NEXT_DUE = "next_due"
    EVENT_ID = "event_id"
    DEVICE_ID = "device_id"
    NEW_DEVICE_ID = "new_device_id"
    NEW_ASSET_NO = "new_asset_no"
    SAME_MODEL = "same_model"
    UNIT = "unit"
    MIN_STOCK = "min_stock"
    CONSUMABLE_ID = "consumable_id"
    LOT_ID = "lot_id"
    LOT_NO = "lot_no"
    EXPIRY = "expiry"
    QUANTITY = "quantity"
    SOURCE = "source"
    STOCK_AFTER = "stock_after"
    VISIT_ID = "visit_id"
    DAY = "day"
    DUTY_PERSON = "duty_person"
    CLEANED = "cleaned"
    CLEANED_BY = "cleaned_by"
    DISINFECTED = "disinfected"
    DISINFECTION_WHAT = "disinfection_what"
    DISINFECTION_AGENT = "disinfection_agent"
    DISINFECTED_BY = "disinfected_by"
    OPEN_DAYS = "open_days"
    EFFECTIVE_FROM = "effective_from"
    SLOTS = "slots"
    WEEKDAY = "weekday"
    START_TIME = "start_time"
    END_TIME = "end_time"
    DATES = "dates"
    CLOSED = "closed"
    COPIED_FROM = "copied_from"
    DAYS = "days"
    SHORT_DAY_CONFIRMED = "short_day_confirmed"
    TITLE = "title"
    TOPIC = "topic"
    SPEAKER = "speaker"
    ORGANISATION = "organisation"
    BY_PARTNER_HOSPITAL = "by_partner_hospital"
    EXPERTS = "experts"
    VISIT_PURPOSES = "visit_purposes"
    PURPOSES = "purposes"
    PLACE = "place"
    TARGET_ALL = "target_all"
    DEPARTMENT_IDS = "department_ids"
    STARTS_AT = "starts_at"
    ENDS_AT = "ends_at"
    PLAN_ITEM_ID = "plan_item_id"
    NOTES = "notes"
    ACTIVITY_ID = "activity_id"
    STAFF_ID = "staff_id"
    GUEST_NAME = "guest_name"
    METHOD = "method"
    ISSUED_ON = "issued_on"
    CHANNEL = "channel"
    REACHED_COUNT = "reached_count"
    REACHED_STAFF = "reached_staff"
    YEAR = "year"
    QUARTER = "quarter"
    VISITED_ON = "visited_on"
    HOSPITAL = "hospital"
    INSPECTED_ON = "inspected_on"
    BODY = "body"
    INSPECTORS = "inspectors"
    FINDINGS = "findings"
    SCORE = "score"
    ITEMS = "items"
    DESCRIPTION = "description"
    RESPONSIBLE = "responsible"
    DEADLINE = "deadline"
    DONE_ON = "done_on"
    DONE_NOTE = "done_note"
    COUNTY_REF = "county_ref"
    FILE = "file"
    FILES = "files"
    SHA256 = "sha256"
    SHEET = "sheet"
    COLUMNS = "columns"
    ROWS = "rows"
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    WARNINGS = "warnings"
    NEW_DEPARTMENTS = "new_departments"
    NEW_GUESTS = "new_guests"
    PERIOD = "period"
    SEQUENCE = "sequence"
    # a county review result applied, the county's key trusted or retired
    CREATED_AT = "created_at"
    ADDED = "added"
    REMOVED = "removed"
    ITEMS_ADDED = "items_added"
    ITEMS_CLOSED = "items_closed"
    ITEMS_REMOVED = "items_removed"
    TRUSTED = "trusted"
    RETIRED_ON = "retired_on"
    DEIDENTIFIED = "deidentified"
    APPROVED_BY = "approved_by"
    REPORT = "report"
    NAMES = "names"
    ENCRYPTED = "encrypted"
    LAST_CHANGE = "last_change"
    SAFETY_BACKUP = "safety_backup"
    DATE_FROM = "date_from"
    DATE_TO = "date_to"
    LINES = "lines"
    # the county package's workbook
    ID = "id"
    STOCK = "stock"
    STAFF_CODE = "staff_code"
    BIRTH_YEAR = "birth_year"
    VISITOR = "visitor"
    GUEST = "guest"
    SIGNED_AT = "signed_at"
    ACTIVE_STAFF = "active_staff"
    WITH_FILE = "with_file"
    COMPLETE = "complete"
    UPDATED_12_MONTHS = "updated_12_months"
    BLOOD_PRESSURE_HIGH = "blood_pressure_high"
    GLUCOSE_HIGH = "glucose_high"
    INSPECTION_ID = "inspection_id"
    DATE = "date"
    RECTIFICATION = "rectification"
    KEY = "key"
    NUMERATOR = "numerator"
    DENOMINATOR = "denominator"
    TARGET = "target"
    MET = "met"
    IN_PROGRESS = "in_progress"
    START = "start"
    END = "end"
    FIELD = "field"


# A field with no words yet (a record written by a newer version): said, never shown raw.
OTHER_FIELD = W("其他内容", "Other detail")

declare(
    RecordField,
    {
        RecordField.EMPLOYEE_NO: W("工号", "Employee no."),
        RecordField.NAME: W("姓名", "Name"),
        RecordField.SEX: W("性别", "Sex"),
        RecordField.BIRTH_DATE: W("出生日期", "Birth date"),
        RecordField.ID_NUMBER: W("身份证号", "ID number"),
        RecordField.DEPARTMENT: W("部门", "Department"),
        RecordField.PHONE: W("手机", "Mobile"),
        RecordField.HIRE_DATE: W("入职日期", "Hire date"),
        RecordField.JOB_TITLE: W("岗位", "Job"),
        RecordField.HAZARDS: W("职业危害因素", "Occupational hazards"),
        RecordField.DEPARTURE_DATE: W("离职日期", "Departure date"),
        RecordField.SIGNATURE: W("签名", "Signature"),
        RecordField.HEIGHT_CM: W("身高", "Height"),
        RecordField.WEIGHT_KG: W("体重", "Weight"),
        RecordField.SYSTOLIC: W("收缩压", "Systolic pressure"),
        RecordField.DIASTOLIC: W("舒张压", "Diastolic pressure"),
        RecordField.FASTING_GLUCOSE: W("空腹血糖", "Fasting glucose"),
        RecordField.MEDICAL_HISTORY: W("既往病史", "Medical history"),
        RecordField.CHRONIC_CONDITIONS: W("慢性病", "Chronic conditions"),
        RecordField.ALLERGIES: W("过敏史", "Allergies"),
        RecordField.SMOKING: W("吸烟", "Smoking"),
        RecordField.DRINKING: W("饮酒", "Drinking"),
        RecordField.EXERCISE: W("运动", "Exercise"),
        RecordField.HAZARD_EXPOSURE: W("职业危害因素接触", "Occupational hazard exposure"),
        RecordField.LAST_CHECKUP_DATE: W("上次体检日期", "Last check-up date"),
        RecordField.CHECKUP_FINDINGS: W("体检结果", "Check-up findings"),
        RecordField.CHECKUP_ADVICE: W("体检建议", "Check-up advice"),
        RecordField.DATA_UPDATED_ON: W("数据采集日期", "Data collected on"),
        RecordField.NO_HEALTH_FILE: W("未建健康档案", "No health file"),
        RecordField.ON_DATE: W("日期", "Date"),
        RecordField.WAY: W("方式", "Way"),
        RecordField.NEXT_DATE: W("下次日期", "Next date"),
        RecordField.SITE_CODE: W("单位代码", "Site code"),
        RecordField.SITE_NAME: W("建设单位", "Host enterprise"),
        RecordField.ADDRESS: W("地址", "Address"),
        RecordField.COUNTY: W("所属县（市、区）", "County"),
        RecordField.ROOM_NAME: W("生活室名称", "Room name"),
        RecordField.LOCATION: W("位置", "Location"),
        RecordField.INDEPENDENT_SPACE: W("独立空间", "Separate space"),
        RecordField.NAMEPLATE_HUNG: W("已挂牌", "Nameplate hung"),
        RecordField.RULES_POSTED: W("制度已上墙", "Rules posted"),
        RecordField.OPEN_HOURS_POSTED: W("开放时间表已上墙", "Open-hours table posted"),
        RecordField.CHAIR_NAME: W("工会主席", "Union chair"),
        RecordField.CHAIR_PHONE: W("工会主席电话", "Union chair's phone"),
        RecordField.ADMIN_NAME: W("健康管理员", "Health administrator"),
        RecordField.ADMIN_PHONE: W("健康管理员电话", "Health administrator's phone"),
        RecordField.MORE_ADMINS: W("其他健康管理员", "Other health administrators"),
        RecordField.HOSPITAL_NAME: W("合作医院", "Partner hospital"),
        RecordField.LIAISON_NAME: W("专家联络员", "Expert liaison"),
        RecordField.LIAISON_PHONE: W("专家联络员电话", "Expert liaison's phone"),
        RecordField.HOSPITAL_HOTLINE: W("合作医院电话", "Partner hospital's phone"),
        RecordField.NAMEPLATE_DATE: W("挂牌日期", "Nameplate date"),
        RecordField.HOUSE_RULES: W("管理制度", "House rules"),
        RecordField.AREA_M2: W("面积（平方米）", "Area (m²)"),
        RecordField.USERNAME: W("用户名", "User name"),
        RecordField.DISPLAY_NAME: W("显示名称", "Display name"),
        RecordField.ROLE: W("角色", "Role"),
        RecordField.PASSWORD: W("密码", "Password"),
        RecordField.REASON: W("原因", "Reason"),
        RecordField.VISITED_AT: W("使用时间", "Visited at"),
        RecordField.VISITOR_NAME: W("来访者", "Visitor"),
        RecordField.ADVICE: W("建议", "Advice"),
        RecordField.NOTE: W("备注", "Note"),
        RecordField.ABNORMAL: W("结果异常", "Abnormal"),
        RecordField.ENTERED_LATE: W("补录纸质登记", "Copied from paper"),
        RecordField.READINGS: W("检测结果", "Readings"),
        RecordField.TYPE: W("检测项目", "Reading"),
        RecordField.VALUE: W("数值", "Value"),
        RecordField.FLAG: W("分级", "Grade"),
        RecordField.MEASURED_AT: W("检测时间", "Measured at"),
        RecordField.ROUND: W("第几次测量", "Measurement no."),
        RecordField.COUNTED: W("计入结果", "Counted"),
        RecordField.WHY: W("原因", "Why"),
        RecordField.OUTCOME: W("随访结果", "Outcome"),
        RecordField.OPENED_AT: W("开始时间", "Opened at"),
        RecordField.CLOSED_AT: W("结束时间", "Closed at"),
        RecordField.ACTION: W("处置", "Action taken"),
        RecordField.TYPES: W("危急值项目", "Urgent readings"),
        RecordField.ASSET_NO: W("资产编号", "Asset no."),
        RecordField.CATEGORY: W("类别", "Category"),
        RecordField.BRAND: W("品牌", "Brand"),
        RecordField.MODEL: W("型号", "Model"),
        RecordField.SERIAL_NO: W("出厂编号", "Serial no."),
        RecordField.PURCHASE_DATE: W("购置日期", "Purchased"),
        RecordField.PRICE: W("原值（元）", "Price"),
        RecordField.FUNDING: W("经费来源", "Funding"),
        RecordField.READING_TYPES: W("检测项目", "Reading types"),
        RecordField.MAINTENANCE_INTERVAL_DAYS: W("保养周期（天）", "Maintenance every (days)"),
        RecordField.CALIBRATION_INTERVAL_DAYS: W("校准周期（天）", "Calibration every (days)"),
        RecordField.STATUS: W("状态", "Status"),
        RecordField.REPLACES_DEVICE_ID: W("补齐的设备", "Replaces device"),
        RecordField.KIND: W("类型", "Kind"),
        RecordField.COST: W("费用（元）", "Cost"),
        RecordField.PAID_BY: W("费用承担", "Paid by"),
        RecordField.NEXT_DUE: W("下次日期", "Next due"),
        RecordField.EVENT_ID: W("设备事项", "Device event"),
        RecordField.DEVICE_ID: W("设备", "Device"),
        RecordField.NEW_DEVICE_ID: W("补齐的新设备", "New device"),
        RecordField.NEW_ASSET_NO: W("新设备资产编号", "New asset no."),
        RecordField.SAME_MODEL: W("同型号", "Same model"),
        RecordField.UNIT: W("单位", "Unit"),
        RecordField.MIN_STOCK: W("最低库存", "Minimum stock"),
        RecordField.CONSUMABLE_ID: W("消耗品", "Consumable"),
        RecordField.LOT_ID: W("批次", "Lot"),
        RecordField.LOT_NO: W("批号", "Lot no."),
        RecordField.EXPIRY: W("有效期至", "Expires"),
        RecordField.QUANTITY: W("数量", "Quantity"),
        RecordField.SOURCE: W("来源", "Source"),
        RecordField.STOCK_AFTER: W("结存", "Stock after"),
        RecordField.VISIT_ID: W("使用登记", "Visit"),
        RecordField.DAY: W("日期", "Day"),
        RecordField.DUTY_PERSON: W("值班人", "Person on duty"),
        RecordField.CLEANED: W("已清洁", "Cleaned"),
        RecordField.CLEANED_BY: W("清洁人", "Cleaned by"),
        RecordField.DISINFECTED: W("已消毒", "Disinfected"),
        RecordField.DISINFECTION_WHAT: W("消毒对象", "Disinfected what"),
        RecordField.DISINFECTION_AGENT: W("消毒方式或消毒剂", "Disinfectant"),
        RecordField.DISINFECTED_BY: W("消毒人", "Disinfected by"),
        RecordField.OPEN_DAYS: W("消毒间隔（开放日）", "Disinfection every (open days)"),
        RecordField.EFFECTIVE_FROM: W("起用日期", "In force from"),
        RecordField.SLOTS: W("开放时段", "Opening hours"),
        RecordField.WEEKDAY: W("星期", "Weekday"),
        RecordField.START_TIME: W("开始时间", "From"),
        RecordField.END_TIME: W("结束时间", "To"),
        RecordField.DATES: W("日期", "Dates"),
        RecordField.CLOSED: W("闭室日期", "Closed dates"),
        RecordField.COPIED_FROM: W("复制自", "Copied from"),
        RecordField.DAYS: W("每周开放时段", "Weekly hours"),
        RecordField.SHORT_DAY_CONFIRMED: W("已确认当天开放不足3小时", "Short day confirmed"),
        RecordField.TITLE: W("名称", "Title"),
        RecordField.TOPIC: W("主题", "Topic"),
        RecordField.SPEAKER: W("主讲人", "Speaker"),
        RecordField.ORGANISATION: W("主办单位", "Organiser"),
        RecordField.BY_PARTNER_HOSPITAL: W("合作医院举办", "By the partner hospital"),
        RecordField.EXPERTS: W("专家", "Experts"),
        RecordField.VISIT_PURPOSES: W("合作医院到访内容", "Partner-hospital purposes"),
        RecordField.PURPOSES: W("内容", "Purposes"),
        RecordField.PLACE: W("地点", "Place"),
        RecordField.TARGET_ALL: W("面向全体职工", "For all staff"),
        RecordField.DEPARTMENT_IDS: W("参加部门", "Departments"),
        RecordField.STARTS_AT: W("开始时间", "Starts"),
        RecordField.ENDS_AT: W("结束时间", "Ends"),
        RecordField.PLAN_ITEM_ID: W("年度计划事项", "Plan item"),
        RecordField.NOTES: W("备注", "Notes"),
        RecordField.ACTIVITY_ID: W("活动", "Activity"),
        RecordField.STAFF_ID: W("职工", "Staff member"),
        RecordField.GUEST_NAME: W("来宾", "Guest"),
        RecordField.METHOD: W("签到方式", "Sign-in by"),
        RecordField.ISSUED_ON: W("发布日期", "Issued on"),
        RecordField.CHANNEL: W("渠道", "Channel"),
        RecordField.REACHED_COUNT: W("通知到人数", "Staff reached"),
        RecordField.REACHED_STAFF: W("通知到人数（名单）", "Staff reached (list)"),
        RecordField.YEAR: W("年度", "Year"),
        RecordField.QUARTER: W("季度", "Quarter"),
        RecordField.VISITED_ON: W("到访日期", "Visit date"),
        RecordField.HOSPITAL: W("医院", "Hospital"),
        RecordField.INSPECTED_ON: W("巡检日期", "Inspection date"),
        RecordField.BODY: W("检查单位", "Inspected by"),
        RecordField.INSPECTORS: W("巡检人员", "Inspectors"),
        RecordField.FINDINGS: W("检查意见", "Findings"),
        RecordField.SCORE: W("评分", "Score"),
        RecordField.ITEMS: W("整改事项", "Rectification items"),
        RecordField.DESCRIPTION: W("整改内容", "What to put right"),
        RecordField.RESPONSIBLE: W("责任人", "Responsible"),
        RecordField.DEADLINE: W("整改期限", "Deadline"),
        RecordField.DONE_ON: W("完成日期", "Done on"),
        RecordField.DONE_NOTE: W("整改情况", "What was done"),
        RecordField.COUNTY_REF: W("县级记录编号", "County record no."),
        RecordField.FILE: W("文件", "File"),
        RecordField.FILES: W("文件", "Files"),
        RecordField.SHA256: W("校验值", "Checksum"),
        RecordField.SHEET: W("工作表", "Sheet"),
        RecordField.COLUMNS: W("列映射", "Columns"),
        RecordField.ROWS: W("行数", "Rows"),
        RecordField.NEW: W("新增", "New"),
        RecordField.UPDATED: W("更新", "Updated"),
        RecordField.UNCHANGED: W("未变", "Unchanged"),
        RecordField.WARNINGS: W("提示", "Warnings"),
        RecordField.NEW_DEPARTMENTS: W("新部门", "New departments"),
        RecordField.NEW_GUESTS: W("来宾", "Guests"),
        RecordField.PERIOD: W("期间", "Period"),
        RecordField.SEQUENCE: W("报送序号", "Package no."),
        RecordField.CREATED_AT: W("生成时间", "Created at"),
        RecordField.ADDED: W("新增巡检", "Inspections added"),
        RecordField.REMOVED: W("已删除", "Removed"),
        RecordField.ITEMS_ADDED: W("新增整改事项", "Rectification items added"),
        RecordField.ITEMS_CLOSED: W("县级确认完成的整改事项", "Items the county found done"),
        RecordField.ITEMS_REMOVED: W("删除的整改事项", "Rectification items removed"),
        RecordField.TRUSTED: W("信任的县级签名密钥（指纹）", "County keys trusted (fingerprints)"),
        RecordField.RETIRED_ON: W("停用日期", "Retired on"),
        RecordField.DEIDENTIFIED: W("已去标识", "De-identified"),
        RecordField.APPROVED_BY: W("批准人", "Approved by"),
        RecordField.REPORT: W("报表", "Report"),
        RecordField.NAMES: W("列出姓名", "Names listed"),
        RecordField.ENCRYPTED: W("已加密", "Encrypted"),
        RecordField.LAST_CHANGE: W("最后修改", "Last change"),
        RecordField.SAFETY_BACKUP: W("恢复前的安全备份", "Safety copy before restoring"),
        RecordField.DATE_FROM: W("起始日期", "From"),
        RecordField.DATE_TO: W("截止日期", "To"),
        RecordField.LINES: W("行数", "Lines"),
        RecordField.ID: W("编号", "No."),
        RecordField.STOCK: W("库存", "Stock"),
        RecordField.STAFF_CODE: W("人员代码", "Person code"),
        RecordField.BIRTH_YEAR: W("出生年份", "Birth year"),
        RecordField.VISITOR: W("非名册来访", "Visitor"),
        RecordField.GUEST: W("来宾", "Guest"),
        RecordField.SIGNED_AT: W("签到时间", "Signed in at"),
        RecordField.ACTIVE_STAFF: W("在册人数", "Staff on the roster"),
        RecordField.WITH_FILE: W("已建健康档案", "With a health file"),
        RecordField.COMPLETE: W("档案完整", "File complete"),
        RecordField.UPDATED_12_MONTHS: W("12个月内更新", "Updated in 12 months"),
        RecordField.BLOOD_PRESSURE_HIGH: W("血压偏高", "Blood pressure high"),
        RecordField.GLUCOSE_HIGH: W("血糖偏高", "Glucose high"),
        RecordField.INSPECTION_ID: W("巡检编号", "Inspection no."),
        RecordField.DATE: W("日期", "Date"),
        RecordField.RECTIFICATION: W("整改事项", "Rectification item"),
        RecordField.KEY: W("指标", "Indicator"),
        RecordField.NUMERATOR: W("分子", "Numerator"),
        RecordField.DENOMINATOR: W("分母", "Denominator"),
        RecordField.TARGET: W("目标", "Target"),
        RecordField.MET: W("是否达标", "Met"),
        RecordField.IN_PROGRESS: W("期间未结束", "Period not over"),
        RecordField.START: W("开始", "From"),
        RecordField.END: W("结束", "To"),
        RecordField.FIELD: W("项目", "Item"),
    },
)


# A field that means something else in one kind of record: (record, field) -> words.
IN_RECORD: dict[tuple[str, str], Wording] = {
    ("room_day_log", "opened_at"): W("开门时间", "Opened at"),
    ("room_day_log", "closed_at"): W("关门时间", "Closed at"),
    ("device", "readings"): W("检测项目", "Reading types"),
    ("equipment", "name"): W("名称", "Name"),
    ("consumables", "name"): W("名称", "Name"),
    ("visits", "visit_id"): W("登记编号", "Visit no."),
    ("activities", "activity_id"): W("活动编号", "Activity no."),
    ("attendance", "activity_id"): W("活动编号", "Activity no."),
    ("equipment", "readings"): W("检测项目", "Reading types"),
}


def field_word(name: str, language: Language, record: str = "") -> str:
    """The words of a field given by its stored name (in `record`, where it differs there);
    a name without words says so in words."""
    if (record, name) in IN_RECORD:
        return IN_RECORD[(record, name)].in_(language)
    if name in RecordField.__members__.values():
        return word(RecordField(name), language)
    return OTHER_FIELD.in_(language)
