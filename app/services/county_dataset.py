"""The county report's dataset for a city (docs/COUNTY_REPORT.md): the totals with quartiles, the
met counts per quarter, the short ranking, the sites needing attention and the commendation
shortlist, computed as SQL aggregates — the same statements on SQLite and PostgreSQL — and the
per-site rows for the workbook read in one query per kind, never one per site. The county
window's summary tab shows the same dataset, with every site ranked (`year_summary`).

Two thousand sites × five periods are about 100,000 figures: building an object per figure
was most of the old report's reading time, so the totals are counted by the database and the
per-site rows go straight into the workbook's rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.db.county_models import CountyIndicator, CountyPackage, CountySite, Workspace
from app.domain.periods import Period
from app.services.county import SiteInspections, site_inspections
from app.services.county_summary import (
    Commendation,
    InspectionDue,
    due,
    judge,
    overdue_items,
    year_periods,
)

RANK_SHORT = 5  # the top and the bottom N of each indicator in the PDF
KEYS = tuple(IndicatorKey)
_QUARTILES = (1, 2, 3)  # k/4


@dataclass(frozen=True)
class Total:
    """One indicator over the sites' packages of a period (SQL aggregates)."""

    key: IndicatorKey
    reporting: int  # packages with the figure
    applicable: int  # of them, a figure that applies (not a zero denominator)
    met: int
    missed: int
    lower: float | None  # quartiles of the applicable figures (linear between ranks)
    median: float | None
    upper: float | None
    county_value: float | None  # rates: Σ numerators ÷ Σ denominators; counts: the mean

    @classmethod
    def nothing(cls, key: IndicatorKey) -> Total:
        """The indicator where no package has it."""
        return cls(key, 0, 0, 0, 0, None, None, None, None)

    @property
    def not_applicable(self) -> int:
        return self.reporting - self.applicable

    @property
    def met_share(self) -> float | None:
        return self.met / self.applicable if self.applicable else None


@dataclass(frozen=True)
class Ranked:
    rank: int  # 1 = best; equal figures share a rank
    code: str
    name: str
    value: float
    met: bool | None


@dataclass(frozen=True)
class ShortRanking:
    key: IndicatorKey
    ranked: int  # sites with an applicable figure
    top: tuple[Ranked, ...]  # best first
    bottom: tuple[Ranked, ...]  # in rank order, the last site last; none also at the top
    top_tied: int  # sites sharing the rank of the last one listed at the top
    bottom_tied: int  # sites sharing the rank of the first one listed at the bottom


@dataclass(frozen=True)
class Attention:
    """A site needing attention: `reason` missing_package, inspection_due, overdue_item,
    missed_twice; `detail` the period, the count, or the indicators (codes)."""

    reason: str
    code: str
    name: str
    detail: str


MISSING_PACKAGE, INSPECTION_DUE, OVERDUE = "missing_package", "inspection_due", "overdue_item"
MISSED_TWICE = "missed_twice"
ATTENTION_REASONS = (MISSING_PACKAGE, INSPECTION_DUE, OVERDUE, MISSED_TWICE)


@dataclass(frozen=True)
class CountyDataset:
    year: int
    today: dt.date
    sites: int  # known to the workspace
    period: Period | None  # the report period: the year when any annual package, else the
    # latest quarter with a package; None: no package this year
    packages: int  # for the report period
    totals: tuple[Total, ...]
    met_by_period: dict[str, dict[IndicatorKey, tuple[int, int]]]  # period: key: (met, applicable)
    rankings: tuple[ShortRanking, ...]
    attention: tuple[Attention, ...]
    twice_periods: tuple[Period, Period] | None  # the quarters of "missed two running"
    commendations: tuple[Commendation, ...]
    inspections: tuple[SiteInspections, ...]


def totals(session: Session, period: str) -> list[Total]:
    i = CountyIndicator
    applies = i.value.is_not(None)
    rows = session.execute(
        select(
            i.key,
            func.count(),
            func.count(i.value),
            func.sum(case((and_(applies, i.met == 1), 1), else_=0)),
            func.sum(case((and_(applies, i.met == 0), 1), else_=0)),
            func.sum(case((applies, i.numerator))),
            func.sum(case((applies, i.denominator))),
            func.avg(i.value),
        )
        .join(CountyPackage, CountyPackage.id == i.package_id)
        .where(CountyPackage.period == period)
        .group_by(i.key)
    ).all()
    found = {row[0]: row for row in rows}
    quartiles = _quartiles(session, period)
    out = []
    for key in KEYS:
        row = found.get(key.value)
        if row is None:
            out.append(Total.nothing(key))
            continue
        _key, reporting, applicable, met, missed, numerator, denominator, mean = row
        if INDICATORS[key].kind is TargetKind.RATE:
            value = float(numerator) / float(denominator) if denominator else None
        else:
            value = float(mean) if mean is not None else None
        lower, median, upper = quartiles.get(key.value, (None, None, None))
        out.append(
            Total(key, reporting, applicable, int(met or 0), int(missed or 0), lower, median,
                  upper, value)
        )  # fmt: skip
    return out


