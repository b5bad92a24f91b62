"""The printouts the Reports page offers: one `ReportEntry` per kind, in REPORT_KINDS.

Adding a report to the page is one entry: its id (as on the command line), its name and
audience (English sources, translated in the "ReportsPage" context), the period it needs,
whether it can also write .xlsx, its editable text sections, and the function that writes it
(it runs in a worker thread: open sessions inside it, report progress, touch no widget).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.db.migrate import Database
from app.domain.periods import Period, PeriodKind
from app.reports.language import ReportLanguage
from app.reports.period_kinds import ANNUAL_INFO, MONTHLY_INFO, QUARTERLY_INFO, PeriodReportInfo
from app.services.actor import Actor
from app.ui.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, str], None]


class PeriodChoice(StrEnum):
    NONE = "none"  # e.g. the wall schedule, the equipment ledger
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # from a date to a date, e.g. the usage register


@dataclass(frozen=True)
class ReportRequest:
    """What the user chose on the page."""

    pdf: Path
    xlsx: Path | None = None
    period: Period | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    texts: Mapping[str, str] = field(default_factory=dict)
    names: bool = False
    language: ReportLanguage = ReportLanguage.ZH
    as_of: dt.date | None = None


@dataclass(frozen=True)
class ReportEntry:
    id: str  # as in `healthroom report ID`
    name: str  # English source, "ReportsPage" context
    audience: str
    contents: str  # what is on it, in a few words (English source, "ReportsPage" context)
    period: PeriodChoice
    write: Callable[[Database, Actor, ReportRequest, Progress], Path]
    xlsx: bool = False
    sections: tuple[tuple[str, str], ...] = ()  # (code, English label in "ReportsPage")
    names_option: bool = False  # offers to list people by name
    draft: Callable[[Database, Actor, ReportRequest, Progress], dict[str, str]] | None = None
    file_name: str = ""  # the suggested file name, without extension ({period} is replaced)


def _period_entry(
    info: PeriodReportInfo,
    name: str,
    audience: str,
    contents: str,
    choice: PeriodChoice,
    sections: tuple[tuple[str, str], ...],
    file_name: str,
    names_option: bool = False,
) -> ReportEntry:
    # The PDF machinery is imported in the worker, the first time a report is printed.
    def write(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
        from app.reports.period_report import ReportOptions, generate

        assert request.period is not None
        options = ReportOptions(
            texts=dict(request.texts), names=request.names, language=request.language,
            as_of=request.as_of,
        )  # fmt: skip
        kind = info.load()
        return generate(
            kind, db, actor, request.period, request.pdf, request.xlsx, options, progress
        ).pdf

    def draft(
        db: Database, actor: Actor, request: ReportRequest, progress: Progress
    ) -> dict[str, str]:
        from app.reports.period_report import ReportOptions

        assert request.period is not None
        options = ReportOptions(language=request.language, as_of=request.as_of)
        kind = info.load()
        data = kind.load(db, actor, request.period, options, progress)
        return kind.texts(data, options)

    return ReportEntry(
        id=info.kind,
        name=name,
        audience=audience,
        contents=contents,
        period=choice,
        write=write,
        xlsx=info.xlsx,
        sections=sections,
        names_option=names_option,
        draft=draft,
        file_name=file_name,
    )


def _write_equipment_ledger(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> Path:
    from app.reports import equipment_ledger
    from app.reports.equipment_dataset import ledger_data

    progress(10, "equipment")
    data = ledger_data(db, actor, request.as_of or dt.date.today())
    progress(50, "pdf")
    pdf = Path(equipment_ledger.write_pdf(request.pdf, data, request.language))
    if request.xlsx is not None:
        progress(80, "xlsx")
        equipment_ledger.write_xlsx(request.xlsx, data, request.language)
    return pdf


def _write_wall_schedule(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> Path:
    from app.reports.wall_schedule import write_wall_schedule

    progress(30, "layout")
    return Path(
        write_wall_schedule(
            db, actor, request.pdf, today=request.as_of or dt.date.today(),
            language=request.language,
        )
    )  # fmt: skip


REPORT_KINDS: tuple[ReportEntry, ...] = (
    ReportEntry(
        id="wall-schedule",
        name=QT_TRANSLATE_NOOP("ReportsPage", "Open-hours wall schedule"),
        audience=QT_TRANSLATE_NOOP("ReportsPage", "The room's door"),
        contents=QT_TRANSLATE_NOOP(
            "ReportsPage", "The weekly open hours, coming closures, who to call, the house rules"
        ),
        period=PeriodChoice.NONE,
        write=_write_wall_schedule,
        file_name="开放时间表",
    ),
    _period_entry(
        MONTHLY_INFO,
        QT_TRANSLATE_NOOP("ReportsPage", "Monthly report"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "The month's indicators, use, activities, equipment and next month's plan",
        ),
        PeriodChoice.MONTH,
        (
            ("problems", QT_TRANSLATE_NOOP("ReportsPage", "Problems")),
            ("next_plan", QT_TRANSLATE_NOOP("ReportsPage", "Plan for next month")),
        ),
        "月报_{period}",
    ),
    _period_entry(
        QUARTERLY_INFO,
        QT_TRANSLATE_NOOP("ReportsPage", "Quarterly participation report"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair, county union"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "All indicators against the targets, by department, with the trend"
        ),
        PeriodChoice.QUARTER,
        (("conclusions", QT_TRANSLATE_NOOP("ReportsPage", "Conclusions")),),
        "季度参与报告_{period}",
        names_option=True,
    ),
    _period_entry(
        ANNUAL_INFO,
        QT_TRANSLATE_NOOP("ReportsPage", "Annual summary"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair, county union"),
        QT_TRANSLATE_NOOP("ReportsPage", "The year's indicators, quarter by quarter, and the plan"),
        PeriodChoice.YEAR,
        (
            ("summary", QT_TRANSLATE_NOOP("ReportsPage", "Summary of the year")),
            ("next_plan", QT_TRANSLATE_NOOP("ReportsPage", "Plan for next year")),
        ),
        "年度总结_{period}",
    ),
    ReportEntry(
        id="equipment",
        name=QT_TRANSLATE_NOOP("ReportsPage", "Equipment ledger"),
        audience=QT_TRANSLATE_NOOP("ReportsPage", "Union assets, inspectors"),
        contents=QT_TRANSLATE_NOOP(
            "ReportsPage", "Every device with its state, upkeep dates and history"
        ),
        period=PeriodChoice.NONE,
        write=_write_equipment_ledger,
        xlsx=True,
        file_name="设备台账",
    ),
)

PERIOD_KIND = {
    PeriodChoice.MONTH: PeriodKind.MONTH,
    PeriodChoice.QUARTER: PeriodKind.QUARTER,
    PeriodChoice.YEAR: PeriodKind.YEAR,
}


def default_period(choice: PeriodChoice, today: dt.date) -> Period | None:
    """The period people usually print: last month, last quarter; this year from November."""
    if choice is PeriodChoice.MONTH:
        return Period.containing(today, PeriodKind.MONTH).previous()
    if choice is PeriodChoice.QUARTER:
        return Period.containing(today, PeriodKind.QUARTER).previous()
    if choice is PeriodChoice.YEAR:
        return Period.of_year(today.year if today.month >= 11 else today.year - 1)
    return None
