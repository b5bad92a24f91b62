"""使用登记表: the usage register for a date range, in the paper form's layout, and blank forms.

The paper register of a health room has one line per use: date, time, name, department, the
items measured, the results, and the user's signature. The printout keeps that layout (A4
landscape, header row repeated on every page) so an inspector can compare it with the paper
one; the blank form is the same sheet with empty lines, for writing on during an outage.
Printing the register is an export of named health data and goes into the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.catalogue.fields import RecordField
from app.catalogue.language import LIST_SEPARATOR, SEPARATOR
from app.catalogue.readings import (
    Flag,
    ReadingGroup,
    ReadingType,
    describe,
    describe_rounds,
    group_of,
)
from app.catalogue.reports import ReportKey
from app.db.migrate import Database
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.blocks import escape
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import BAD, Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import Sheet, write_workbook
from app.services import site_profile, usage_log
from app.services.actor import Actor
from app.services.usage_log import ReadingValue, VisitFilter, VisitRow, VisitSort

R = ReadingType

WORDS: dict[str, tuple[str, str]] = {
    "title": ("职工健康生活室使用登记表", "Staff health room usage register"),
    "site": ("单位：{name}", "Enterprise: {name}"),
    "room": ("生活室：{name}", "Room: {name}"),
    "period": ("登记期间：{start} 至 {end}", "Period: {start} to {end}"),
    "blank_period": (
        "登记期间：____年____月____日 至 ____年____月____日",
        "Period: ______ to ______",
    ),
    "no": ("序号", "No."),
    "date": said(RecordField.DATE),
    "time": ("时间", "Time"),
    "name": said(RecordField.NAME),
    "department": said(RecordField.DEPARTMENT),
    "items": ("检测项目", "Items"),
    "results": ("检测结果", "Results"),
    "advice": ("健康建议", "Advice"),
    "signature": ("本人签字", "Signature"),
    "visitor": ("（访客）", " (visitor)"),
    "late": ("补录", "from paper"),
    "abnormal": ("异常", "Abnormal"),
    "summary": (
        "合计 {total} 人次：职工 {staff} 人次，访客 {visitors} 人次；"
        "其中检测结果异常 {abnormal} 人次。",
        "Total {total} visits: staff {staff}, visitors {visitors}; "
        "{abnormal} with abnormal results.",
    ),
    "none": ("本期间没有使用登记。", "No visits were recorded in this period."),
    "admin_sign": ("健康管理员（签字）：", "Health administrator (signature):"),
    "chair_sign": ("工会主席（审核）：", "Union chair (reviewed):"),
    "blank_note": (
        "停电或系统故障时手工填写，恢复后按实际日期和时间补录到系统中。",
        "Fill in by hand during an outage; enter the lines later with their real date and time.",
    ),
    "sheet": said(ReportKey.USAGE_REGISTER),
}

COLUMN_KEYS = ("no", "date", "time", "name", "department", "items", "results", "signature")
# Widths in mm on A4 landscape (297 - 2 x 12 margin = 273 mm).
COLUMN_MM = (11, 22, 16, 24, 30, 30, 112, 28)
BLANK_ROWS_PER_PAGE = 15


@dataclass(frozen=True)
class RegisterLine:
    no: int
    visited_at: dt.datetime
    name: str
    is_visitor: bool
    department: str
    items: tuple[ReadingGroup, ...]
    readings: tuple[ReadingValue, ...]  # the visit's result of each type
    advice: str
    abnormal: bool
    entered_late: bool
    rounds: tuple[ReadingValue, ...] = ()  # the readings as taken of re-measured types


@dataclass(frozen=True)
class UsageRegister:
    site_name: str
    room_name: str
    date_from: dt.date
    date_to: dt.date
    lines: tuple[RegisterLine, ...]

    @property
    def visitors(self) -> int:
        return sum(1 for line in self.lines if line.is_visitor)

    @property
    def abnormal(self) -> int:
        return sum(1 for line in self.lines if line.abnormal)


def _line(no: int, row: VisitRow) -> RegisterLine:
    latest = row.latest_readings
    items = tuple(
        dict.fromkeys(
            group_of(R(r.type)) for r in sorted(latest, key=lambda r: list(R).index(R(r.type)))
        )
    )
    return RegisterLine(
        no=no,
        visited_at=row.visited_at,
        name=row.person,
        is_visitor=row.is_visitor,
        department=row.department,
        items=items,
        readings=latest,
        rounds=row.rounds,
        advice=row.advice,
        abnormal=row.abnormal,
        entered_late=row.entered_late,
    )


def build_usage_register(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    progress: Progress | None = None,
) -> UsageRegister:
    """The register's lines for the period, oldest first, numbered like the paper form."""
    flt = VisitFilter(date_from=date_from, date_to=date_to)
    total = usage_log.count_visits(db, actor, flt)
    lines: list[RegisterLine] = []
    for row in usage_log.iter_visits(db, actor, flt, VisitSort.OLDEST):
        lines.append(_line(len(lines) + 1, row))
        if progress is not None and len(lines) % 500 == 0:
            progress(min(60, 60 * len(lines) // max(total, 1)), "collect")
    profile = site_profile.get_profile(db)
    return UsageRegister(
        site_name=profile.site_name if profile else "",
        room_name=profile.room_name if profile else "",
        date_from=date_from,
        date_to=date_to,
        lines=tuple(lines),
    )


# --- words for readings --------------------------------------------------------------------


def result_parts(words: Words, readings: Sequence[ReadingValue]) -> list[tuple[str, bool]]:
    """("血压 152/96 mmHg 偏高", abnormal) per reading or blood-pressure pair."""
    values = [(R(r.type), r.value, Flag(r.flag)) for r in readings]
    return describe(values, words.language, units=True)


def results_text(words: Words, readings: Sequence[ReadingValue]) -> str:
    return SEPARATOR.in_(words.language).join(text for text, _bad in result_parts(words, readings))


def rounds_text(words: Words, rounds: Sequence[ReadingValue]) -> str:
    """The readings as taken of a re-measured type ("测量2次：血压 150/92、146/90")."""
    return describe_rounds(((R(r.type), r.value, r.round) for r in rounds), words.language)


def items_text(words: Words, items: Sequence[ReadingGroup]) -> str:
    return LIST_SEPARATOR.in_(words.language).join(words.code(group) for group in items)


def _name(words: Words, line: RegisterLine) -> str:
    return line.name + (words("visitor") if line.is_visitor else "")


def _time(words: Words, line: RegisterLine) -> str:
    text = line.visited_at.strftime("%H:%M")
    return f"{text}\n{words('late')}" if line.entered_late else text


# --- PDF -----------------------------------------------------------------------------------


def _setup(register_title: str, site: str, language: ReportLanguage) -> PageSetup:
    header = f"{site} · {register_title}" if site else register_title
    return PageSetup(size="A4", landscape=True, margin_mm=12, header=header, language=language)


def _head(words: Words, styles: Styles, site: str, room: str, period: str) -> list[Flowable]:
    info = "　　".join(
        part
        for part in (
            words("site", name=escape(site)) if site else "",
            words("room", name=escape(room)) if room else "",
            period,
        )
        if part
    )
    return [
        Paragraph(words("title"), styles.title),
        Paragraph(info, styles.subtitle),
        Spacer(1, 4 * mm),
    ]


def _table(rows: list[list[object]], row_heights: list[float] | None = None) -> Table:
    table = Table(
        rows,
        colWidths=[w * mm for w in COLUMN_MM],
        rowHeights=row_heights,
        repeatRows=1,
    )
    table.setStyle(table_style(zebra=False))
    return table


def _header_row(words: Words, styles: Styles) -> list[object]:
    return [Paragraph(words(key), styles.cell_head) for key in COLUMN_KEYS]


def _results_cell(words: Words, styles: Styles, line: RegisterLine) -> Paragraph:
    parts = []
    for text, bad in result_parts(words, line.readings):
        safe = escape(text)
        parts.append(f'<font color="#{BAD.hexval()[2:]}">{safe}</font>' if bad else safe)
    body = SEPARATOR.in_(words.language).join(parts)
    if line.rounds:
        again = escape(rounds_text(words, line.rounds))
        body += f'<br/><font size="8">{again}</font>'
    if line.advice:
        advice = escape(line.advice)
        body += f'<br/><font size="8" color="#616e7c">{words("advice")}：{advice}</font>'
    return Paragraph(body or "—", styles.cell)


def write_usage_register_pdf(
    path: Path, register: UsageRegister, language: ReportLanguage = ReportLanguage.ZH
) -> Path:
    words = Words(WORDS, language)
    styles = Styles(base_size=9.5)
    period = words("period", start=register.date_from.isoformat(), end=register.date_to.isoformat())
    story = _head(words, styles, register.site_name, register.room_name, period)
    if register.lines:
        rows: list[list[object]] = [_header_row(words, styles)]
        for line in register.lines:
            rows.append(
                [
                    str(line.no),
                    line.visited_at.date().isoformat(),
                    Paragraph(escape(_time(words, line)).replace("\n", "<br/>"), styles.cell),
                    Paragraph(escape(_name(words, line)), styles.cell),
                    Paragraph(escape(line.department), styles.cell),
                    Paragraph(escape(items_text(words, line.items)), styles.cell),
                    _results_cell(words, styles, line),
                    "",
                ]
            )
        story.append(_table(rows))
    else:
        story.append(Paragraph(words("none"), styles.body))
    total = len(register.lines)
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            words(
                "summary",
                total=total,
                staff=total - register.visitors,
                visitors=register.visitors,
                abnormal=register.abnormal,
            ),
            styles.body,
        ),
        Spacer(1, 8 * mm),
        _signatures(words, styles),
    ]
    return render_pdf(
        path, story, _setup(words("title"), register.site_name, language), words("title")
    )


