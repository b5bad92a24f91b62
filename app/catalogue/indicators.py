"""The indicators of the founding rules (DESIGN §2): each one spec with its key, default
target, period rule and words. Adding an indicator starts here (docs/ARCHITECTURE.md).

The key is stable: it is used in code, in the settings (edited targets), in `--json` output
and in the county packages. The maths of each indicator lives in the services
(app/services/indicator_*.py); the window, the reports and the command line read its words
from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = [
    "INDICATORS",
    "IndicatorKey",
    "IndicatorSpec",
    "Scope",
    "TargetKind",
    "TargetPer",
    "indicator",
]


class IndicatorKey(StrEnum):
    OPEN_HOURS_DAILY = "open_hours_daily"
    OPEN_HOURS_ACTUAL = "open_hours_actual"
    LECTURES_COUNT = "lectures_count"
    LECTURE_PARTICIPATION = "lecture_participation"
    HEALTH_FILE_COMPLETENESS = "health_file_completeness"
    HEALTH_DATA_UPDATED = "health_data_updated"
    USAGE_RATE = "usage_rate"
    NOTICE_COVERAGE = "notice_coverage"
    EQUIPMENT_INTACT_RATE = "equipment_intact_rate"
    HOSPITAL_VISITS = "hospital_visits"
    CONSUMABLES_REPLENISHED = "consumables_replenished"
    INSPECTIONS = "inspections"


class Scope(StrEnum):
    """What a figure covers, said beside it: a count with a yearly target shown for a quarter
    is the year so far, not the quarter; a year of quarterly counts is its weakest quarter."""

    PERIOD = "period"  # the period itself
    YEAR_TO_DATE = "year_to_date"  # 1 January to the period's last day (yearly targets)
    QUARTER_TO_DATE = "quarter_to_date"  # the quarter up to the month's end (quarterly targets)
    WEAKEST_QUARTER = "weakest_quarter"  # a year of quarterly targets: its lowest quarter


class TargetKind(StrEnum):
    RATE = "rate"  # a share, met when value >= target (0..1)
    COUNT = "count"  # a count per year or per quarter, met when value >= target


class TargetPer(StrEnum):
    """What a count's target is per: a year (judged pro rata before it ends) or a quarter."""

    YEAR = "year"
    QUARTER = "quarter"


@dataclass(frozen=True)
class IndicatorSpec:
    key: IndicatorKey
    name: Wording
    short: Wording  # a column heading where many indicators stand side by side
    definition: Wording
    kind: TargetKind
    target: float  # the founding rules' default; each site may edit it
    list_title: Wording  # what the list behind the figure shows
    gap: Wording  # how far from the target, with {n}
    per: TargetPer | None = None  # counts only
    # Counts: the Chinese measure word after the number (4 场); English writes the bare number.
    measure_word: str = ""
    gap_quarters: Wording | None = None  # a year judged quarter by quarter: its weak quarters
    by_quarter: bool = True  # the annual summary shows it quarter by quarter


K = IndicatorKey

