"""清洁消毒登记表: the month's cleaning and disinfection log, filled from the day log or blank
for writing on by hand (A4 landscape, one line per day, signature lines at the foot).

Each line: the date and weekday, the scheduled hours (or closed), the room's actual opening
and closing, who was on duty, who cleaned, and what was disinfected with what by whom.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.catalogue.codes import DayState
from app.catalogue.fields import RecordField
from app.catalogue.reports import ReportKey
from app.db.migrate import Database
from app.domain.day_log import DayFacts
from app.reports.equipment_dataset import site_and_room
from app.reports.language import COMMON, ReportLanguage, Words, said
from app.reports.pdf.blocks import data_table, para, signatures
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles
from app.reports.request import Progress, ReportRequest
from app.services import room_upkeep
from app.services.actor import Actor

WORDS: dict[str, tuple[str, str]] = {
    **COMMON,
    "title": said(ReportKey.CLEANING_LOG),
    "subtitle": ("{site} {room}　{year}年{month}月", "{site} {room} — {month_name} {year}"),
    "rule": (
        "每个开放日清洁一次；每 {n} 个开放日至少消毒一次（血压计袖带、体重秤、桌椅、门把手等）。",
        "Cleaned every open day; disinfected at least every {n} open day(s) (cuffs, scales, "
        "tables, chairs, door handles).",
    ),
    "summary": (
        "本月开放日 {open} 天，已登记 {logged} 天，清洁 {cleaned} 天，消毒 {disinfected} 次。",
        "{open} open day(s) this month, {logged} logged, cleaned on {cleaned}, disinfected "
        "{disinfected} time(s).",
    ),
    "col.date": said(RecordField.DATE),
    "col.weekday": ("星期", "Day"),
    "col.scheduled": ("计划开放", "Scheduled"),
    "col.actual": ("实际开/闭", "Opened – closed"),
    "col.duty": ("值班人", "On duty"),
    "col.cleaned": said(RecordField.CLEANED_BY),
    "col.what": ("消毒部位/物品", "Disinfected"),
    "col.agent": ("消毒剂/方法", "Agent / method"),
    "col.disinfected_by": ("消毒人", "By"),
    "col.note": said(RecordField.NOTE),
    "sign.admin": ("健康管理员（签字）：", "Health administrator (signature): "),
    "sign.chair": ("工会主席（签字）：", "Union chair (signature): "),
}
WEEKDAYS = (("一", "Mon"), ("二", "Tue"), ("三", "Wed"), ("四", "Thu"), ("五", "Fri"),
            ("六", "Sat"), ("日", "Sun"))  # fmt: skip
WIDTHS = (20, 12, 24, 25, 22, 22, 44, 42, 22, 34)  # mm, 267 across A4 landscape


@dataclass(frozen=True)
class LogLine:
    day: dt.date
    scheduled: str  # "08:30–11:30, 14:30–17:30", or empty when not an open day
    facts: DayFacts | None


@dataclass(frozen=True)
class CleaningLog:
    site: str
    room: str
    year: int
    month: int
    interval: int
    lines: tuple[LogLine, ...]


def cleaning_log_data(
    db: Database, actor: Actor, year: int, month: int, today: dt.date
) -> CleaningLog:
    upkeep = room_upkeep.month_upkeep(db, actor, year, month, today)
    hours = room_upkeep.month_hours(db, actor, year, month)
    facts = {log.day: log.facts for log in upkeep.logs}
    site, room = site_and_room(db)
    lines = tuple(LogLine(d.day, hours.get(d.day, ""), facts.get(d.day)) for d in upkeep.days)
    return CleaningLog(site, room, year, month, room_upkeep.disinfection_interval(db, actor), lines)


def _time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _row(line: LogLine, w: Words, blank: bool) -> list[object]:
    weekday = WEEKDAYS[line.day.weekday()][0 if w.language is ReportLanguage.ZH else 1]
    scheduled = line.scheduled.replace(", ", "\n") or w.code(DayState.CLOSED)  # one interval a line
    f = None if blank else line.facts
    if f is None:
        return [line.day.isoformat(), weekday, scheduled, "", "", "", "", "", "", ""]
    actual = f"{_time(f.opened_at)}–{_time(f.closed_at)}" if f.opened_at or f.closed_at else ""
    return [
        line.day.isoformat(), weekday, scheduled, actual, f.duty_person,
        f.cleaned_by if f.cleaned else "", f.disinfection_what if f.disinfected else "",
        f.disinfection_agent if f.disinfected else "", f.disinfected_by if f.disinfected else "",
        f.note,
    ]  # fmt: skip


def write_cleaning_log(
    path: Path,
    data: CleaningLog,
    blank: bool = False,
    language: ReportLanguage = ReportLanguage.ZH,
    printed: dt.date | None = None,
) -> Path:
    """The month's log as recorded, or (`blank`) with only the dates and hours to write on."""
    w = Words(WORDS, language)
    styles = Styles(base_size=8.5)
    month_name = calendar.month_name[data.month]
    story: list[Flowable] = [
        para(w("title"), styles.title),
        para(
            w(
                "subtitle",
                site=data.site,
                room=data.room,
                year=data.year,
                month=data.month,
                month_name=month_name,
            ).strip(),
            styles.subtitle,
        ),
        para(w("rule", n=data.interval), styles.small),
    ]
    if not blank:
        logged = [line.facts for line in data.lines if line.facts is not None]
        story.append(
            para(
                w("summary", open=sum(1 for line in data.lines if line.scheduled),
                  logged=len(logged), cleaned=sum(1 for f in logged if f.cleaned),
                  disinfected=sum(1 for f in logged if f.disinfected)),
                styles.body,
            )
        )  # fmt: skip
    story.append(Spacer(1, 2 * mm))
    header = [w(f"col.{c}") for c in ("date", "weekday", "scheduled", "actual", "duty", "cleaned",
                                        "what", "agent", "disinfected_by", "note")]  # fmt: skip
    rows = [_row(line, w, blank) for line in data.lines]
    story.append(data_table(styles, header, rows, WIDTHS, row_height_mm=11 if blank else None))
    story.append(signatures(styles, w("sign.admin"), w("sign.chair"), w("date")))
    setup = PageSetup(
        landscape=True, margin_mm=12, language=language,
        header=" · ".join(x for x in (data.site, w("title")) if x),
    )  # fmt: skip
    return render_pdf(path, story, setup, w("title"), printed)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The month's log; option `blank`: only the dates and hours, to fill in by hand."""
    if request.period is None:
        raise ValueError("the cleaning log needs a month")
    progress(20, "open_hours")
    month = request.period.first_day
    data = cleaning_log_data(db, actor, month.year, month.month, request.today)
    progress(60, "pdf")
    blank, language = request.switch("blank"), request.language
    return Path(write_cleaning_log(request.pdf, data, blank, language, request.as_of))
