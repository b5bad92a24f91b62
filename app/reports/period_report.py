"""What the monthly, quarterly and annual reports share: options, the editable text sections
and `generate` (data → PDF and .xlsx, audited); the blocks they print are in
`app.reports.period_blocks`, their drafted conclusions in `app.reports.period_findings`.

A report kind is a module-level object with `kind`, `period_kind`, `sections`, and functions
to load its data, draft its texts, lay out its PDF story and (optionally) its sheets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.db.rows import Rows
from app.domain.periods import Period, PeriodKind
from app.memory import bulk_work
from app.reports.indicator_texts import (
    period_name,
)
from app.reports.language import ReportLanguage
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.period_blocks import title
from app.reports.period_texts import ReportWords
from app.reports.request import Progress, ReportRequest, quiet
from app.reports.xlsx.workbook import Sheet, write_workbook
from app.services.actor import Actor
from app.services.period_facts import ReportData
from app.services.period_summary import report_data, report_data_in
from app.services.report_log import record_report, record_report_in
from app.services.site_profile_rows import SiteProfile, profile_in

if TYPE_CHECKING:  # a command reads the register without the ORM (`generate_in`)
    from app.db.migrate import Database


@dataclass(frozen=True)
class ReportOptions:
    """`texts`: the editable sections as the user left them; a section not given is drafted."""

    texts: Mapping[str, str] = field(default_factory=dict)
    names: bool = False  # list people by name where a report can (non-participants)
    contacts: bool = True  # the responsible persons' names and phones in the profile block
    language: ReportLanguage = ReportLanguage.ZH
    printed: dt.date | None = None
    as_of: dt.date | None = None


@dataclass(frozen=True)
class ReportOutput:
    pdf: Path
    xlsx: Path | None
    texts: Mapping[str, str]

    @property
    def files(self) -> list[Path]:
        return [self.pdf] if self.xlsx is None else [self.pdf, self.xlsx]


@dataclass(frozen=True)
class PeriodReportKind:
    kind: str  # the CLI and registry id: "monthly", "quarterly", "annual"
    period_kind: PeriodKind
    sections: tuple[str, ...]  # editable text sections, in print order
    trend: int  # earlier periods loaded for the trend
    story: Callable[
        [ReportData, SiteProfile | None, Mapping[str, str], ReportWords], list[Flowable]
    ]
    draft: Callable[[ReportData, ReportWords], dict[str, str]]
    sheets: Callable[[ReportData, Mapping[str, str], ReportWords], list[Sheet]] | None = None

    def load(
        self,
        db: Database,
        actor: Actor,
        period: Period,
        options: ReportOptions = ReportOptions(),
        progress: Progress = quiet,
    ) -> ReportData:
        self._check(period)
        return report_data(
            db, actor, period, as_of=options.as_of, trend=self.trend, names=options.names,
            progress=progress,
        )  # fmt: skip

    def load_in(
        self, rows: Rows, actor: Actor, period: Period, options: ReportOptions, progress: Progress
    ) -> ReportData:
        """`load` from a plain register read without the ORM (a command's)."""
        self._check(period)
        return report_data_in(
            rows, actor, period, as_of=options.as_of, trend=self.trend, names=options.names,
            progress=progress,
        )  # fmt: skip

    def _check(self, period: Period) -> None:
        if period.kind is not self.period_kind:
            raise ValueError(f"a {self.kind} report needs a {self.period_kind.value}")

    def texts(self, data: ReportData, options: ReportOptions) -> dict[str, str]:
        drafted = self.draft(data, ReportWords(options.language))
        return {s: options.texts.get(s, drafted.get(s, "")) for s in self.sections}


@bulk_work()
def generate(
    kind: PeriodReportKind,
    db: Database,
    actor: Actor,
    period: Period,
    pdf: Path,
    xlsx: Path | None = None,
    options: ReportOptions = ReportOptions(),
    progress: Progress = quiet,
    data: ReportData | None = None,
    audited: bool = True,
) -> ReportOutput:
    """Write the report's PDF (and its workbook when asked and the kind has one), audited
    unless the caller records it (`audited=False`: the export, which draws it from a
    read-only snapshot)."""
    from app.services.site_profile import get_profile

    if data is None:
        data = kind.load(db, actor, period, options, progress)
    output = _render(kind, data, get_profile(db), period, pdf, xlsx, options, progress)
    if audited:
        names = data.non_participants is not None
        record_report(db, actor, kind.kind, period.code, output.files, names=names)
    progress(100, "done")
    return output


@bulk_work()
def generate_in(
    kind: PeriodReportKind,
    rows: Rows,
    actor: Actor,
    period: Period,
    pdf: Path,
    xlsx: Path | None = None,
    options: ReportOptions = ReportOptions(),
    progress: Progress = quiet,
) -> ReportOutput:
    """`generate` on a plain register read without the ORM (the command line's): the same
    data, pages and audit entry through one SQL-text connection."""
    data = kind.load_in(rows, actor, period, options, progress)
    output = _render(kind, data, profile_in(rows), period, pdf, xlsx, options, progress)
    names = data.non_participants is not None
    record_report_in(rows, actor, kind.kind, period.code, output.files, names=names)
    progress(100, "done")
    return output


def _render(
    kind: PeriodReportKind,
    data: ReportData,
    profile: SiteProfile | None,
    period: Period,
    pdf: Path,
    xlsx: Path | None,
    options: ReportOptions,
    progress: Progress,
) -> ReportOutput:
    words = ReportWords(options.language)
    texts = kind.texts(data, options)
    if profile is not None and not options.contacts:  # a de-identified package names no one
        profile = replace(profile, chair_name="", chair_phone="", admin_name="", admin_phone="",
                          liaison_name="", liaison_phone="")  # fmt: skip
    progress(88, "pdf")
    site = profile.site_name if profile else ""
    setup = PageSetup(
        header=f"{site} · {words(f'{kind.kind}.short')} · {period_name(period, options.language)}",
        language=options.language,
    )
    story = kind.story(data, profile, texts, words)
    render_pdf(
        pdf, story, setup, title=f"{title(kind, words)} {period.code}", printed=options.printed
    )
    book: Path | None = None
    if xlsx is not None and kind.sheets is not None:
        progress(95, "xlsx")
        book = write_workbook(xlsx, kind.sheets(data, texts, words), options.language)
    return ReportOutput(Path(pdf), book, texts)


def _options(kind: PeriodReportKind, request: ReportRequest) -> tuple[Period, ReportOptions]:
    if request.period is None:
        raise ValueError(f"a {kind.kind} report needs a {kind.period_kind.value}")
    options = ReportOptions(
        texts=dict(request.texts), names=request.names, language=request.language,
        as_of=request.as_of,
    )  # fmt: skip
    return request.period, options


def write_period_report(
    kind: PeriodReportKind, db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> Path:
    """A report module's `write_report`: the period, texts and outputs the request asks."""
    period, options = _options(kind, request)
    return generate(kind, db, actor, period, request.pdf, request.xlsx, options, progress).pdf


def write_period_report_in(
    kind: PeriodReportKind, rows: Rows, actor: Actor, request: ReportRequest, progress: Progress
) -> Path:
    """A report module's `write_report_in`: `write_period_report` without the ORM."""
    period, options = _options(kind, request)
    return generate_in(kind, rows, actor, period, request.pdf, request.xlsx, options, progress).pdf


def draft_period_texts(
    kind: PeriodReportKind, db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> dict[str, str]:
    """A report module's `draft_texts`: the sections drafted from the period's figures."""
    if request.period is None:
        raise ValueError(f"a {kind.kind} report needs a {kind.period_kind.value}")
    options = ReportOptions(language=request.language, as_of=request.as_of)
    return kind.texts(kind.load(db, actor, request.period, options, progress), options)


def period_report_kind(period_kind: PeriodKind) -> PeriodReportKind:
    """The monthly, quarterly or annual report (for the exchange package)."""
    from app.reports import annual_report, monthly_report, quarterly_report

    kinds = (monthly_report.MONTHLY, quarterly_report.QUARTERLY, annual_report.ANNUAL)
    return next(kind for kind in kinds if kind.period_kind is period_kind)