def _quartiles(session: Session, period: str) -> dict[str, tuple[float, ...]]:
    """The quartiles of each indicator's applicable figures: the database numbers the figures
    in order and returns only the two around each quartile's position (n − 1)·k/4."""
    i = CountyIndicator
    ordered = (
        select(
            i.key.label("key"),
            i.value.label("value"),
            func.row_number().over(partition_by=i.key, order_by=i.value).label("place"),
            func.count().over(partition_by=i.key).label("n"),
        )
        .join(CountyPackage, CountyPackage.id == i.package_id)
        .where(CountyPackage.period == period, i.value.is_not(None))
        .subquery()
    )
    around = []
    for k in _QUARTILES:
        below = (ordered.c.n - 1) * k // 4 + 1  # integer arithmetic on both engines
        around += [ordered.c.place == below, ordered.c.place == below + 1]
    rows = session.execute(
        select(ordered.c.key, ordered.c.place, ordered.c.n, ordered.c.value).where(or_(*around))
    ).all()
    values: dict[str, dict[int, float]] = {}
    counts: dict[str, int] = {}
    for key, place, n, value in rows:
        values.setdefault(key, {})[place] = float(value)
        counts[key] = n
    out: dict[str, tuple[float, ...]] = {}
    for key, n in counts.items():
        out[key] = tuple(_between(values[key], (n - 1) * k, 4) for k in _QUARTILES)
    return out


def _between(at: dict[int, float], numerator: int, denominator: int) -> float:
    """The value at position numerator/denominator (0-based) between the ranked ones."""
    whole, rest = divmod(numerator, denominator)
    low = at[whole + 1]
    if rest == 0:
        return low
    return low + (at[whole + 2] - low) * rest / denominator