INDICATORS: dict[IndicatorKey, IndicatorSpec] = {
    spec.key: spec
    for spec in (
        IndicatorSpec(
            K.OPEN_HOURS_DAILY,
            Wording("每日开放不少于3小时", "Open ≥ 3 h on every open day"),
            Wording("开放≥3小时", "Open ≥ 3 h"),
            Wording(
                "按开放时间表开放的日子中，开放时长不少于3小时的比例。",
                "Share of the scheduled open days whose scheduled hours are at least 3 h.",
            ),
            TargetKind.RATE,
            1.0,
            Wording("开放不足3小时的日子", "Open days under 3 h"),
            Wording("{n} 个开放日不足 3 小时", "{n} open day(s) under 3 h"),
        ),
        IndicatorSpec(
            K.OPEN_HOURS_ACTUAL,
            Wording("实际开放不少于3小时", "Actually open ≥ 3 h"),
            Wording("实际开放≥3小时", "Open ≥ 3 h (log)"),
            Wording(
                "按开放时间表应开放的日子中，房间日志记录的开门到关门不少于3小时的比例；"
                "没有记录开关门时间的开放日算作不足。只判断已经过去的日子。",
                "Share of the scheduled open days whose day log shows the room open (opened to "
                "closed) for at least 3 h; an open day without both times logged counts as "
                "short. Only days already past are judged.",
            ),
            TargetKind.RATE,
            1.0,
            Wording("实际开放不足3小时或未记录的日子", "Open days under 3 h or not logged"),
            Wording("{n} 个开放日实际开放不足 3 小时", "{n} open day(s) actually under 3 h"),
        ),
        IndicatorSpec(
            K.LECTURES_COUNT,
            Wording("健康讲座场次（年度累计）", "Health lectures held (year to date)"),
            Wording("讲座次数", "Lectures"),
            Wording(
                "从1月1日到本期末举办的健康讲座场次；每年不少于4次，年内按进度折算判断。",
                "Health lectures held from 1 January to the end of the period; at least 4 a "
                "year, judged pro rata before the year ends.",
            ),
            TargetKind.COUNT,
            4,
            Wording("已举办的讲座", "Lectures held"),
            Wording("还需举办 {n} 场讲座", "{n} more lecture(s) needed"),
            per=TargetPer.YEAR,
            measure_word="场",
            by_quarter=False,  # a year's count
        ),
        IndicatorSpec(
            K.LECTURE_PARTICIPATION,
            Wording("讲座参与率（最低一场）", "Lecture participation (lowest)"),
            Wording("讲座参与率", "Lecture part."),
            Wording(
                "每场讲座：目标人群中签到的职工 ÷ 当天在册的目标人群职工；指标取最低的一场。"
                "来宾不计入。",
                "For each lecture: staff of its target group who signed in ÷ staff of the "
                "group on the roster that day; the figure is the lowest lecture. Guests do not "
                "count.",
            ),
            TargetKind.RATE,
            0.60,
            Wording(
                "每场讲座的参与率（双击讲座查看未参加人员）",
                "Each lecture's participation (double-click a lecture: who did not come)",
            ),
            Wording("还需 {n} 人参加讲座", "{n} more attendee(s) needed"),
        ),
        IndicatorSpec(
            K.HEALTH_FILE_COMPLETENESS,
            Wording("健康档案建档完成度", "Health file completeness"),
            Wording("建档完成度", "Files complete"),
            Wording(
                "健康档案各必填项齐全的在册职工 ÷ 在册职工。",
                "Staff on the roster whose health file has every required field ÷ staff on "
                "the roster.",
            ),
            TargetKind.RATE,
            0.90,
            Wording("不完整的健康档案", "Incomplete health files"),
            Wording("还需完善 {n} 份健康档案", "{n} more complete health file(s) needed"),
            by_quarter=False,  # the files as they stand
        ),
        IndicatorSpec(
            K.HEALTH_DATA_UPDATED,
            Wording("健康数据年度更新率", "Health data updated in 12 months"),
            Wording("数据更新", "Data updated"),
            Wording(
                "近12个月内更新过健康数据的在册职工 ÷ 在册职工。",
                "Staff on the roster whose health data was updated in the last 12 months ÷ "
                "staff on the roster.",
            ),
            TargetKind.RATE,
            1.0,
            Wording(
                "近12个月没有健康数据的职工", "Staff without health data in the last 12 months"
            ),
            Wording("还需为 {n} 人更新健康数据", "health data of {n} more people to update"),
            by_quarter=False,  # a rolling 12 months
        ),
        IndicatorSpec(
            K.USAGE_RATE,
            Wording("健康生活室使用率", "Usage rate"),
            Wording("使用率", "Usage rate"),
            Wording(
                "本期至少有一次使用登记的在册职工 ÷ 在册职工。非名册来访人员不计入。",
                "Staff on the roster with at least one recorded visit in the period ÷ staff on "
                "the roster. Visitors do not count.",
            ),
            TargetKind.RATE,
            0.80,
            Wording("本期未使用健康生活室的职工", "Staff who have not come in this period"),
            Wording("还需 {n} 人使用健康生活室", "{n} more staff need to use the room"),
        ),
        IndicatorSpec(
            K.NOTICE_COVERAGE,
            Wording("活动通知普及率（最低一次）", "Notice coverage (lowest)"),
            Wording("普及率", "Notices"),
            Wording(
                "每次通知：通知到的职工 ÷ 当天在册职工；指标取最低的一次。",
                "For each notice: staff reached ÷ staff on the roster that day; the figure is "
                "the lowest notice.",
            ),
            TargetKind.RATE,
            0.95,
            Wording("每次通知的普及率", "Each notice's coverage"),
            Wording("还需通知到 {n} 人", "{n} more staff to reach"),
        ),
        IndicatorSpec(
            K.EQUIPMENT_INTACT_RATE,
            Wording("设备设施完好率", "Equipment intact rate"),
            Wording("设备完好", "Equipment"),
            Wording(
                "无损坏、遗失且不在维修中的登记设备 ÷ 登记设备总数。",
                "Registered devices that are not damaged, lost or under repair ÷ registered "
                "devices.",
            ),
            TargetKind.RATE,
            1.0,
            Wording("不完好的设备", "Devices not intact"),
            Wording("{n} 台设备损坏、遗失或维修中", "{n} device(s) damaged, lost or in repair"),
        ),
        IndicatorSpec(
            K.HOSPITAL_VISITS,
            Wording("合作医院到访（每季度）", "Partner-hospital visits per quarter"),
            Wording("医院到访", "Hospital visits"),
            Wording(
                "合作医院到访（讲座、采集信息、义诊、咨询）；每季度至少一次。年度显示最少的一个季度。",
                "Partner-hospital visits (lecture, data collection, free clinic, consultation); "
                "at least one every quarter. A year shows its weakest quarter.",
            ),
            TargetKind.COUNT,
            1,
            Wording("合作医院到访记录", "Partner-hospital visits"),
            Wording("还需合作医院到访 {n} 次", "{n} more partner-hospital visit(s) needed"),
            per=TargetPer.QUARTER,
            measure_word="次",
            gap_quarters=Wording(
                "{n} 个季度合作医院未到访", "{n} quarter(s) without a hospital visit"
            ),
        ),
        IndicatorSpec(
            K.CONSUMABLES_REPLENISHED,
            Wording("日常消耗品补充（每季度）", "Consumables replenished per quarter"),
            Wording("日常消耗品补充", "Consumables"),
            Wording(
                "日常消耗品补充入库的次数（按天计）；每季度至少一次。年度显示最少的一个季度。",
                "Days consumables were received; at least one every quarter. A year shows its "
                "weakest quarter.",
            ),
            TargetKind.COUNT,
            1,
            Wording("消耗品补充记录", "Replenishments"),
            Wording("还需补充消耗品 {n} 次", "{n} more replenishment(s) needed"),
            per=TargetPer.QUARTER,
            measure_word="次",
            gap_quarters=Wording(
                "{n} 个季度未补充消耗品", "{n} quarter(s) without a replenishment"
            ),
        ),
        IndicatorSpec(
            K.INSPECTIONS,
            Wording("市县工会巡检（年度累计）", "County inspections (year to date)"),
            Wording("巡检督查", "Inspections"),
            Wording(
                "从1月1日到本期末市县工会巡检次数；每年不少于2次，年内按进度折算判断。",
                "County or city union inspections from 1 January to the end of the period; at "
                "least 2 a year, judged pro rata before the year ends.",
            ),
            TargetKind.COUNT,
            2,
            Wording("巡检记录", "Inspections"),
            Wording("还需巡检 {n} 次", "{n} more inspection(s) needed"),
            per=TargetPer.YEAR,
            measure_word="次",
            by_quarter=False,  # a year's count
        ),
    )
}

declare(
    Scope,
    {
        Scope.PERIOD: Wording("本期", "this period"),
        Scope.YEAR_TO_DATE: Wording("年初至今", "year to date"),
        Scope.QUARTER_TO_DATE: Wording("本季度至今", "quarter to date"),
        Scope.WEAKEST_QUARTER: Wording("最少的一个季度", "weakest quarter"),
    },
)
declare(IndicatorKey, {key: spec.name for key, spec in INDICATORS.items()})
declare(
    TargetKind,
    {TargetKind.RATE: Wording("比例", "rate"), TargetKind.COUNT: Wording("次数", "count")},
)
# With a count's target: "每年不少于 4 场" in the guide, "4 a year" in the targets dialog.
declare(
    TargetPer,
    {TargetPer.YEAR: Wording("每年", "a year"), TargetPer.QUARTER: Wording("每季度", "a quarter")},
)


def indicator(key: IndicatorKey | str) -> IndicatorSpec:
    return INDICATORS[IndicatorKey(key)]
