"""Every report of the catalogue prints through the registry: `write_report` of its renderer,
asked as the Reports page, another page's print button or the command line asks, writes a
PDF that reads back (and the workbook it offers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.catalogue.reports import REPORTS, PeriodChoice
from app.db.migrate import Database
from app.db.models import Activity, Staff
from app.domain.periods import Period
from app.reports.request import ReportRequest, write_report
from tests.support import CHAIR, DEMO_TODAY
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
    for spec in REPORTS.values():
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
