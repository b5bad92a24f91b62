"""The printouts: each one spec with its key, words, period, outputs, options and renderer.

This is the one report registry. The Reports page lists every spec (the ones printed from
another page, where the things to print are chosen, lead there); `healthroom report COMMAND`
offers every spec, its options built from the spec (a report with options of its own adds
`app/cli/report_<command>.py`: `own_cli`); the other pages' print buttons print through it.
A spec's renderer is `app.reports.<module>`, with
`write_report(db, actor, request, progress) -> Path` and, for text sections, `draft_texts`.

A report reads one workspace: the site's register (every report above), or the county
workspace of many sites' packages (the county summary, printed from the county window and
`healthroom county report`; its renderer takes the workspace and the reviewer instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = [
    "REPORTS",
    "SITE_REPORTS",
    "PeriodChoice",
    "PrintedFrom",
    "ReportKey",
    "ReportOption",
    "ReportSpec",
    "ReportWorkspace",
    "report",
]


class ReportKey(StrEnum):
    WALL_SCHEDULE = "wall_schedule"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"
    CHECKUP_ANALYSIS = "checkup_analysis"
    EQUIPMENT = "equipment"
    ASSET_LABELS = "asset_labels"
    USAGE_REGISTER = "usage_register"
    STOCK_SHEET = "stock_sheet"
    CLEANING_LOG = "cleaning_log"
    PLAN = "plan"
    OUTREACH = "outreach"
    SIGN_IN_SHEET = "sign_in_sheet"
    PERSONAL_RECORD = "personal_record"
    COUNTY_SUMMARY = "county_summary"


class ReportWorkspace(StrEnum):
    """Where a report's data comes from, and so who prints it."""

    SITE = "site"  # the site's register: its users, by their role
    COUNTY = "county"  # the county workspace: its reviewers, by their county role


class PeriodChoice(StrEnum):
    NONE = "none"  # e.g. the wall schedule, the equipment ledger
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # from a date to a date, e.g. the usage register


@dataclass(frozen=True)
class ReportOption:
    """A switch of a report: a check box on the Reports page, `--NAME` on the command line."""

    name: str  # as in request.options and `--name-with-dashes`
    words: Wording


@dataclass(frozen=True)
class PrintedFrom:
    """A printout of things chosen on another page: that page (a key of the main window's
    pages) and where on it, as the Reports page says when it leads there."""

    page: str
    where: Wording