def short_rankings(session: Session, period: str, n: int = RANK_SHORT) -> list[ShortRanking]:
    """Per indicator the top and bottom n sites (ties share a rank, then by code), with how
    many sites share the rank at each end."""
    i = CountyIndicator
    ordered = _ranked_sites(
        period,
        func.row_number()
        .over(partition_by=i.key, order_by=(i.value.desc(), CountyPackage.site_code))
        .label("top"),
        func.row_number()
        .over(partition_by=i.key, order_by=(i.value, CountyPackage.site_code.desc()))
        .label("bottom"),
        func.count().over(partition_by=(i.key, i.value)).label("tied"),
        func.count().over(partition_by=i.key).label("n"),
    ).subquery()
    o = ordered.c
    rows = session.execute(
        select(o.key, o.code, o.name, o.value, o.met, o.rank, o.top, o.bottom, o.tied, o.n)
        .where(or_(o.top <= n, o.bottom <= n))
        .order_by(o.key, o.top)
    ).all()
    by_key: dict[str, list[Any]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    out = []
    for key in KEYS:
        found = by_key.get(key.value, [])
        top = [r for r in found if r.top <= n]
        # With 2n sites or fewer each is listed once: the bottom takes those not at the top.
        bottom = sorted((r for r in found if r.bottom <= n and r.top > n), key=lambda r: -r.bottom)
        out.append(
            ShortRanking(
                key, found[0].n if found else 0, tuple(_ranked(r) for r in top),
                tuple(_ranked(r) for r in bottom), top[-1].tied if top else 0,
                bottom[0].tied if bottom else 0,
            )
        )  # fmt: skip
    return out


def _ranked_sites(period: str, *more: Any) -> Select[Any]:
    """Each site's applicable figure per indicator in `period`, with its rank (ties share
    one) as `_ranked` reads it, and `more` columns."""
    i = CountyIndicator
    return (
        select(
            i.key.label("key"),
            CountyPackage.site_code.label("code"),
            CountySite.name.label("name"),
            i.value.label("value"),
            i.met.label("met"),
            func.rank().over(partition_by=i.key, order_by=i.value.desc()).label("rank"),
            *more,
        )
        .join(CountyPackage, CountyPackage.id == i.package_id)
        .join(CountySite, CountySite.code == CountyPackage.site_code)
        .where(CountyPackage.period == period, i.value.is_not(None))
    )


def _ranked(row: Any) -> Ranked:
    met = None if row.met is None else bool(row.met)
    return Ranked(int(row.rank), row.code, row.name, float(row.value), met)


def rankings(session: Session, period: str) -> dict[IndicatorKey, tuple[Ranked, ...]]:
    """Per indicator every site with an applicable figure, best first (ties share a rank, then
    by code): the summary tab ranks the sites on the indicator chosen."""
    i = CountyIndicator
    query = _ranked_sites(period).order_by(i.key, i.value.desc(), CountyPackage.site_code)
    found: dict[str, list[Ranked]] = {key.value: [] for key in KEYS}
    for row in session.execute(query):
        if row.key in found:
            found[row.key].append(_ranked(row))
    return {key: tuple(found[key.value]) for key in KEYS}


def all_ranks(session: Session, period: str) -> dict[str, dict[str, tuple[int, int]]]:
    """Every site's rank per indicator (code: key: (rank, sites ranked)) for the workbook."""
    i = CountyIndicator
    query = (
        select(
            CountyPackage.site_code,
            i.key,
            func.rank().over(partition_by=i.key, order_by=i.value.desc()),
            func.count().over(partition_by=i.key),
        )
        .join(CountyPackage, CountyPackage.id == i.package_id)
        .where(CountyPackage.period == period, i.value.is_not(None))
    )
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for code, key, rank, n in session.execute(query):
        out.setdefault(code, {})[key] = (rank, n)
    return out


def site_names(session: Session) -> list[tuple[str, str]]:
    query = select(CountySite.code, CountySite.name).order_by(CountySite.code)
    return [(code, name) for code, name in session.execute(query)]


def met_by_period(
    session: Session, periods: Sequence[Period]
) -> dict[str, dict[IndicatorKey, tuple[int, int]]]:
    """Per period and indicator: (sites met, sites with an applicable figure)."""
    i = CountyIndicator
    rows = session.execute(
        select(
            CountyPackage.period, i.key,
            func.sum(case((and_(i.value.is_not(None), i.met == 1), 1), else_=0)),
            func.count(i.value),
        )
        .join(CountyPackage, CountyPackage.id == i.package_id)
        .where(CountyPackage.period.in_([p.code for p in periods]))
        .group_by(CountyPackage.period, i.key)
    ).all()  # fmt: skip
    out: dict[str, dict[IndicatorKey, tuple[int, int]]] = {p.code: {} for p in periods}
    for period, key, met, applicable in rows:
        if key in IndicatorKey.__members__.values():
            out[period][IndicatorKey(key)] = (int(met or 0), int(applicable))
    return out


def package_counts(session: Session, periods: Sequence[Period]) -> dict[str, int]:
    rows = session.execute(
        select(CountyPackage.period, func.count())
        .where(CountyPackage.period.in_([p.code for p in periods]))
        .group_by(CountyPackage.period)
    ).all()
    return {period: int(count) for period, count in rows}


def missing(session: Session, period: str) -> list[tuple[str, str]]:
    """The sites without a package for the period (code, name), by code."""
    query = (
        select(CountySite.code, CountySite.name)
        .where(~CountySite.code.in_(select(CountyPackage.site_code).where(
            CountyPackage.period == period)))
        .order_by(CountySite.code)
    )  # fmt: skip
    return [(code, name) for code, name in session.execute(query)]


def missed_twice(session: Session, last: Period) -> list[tuple[str, str, list[str]]]:
    """Sites that missed an indicator in quarter `last` and in the quarter before it:
    (code, name, the indicators' keys)."""
    earlier, before = aliased(CountyPackage), aliased(CountyIndicator)
    now = CountyIndicator
    query = (
        select(CountyPackage.site_code, CountySite.name, now.key)
        .join(now, and_(now.package_id == CountyPackage.id, now.met == 0))
        .join(CountySite, CountySite.code == CountyPackage.site_code)
        .join(earlier, and_(earlier.site_code == CountyPackage.site_code,
                            earlier.period == last.previous().code))
        .join(before, and_(before.package_id == earlier.id, before.key == now.key,
                           before.met == 0))
        .where(CountyPackage.period == last.code)
        .order_by(CountyPackage.site_code, now.key)
    )  # fmt: skip
    out: dict[str, tuple[str, list[str]]] = {}
    for code, name, key in session.execute(query):
        out.setdefault(code, (name, []))[1].append(key)
    return [(code, name, keys) for code, (name, keys) in out.items()]


def missed_counts(session: Session, periods: Sequence[Period]) -> dict[str, dict[str, int]]:
    """Per site and period with a package: how many indicators it did not meet."""
    rows = session.execute(
        select(
            CountyPackage.site_code, CountyPackage.period,
            func.count(CountyIndicator.id),
        )
        .outerjoin(CountyIndicator, and_(CountyIndicator.package_id == CountyPackage.id,
                                         CountyIndicator.met == 0))
        .where(CountyPackage.period.in_([p.code for p in periods]))
        .group_by(CountyPackage.site_code, CountyPackage.period)
    ).all()  # fmt: skip
    out: dict[str, dict[str, int]] = {}
    for code, period, count in rows:
        out.setdefault(code, {})[period] = int(count)
    return out


def report_period(year: int, counts: dict[str, int]) -> Period | None:
    """The year when any site sent its annual package, else the latest quarter with one."""
    for period in reversed(year_periods(year)):
        if counts.get(period.code):
            return period
    return None


def twice_quarters(year: int, counts: dict[str, int]) -> tuple[Period, Period] | None:
    """The year's latest quarter with packages and the quarter before it."""
    for quarter in reversed(Period.of_year(year).quarters()):
        if counts.get(quarter.code):
            return quarter.previous(), quarter
    return None


def load(workspace: Workspace, year: int, today: dt.date) -> CountyDataset:
    """The whole dataset of the year's county report, judged as on `today`."""
    periods = year_periods(year)
    ended = [p for p in periods if p.last_day < today]
    inspections = site_inspections(workspace, year)
    with workspace.sessions() as session:
        sites = int(session.scalar(select(func.count()).select_from(CountySite)) or 0)
        counts = package_counts(session, periods)
        period = report_period(year, counts)
        found_totals = totals(session, period.code) if period is not None else []
        rankings = short_rankings(session, period.code) if period is not None else []
        by_period = met_by_period(session, periods)
        attention = [
            Attention(MISSING_PACKAGE, code, name, p.code)
            for p in ended
            for code, name in missing(session, p.code)
        ]
        pair = twice_quarters(year, counts)
        twice = missed_twice(session, pair[1]) if pair is not None else []
        missed = missed_counts(session, periods)
    judged = min(today, dt.date(year, 12, 31))  # the year's rules end with the year
    shortlist = judge(year, inspections, missed, today)
    attention += [
        Attention(INSPECTION_DUE, d.code, d.name, str(d.needed))
        for d in due(year, inspections, today)
    ]
    attention += [
        Attention(OVERDUE, s.code, s.name, str(count))
        for s in inspections
        if (count := overdue_items(s, judged))
    ]
    attention += [Attention(MISSED_TWICE, code, name, ",".join(keys))
                  for code, name, keys in twice]  # fmt: skip
    return CountyDataset(
        year, today, sites, period, counts.get(period.code, 0) if period else 0,
        tuple(found_totals), by_period, tuple(rankings), tuple(attention), pair,
        tuple(shortlist), tuple(inspections),
    )  # fmt: skip


def commendations(workspace: Workspace, year: int, today: dt.date) -> list[Commendation]:
    """The commendation shortlist alone (a review result's verdict)."""
    with workspace.sessions() as session:
        missed = missed_counts(session, year_periods(year))
    return judge(year, site_inspections(workspace, year), missed, today)


@dataclass(frozen=True)
class YearSummary:
    """What the county window's summary tab shows: the report's dataset, every site ranked on
    each indicator, and the sites still due an inspection."""

    dataset: CountyDataset
    rankings: dict[IndicatorKey, tuple[Ranked, ...]]  # empty: no package this year
    due: tuple[InspectionDue, ...]


def year_summary(workspace: Workspace, year: int, today: dt.date) -> YearSummary:
    found = load(workspace, year, today)
    ranked: dict[IndicatorKey, tuple[Ranked, ...]] = {}
    if found.period is not None:
        with workspace.sessions() as session:
            ranked = rankings(session, found.period.code)
    return YearSummary(found, ranked, tuple(due(year, list(found.inspections), today)))


FigureRow = tuple[str, str, int | None, str, list[float | None]]


def figure_rows(workspace: Workspace, period: str) -> list[FigureRow]:
    """Every site × indicator of the period, for the workbook: (code, name, sequence or None
    when missing, note, the figures in KEYS order). Two queries, whatever the number of sites."""
    column = {key.value: n for n, key in enumerate(KEYS)}
    with workspace.sessions() as session:
        packages = {
            code: (package_id, sequence, note)
            for code, package_id, sequence, note in session.execute(
                select(CountyPackage.site_code, CountyPackage.id, CountyPackage.sequence,
                       CountyPackage.note).where(CountyPackage.period == period))
        }  # fmt: skip
        values: dict[int, list[float | None]] = {}
        query = (
            select(CountyIndicator.package_id, CountyIndicator.key, CountyIndicator.value)
            .join(CountyPackage, CountyPackage.id == CountyIndicator.package_id)
            .where(CountyPackage.period == period)
        )
        for package_id, key, value in session.execute(query):
            if key in column:
                values.setdefault(package_id, [None] * len(KEYS))[column[key]] = value
        out: list[FigureRow] = []
        for code, name in site_names(session):
            found = packages.get(code)
            if found is None:
                out.append((code, name, None, "", [None] * len(KEYS)))
            else:
                package_id, sequence, note = found
                out.append((code, name, sequence, note,
                            values.get(package_id, [None] * len(KEYS))))  # fmt: skip
    return out