def _signatures(words: Words, styles: Styles) -> Table:
    line = "_" * 22
    table = Table(
        [
            [
                Paragraph(f"{words('admin_sign')}{line}", styles.body),
                Paragraph(f"{words('chair_sign')}{line}", styles.body),
            ]
        ],
        colWidths=[136 * mm, 136 * mm],
    )
    # Without a style a table starts in Helvetica, which would land unembedded in the file.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font)]))
    return table


def write_blank_register_pdf(
    path: Path,
    pages: int,
    site_name: str = "",
    room_name: str = "",
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:
    """Empty register sheets for the paper fallback, numbered on from 1."""
    words = Words(WORDS, language)
    styles = Styles(base_size=9.5)
    story: list[Flowable] = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story += _head(words, styles, site_name, room_name, words("blank_period"))
        rows: list[list[object]] = [_header_row(words, styles)]
        first = page * BLANK_ROWS_PER_PAGE + 1
        rows += [[str(first + i), "", "", "", "", "", "", ""] for i in range(BLANK_ROWS_PER_PAGE)]
        story.append(_table(rows, [8 * mm] + [8.8 * mm] * BLANK_ROWS_PER_PAGE))
        story += [Spacer(1, 3 * mm), Paragraph(words("blank_note"), styles.small)]
    return render_pdf(path, story, _setup(words("title"), site_name, language), words("title"))


# --- spreadsheet ----------------------------------------------------------------------------


def write_usage_register_xlsx(
    path: Path, register: UsageRegister, language: ReportLanguage = ReportLanguage.ZH
) -> Path:
    words = Words(WORDS, language)
    header = [
        words(key) for key in ("no", "date", "time", "name", "department", "items", "results")
    ]
    header += [words("abnormal"), words("advice"), words("late"), words("signature")]
    rows = [
        [
            line.no,
            line.visited_at.date(),
            line.visited_at.time().replace(second=0, microsecond=0),
            _name(words, line),
            line.department,
            items_text(words, line.items),
            "\n".join(
                text
                for text in (results_text(words, line.readings), rounds_text(words, line.rounds))
                if text
            ),
            "✓" if line.abnormal else "",
            line.advice,
            "✓" if line.entered_late else "",
            "",
        ]
        for line in register.lines
    ]
    period = words("period", start=register.date_from.isoformat(), end=register.date_to.isoformat())
    info = "　".join(
        p
        for p in (
            words("site", name=register.site_name) if register.site_name else "",
            words("room", name=register.room_name) if register.room_name else "",
            period,
        )
        if p
    )
    sheet = Sheet(
        title=words("sheet"),
        header=header,
        rows=rows,
        title_lines=(words("title"), info),
    )
    return write_workbook(path, [sheet], words.language)


# --- the whole export (CLI and UI) -----------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    lines: int


def export_usage_register(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    pdf: Path | None,
    xlsx: Path | None = None,
    language: ReportLanguage = ReportLanguage.ZH,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the register as PDF and/or .xlsx and record the export in the audit trail."""
    report: Progress = progress or (lambda _percent, _stage: None)
    register = build_usage_register(db, actor, date_from, date_to, report)
    files: list[Path] = []
    if pdf is not None:
        report(65, "pdf")
        files.append(write_usage_register_pdf(pdf, register, language))
    if xlsx is not None:
        report(90, "xlsx")
        files.append(write_usage_register_xlsx(xlsx, register, language))
    usage_log.record_export(
        db,
        actor,
        "usage_register",
        {
            "date_from": date_from,
            "date_to": date_to,
            "lines": len(register.lines),
            "files": [f.name for f in files],
        },
    )
    report(100, "done")
    return ExportResult(tuple(files), len(register.lines))


def export_blank_register(
    db: Database, path: Path, pages: int, language: ReportLanguage = ReportLanguage.ZH
) -> Path:
    """Blank sheets carry no personal data: no role needed, nothing to audit."""
    profile = site_profile.get_profile(db)
    return write_blank_register_pdf(
        path,
        pages,
        profile.site_name if profile else "",
        profile.room_name if profile else "",
        language,
    )


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The register from `date_from` to `date_to` (PDF, and .xlsx when asked); option
    `blank_pages`: that many blank sheets instead, for an outage."""
    pages = request.options.get("blank_pages")
    if isinstance(pages, int) and pages > 0:
        return Path(export_blank_register(db, request.pdf, pages, request.language))
    last = request.date_to or request.today
    first = request.date_from or last.replace(day=1)
    export_usage_register(
        db, actor, first, last, request.pdf, request.xlsx, request.language, progress
    )
    return Path(request.pdf)
