"""Outreach list: staff who attended none of the year's health lectures, by department — to
print for the department heads or export to a spreadsheet for the next invitations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.catalogue.fields import RecordField
from app.db.migrate import Database
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import Sheet, write_workbook
from app.services import outreach, site_profile
from app.services.actor import Actor
from app.services.outreach import OutreachList

WORDS: dict[str, tuple[str, str]] = {
    "title": ("{year}年未参加健康讲座职工名单", "Staff who attended no health lecture in {year}"),
    "sheet": ("未参加讲座职工", "No lecture attended"),
    "summary": (
        "截至 {as_of}：在册职工 {active} 人，本年已举办健康讲座 {lectures} 次，"
        "其中 {count} 人一次也未参加。请各部门通知以下职工参加下次讲座。",
        "As of {as_of}: {active} staff on the roster, {lectures} health lectures held this "
        "year; {count} attended none. Please invite them to the next lecture.",
    ),
    "department_heading": (
        "{name}（未参加 {n} 人 / 在册 {active} 人）",
        "{name} ({n} of {active} staff)",
    ),
    "none": (
        "本年所有在册职工都至少参加过一次健康讲座。",
        "Every staff member attended a lecture.",
    ),
    "no": ("序号", "No."),
    "department": said(RecordField.DEPARTMENT),
    "employee_no": said(RecordField.EMPLOYEE_NO),
    "name": said(RecordField.NAME),
    "job": said(RecordField.JOB_TITLE),
    "offered": ("可参加的讲座（次）", "Lectures offered"),
    "note": said(RecordField.NOTE),
}


def build_story(data: OutreachList, words: Words, width: float) -> list[Flowable]:
    styles = Styles()
    story: list[Flowable] = [
        Paragraph(words("title", year=data.year), styles.title),
        Paragraph(
            words(
                "summary",
                as_of=data.as_of.isoformat(),
                active=data.active,
                lectures=data.lectures_held,
                count=len(data.people),
            ),
            styles.body,
        ),
    ]
    if not data.people:
        story.append(Paragraph(words("none"), styles.body))
    head = [words("no"), words("employee_no"), words("name"), words("job"), words("offered")]
    fixed = [12 * mm, 30 * mm, 30 * mm, 40 * mm, 36 * mm]
    widths = [*fixed, width - sum(fixed)]
    for department in data.departments:
        rows: list[list[object]] = [
            [Paragraph(h, styles.cell_head) for h in [*head, words("note")]]
        ]
        rows += [
            [str(i), p.employee_no, Paragraph(p.name, styles.cell), p.job_title, str(p.offered), ""]
            for i, p in enumerate(department.people, start=1)
        ]
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = table_style()
        style.add("ALIGN", (0, 1), (0, -1), "CENTER")
        style.add("ALIGN", (4, 1), (4, -1), "CENTER")
        table.setStyle(style)
        heading = Paragraph(
            words(
                "department_heading",
                name=department.name,
                n=len(department.people),
                active=department.active,
            ),
            styles.heading,
        )
        story += [KeepTogether([heading, table]) if len(rows) <= 10 else heading]
        if len(rows) > 10:
            story.append(table)
    story.append(Spacer(1, 4 * mm))
    return story


def write_outreach_pdf(
    db: Database,
    actor: Actor,
    year: int,
    today: dt.date,
    path: Path,
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    data = outreach.non_attendees(db, actor, year, today)
    profile = site_profile.get_profile(db)
    words = Words(WORDS, language)
    title = words("title", year=year)
    site = profile.site_name if profile else ""
    setup = PageSetup(header=" · ".join(x for x in (site, title) if x), language=language)
    width = setup.pagesize[0] - 2 * setup.margin_mm * mm
    return render_pdf(path, build_story(data, words, width), setup, title=title, printed=today)


def write_outreach_xlsx(
    db: Database,
    actor: Actor,
    year: int,
    today: dt.date,
    path: Path,
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    data = outreach.non_attendees(db, actor, year, today)
    words = Words(WORDS, language)
    sheet = Sheet(
        title=words("sheet"),
        header=[
            words("department"),
            words("employee_no"),
            words("name"),
            words("job"),
            words("offered"),
        ],
        rows=[[p.department, p.employee_no, p.name, p.job_title, p.offered] for p in data.people],
        title_lines=[
            words("title", year=year),
            words(
                "summary",
                as_of=data.as_of.isoformat(),
                active=data.active,
                lectures=data.lectures_held,
                count=len(data.people),
            ),
        ],
    )
    return write_workbook(path, [sheet], language)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The year's list as PDF, and as a workbook when asked."""
    if request.period is None:
        raise ValueError("the outreach list needs a year")
    year, today = request.period.year, request.today
    progress(30, "activities")
    pdf = Path(write_outreach_pdf(db, actor, year, today, request.pdf, request.language))
    if request.xlsx is not None:
        progress(80, "xlsx")
        write_outreach_xlsx(db, actor, year, today, request.xlsx, request.language)
    return pdf
