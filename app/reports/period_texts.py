"""The wording of the monthly report, the quarterly participation report and the annual summary.

{key: (中文, English)}; the codes the services return (activity kinds, device events, reading
types, flags, follow-up ways) are said with the catalogue's words (`ReportWords.code`).
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.codes import Role, StockMovementKind
from app.catalogue.fields import RecordField
from app.catalogue.reports import ReportKey
from app.reports.indicator_texts import CATALOGUE as INDICATOR_WORDS
from app.reports.language import ReportLanguage, Words, said

TEXTS: dict[str, tuple[str, str]] = {
    # titles
    "monthly.title": ("职工健康生活室月报", "Staff health room monthly report"),
    "quarterly.title": (
        "职工健康生活室季度参与报告",
        "Staff health room quarterly participation report",
    ),
    "annual.title": ("职工健康生活室年度工作总结", "Staff health room annual summary"),
    "monthly.short": said(ReportKey.MONTHLY),
    "quarterly.short": said(ReportKey.QUARTERLY),
    "annual.short": said(ReportKey.ANNUAL),
    "subtitle": ("{period}（{first} 至 {last}）", "{period} ({first} – {last})"),
    "in_progress_note": (
        "本期尚未结束，数据截至 {date}。",
        "The period has not ended; figures as of {date}.",
    ),
    # section headings
    "h.profile": ("基本情况", "The room"),
    "h.open": ("开放情况", "Open days and hours"),
    "h.indicators": ("指标完成情况", "Indicators against the targets"),
    "h.usage": ("使用情况", "Use of the room"),
    "h.readings": ("健康检测汇总", "Readings"),
    "h.activities": ("健康活动", "Health activities"),
    "h.equipment": ("设备设施", "Equipment"),
    "h.stock": ("日常消耗品", "Consumables"),
    "h.follow_ups": ("异常随访", "Follow-ups"),
    "h.hospital": ("合作医院到访与巡检", "Partner hospital and inspections"),
    "h.problems": ("存在问题", "Problems"),
    "h.next_plan": ("下月工作计划", "Plan for next month"),
    "h.participation": (
        "活动参与情况（目标：每场讲座参与率 ≥ {target}）",
        "Participation in each activity (target: ≥ {target} per lecture)",
    ),
    "h.departments": ("各部门参与率与使用率", "Participation and usage by department"),
    "h.usage_rate": ("使用率（目标 ≥ {target}）", "Usage rate (target ≥ {target})"),
    "h.trend": ("近期趋势", "Trend over recent quarters"),
    "h.lectures_ytd": (
        "年度讲座完成情况（目标：每年不少于 {target} 次）",
        "Lectures this year (target: at least {target} a year)",
    ),
    "h.hospital_visits": ("合作医院到访", "Partner-hospital visits"),
    "h.non_participants": ("未参与人员", "Staff who took part in nothing"),
    "h.conclusions": ("结论与建议", "Conclusions"),
    "h.year_indicators": ("年度指标完成情况", "Indicators of the year"),
    "h.quarters": ("分季度情况", "Quarter by quarter"),
    "h.months": ("分月使用情况", "Visits by month"),
    "h.summary": ("年度工作总结", "Summary of the year"),
    "h.next_year": ("下年度工作计划", "Plan for next year"),
    # profile
    "p.site": said(RecordField.SITE_NAME),
    "p.room": ("生活室", "Room"),
    "p.area": ("面积", "Area"),
    "p.area_value": ("{area} 平方米", "{area} m²"),
    "p.chair": ("第一责任人（工会主席）", "First responsible person (union chair)"),
    "p.admin": said(Role.ADMIN),
    "p.hospital": said(RecordField.HOSPITAL_NAME),
    "p.liaison": said(RecordField.LIAISON_NAME),
    "p.staff": ("在册职工（期末）", "Staff on the roster (period end)"),
    "p.staff_value": ("{n} 人", "{n}"),
    "p.none": ("未填写", "not entered"),
    # open days
    "open.compare": (
        "截至 {date} 应开放的 {days} 天中：按开放时间表不少于 3 小时的 {scheduled} 天（{srate}）；"
        "按房间日志实际开放不少于 3 小时的 {actual} 天（{arate}）。",
        "Of the {days} scheduled open day(s) up to {date}: {scheduled} had at least 3 h on "
        "the schedule ({srate}); on {actual} the day log shows the room open at least 3 h "
        "({arate}).",
    ),
    "open.short_heading": (
        "实际开放不足 3 小时或未记录开关门时间的日子",
        "Days open under 3 h by the log, or without both times logged",
    ),
    "open.not_logged": ("未记录", "not logged"),
    "col.weekday": ("星期", "Day"),
    **{
        f"weekday.{n}": (zh, en)
        for n, (zh, en) in enumerate(
            zip("一二三四五六日", ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True)
        )
    },
    "col.scheduled_hours": ("计划小时", "Scheduled h"),
    "col.opened": ("开门", "Opened"),
    "col.closed_at": ("关门", "Closed"),
    "col.actual_hours": ("实际小时", "Open h (log)"),
    "open.text": (
        "按开放时间表计划开放 {days} 天，共 {hours} 小时；其中开放不足 3 小时的 {short} 天；"
        "闭室 {closed} 天。日志记录开放 {logged} 天，清洁 {cleaned} 天，消毒 {disinfected} 天。",
        "Scheduled open on {days} day(s), {hours} h in all; {short} open day(s) under 3 h; "
        "closed on {closed} date(s). The day log records {logged} opening(s), {cleaned} "
        "cleaning(s) and {disinfected} disinfection(s).",
    ),
    # usage
    "usage.text": (
        "本期共 {visits} 人次使用健康生活室，其中在册职工 {staff_visits} 人次（{people} 人），"
        "非名册来访 {visitors} 人次；检测结果异常 {abnormal} 人次；补录纸质登记 {late} 人次。",
        "{visits} visit(s) in all: {staff_visits} by staff on the roster ({people} people) and "
        "{visitors} by visitors; {abnormal} with abnormal readings; {late} copied from paper.",
    ),
    "col.department": said(RecordField.DEPARTMENT),
    "col.active": ("在册人数", "On the roster"),
    "col.visits": ("使用人次", "Visits"),
    "col.visited": ("使用人数", "People"),
    "col.usage_rate": ("使用率", "Usage rate"),
    "col.lecture_rate": ("讲座参与率（人次）", "Lecture participation"),
    "col.participants": ("参加活动人数", "Took part"),
    "col.participation": ("活动参与率", "Participation"),
    "col.total": ("合计", "Total"),
    # readings
    "col.reading": said(RecordField.TYPE),
    "col.measured": ("检测次数", "Measured"),
    "col.abnormal": ("异常次数", "Abnormal"),
    "col.abnormal_share": ("异常比例", "Share"),
    "col.flags": ("分级", "By grade"),
    "readings.none": ("本期没有检测记录。", "No readings in this period."),
    # activities
    "col.date": said(RecordField.DATE),
    "col.kind": said(RecordField.KIND),
    "col.title": said(RecordField.TITLE),
    "col.target_group": ("目标人群", "Target group"),
    "col.attended": ("签到/应到", "Signed in / group"),
    "col.group": ("应到人数", "Target group on the roster"),
    "col.signed": ("签到人数", "Signed in"),
    "col.rate": ("参与率", "Rate"),
    "col.guests": ("来宾", "Guests"),
    "col.status": said(RecordField.STATUS),
    "col.result": said(RecordField.MET),
    "all_staff": ("全体职工", "All staff"),
    "activities.none": ("本期没有健康活动。", "No activities in this period."),
    # equipment
    "col.asset_no": said(RecordField.ASSET_NO),
    "col.device": said(RecordField.DEVICE_ID),
    "col.event": ("事项", "Event"),
    "col.note": ("说明", "Note"),
    "equipment.none": ("本期没有设备事项。", "No equipment events in this period."),
    "equipment.summary": (
        "本期设备事项 {events} 项：保养维护 {maintenance} 次，检定校准 {calibration} 次，"
        "消毒 {disinfection} 次，维修 {repairs} 次，损坏/遗失 {losses} 次，"
        "同型号补齐 {replaced} 次。",
        "{events} equipment event(s): {maintenance} maintenance, {calibration} calibration, "
        "{disinfection} disinfection, {repairs} repair(s), {losses} damaged/lost, {replaced} "
        "replaced with the same model.",
    ),
    # stock
    "col.item": ("物品", "Item"),
    "col.unit": said(RecordField.UNIT),
    "col.received": ("补充", "Received"),
    "col.used": ("使用", "Used"),
    "col.discarded": said(StockMovementKind.DISCARDED),
    "col.stock_end": ("期末库存", "Stock at end"),
    "col.min_stock": ("最低库存", "Minimum"),
    # follow-ups
    "follow_ups.text": (
        "本期随访 {done} 次（{people} 人）：{ways}。期末仍有 {open} 人的随访已到期未完成。",
        "{done} follow-up(s) of {people} people: {ways}. At the period's end {open} "
        "follow-up(s) were due and not done.",
    ),
    "follow_ups.none": ("无", "none"),
    "h.urgent": ("危急值处置", "Urgent values"),
    "urgent.text": (
        "本期出现危急值 {opened} 例（{types}），已记录处置 {closed} 例（{actions}），"
        "尚未处置 {open} 例。",
        "{opened} visit(s) with an urgent value this period ({types}); the action was recorded "
        "for {closed} ({actions}); {open} still open.",
    ),
    "urgent.none": ("本期未出现危急值。", "No urgent values in this period."),
    # hospital, inspections
    "col.experts": said(RecordField.EXPERTS),
    "col.purposes": ("内容", "Purpose"),
    "col.inspectors": said(RecordField.INSPECTORS),
    "col.score": said(RecordField.SCORE),
    "col.findings": said(RecordField.FINDINGS),
    "col.body": said(RecordField.BODY),
    "col.rectification": said(RecordField.RECTIFICATION),
    "col.responsible": said(RecordField.RESPONSIBLE),
    "col.deadline": said(RecordField.DEADLINE),
    "col.closed": ("完成情况", "Closed"),
    "rectification.done": ("{date} 完成：{note}", "done {date}: {note}"),
    "rectification.overdue": ("未完成，已逾期", "open, overdue"),
    "inspections.counted": (
        "市、县工会的巡检计入每年至少 2 次的巡检指标；合作医院的督导另行记录，不计入。",
        "County and city union inspections count toward the two a year; the partner "
        "hospital's supervision is recorded but not counted.",
    ),
    "hospital.none": ("本期合作医院未到访。", "The partner hospital did not visit in this period."),
    "inspections.none": ("本期没有巡检记录。", "No inspections in this period."),
    "inspections.heading": ("巡检", "Inspections"),
    # indicators table
    "col.indicator": said(RecordField.KEY),
    "col.value": ("完成值", "Value"),
    "col.fraction": ("分子/分母", "Of"),
    "col.target": said(RecordField.TARGET),
    "col.gap": ("差距", "Gap"),
    # quarterly
    "usage_rate.text": (
        "本季度在册职工 {active} 人，{visited} 人至少使用一次健康生活室，"
        "使用率 {rate}，{verdict}。",
        "Of {active} staff on the roster, {visited} used the room at least once: "
        "{rate}, {verdict}.",
    ),
    "verdict.met": ("达到目标", "target met"),
    "verdict.not_met": ("未达到目标，{gap}", "target not met: {gap}"),
    "verdict.na": ("不适用", "not applicable"),
    "trend.caption": (
        "使用率与讲座参与率（最低一场）；虚线为目标。",
        "Usage rate and lecture participation (lowest lecture); dashed: the targets.",
    ),
    "col.period": said(RecordField.PERIOD),
    "lectures_ytd.text": (
        "截至本季度末，本年度已举办健康讲座 {count} 场，全年目标 {target} 场，{verdict}。",
        "By the end of the quarter {count} lecture(s) were held this year, against {target} "
        "for the year: {verdict}.",
    ),
    "lectures_ytd.ahead": ("已完成全年目标", "the year's target is reached"),
    "lectures_ytd.on_track": ("进度正常", "on track"),
    "lectures_ytd.behind": ("进度落后，{gap}", "behind: {gap}"),
    "non_participants.text": (
        "本季度末在册职工中有 {count} 人未参加本季度任何健康活动。",
        "{count} staff on the roster at the quarter's end took part in no activity this quarter.",
    ),
    "non_participants.hint": (
        "（选择“列出姓名”可打印名单。）",
        "(Choose to list the names to print them.)",
    ),
    "col.employee_no": said(RecordField.EMPLOYEE_NO),
    "col.name": said(RecordField.NAME),
    "col.count": ("人数", "People"),
    # annual
    "col.month": ("月份", "Month"),
    "months.caption": ("每月使用人次与人数", "Visits and people each month"),
    "series.visits": ("人次", "Visits"),
    "series.people": ("人数", "People"),
    "series.usage": ("使用率", "Usage rate"),
    "series.participation": ("讲座参与率", "Lecture participation"),
    # signatures
    "sign.admin": ("健康管理员（签字）：", "Health administrator:"),
    "sign.chair": ("工会主席（签字）：", "Union chair:"),
    "sign.date": ("日期：", "Date:"),
    "blank_hint": ("（请手写填写）", "(to be filled in by hand)"),
    # drafts
    "draft.met_all": (
        "本期各项指标均达到目标。",
        "Every indicator met its target in this period.",
    ),
    "draft.met": ("达到目标的指标：{names}。", "Met: {names}."),
    "draft.not_met": (
        "{name}为 {value}，目标 {target}，{gap}。",
        "{name} was {value} against {target}: {gap}.",
    ),
    "draft.not_met_plain": (
        "{name}为 {value}，目标 {target}，未达标。",
        "{name} was {value} against {target}: not met.",
    ),
    "draft.still_open": (
        "{name}目前为 {value}，本期尚未结束（目标 {target}）。",
        "{name} is {value} so far; the period is still running (target {target}).",
    ),
    "draft.departments_low": (
        "使用率较低的部门：{names}，建议重点动员。",
        "Departments with the lowest usage: {names}; invite them first.",
    ),
    "draft.non_participants": (
        "本期有 {count} 名职工未参加任何健康活动，建议下期通过班组长逐一通知。",
        "{count} staff took part in no activity; reach them through their team leaders next time.",
    ),
    "draft.plan_activity": ("{date} {title}", "{date} {title}"),
    "draft.plan_intro": ("已安排的活动：", "Activities arranged:"),
    "draft.plan_fix": ("整改：{items}。", "To fix: {items}."),
    "draft.plan_none": (
        "按年度健康促进计划组织健康讲座和义诊咨询，保持每日开放不少于3小时。",
        "Hold lectures and clinics as the annual health promotion plan says; keep the room open "
        "at least 3 h a day.",
    ),
    "sep": ("；", "; "),
    "list_sep": ("、", ", "),
}

CATALOGUE: dict[str, tuple[str, str]] = {
    **INDICATOR_WORDS,
    **TEXTS,
}


class ReportWords(Words):
    """The period reports' texts; codes in words through the catalogue (`code`, `codes`)."""

    def __init__(self, language: ReportLanguage = ReportLanguage.ZH) -> None:
        super().__init__(CATALOGUE, language)

    def codes(self, kind: type[StrEnum], stored: str) -> str:
        """A comma-separated list of `kind`'s codes (as stored) in words."""
        return self("list_sep").join(self.code(kind(c)) for c in stored.split(",") if c)
