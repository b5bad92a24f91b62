"""What the command line and the window need to know about the period reports before printing
one — their id, period, text sections, whether they write .xlsx — without importing reportlab
and openpyxl (seconds on a slow PC) until a report is actually generated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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


MONTHLY_INFO = PeriodReportInfo("monthly", PeriodKind.MONTH, ("problems", "next_plan"), False)
QUARTERLY_INFO = PeriodReportInfo("quarterly", PeriodKind.QUARTER, ("conclusions",), True)
ANNUAL_INFO = PeriodReportInfo("annual", PeriodKind.YEAR, ("summary", "next_plan"), True)
