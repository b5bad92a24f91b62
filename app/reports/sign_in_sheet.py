"""The pre-filled sign-in sheet (签到表) of an activity: its target group by department with
employee no., name and a signature column, optionally a Code128 barcode per person (a card
reader at the door can then scan the sheet when someone forgot their card), and blank lines for
walk-ins who are not on the roster."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from sqlalchemy import select

from app.catalogue.fields import RecordField
from app.db.migrate import Database
from app.db.models import Department
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.services import activities, department_order, sign_in, site_profile
from app.services.activities import ActivityDetail
from app.services.actor import Actor
from app.services.sign_in import AttendeeRow
from app.services.unit_of_work import read_only

WORDS: dict[str, tuple[str, str]] = {
    "title": ("签到表", "Sign-in sheet"),
    "time": ("时间", "Time"),
    "place": said(RecordField.PLACE),
    "speaker": ("主讲/负责人", "Speaker"),
    "organisation": ("组织单位", "Organised by"),
    "targets": ("参加对象", "Target group"),
    "all_staff": ("全体职工", "All staff"),
    "expected": ("应到人数", "Expected"),
    "people": ("{n} 人", "{n}"),
    "department_heading": ("{name}（{n} 人）", "{name} ({n})"),
    "no": ("序号", "No."),
    "employee_no": said(RecordField.EMPLOYEE_NO),
    "name": said(RecordField.NAME),
    "department": said(RecordField.DEPARTMENT),
    "barcode": ("条码", "Barcode"),
    "signature": said(RecordField.SIGNATURE),
    "note": said(RecordField.NOTE),
    "guests": ("未在名册上的参加人员（来宾、临时参加）", "Walk-ins not on the roster (guests)"),
    "unit": ("单位/部门", "Organisation"),
    "tally": (
        "实到人数：________ 人　　其中来宾：________ 人　　记录人：____________",
        "Present: ________   of whom guests: ________   Recorded by: ____________",
    ),
    "hint": (
        "请本人签名；未列入名单者请在最后一页登记。参与率按名单内实到人数计算。",
        "Please sign in person; anyone not listed signs on the last page. Participation "
        "counts the listed staff who came.",
    ),
}
GUEST_LINES = 10


@dataclass(frozen=True)
class SignInSheet:
    site_name: str
    activity: ActivityDetail
    attendees: tuple[AttendeeRow, ...]
    target_names: tuple[str, ...]


def sign_in_sheet_data(db: Database, actor: Actor, activity_id: int) -> SignInSheet:
    detail = activities.get_activity(db, actor, activity_id)
    rows = sign_in.attendee_list(db, actor, activity_id)
    profile = site_profile.get_profile(db)
    with read_only(db) as session:
        names = tuple(
            session.scalars(
                select(Department.name)
                .where(Department.id.in_(detail.data.department_ids))
                .order_by(*department_order.order_by(session))
            )
        )
    return SignInSheet(
        site_name=profile.site_name if profile else "",
        activity=detail,
        attendees=tuple(r for r in rows if r.eligible),
        target_names=names,
    )


def _when(start: dt.datetime, end: dt.datetime | None) -> str:
    text = start.strftime("%Y-%m-%d %H:%M")
    if end is not None:
        text += "–" + (end.strftime("%H:%M") if end.date() == start.date() else str(end))[:16]
    return text


def _info(sheet: SignInSheet, words: Words, styles: Styles, width: float) -> Table:
    a = sheet.activity.data
    targets = words("all_staff") if a.target_all else "、".join(sheet.target_names)
    pairs = [
        (words("time"), _when(a.starts_at, a.ends_at), words("place"), a.place),
        (words("speaker"), a.speaker, words("organisation"), a.organisation),
        (
            words("targets"),
            targets,
            words("expected"),
            words("people", n=len(sheet.attendees)),
        ),
    ]
    data = [
        [
            Paragraph(k1, styles.cell_head),
            Paragraph(v1 or "—", styles.cell),
            Paragraph(k2, styles.cell_head),
            Paragraph(v2 or "—", styles.cell),
        ]
        for k1, v1, k2, v2 in pairs
    ]
    label = 24 * mm
    table = Table(data, colWidths=[label, width / 2 - label, label, width / 2 - label])
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def _department_table(
    rows: list[AttendeeRow],
    start: int,
    words: Words,
    styles: Styles,
    width: float,
    barcodes: bool,
) -> Table:
    head = [words("no"), words("employee_no"), words("name")]
    widths = [12 * mm, 30 * mm, 32 * mm]
    if barcodes:
        head.append(words("barcode"))
        widths.append(44 * mm)
    head += [words("signature"), words("note")]
    rest = width - sum(widths)
    widths += [rest * 0.72, rest * 0.28]
    data: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    for i, r in enumerate(rows, start=start):
        line: list[object] = [str(i), r.employee_no, Paragraph(r.name, styles.cell)]
        if barcodes:
            line.append(
                Code128(r.employee_no, barHeight=7 * mm, barWidth=0.75, humanReadable=False)
            )
        data.append([*line, "", ""])
    height = 12 * mm if barcodes else 8.5 * mm
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=[None] + [height] * len(rows))
    style = table_style(header_rows=1, zebra=False)
    style.add("FONTSIZE", (0, 1), (-1, -1), 10)
    style.add("ALIGN", (0, 1), (0, -1), "CENTER")
    table.setStyle(style)
    return table


def _guest_table(words: Words, styles: Styles, width: float) -> Table:
    head = [words("no"), words("name"), words("unit"), words("signature")]
    widths = [12 * mm, 32 * mm, 50 * mm, width - 94 * mm]
    data: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    data += [[str(i), "", "", ""] for i in range(1, GUEST_LINES + 1)]
    table = Table(data, colWidths=widths, rowHeights=[None] + [8.5 * mm] * GUEST_LINES)
    table.setStyle(table_style(header_rows=1, zebra=False))
    return table


def build_story(sheet: SignInSheet, words: Words, width: float, barcodes: bool) -> list[Flowable]:
    styles = Styles()
    a = sheet.activity.data
    story: list[Flowable] = [
        Paragraph(f"{a.title} · {words('title')}", styles.title),
        _info(sheet, words, styles, width),
        Spacer(1, 3 * mm),
        Paragraph(words("hint"), styles.small),
    ]
    number = 1
    for department, group in groupby(sheet.attendees, key=lambda r: r.department):
        rows = list(group)
        heading = Paragraph(
            words("department_heading", name=department, n=len(rows)), styles.heading
        )
        table = _department_table(rows, number, words, styles, width, barcodes)
        # Keep a department's heading with its first lines; long tables still split.
        story.append(KeepTogether([heading, table]) if len(rows) <= 8 else heading)
        if len(rows) > 8:
            story.append(table)
        number += len(rows)
    story += [
        KeepTogether(
            [
                Paragraph(words("guests"), styles.heading),
                _guest_table(words, styles, width),
                Spacer(1, 6 * mm),
                Paragraph(words("tally"), styles.body),
            ]
        ),
    ]
    return story


def write_sign_in_sheet(
    db: Database,
    actor: Actor,
    activity_id: int,
    path: Path,
    barcodes: bool = False,
    language: ReportLanguage = ReportLanguage.ZH,
    printed: dt.date | None = None,
) -> Path:
    sheet = sign_in_sheet_data(db, actor, activity_id)
    words = Words(WORDS, language)
    setup = PageSetup(
        header=" · ".join(x for x in (sheet.site_name, words("title")) if x), language=language
    )
    width = setup.pagesize[0] - 2 * setup.margin_mm * mm
    story = build_story(sheet, words, width, barcodes)
    return render_pdf(
        path, story, setup, title=f"{sheet.activity.data.title} {words('title')}", printed=printed
    )


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """One activity's sheet: option `activity` (its id, chosen on the activities page) and
    `barcodes` (a code beside each name)."""
    activity = request.options.get("activity")
    if not isinstance(activity, int):
        raise ValueError("the sign-in sheet needs an activity")
    progress(30, "roster")
    return Path(
        write_sign_in_sheet(
            db, actor, activity, request.pdf, request.switch("barcodes"), request.language,
            request.as_of,
        )
    )  # fmt: skip
