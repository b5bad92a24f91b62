"""What the open-hours poster says (app.reports.wall_schedule draws it): its words in Chinese
and English, the schedule, closures and people read in one go, and the wording of phones,
hours, slots and dates for reading off a wall."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.catalogue.codes import Role
from app.catalogue.fields import RecordField
from app.db.migrate import Database
from app.domain.schedule import ClosureSpan, DayException, Interval
from app.reports.language import ReportLanguage, said
from app.services import open_hours, site_profile
from app.services.actor import Actor
from app.services.open_hours import DayPlan
from app.services.site_profile import Contact

DEFAULT_WEEKS = 8  # closures and changes shown this far ahead

WORDS: dict[str, tuple[str, str]] = {
    "poster_title": ("开放时间表", "Open hours"),
    "room": ("职工健康生活室", "Staff health room"),
    "location": ("位置：{where}", "Location: {where}"),
    "weekday_head": ("星期", "Day"),
    "hours_head": ("时长", "Hours"),
    "slots_head": ("开放时间", "Open"),
    "hours": ("{hours} 小时", "{hours} h"),
    "weekly_total": ("每周开放 {hours} 小时", "Open {hours} hours a week"),
    "since": ("本时间表自 {date} 起执行", "In force since {date}"),
    "no_schedule": ("开放时间尚未设定", "No open hours set yet"),
    "upcoming": ("近期闭室与时间调整", "Closures and changes in the coming weeks"),
    "upcoming_none": (
        "未来 {weeks} 周按上表正常开放。",
        "Open as above for the next {weeks} weeks.",
    ),
    "closed_span": ("{first} 至 {last}", "{first} to {last}"),
    "closed_on": ("闭室", "closed"),
    "special_on": ("仅 {slots} 开放", "open only {slots}"),
    "new_version": ("起执行新的开放时间表", "new open hours apply from this date"),
    "more": ("另有 {n} 项，详见室内公告", "{n} more: see the notice inside"),
    "people": ("管理人员", "Responsible persons"),
    "chair": said(Role.CHAIR),
    "admin": said(Role.ADMIN),
    "hospital": said(RecordField.HOSPITAL_NAME),
    "liaison": said(RecordField.LIAISON_NAME),
    "hotline": ("健康咨询热线", "Health hotline"),
    "hotline_note": ("专家在线接听职工健康咨询", "Experts answer staff health questions"),
    "not_named": ("（待指定）", "(to be named)"),
    "rules": ("使用须知", "House rules"),
    "rules_cut": (
        "……（以下从略，全文见室内张贴的管理制度）",
        "… (the full rules are posted inside)",
    ),
    "printed": ("打印日期：{date}", "Printed on {date}"),
    "made_with": ("健康小屋台账", "HealthRoom Ledger"),
    "am": ("上午", "am"),
    "pm": ("下午", "pm"),
    "evening": ("晚上", "evening"),
}

WEEKDAYS = {
    ReportLanguage.ZH: ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    ReportLanguage.EN: (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
}
SHORT_WEEKDAYS = {
    ReportLanguage.ZH: ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    ReportLanguage.EN: ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


@dataclass(frozen=True)
class WallSchedule:
    """Everything the poster shows, read in one go before drawing."""

    site_name: str
    room_name: str
    location: str
    effective_from: dt.date | None
    days: tuple[DayPlan, ...]  # Monday .. Sunday; empty when no schedule is in force
    next_version_from: dt.date | None  # a newer schedule starting within the horizon
    closures: tuple[ClosureSpan, ...]
    special_days: tuple[DayException, ...]
    chair: Contact
    admins: tuple[Contact, ...]
    hospital_name: str
    liaison: Contact
    hotline: str
    house_rules: str  # as entered; empty: the default text
    printed: dt.date
    weeks: int

    @property
    def weekly_hours(self) -> float:
        return sum(d.hours for d in self.days)


def collect(db: Database, actor: Actor, today: dt.date, weeks: int = DEFAULT_WEEKS) -> WallSchedule:
    profile = site_profile.get_profile(db) or site_profile.SiteProfile("", "")
    horizon = today + dt.timedelta(weeks=weeks)
    calendar = open_hours.load_calendar(db, actor)
    in_force = open_hours.version_in_force(db, actor, today)
    upcoming = [
        v.effective_from
        for v in open_hours.list_versions(db, actor)
        if today < v.effective_from <= horizon
    ]
    return WallSchedule(
        site_name=profile.site_name,
        room_name=profile.room_name,
        location=profile.location,
        effective_from=in_force.effective_from if in_force else None,
        days=in_force.days if in_force else (),
        next_version_from=upcoming[0] if upcoming else None,
        closures=tuple(calendar.closure_spans(today, horizon)),
        special_days=tuple(calendar.special_days(today, horizon)),
        chair=Contact(profile.chair_name, profile.chair_phone),
        admins=profile.admins,
        hospital_name=profile.hospital_name,
        liaison=Contact(profile.liaison_name, profile.liaison_phone),
        hotline=profile.hospital_hotline,
        house_rules=profile.house_rules,
        printed=today,
        weeks=weeks,
    )


# --- wording helpers -------------------------------------------------------------------------


def phone_text(phone: str) -> str:
    """A mobile number grouped 3-4-4 for reading off a wall; anything else as entered."""
    digits = phone.strip()
    if re.fullmatch(r"1\d{10}", digits):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits


def hours_text(hours: float) -> str:
    return f"{hours:.1f}".rstrip("0").rstrip(".")


def slot_text(slot: Interval) -> str:
    return f"{slot.start:%H:%M}—{slot.end:%H:%M}"


def part_of_day(slot: Interval) -> str:
    """am / pm / evening for a slot that lies within one part of the day, else ""."""
    if slot.end <= dt.time(12, 30):
        return "am"
    if dt.time(12) <= slot.start and slot.end <= dt.time(18, 30):
        return "pm"
    if dt.time(18) <= slot.start:
        return "evening"
    return ""


def date_text(day: dt.date, language: ReportLanguage, printed: dt.date) -> str:
    weekday = SHORT_WEEKDAYS[language][day.weekday()]
    if language is ReportLanguage.ZH:
        year = f"{day.year}年" if day.year != printed.year else ""
        return f"{year}{day.month}月{day.day}日（{weekday}）"
    year = f" {day.year}" if day.year != printed.year else ""
    return f"{weekday} {day.day} {day:%b}{year}"


def rules_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def is_title(line: str) -> bool:
    """A first line like 职工健康生活室管理制度: short, no sentence punctuation or number."""
    return len(line) <= 20 and not re.search(r"[。；;，,.:：、]|^\s*\d", line)
