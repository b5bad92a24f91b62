"""The printouts as the window offers them: every report of the catalogue
(app/catalogue/reports.py), each written by its renderer (`write_report` of
`app.reports.<module>`, imported the first time it prints, in the worker thread: it opens its
own sessions, reports progress and touches no widget).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.catalogue.reports import SITE_REPORTS, PeriodChoice, ReportKey, ReportSpec
from app.db.migrate import Database
from app.domain.periods import Period, PeriodKind
from app.reports.request import Progress, ReportRequest, draft_texts, write_report
from app.services.actor import Actor

__all__ = ["REPORT_KINDS", "ReportEntry", "ReportRequest", "default_period", "entry"]


@dataclass(frozen=True)
class ReportEntry:
    spec: ReportSpec

    @property
    def id(self) -> str:  # as in `healthroom report ID`
        return self.spec.command

    @property
    def period(self) -> PeriodChoice:
        return self.spec.period

    @property
    def drafts(self) -> bool:
        """Its text sections are drafted from the figures."""
        return bool(self.spec.sections)

    def write(self, db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
        return write_report(self.spec.key, db, actor, request, progress)

    def draft(
        self, db: Database, actor: Actor, request: ReportRequest, progress: Progress
    ) -> dict[str, str]:
        return draft_texts(self.spec, db, actor, request, progress)


# The catalogue's order; the ones printed on other pages last.
REPORT_KINDS: tuple[ReportEntry, ...] = tuple(
    ReportEntry(spec)
    for spec in sorted(SITE_REPORTS, key=lambda spec: spec.printed_from is not None)
)


def entry(key: ReportKey) -> ReportEntry:
    return next(e for e in REPORT_KINDS if e.spec.key is key)


def default_period(choice: PeriodChoice, today: dt.date) -> Period | None:
    """The period people usually print: last month, last quarter; this year from November."""
    if choice is PeriodChoice.MONTH:
        return Period.containing(today, PeriodKind.MONTH).previous()
    if choice is PeriodChoice.QUARTER:
        return Period.containing(today, PeriodKind.QUARTER).previous()
    if choice is PeriodChoice.YEAR:
        return Period.of_year(today.year if today.month >= 11 else today.year - 1)
    return None
