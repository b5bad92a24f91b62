"""Every report of the catalogue prints through the registry: `write_report` of its renderer,
asked as the Reports page, another page's print button or the command line asks, writes a
PDF that reads back (and the workbook it offers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalogue.language import Language
from app.catalogue.reports import REPORTS, SITE_REPORTS, PeriodChoice, ReportWorkspace
from app.db.county_models import open_workspace
from app.db.migrate import Database
from app.db.models import Activity, Staff
from app.domain.periods import Period
from app.exchange.county_import import import_package
from app.reports.request import ReportRequest, write_report, write_workspace_report
from app.services import county as county_service
from tests.county_factory import make_package, site
from tests.support import CHAIR, COUNTY_ADMIN, COUNTY_REVIEWER, DEMO_TODAY
from tests.unit.test_generated_registers import check_pdf, check_xlsx

PERIODS = {
    PeriodChoice.MONTH: Period.of_month(2026, 10),
    PeriodChoice.QUARTER: Period.of_quarter(2026, 3),
    PeriodChoice.YEAR: Period.of_year(2026),
}


def test_every_report_of_the_catalogue_prints_through_its_renderer(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        activity = session.scalars(select(Activity.id).order_by(Activity.id)).first()
        staff = session.scalars(select(Staff.id).order_by(Staff.id)).first()
    chosen = {"activity": activity, "staff": staff}  # what the other pages choose
    for spec in SITE_REPORTS:
        stem = tmp_path / spec.command
        request = ReportRequest(
            stem.with_suffix(".pdf"),
            xlsx=stem.with_suffix(".xlsx") if spec.xlsx else None,
            period=PERIODS.get(spec.period),
            date_from=dt.date(2026, 10, 1) if spec.period is PeriodChoice.RANGE else None,
            date_to=dt.date(2026, 10, 31) if spec.period is PeriodChoice.RANGE else None,
            as_of=DEMO_TODAY,
            options={**chosen, **{switch.name: True for switch in spec.options}},
        )
        pdf = write_report(spec.key, demo_db, CHAIR, request)
        assert pdf == request.pdf, spec.key
        assert check_pdf(pdf).strip(), spec.key
        if request.xlsx is not None:
            check_xlsx(request.xlsx)


def test_every_county_report_prints_through_the_registry_from_the_workspace(
    tmp_path: Path,
) -> None:
    """A county report reads the county workspace, printed by a reviewer and logged; a site's
    register cannot print it, nor the workspace a site's report."""
    workspace = open_workspace(tmp_path / "county.db")
    for number in (1, 2):
        package = make_package(tmp_path, site(number), Period.of_year(2026), good=True)
        assert import_package(workspace, package, accept_new_key=True).status == "imported"
    county = [s for s in REPORTS.values() if s.workspace is ReportWorkspace.COUNTY]
    assert county
    for spec in county:
        stem = tmp_path / spec.key
        request = ReportRequest(
            stem.with_suffix(".pdf"), stem.with_suffix(".xlsx"), period=PERIODS[spec.period],
            as_of=DEMO_TODAY,
        )  # fmt: skip
        pdf = write_workspace_report(spec.key, workspace, COUNTY_REVIEWER, request)
        assert pdf == request.pdf and site(1).name in check_pdf(pdf), spec.key
        check_xlsx(stem.with_suffix(".xlsx"))
        logged = county_service.access_log(workspace, COUNTY_ADMIN)
        assert any(row.action == "report" and pdf.name in row.said(Language.EN) for row in logged)
        with pytest.raises(ValueError):
            write_report(spec.key, None, CHAIR, request)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        write_workspace_report(SITE_REPORTS[0].key, workspace, COUNTY_REVIEWER, request)
