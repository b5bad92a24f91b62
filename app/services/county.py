"""What the county workspace shows: sites × indicators per period, missing packages, and the
inspections of each site in a year (fewer than the founding rules' two are flagged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.county_models import (
    CountyIndicator,
    CountyInspection,
    CountyPackage,
    CountySite,
    Workspace,
)
from app.domain.periods import Period

INSPECTIONS_PER_YEAR = 2  # founding rules: every room inspected at least twice a year


@dataclass(frozen=True)
class Figure:
    value: float | None
    numerator: float | None
    denominator: float | None
    target: float | None
    met: bool | None
    in_progress: bool


@dataclass(frozen=True)
class SiteFigures:
    code: str
    name: str
    sequence: int | None  # None: no package for the period (flagged)
    note: str  # "replaced:N" when a newer package replaced sequence N
    figures: dict[str, Figure]

    @property
    def missing(self) -> bool:
        return self.sequence is None


@dataclass(frozen=True)
class InspectionRow:
    inspected_on: dt.date
    inspectors: str
    findings: str
    score: float | None
    items: tuple[tuple[str, dt.date | None, str], ...]  # rectification, deadline, status


@dataclass(frozen=True)
class SiteInspections:
    code: str
    name: str
    inspections: tuple[InspectionRow, ...]

    @property
    def too_few(self) -> bool:
        return len(self.inspections) < INSPECTIONS_PER_YEAR


def periods(workspace: Workspace) -> list[str]:
    with workspace.sessions() as session:
        found = session.scalars(select(CountyPackage.period).distinct()).all()
    return sorted(found, key=lambda p: (Period.parse(p).first_day, Period.parse(p).last_day))


def site_figures(workspace: Workspace, period: str) -> list[SiteFigures]:
    """Every known site for the period; sites without its package are listed as missing."""
    with workspace.sessions() as session:
        sites = session.scalars(select(CountySite).order_by(CountySite.code)).all()
        packages = {
            p.site_code: p
            for p in session.scalars(select(CountyPackage).where(CountyPackage.period == period))
        }
        out = []
        for site in sites:
            package = packages.get(site.code)
            figures: dict[str, Figure] = {}
            if package is not None:
                query = select(CountyIndicator).where(CountyIndicator.package_id == package.id)
                for i in session.scalars(query):
                    met = None if i.met is None else bool(i.met)
                    figures[i.key] = Figure(
                        i.value, i.numerator, i.denominator, i.target, met, bool(i.in_progress)
                    )
            out.append(
                SiteFigures(
                    site.code,
                    site.name,
                    package.sequence if package else None,
                    package.note if package else "",
                    figures,
                )
            )
    return out


def site_inspections(workspace: Workspace, year: int) -> list[SiteInspections]:
    """Per site, the year's inspections as its newest package of that year records them."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = []
    with workspace.sessions() as session:
        for site in session.scalars(select(CountySite).order_by(CountySite.code)):
            newest = None
            for package in session.scalars(
                select(CountyPackage).where(CountyPackage.site_code == site.code)
            ):
                p = Period.parse(package.period)
                if p.first_day.year == year and (
                    newest is None or package.created_at > newest.created_at
                ):
                    newest = package
            rows: dict[int, list[CountyInspection]] = {}
            if newest is not None:
                query = (
                    select(CountyInspection)
                    .where(
                        CountyInspection.package_id == newest.id,
                        CountyInspection.inspected_on.between(first, last),
                    )
                    .order_by(CountyInspection.inspected_on, CountyInspection.id)
                )
                for row in session.scalars(query):
                    rows.setdefault(row.inspection_no, []).append(row)
            inspections = tuple(
                InspectionRow(
                    group[0].inspected_on,
                    group[0].inspectors,
                    group[0].findings,
                    group[0].score,
                    tuple(
                        (r.rectification, r.deadline, r.status) for r in group if r.rectification
                    ),
                )
                for group in rows.values()
            )
            out.append(SiteInspections(site.code, site.name, inspections))
    return out
