"""开放时间表: the one-page poster for the room's door (A4 portrait, or A3).

A nameplate-style header with the room's name, the weekly table in large type, closures and
changed hours in the coming weeks, the responsible persons and the partner hospital with
their phones, the house rules (使用须知) and the print date. Drawn directly on a reportlab
canvas so it always fits one page: the house rules shrink to the space left.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.catalogue.codes import ExceptionKind
from app.catalogue.reports import ReportKey
from app.db.migrate import Database
from app.reports.atomic import atomic_path
from app.reports.house_rules import default_house_rules
from app.reports.language import ReportLanguage, Words
from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import ACCENT, INK, MUTED
from app.reports.request import Progress, ReportRequest
from app.reports.wall_schedule_content import (
    DEFAULT_WEEKS,
    WEEKDAYS,
    WORDS,
    WallSchedule,
    collect,
    date_text,
    hours_text,
    is_title,
    part_of_day,
    phone_text,
    rules_lines,
    slot_text,
)
from app.services.actor import Actor
from app.services.report_log import record_report
from app.services.site_profile import Contact

PAPERS = ("A4", "A3")
NAMEPLATE = colors.HexColor("#0b4f8a")
NAMEPLATE_DARK = colors.HexColor("#083b68")
GOLD = colors.HexColor("#e2b93b")
ROW_FILL = colors.HexColor("#f1f5fa")
CLOSED_FILL = colors.HexColor("#eceff1")
LINE = colors.HexColor("#b7c4d3")
NOTE_FILL = colors.HexColor("#fff8e1")
NOTE_EDGE = colors.HexColor("#f0c040")
SOFT = colors.HexColor("#7b8794")


class _Poster:
    """Draws the poster top-down on an A4 coordinate system (scaled for A3)."""

    def __init__(
        self, canvas: Canvas, data: WallSchedule, language: ReportLanguage, compact: bool = False
    ) -> None:
        self.c = canvas
        self.compact = compact  # tighter rows when the house rules need the room
        self.data = data
        self.language = language
        self.words = Words(WORDS, language)
        self.font = register_fonts()
        self.width, self.height = A4
        self.margin = 32.0
        self.left = self.margin
        self.right = self.width - self.margin
        self.y = self.height - self.margin
        self.rules_size = 0.0  # what the house rules got: their size, and whether cut
        self.rules_cut = False

    # text primitives
    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        color: colors.Color = INK,
        bold: bool = False,
        align: str = "left",
    ) -> None:
        c = self.c
        width = stringWidth(text, self.font, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        if bold:  # the font has no bold face: stroke the glyphs' outline as well
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(size / 32)
        obj = c.beginText(x, y)
        obj.setFont(self.font, size)
        obj.setFillColor(color)
        if bold:
            obj.setTextRenderMode(2)
        obj.textOut(text)
        c.drawText(obj)
        if bold:
            c.restoreState()  # the render mode is graphics state: plain text after stays plain

    def fit(self, text: str, size: float, width: float, smallest: float = 7) -> float:
        """The largest size ≤ `size` at which `text` fits `width`."""
        while size > smallest and stringWidth(text, self.font, size) > width:
            size -= 0.5
        return size

    # sections
    def header(self) -> None:
        c, d = self.c, self.data
        top, height = self.y, 102.0 if self.compact else 116.0
        bottom = top - height
        c.setFillColor(NAMEPLATE)
        c.roundRect(self.left, bottom, self.right - self.left, height, 10, stroke=0, fill=1)
        c.setStrokeColor(GOLD)
        c.setLineWidth(1.6)
        inset = 6.0
        c.roundRect(
            self.left + inset,
            bottom + inset,
            self.right - self.left - 2 * inset,
            height - 2 * inset,
            7,
            stroke=1,
            fill=0,
        )
        c.setLineWidth(1)
        middle = self.width / 2
        inner = self.right - self.left - 60
        if d.site_name:
            size = self.fit(d.site_name, 15, inner)
            self.text(middle, top - 27, d.site_name, size, colors.white, align="center")
        room = d.room_name or self.words("room")
        size = self.fit(room, 32 if self.compact else 36, inner)
        room_y = top - (60 if self.compact else 69)
        self.text(middle, room_y, room, size, colors.white, bold=True, align="center")
        # The ribbon: what this sheet is.
        title = self.words("poster_title")
        ribbon_w = max(170.0, stringWidth(title, self.font, 19) + 70)
        ribbon_h = 26.0 if self.compact else 30.0
        rx, ry = middle - ribbon_w / 2, bottom + 11
        c.setFillColor(GOLD)
        c.roundRect(rx, ry, ribbon_w, ribbon_h, ribbon_h / 2, stroke=0, fill=1)
        title_size = 17 if self.compact else 19
        self.text(
            middle, ry + ribbon_h / 2 - title_size * 0.36, title, title_size, NAMEPLATE_DARK,
            bold=True, align="center",
        )  # fmt: skip
        self.y = bottom - 6

    def week_table(self) -> None:
        c, d, w = self.c, self.data, self.words
        self.y -= 8
        if not d.days or d.weekly_hours == 0:
            self.text(self.width / 2, self.y - 30, w("no_schedule"), 22, MUTED, align="center")
            self.y -= 56
            return
        columns = max(1, max(len(day.slots) for day in d.days))
        head_h = 24.0
        if self.compact:
            row_h, day_size, slot_max = (25.0, 16.0, 19.0) if columns < 3 else (23.0, 15.0, 16.0)
        else:
            row_h, day_size, slot_max = (31.0, 19.0, 22.0) if columns < 3 else (28.0, 18.0, 18.0)
        day_w, hours_w = 92.0, 78.0
        slots_x = self.left + day_w
        slots_w = self.right - self.left - day_w - hours_w
        slot_w = slots_w / columns
        top = self.y
        # header row
        c.setFillColor(NAMEPLATE)
        c.rect(self.left, top - head_h, self.right - self.left, head_h, stroke=0, fill=1)
        base = top - head_h + 8
        self.text(self.left + day_w / 2, base, w("weekday_head"), 13, colors.white, align="center")
        self.text(slots_x + slots_w / 2, base, w("slots_head"), 13, colors.white, align="center")
        self.text(self.right - hours_w / 2, base, w("hours_head"), 13, colors.white, align="center")
        y = top - head_h
        longest = max((slot_text(s) for day in d.days for s in day.slots), key=len, default="")
        parts = {part_of_day(s) for day in d.days for s in day.slots}
        prefix = self.language is ReportLanguage.ZH and "" not in parts
        label_w = stringWidth(w("am") + " ", self.font, 12) if prefix else 0.0
        slot_size = self.fit(longest, slot_max, slot_w - label_w - 14)
        for day in d.days:
            bottom = y - row_h
            fill = CLOSED_FILL if not day.slots else (ROW_FILL if day.weekday % 2 else None)
            if fill is not None:
                c.setFillColor(fill)
                c.rect(self.left, bottom, self.right - self.left, row_h, stroke=0, fill=1)
            base = bottom + row_h / 2 - day_size * 0.4
            name = WEEKDAYS[self.language][day.weekday]
            color = INK if day.slots else SOFT
            size = self.fit(name, day_size, day_w - 10)
            self.text(self.left + day_w / 2, base, name, size, color, bold=True, align="center")
            if not day.slots:
                closed = w.code(ExceptionKind.CLOSED)
                self.text(slots_x + slots_w / 2, base, closed, day_size, SOFT, align="center")
            for index, slot in enumerate(day.slots):
                centre = slots_x + slot_w * index + slot_w / 2
                text = slot_text(slot)
                width = stringWidth(text, self.font, slot_size)
                start = centre - (width + label_w) / 2
                if prefix:
                    self.text(start, base + 1, w(part_of_day(slot)), 12, MUTED)
                self.text(start + label_w, base - 1, text, slot_size, INK)
            if day.slots:
                hours = w("hours", hours=hours_text(day.hours))
                self.text(self.right - hours_w / 2, base, hours, 15, ACCENT, align="center")
            c.setStrokeColor(LINE)
            c.setLineWidth(0.6)
            c.line(self.left, bottom, self.right, bottom)
            y = bottom
        c.setStrokeColor(NAMEPLATE)
        c.setLineWidth(1.4)
        c.rect(self.left, y, self.right - self.left, top - y, stroke=1, fill=0)
        c.setLineWidth(1)
        # caption: weekly total and since when
        self.y = y - 19
        total = w("weekly_total", hours=hours_text(d.weekly_hours))
        self.text(self.left, self.y, total, 12.5, ACCENT, bold=True)
        if d.effective_from:
            since = w("since", date=date_text(d.effective_from, self.language, d.printed))
            self.text(self.right, self.y, since, 11, MUTED, align="right")
        self.y -= 12

    def upcoming(self, max_lines: int = 4) -> None:
        d, w = self.data, self.words
        lines: list[tuple[dt.date, str, str, str]] = []  # date, when, what, reason
        for span in d.closures:
            first = date_text(span.first, self.language, d.printed)
            when = (
                first
                if span.first == span.last
                else w(
                    "closed_span", first=first, last=date_text(span.last, self.language, d.printed)
                )
            )
            closed = w("closed_on")
            if closed.lower() in span.reason.lower():  # "国庆节放假，闭室" says it already
                lines.append((span.first, when, span.reason, ""))
            else:
                lines.append((span.first, when, closed, span.reason))
        for special in d.special_days:
            slots = "、".join(slot_text(s) for s in special.intervals)
            what = w("special_on", slots=slots)
            when = date_text(special.on_date, self.language, d.printed)
            lines.append((special.on_date, when, what, special.reason))
        if d.next_version_from:
            when = date_text(d.next_version_from, self.language, d.printed)
            lines.append((d.next_version_from, when, w("new_version"), ""))
        lines.sort(key=lambda line: line[0])
        if not lines and not d.weekly_hours:
            return  # nothing to announce and no week to refer to
        shown = lines[:max_lines]
        rest = len(lines) - len(shown)
        rows = max(1, len(shown)) + (1 if rest else 0)
        line_h = 17.0 if self.compact else 19.0
        box_h = 34 + rows * line_h
        top = self.y - 6
        c = self.c
        c.setFillColor(NOTE_FILL)
        c.setStrokeColor(NOTE_EDGE)
        c.roundRect(self.left, top - box_h, self.right - self.left, box_h, 6, stroke=1, fill=1)
        self.text(self.left + 14, top - 22, w("upcoming"), 14, NAMEPLATE_DARK, bold=True)
        y = top - 22 - line_h - 2
        if not shown:
            self.text(self.left + 14, y, w("upcoming_none", weeks=d.weeks), 12.5, INK)
        when_w = max((stringWidth(line[1], self.font, 12.5) for line in shown), default=0.0)
        for _day, when, what, reason in shown:
            self.text(self.left + 14, y, when, 12.5, INK, bold=True)
            x = self.left + 30 + when_w
            avail = self.right - 14 - x
            size = self.fit(f"{what}  {reason}", 12.5, avail)
            self.text(x, y, what, size, INK)
            if reason:
                x += stringWidth(what, self.font, size) + size
                self.text(x, y, reason, size, MUTED)
            y -= line_h
        if rest:
            self.text(self.left + 14, y, w("more", n=rest), 11, MUTED)
        self.y = top - box_h - 10

    def contacts(self) -> None:
        c, d, w = self.c, self.data, self.words
        gap = 12.0
        half = (self.right - self.left - gap) / 2
        right_x = self.left + half + gap
        people: list[tuple[str, Contact]] = [(w("chair"), d.chair)]
        people += [(w("admin"), a) for a in (d.admins or (Contact(""),))]
        people = people[:4]
        bar_h, line_h = 24.0, 22.0 if self.compact else 25.0
        rows = max(len(people), 3 + (0.6 if d.hotline else 0))
        box_h = bar_h + 12 + rows * line_h
        top = self.y
        for x in (self.left, right_x):
            c.setStrokeColor(LINE)
            c.setFillColor(colors.white)
            c.roundRect(x, top - box_h, half, box_h, 6, stroke=1, fill=1)
            c.setFillColor(NAMEPLATE)
            c.roundRect(x, top - bar_h, half, bar_h, 6, stroke=0, fill=1)
            c.rect(x, top - bar_h, half, 8, stroke=0, fill=1)  # square the lower corners
        self.text(self.left + 12, top - 17, w("people"), 13, colors.white, bold=True)
        self.text(right_x + 12, top - 17, w("hospital"), 13, colors.white, bold=True)

        def row(x: float, y: float, label: str, label_w: float, person: Contact) -> None:
            self.text(x + 12, y + 1, label, self.fit(label, 10, label_w), MUTED)
            phone = phone_text(person.phone)
            phone_size = self.fit(phone, 14, half * 0.42)
            # The name takes the room between the label and the phone, never overlapping it;
            # drawn in reading order (label, name, phone) so the text extracts that way too.
            name_x = x + 18 + label_w
            room = x + half - 12 - stringWidth(phone, self.font, phone_size) - 8 - name_x
            name = person.name or w("not_named")
            name_size = self.fit(name, 14 if person.name else 11, room)
            self.text(name_x, y, name, name_size, INK, bold=bool(person.name))
            self.text(x + half - 12, y, phone, phone_size, INK, align="right")

        label_w = min(max(stringWidth(label, self.font, 10) for label, _ in people), half * 0.3)
        y = top - bar_h - 8 - line_h * 0.62
        for label, person in people:
            row(self.left, y, label, label_w, person)
            y -= line_h
        # the partner hospital, its liaison and the hotline
        y = top - bar_h - 8 - line_h * 0.62
        hospital = d.hospital_name or w("not_named")
        self.text(right_x + 12, y, hospital, self.fit(hospital, 14.5, half - 24), INK, bold=True)
        y -= line_h
        liaison_w = stringWidth(w("liaison"), self.font, 10)
        row(right_x, y, w("liaison"), liaison_w, d.liaison)
        y -= line_h
        if d.hotline:
            self.text(
                right_x + 12, y + 1, w("hotline"), self.fit(w("hotline"), 10, liaison_w), MUTED
            )
            size = self.fit(d.hotline, 19, half - 30 - liaison_w)
            self.text(right_x + 18 + liaison_w, y - 2, d.hotline, size, ACCENT, bold=True)
            note = w("hotline_note")
            self.text(right_x + 12, y - line_h * 0.62, note, self.fit(note, 9, half - 24), MUTED)
        self.y = top - box_h - 12

    def house_rules(self, bottom: float) -> None:
        c, w = self.c, self.words
        lines = rules_lines(self.data.house_rules) or rules_lines(
            default_house_rules(self.language)
        )
        title = w("rules")
        if len(lines) > 1 and is_title(lines[0]):
            title, lines = lines[0], lines[1:]
        top = self.y
        box_h = max(top - bottom, 60.0)
        c.setStrokeColor(LINE)
        c.setFillColor(colors.white)
        c.roundRect(self.left, top - box_h, self.right - self.left, box_h, 6, stroke=1, fill=1)
        c.setFillColor(NAMEPLATE)
        c.rect(self.left, top - box_h + 6, 5, box_h - 12, stroke=0, fill=1)
        self.text(self.left + 16, top - 22, title, 14, NAMEPLATE_DARK, bold=True)
        layout = _fit_rules(
            lines, self.font, self.right - self.left - 30, box_h - 40, w("rules_cut")
        )
        self.rules_size = min((p.style.fontSize for _x, _y, p in layout), default=0.0)
        self.rules_cut = len([p for _x, _y, p in layout if p.style.name == "rules"]) < len(lines)
        for x, y, paragraph in layout:
            paragraph.drawOn(c, self.left + 16 + x, top - 32 - y)

    def footer(self) -> float:
        d, w = self.data, self.words
        y = self.margin - 14
        self.text(self.left, y, w("printed", date=d.printed.isoformat()), 9.5, MUTED)
        if d.location:
            where = w("location", where=d.location)
            self.text(self.width / 2, y, where, self.fit(where, 9.5, 260), MUTED, align="center")
        self.text(self.right, y, w("made_with"), 9.5, SOFT, align="right")
        return y + 18

    def draw(self) -> None:
        self.header()
        self.week_table()
        self.upcoming()
        self.contacts()
        bottom = self.footer()
        self.house_rules(bottom)


RULES_GAP = 18.0  # between the two columns of house rules


def _rules_style(font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle(
        "rules", fontName=font, fontSize=size, leading=size * 1.4, textColor=INK,
        wordWrap="CJK", spaceAfter=size * 0.4,
    )  # fmt: skip


def _fit_rules(
    lines: Sequence[str], font: str, width: float, height: float, cut_note: str = "……"
) -> list[tuple[float, float, Paragraph]]:
    """Place the rules in one column or two, at the largest size that fits `height`.

    Returns (x, y below the top, paragraph) with y the paragraph's bottom edge. At the
    smallest size, rules that still do not fit are left out rather than overflow the page.
    """
    placed: list[tuple[float, float, Paragraph]] = []
    size = 13.0
    while size >= 8:
        style = _rules_style(font, size)
        for columns in (1, 2):
            col_w = (width - RULES_GAP * (columns - 1)) / columns
            paragraphs = [Paragraph(_escape(line), style) for line in lines]
            heights = [p.wrap(col_w, height)[1] + style.spaceAfter for p in paragraphs]
            split = _balanced_split(heights) if columns == 2 else len(heights)
            if max(sum(heights[:split]), sum(heights[split:])) <= height:
                for index, (paragraph, h) in enumerate(zip(paragraphs, heights, strict=True)):
                    column = 0 if index < split else 1
                    above = sum(heights[split:index]) if column else sum(heights[:index])
                    placed.append(
                        (column * (col_w + RULES_GAP), above + h - style.spaceAfter, paragraph)
                    )
                return placed
        size -= 0.5
    # Still too long at the smallest size: fill both columns, end with a note that the
    # rest is left out, never run off the page.
    style = _rules_style(font, 8)
    col_w = (width - RULES_GAP) / 2
    queue = [Paragraph(_escape(line), style) for line in lines]
    marker = Paragraph(_escape(cut_note), ParagraphStyle("cut", _rules_style(font, 8)))
    marker_h = marker.wrap(col_w, height)[1]
    for column in (0, 1):
        used = 0.0
        while queue:
            h = queue[0].wrap(col_w, height)[1] + style.spaceAfter
            room = height - (marker_h if column else 0.0)
            if used + h > room:
                break
            placed.append((column * (col_w + RULES_GAP), used + h - style.spaceAfter, queue.pop(0)))
            used += h
        if column and queue:
            placed.append((col_w + RULES_GAP, used + marker_h, marker))
    return placed


def _balanced_split(heights: Sequence[float]) -> int:
    """Where to start the second column so the taller column is as short as can be."""
    total = sum(heights)
    best, best_height, above = len(heights), total, 0.0
    for index, h in enumerate(heights):
        above += h
        taller = max(above, total - above)
        if taller < best_height:
            best, best_height = index + 1, taller
    return best


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(
    path: Path,
    data: WallSchedule,
    paper: str = "A4",
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    """Write the poster to `path` atomically (one page; A3 is A4 scaled up)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}: {paper}")
    font = register_fonts()
    size = A4 if paper == "A4" else A3
    words = Words(WORDS, language)
    with atomic_path(Path(path)) as temp:
        canvas = Canvas(str(temp), pagesize=size, initialFontName=font, pageCompression=1)
        canvas.setTitle(f"{data.room_name or words('room')} {words('poster_title')}")
        canvas.setAuthor("健康小屋台账 HealthRoom Ledger")
        canvas.setCreator("健康小屋台账 HealthRoom Ledger")
        canvas.setSubject(data.site_name)
        if paper == "A3":
            factor = A3[0] / A4[0]
            canvas.scale(factor, factor)
        # A trial run on a scratch canvas: when the house rules would come out small or
        # cut, the tables above tighten to give them room.
        trial = _Poster(Canvas(io.BytesIO(), pagesize=A4), data, language)
        trial.draw()
        compact = trial.rules_cut or trial.rules_size < 9.5
        _Poster(canvas, data, language, compact).draw()
        canvas.showPage()
        canvas.save()
    return Path(path)


def write_wall_schedule(
    db: Database,
    actor: Actor,
    path: Path,
    today: dt.date,
    paper: str = "A4",
    weeks: int = DEFAULT_WEEKS,
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    written = render(path, collect(db, actor, today, weeks), paper, language)
    # In the report log like every printout: the getting-started checklist reads it.
    record_report(db, actor, ReportKey.WALL_SCHEDULE.value, today.isoformat(), [written])
    return written


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The poster; options: `a3` (the paper), `weeks` (how far ahead closures are shown)."""
    progress(30, "layout")
    weeks = request.options.get("weeks", DEFAULT_WEEKS)
    paper = "A3" if request.switch("a3") else "A4"
    return Path(
        write_wall_schedule(
            db, actor, request.pdf, request.today, paper, int(str(weeks)), request.language
        )
    )
