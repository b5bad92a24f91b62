"""The printouts the Reports page offers: the catalogue's reports marked for the page
(app/catalogue/reports.py: words, period, outputs, sections), each with the function that
writes it here (it runs in a worker thread: open sessions inside it, report progress, touch
no widget).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.catalogue.language import Wording
from app.catalogue.reports import REPORTS, PeriodChoice, ReportKey, ReportSpec
from app.db.migrate import Database
from app.domain.periods import Period, PeriodKind
from app.reports.language import ReportLanguage
from app.reports.period_kinds import ANNUAL_INFO, MONTHLY_INFO, QUARTERLY_INFO, PeriodReportInfo
from app.services.actor import Actor

Progress = Callable[[int, str], None]


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
    spec: ReportSpec
    write: Callable[[Database, Actor, ReportRequest, Progress], Path]
    draft: Callable[[Database, Actor, ReportRequest, Progress], dict[str, str]] | None = None

    @property
    def id(self) -> str:  # as in `healthroom report ID`
        return self.spec.command

    @property
    def period(self) -> PeriodChoice:
        return self.spec.period

    @property
    def xlsx(self) -> bool:
        return self.spec.xlsx

    @property
    def sections(self) -> tuple[tuple[str, Wording], ...]:
        return self.spec.sections

    @property
    def names_option(self) -> bool:
        return self.spec.names_option

    @property
    def file_name(self) -> str:
        return self.spec.file_name


def _period_writers(
    info: PeriodReportInfo,
) -> tuple[
    Callable[[Database, Actor, ReportRequest, Progress], Path],
    Callable[[Database, Actor, ReportRequest, Progress], dict[str, str]],
]:
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

    return write, draft


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


def _write_checkup_analysis(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> Path:
    from app.reports.checkup_analysis import write_checkup_analysis

    assert request.period is not None
    progress(30, "layout")
    return write_checkup_analysis(
        db, actor, request.period.year, request.pdf, request.language, request.as_of
    )


# How the page writes each of the catalogue's reports it offers.
WRITERS = {
    ReportKey.WALL_SCHEDULE: (_write_wall_schedule, None),
    ReportKey.MONTHLY: _period_writers(MONTHLY_INFO),
    ReportKey.QUARTERLY: _period_writers(QUARTERLY_INFO),
    ReportKey.ANNUAL: _period_writers(ANNUAL_INFO),
    ReportKey.EQUIPMENT: (_write_equipment_ledger, None),
    ReportKey.CHECKUP_ANALYSIS: (_write_checkup_analysis, None),
}
REPORT_KINDS: tuple[ReportEntry, ...] = tuple(
    ReportEntry(spec, *WRITERS[key]) for key, spec in REPORTS.items() if spec.on_reports_page
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
