"""The county's rules for a year: the commendation shortlist by its stated rules and the
inspections due (the totals and rankings are counted in the database: county_dataset).

The rules of the shortlist (founding rules 一(二)2–3: commendation of well-run rooms):
1. every indicator met for the year — by the site's annual package when it sent one, else by
   every quarter of the year (each quarter's package present, every indicator met; a figure
   "not applicable" does not count against the site);
2. inspections passed — at least two in the year, none scored below the pass mark (80);
3. rectifications closed on time — no rectification item still open after its deadline, and
   none closed after it (the day each was put right, as the site's package reports it).
Each site not shortlisted carries the reasons (codes) why not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.catalogue.codes import CommendationReason
from app.domain.periods import Period
from app.services.county import INSPECTIONS_PER_YEAR, STATUS_DONE, SiteInspections

PASS_SCORE = 80.0  # an inspection scored below this is not passed
# Why a site is not shortlisted (declared with their words in the catalogue):
NO_PACKAGE = CommendationReason.NO_PACKAGE
NOT_MET = CommendationReason.NOT_MET
FEW_INSPECTIONS = CommendationReason.FEW_INSPECTIONS
FAILED_INSPECTION = CommendationReason.FAILED_INSPECTION
OVERDUE_ITEM = CommendationReason.OVERDUE_ITEM
LATE_ITEM = CommendationReason.LATE_ITEM


@dataclass(frozen=True)
class Commendation:
    code: str
    name: str
    reasons: tuple[CommendationReason, ...]  # empty: shortlisted

    @property
    def shortlisted(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class InspectionDue:
    code: str
    name: str
    done: int  # inspections this year
    needed: int  # still needed this year
    none_this_half: bool  # no inspection yet in the current half-year


def year_periods(year: int) -> list[Period]:
    return [*Period.of_year(year).quarters(), Period.of_year(year)]


def _year_met(year: int, missed: dict[str, int]) -> CommendationReason | None:
    """None when every indicator was met for the year, else the reason code. `missed`: per
    period with a package, the indicators not met (the annual package, else every quarter)."""
    periods = [Period.of_year(year)]
    if periods[0].code not in missed:
        periods = Period.of_year(year).quarters()
    if any(p.code not in missed for p in periods):
        return NO_PACKAGE
    if any(missed[p.code] for p in periods):
        return NOT_MET
    return None


def overdue_items(site: SiteInspections, today: dt.date) -> int:
    """The site's rectification items still open after their deadline."""
    return sum(
        1
        for inspection in site.inspections
        for item in inspection.items
        if item.status != STATUS_DONE and item.deadline is not None and item.deadline < today
    )


def _inspection_reasons(site: SiteInspections, today: dt.date) -> list[CommendationReason]:
    reasons: list[CommendationReason] = []
    if len(site.inspections) < INSPECTIONS_PER_YEAR:
        reasons.append(FEW_INSPECTIONS)
    if any(i.score is not None and i.score < PASS_SCORE for i in site.inspections):
        reasons.append(FAILED_INSPECTION)
    items = [item for inspection in site.inspections for item in inspection.items]
    if overdue_items(site, today):
        reasons.append(OVERDUE_ITEM)
    if any(i.status == STATUS_DONE and not i.closed_on_time() for i in items):
        reasons.append(LATE_ITEM)
    return reasons


def judge(
    year: int, sites: list[SiteInspections], missed: dict[str, dict[str, int]], today: dt.date
) -> list[Commendation]:
    """Every site with the reasons it is not shortlisted (none: shortlisted); `missed`: per
    site and period with a package, the indicators not met (county_dataset counts them)."""
    out = []
    for site in sites:
        reasons = [r for r in (_year_met(year, missed.get(site.code, {})),) if r is not None]
        reasons += _inspection_reasons(site, min(today, dt.date(year, 12, 31)))
        out.append(Commendation(site.code, site.name, tuple(reasons)))
    return out


def due(year: int, sites: list[SiteInspections], today: dt.date) -> list[InspectionDue]:
    """Sites that still need inspections this year (two a year: one each half-year)."""
    half_start = dt.date(year, 1 if today.month <= 6 else 7, 1)
    out = []
    for site in sites:
        done = len(site.inspections)
        this_half = any(i.inspected_on >= half_start for i in site.inspections)
        current_year = today.year == year
        if done < INSPECTIONS_PER_YEAR or (current_year and not this_half):
            out.append(
                InspectionDue(site.code, site.name, done, max(0, INSPECTIONS_PER_YEAR - done),
                              current_year and not this_half)
            )  # fmt: skip
    return out
