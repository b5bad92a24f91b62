"""The printouts: each one spec with its key, words, period, outputs and where it is offered.

The Reports page lists the specs with `on_reports_page`; `healthroom report KIND` lists the
ones with a `command` (its module `app/cli/report_<name>.py` adds the options). The writers
live with the reports (app/reports); the page finds a spec's writer by its key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = ["REPORTS", "PeriodChoice", "ReportKey", "ReportSpec", "report"]


class ReportKey(StrEnum):
    WALL_SCHEDULE = "wall_schedule"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"
    EQUIPMENT = "equipment"
    ASSET_LABELS = "asset_labels"
    USAGE_REGISTER = "usage_register"
    STOCK_SHEET = "stock_sheet"
    CLEANING_LOG = "cleaning_log"
    PLAN = "plan"
    OUTREACH = "outreach"
    SIGN_IN_SHEET = "sign_in_sheet"
    PERSONAL_RECORD = "personal_record"


class PeriodChoice(StrEnum):
    NONE = "none"  # e.g. the wall schedule, the equipment ledger
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # from a date to a date, e.g. the usage register


@dataclass(frozen=True)
class ReportSpec:
    key: ReportKey
    title: Wording
    audience: Wording
    contents: Wording  # what is on it, in a few words
    period: PeriodChoice
    file_name: str  # the suggested file name, without extension ({period} is replaced)
    command: str = ""  # as in `healthroom report COMMAND`; empty: not on the command line
    xlsx: bool = False  # also writes a workbook
    sections: tuple[tuple[str, Wording], ...] = ()  # editable text sections, in print order
    names_option: bool = False  # may list people by name
    on_reports_page: bool = True

    @property
    def cli_module(self) -> str:
        return f"app.cli.report_{self.command.replace('-', '_')}" if self.command else ""

    @property
    def cli_help(self) -> str:
        """One line for `healthroom report --help`: the English title, the Chinese in brackets."""
        return f"{self.title.en} ({self.title.zh})"


K = ReportKey
_CHAIR_COUNTY = Wording("工会主席、市县工会", "Union chair, county union")

REPORTS: dict[ReportKey, ReportSpec] = {
    spec.key: spec
    for spec in (
        ReportSpec(
            K.WALL_SCHEDULE,
            Wording("开放时间表（张贴用）", "Open-hours wall schedule"),
            Wording("生活室门口张贴", "The room's door"),
            Wording(
                "每周开放时间、近期闭馆安排、联系人电话、使用须知",
                "The weekly open hours, coming closures, who to call, the house rules",
            ),
            PeriodChoice.NONE,
            "开放时间表",
            command="wall-schedule",
        ),
        ReportSpec(
            K.MONTHLY,
            Wording("月报", "Monthly report"),
            Wording("工会主席", "Union chair"),
            Wording(
                "本月指标、使用情况、活动、设备和下月计划",
                "The month's indicators, use, activities, equipment and next month's plan",
            ),
            PeriodChoice.MONTH,
            "月报_{period}",
            command="monthly",
            sections=(
                ("problems", Wording("存在问题", "Problems")),
                ("next_plan", Wording("下月工作计划", "Plan for next month")),
            ),
        ),
        ReportSpec(
            K.QUARTERLY,
            Wording("季度参与报告", "Quarterly participation report"),
            _CHAIR_COUNTY,
            Wording(
                "全部指标与目标对比，分部门统计，附趋势图",
                "All indicators against the targets, by department, with the trend",
            ),
            PeriodChoice.QUARTER,
            "季度参与报告_{period}",
            command="quarterly",
            xlsx=True,
            sections=(("conclusions", Wording("结论与建议", "Conclusions")),),
            names_option=True,
        ),
        ReportSpec(
            K.ANNUAL,
            Wording("年度总结", "Annual summary"),
            _CHAIR_COUNTY,
            Wording(
                "全年指标（逐季度）和明年计划",
                "The year's indicators, quarter by quarter, and the plan",
            ),
            PeriodChoice.YEAR,
            "年度总结_{period}",
            command="annual",
            xlsx=True,
            sections=(
                ("summary", Wording("年度工作总结", "Summary of the year")),
                ("next_plan", Wording("下年度工作计划", "Plan for next year")),
            ),
        ),
        ReportSpec(
            K.EQUIPMENT,
            Wording("设备台账", "Equipment ledger"),
            Wording("工会资产管理、检查", "Union assets, inspectors"),
            Wording(
                "每台设备的状态、维护校准日期和履历",
                "Every device with its state, upkeep dates and history",
            ),
            PeriodChoice.NONE,
            "设备台账",
            command="equipment",
            xlsx=True,
        ),
        ReportSpec(
            K.ASSET_LABELS,
            Wording("设备资产标签", "Asset labels"),
            Wording("贴在设备上", "On the devices"),
            Wording("A4 标签纸上的二维码资产标签", "QR asset labels for A4 label paper"),
            PeriodChoice.NONE,
            "设备资产标签",
            command="asset-labels",
            on_reports_page=False,  # printed from the equipment page, where devices are chosen
        ),
        ReportSpec(
            K.USAGE_REGISTER,
            Wording("使用登记表", "Usage register"),
            Wording("健康管理员、检查", "Health administrator, inspectors"),
            Wording(
                "一段时间的使用登记，或停电时手工填写的空白表",
                "The register for a date range, or blank forms for an outage",
            ),
            PeriodChoice.RANGE,
            "使用登记表",
            command="usage-register",
            xlsx=True,
            on_reports_page=False,  # printed from the usage page, with its filters
        ),
        # Printed from their pages (equipment, activities); here for the command line.
        ReportSpec(
            K.STOCK_SHEET,
            Wording("日常消耗品库存表", "Consumables stock sheet"),
            Wording("健康管理员、合作医院", "Health administrator, partner hospital"),
            Wording(
                "每种消耗品的库存、本季度收发、批号与效期",
                "Each item's stock, the quarter's receipts and uses, lots and expiry",
            ),
            PeriodChoice.NONE,
            "日常消耗品库存表",
            command="stock-sheet",
            on_reports_page=False,
        ),
        ReportSpec(
            K.CLEANING_LOG,
            Wording("清洁消毒登记表", "Cleaning and disinfection log"),
            Wording("健康管理员、巡检", "Health administrator, inspectors"),
            Wording(
                "每天的开关门、清洁和消毒；或空白表供手写",
                "Each day's opening, cleaning and disinfection; or blank, to fill in by hand",
            ),
            PeriodChoice.MONTH,
            "清洁消毒登记表_{period}",
            command="cleaning-log",
            on_reports_page=False,
        ),
        ReportSpec(
            K.PLAN,
            Wording("年度健康促进计划", "Annual health promotion plan"),
            _CHAIR_COUNTY,
            Wording(
                "全年按季度安排的活动，可附实际完成情况",
                "The year's activities by quarter, with what was held if asked",
            ),
            PeriodChoice.YEAR,
            "年度健康促进计划_{period}",
            command="plan",
            on_reports_page=False,
        ),
        ReportSpec(
            K.OUTREACH,
            Wording("未参加讲座人员名单", "Outreach list"),
            Wording("各部门负责人", "Department heads"),
            Wording(
                "全年未参加任何健康讲座的在册职工，按部门",
                "Staff on the roster who came to none of the year's lectures, by department",
            ),
            PeriodChoice.YEAR,
            "未参加讲座人员_{period}",
            command="outreach",
            xlsx=True,
            on_reports_page=False,
        ),
        ReportSpec(
            K.SIGN_IN_SHEET,
            Wording("活动签到表", "Sign-in sheet"),
            Wording("活动现场", "At the activity"),
            Wording(
                "一次活动的目标人群名单，签名或扫码签到",
                "An activity's invited staff, to sign or scan in",
            ),
            PeriodChoice.NONE,
            "签到表",
            command="sign-in-sheet",
            on_reports_page=False,
        ),
        ReportSpec(
            K.PERSONAL_RECORD,
            Wording("个人健康记录", "Personal health record"),
            Wording("本人、就诊医生", "The person, their doctor"),
            Wording(
                "一人的档案与体检结果、趋势图、每次检测及分级、随访和危急值处置；"
                "仅工会主席或健康管理员可打印，记入审计日志",
                "One person's file and check-up, trends, every reading with its grade, "
                "follow-ups and urgent values; chair or administrator only, audited",
            ),
            PeriodChoice.NONE,
            "个人健康记录",
            command="personal-record",
            on_reports_page=False,  # printed from the person's history or health file
        ),
    )
}

declare(ReportKey, {key: spec.title for key, spec in REPORTS.items()})
declare(
    PeriodChoice,
    {
        PeriodChoice.NONE: Wording("不需要期间", "no period"),
        PeriodChoice.MONTH: Wording("月", "month"),
        PeriodChoice.QUARTER: Wording("季度", "quarter"),
        PeriodChoice.YEAR: Wording("年", "year"),
        PeriodChoice.RANGE: Wording("日期范围", "date range"),
    },
)


def report(key: ReportKey | str) -> ReportSpec:
    return REPORTS[ReportKey(key)]
