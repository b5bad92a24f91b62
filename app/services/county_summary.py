"""What the county reads off its workspace for a period and a year: totals and a ranking of the
sites per indicator, the commendation shortlist by its stated rules, the packages missing and
the inspections due.

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
from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.db.county_models import Workspace
from app.domain.periods import Period
from app.services.county import (
    INSPECTIONS_PER_YEAR,
    STATUS_DONE,
    SiteFigures,
    SiteInspections,
    site_figures,
    site_inspections,
)

PASS_SCORE = 80.0  # an inspection scored below this is not passed
# Why a site is not shortlisted (declared with their words in the catalogue):
NO_PACKAGE = CommendationReason.NO_PACKAGE
NOT_MET = CommendationReason.NOT_MET
FEW_INSPECTIONS = CommendationReason.FEW_INSPECTIONS
FAILED_INSPECTION = CommendationReason.FAILED_INSPECTION
OVERDUE_ITEM = CommendationReason.OVERDUE_ITEM
LATE_ITEM = CommendationReason.LATE_ITEM


@dataclass(frozen=True)
class IndicatorTotal:
    """One indicator over every site with a package for the period."""

    key: IndicatorKey
    sites: int  # sites whose figure applies
    met: int
    not_applicable: int
    county_value: float | None  # rates: Σ numerators ÷ Σ denominators; counts: the mean

    @property
    def met_share(self) -> float | None:
        return self.met / self.sites if self.sites else None


@dataclass(frozen=True)
class RankedSite:
    rank: int  # 1 = best; equal values share a rank
    code: str
    name: str
    value: float
    met: bool | None


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


def totals(rows: list[SiteFigures]) -> list[IndicatorTotal]:
    out = []
    for key in IndicatorKey:
        figures = [r.figures[key.value] for r in rows if key.value in r.figures]
        applying = [f for f in figures if f.value is not None]
        if INDICATORS[key].kind is TargetKind.RATE:
            numerator = sum(f.numerator or 0.0 for f in applying)
            denominator = sum(f.denominator or 0.0 for f in applying)
            value = numerator / denominator if denominator else None
        else:
            value = sum(f.value or 0.0 for f in applying) / len(applying) if applying else None
        out.append(
            IndicatorTotal(key, len(applying), sum(1 for f in applying if f.met),
                           len(figures) - len(applying), value)
        )  # fmt: skip
    return out


def ranking(rows: list[SiteFigures], key: IndicatorKey) -> list[RankedSite]:
    """Sites with an applicable figure, best first (ties share a rank, then by code)."""
    scored = [
        (r, r.figures[key.value]) for r in rows
        if key.value in r.figures and r.figures[key.value].value is not None
    ]  # fmt: skip
    scored.sort(key=lambda pair: (-(pair[1].value or 0.0), pair[0].code))
    out: list[RankedSite] = []
    for position, (site, figure) in enumerate(scored, start=1):
        value = figure.value or 0.0
        rank = out[-1].rank if out and out[-1].value == value else position
        out.append(RankedSite(rank, site.code, site.name, value, figure.met))
    return out


def year_periods(year: int) -> list[Period]:
    return [*Period.of_year(year).quarters(), Period.of_year(year)]


@dataclass(frozen=True)
class YearData:
    """A year of the workspace read once: each period's figures and the inspections (the
    report and the summary tab judge many things from them; a city has thousands of sites)."""

    year: int
    figures: dict[str, list[SiteFigures]]  # by period code: the year's quarters and the year
    inspections: list[SiteInspections]


def load_year(workspace: Workspace, year: int) -> YearData:
    return YearData(
        year, {p.code: site_figures(workspace, p.code) for p in year_periods(year)},
        site_inspections(workspace, year),
    )  # fmt: skip


def missed_counts(data: YearData) -> dict[str, dict[str, int]]:
    """Per site and period with a package: how many indicators it did not meet."""
    out: dict[str, dict[str, int]] = {}
    for period, rows in data.figures.items():
        for r in rows:
            if not r.missing:
                missed = sum(1 for f in r.figures.values() if f.met is False)
                out.setdefault(r.code, {})[period] = missed
    return out


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
    """Every site with the reasons it is not shortlisted (none: shortlisted); `missed` as
    `missed_counts` gives it (the county report counts it in the database)."""
    out = []
    for site in sites:
        reasons = [r for r in (_year_met(year, missed.get(site.code, {})),) if r is not None]
        reasons += _inspection_reasons(site, min(today, dt.date(year, 12, 31)))
        out.append(Commendation(site.code, site.name, tuple(reasons)))
    return out


def shortlist(data: YearData, today: dt.date) -> list[Commendation]:
    return judge(data.year, data.inspections, missed_counts(data), today)


def commendations(workspace: Workspace, year: int, today: dt.date) -> list[Commendation]:
    return shortlist(load_year(workspace, year), today)


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


def inspections_due(workspace: Workspace, year: int, today: dt.date) -> list[InspectionDue]:
    return due(year, site_inspections(workspace, year), today)


def missing_packages(workspace: Workspace, period: str) -> list[SiteFigures]:
    return [r for r in site_figures(workspace, period) if r.missing]


def latest_period(data: YearData) -> Period | None:
    """The year when any site sent its annual package, else the year's latest quarter with a
    package: what the totals and the ranking are about."""
    for period in reversed(year_periods(data.year)):
        if any(not r.missing for r in data.figures[period.code]):
            return period
    return None


@dataclass(frozen=True)
class YearSummary:
    """What the county window's summary tab shows (the county report prints the same)."""

    year: int
    period: Period | None  # the totals' and ranking's period; None: no package this year
    rows: list[SiteFigures]  # of that period
    totals: list[IndicatorTotal]
    commendations: list[Commendation]
    due: list[InspectionDue]


def summarise(data: YearData, today: dt.date) -> YearSummary:
    period = latest_period(data)
    rows = data.figures[period.code] if period is not None else []
    return YearSummary(
        data.year,
        period,
        rows,
        totals(rows),
        shortlist(data, today),
        due(data.year, data.inspections, today),
    )


def year_summary(workspace: Workspace, year: int, today: dt.date) -> YearSummary:
    return summarise(load_year(workspace, year), today)
