"""What the command line and the window need to know about the period reports before printing
one — their id, period, text sections, whether they write .xlsx — without importing reportlab
and openpyxl (seconds on a slow PC) until a report is actually generated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.catalogue.reports import ReportKey, report
from app.domain.periods import PeriodKind

if TYPE_CHECKING:
    from app.reports.period_report import PeriodReportKind


@dataclass(frozen=True)
class PeriodReportInfo:
    kind: str  # "monthly", "quarterly", "annual": as on the command line
    period_kind: PeriodKind
    sections: tuple[str, ...]  # the editable text sections, in print order
    xlsx: bool  # also writes a workbook

    def load(self) -> PeriodReportKind:
        """The report itself (imports the PDF and spreadsheet machinery)."""
        if self.kind == "monthly":
            from app.reports.monthly_report import MONTHLY

            return MONTHLY
        if self.kind == "quarterly":
            from app.reports.quarterly_report import QUARTERLY

            return QUARTERLY
        from app.reports.annual_report import ANNUAL

        return ANNUAL


def _info(key: ReportKey, period_kind: PeriodKind) -> PeriodReportInfo:
    """The command, sections and outputs as the catalogue declares the report."""
    spec = report(key)
    sections = tuple(code for code, _words in spec.sections)
    return PeriodReportInfo(spec.command, period_kind, sections, spec.xlsx)


MONTHLY_INFO = _info(ReportKey.MONTHLY, PeriodKind.MONTH)
QUARTERLY_INFO = _info(ReportKey.QUARTERLY, PeriodKind.QUARTER)
ANNUAL_INFO = _info(ReportKey.ANNUAL, PeriodKind.YEAR)