@dataclass(frozen=True)
class ReportSpec:
    key: ReportKey
    title: Wording
    audience: Wording
    contents: Wording  # what is on it, in a few words
    period: PeriodChoice
    file_name: str  # the suggested file name, without extension ({period} is replaced)
    command: str  # as in `healthroom report COMMAND`
    module: str  # the renderer: app.reports.<module>
    xlsx: bool = False  # also writes a workbook
    workbook_alone: bool = False  # or the workbook alone, when the file asked for is an .xlsx
    sections: tuple[tuple[str, Wording], ...] = ()  # editable text sections, in print order
    names_option: bool = False  # may list people by name
    options: tuple[ReportOption, ...] = ()
    printed_from: PrintedFrom | None = None  # None: printed from the Reports page
    permission: str = ""  # the action (app/domain/permissions) the command line asks of --user;
    # empty: no health data, printed as a technician when no --user is given
    own_cli: bool = False  # has app/cli/report_<command>.py for options beyond the spec's
    workspace: ReportWorkspace = ReportWorkspace.SITE  # COUNTY: `permission` is a county action
    # Its renderer also prints from rows read with SQL text (`write_report_in`): the command
    # line then reads a plain register without the ORM.
    reads_rows: bool = False

    @property
    def section_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _words in self.sections)

    @property
    def on_reports_page(self) -> bool:
        """Printed from the Reports page itself (the others are listed there and lead away)."""
        return self.printed_from is None and self.workspace is ReportWorkspace.SITE

    @property
    def cli_module(self) -> str:
        own = f"app.cli.report_{self.command.replace('-', '_')}"
        return own if self.own_cli else "app.cli.report_kind"  # configure_kind(parser, key)


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
            permission="read_open_hours",
            module="wall_schedule",
            own_cli=True,
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
            permission="print_reports",
            module="monthly_report",
            reads_rows=True,
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
            permission="print_reports",
            module="quarterly_report",
            reads_rows=True,
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
            permission="print_reports",
            module="annual_report",
            reads_rows=True,
            xlsx=True,
            sections=(
                ("summary", Wording("年度工作总结", "Summary of the year")),
                ("next_plan", Wording("下年度工作计划", "Plan for next year")),
            ),
        ),
        ReportSpec(
            K.CHECKUP_ANALYSIS,
            Wording("体检结果群体分析", "Check-up group analysis"),
            Wording("工会主席、合作医院、年度健康促进计划", "Union chair, partner hospital, plan"),
            Wording(
                "本年体检的血压、血糖、血脂、体重问题检出率与上年对比，按部门、年龄段、性别，"
                "及各项目异常人数；不含姓名",
                "The year's prevalence of high blood pressure, glucose, lipids and weight "
                "against last year, by department, age band and sex, and abnormal results per "
                "item; no names",
            ),
            PeriodChoice.YEAR,
            "体检结果群体分析_{period}",
            command="checkup-analysis",
            permission="read_health_data",
            module="checkup_analysis",
            xlsx=True,
            workbook_alone=True,
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
            permission="read_equipment",
            module="equipment_ledger",
            xlsx=True,
            workbook_alone=True,
        ),
        ReportSpec(
            K.ASSET_LABELS,
            Wording("设备资产标签", "Asset labels"),
            Wording("贴在设备上", "On the devices"),
            Wording("A4 标签纸上的二维码资产标签", "QR asset labels for A4 label paper"),
            PeriodChoice.NONE,
            "设备资产标签",
            command="asset-labels",
            module="asset_labels",
            own_cli=True,
            printed_from=PrintedFrom(
                "equipment",
                Wording(
                    "在“设备与消耗品”页选定设备后打印（打印资产标签…）",
                    "Printed on the Equipment & consumables page, for the devices chosen there "
                    "(Print asset labels…)",
                ),
            ),
            permission="read_equipment",
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
            module="usage_register",
            own_cli=True,
            xlsx=True,
            printed_from=PrintedFrom(
                "usage",
                Wording(
                    "在“使用登记”页按当前筛选打印（打印登记表…）",
                    "Printed on the Usage register page, with its filters (Print register…)",
                ),
            ),
            permission="read_health_data",
        ),
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
            module="consumables_stock",
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
            module="cleaning_log",
            options=(
                ReportOption("blank", Wording("空白表（手写用）", "Blank, to fill in by hand")),
            ),
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
            module="promotion_plan",
            options=(ReportOption("with_actual", Wording("附实际完成情况", "With what was held")),),
            permission="read_activities",
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
            module="outreach",
            xlsx=True,
            permission="read_activities",
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
            module="sign_in_sheet",
            own_cli=True,
            options=(
                ReportOption("barcodes", Wording("每人附扫码条码", "A code beside each name")),
            ),
            printed_from=PrintedFrom(
                "activities",
                Wording(
                    "在“活动与签到”页选定一次活动后打印（签到表 PDF…）",
                    "Printed on the Activities & sign-in page, for the activity chosen there "
                    "(Sign-in sheet PDF…)",
                ),
            ),
            permission="read_activities",
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
            module="personal_record",
            own_cli=True,
            printed_from=PrintedFrom(
                "staff",
                Wording(
                    "在“职工与健康档案”页打开某人的健康档案后打印",
                    "Printed from a person's health file, opened on the Staff & health files page",
                ),
            ),
            permission="read_health_data",
        ),
        ReportSpec(
            K.COUNTY_SUMMARY,
            Wording("县级汇总", "County summary"),
            Wording("市县工会", "County union"),
            Wording(
                "全县合计与四分位、各期达标、各指标前后5名、需关注单位和表彰候选名单；"
                "各单位逐项明细与全部排名在工作簿中（不超过30家单位时也印在PDF中）",
                "The county totals with quartiles, the sites meeting each target by period, "
                "the top and bottom 5 per indicator, the sites needing attention and the "
                "commendation shortlist; every site's figures and rank in the workbook (also "
                "in the PDF for 30 sites or fewer)",
            ),
            PeriodChoice.YEAR,
            "县级汇总_{period}",
            command="report",  # healthroom county report --year YEAR --workspace W -o FILE.pdf
            module="county_report",
            xlsx=True,
            permission="print",
            workspace=ReportWorkspace.COUNTY,
        ),
    )
}
SITE_REPORTS = tuple(s for s in REPORTS.values() if s.workspace is ReportWorkspace.SITE)

declare(ReportKey, {key: spec.title for key, spec in REPORTS.items()})
declare(
    ReportWorkspace,
    {
        ReportWorkspace.SITE: Wording("单位台账", "the site's register"),
        ReportWorkspace.COUNTY: Wording("县级工作区", "the county workspace"),
    },
)
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
