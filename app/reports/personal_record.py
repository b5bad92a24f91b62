"""The personal health record (个人健康记录) of one person, as a PDF: who they are, their health
file with the check-up results, the trends with the grade limits, every visit with its
readings and grades, follow-ups and urgent values with what was done.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.catalogue.checkups import ITEMS
from app.catalogue.codes import FollowUpWay
from app.catalogue.fields import RecordField
from app.catalogue.language import SEPARATOR
from app.catalogue.readings import Flag, ReadingType, describe, describe_rounds, is_abnormal
from app.catalogue.reports import ReportKey, report
from app.catalogue.urgent import UrgentAction
from app.db.migrate import Database
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.blocks import Sections, data_table, escape, key_values, markup_table, para
from app.reports.pdf.charts import reading_trend
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import BAD, Styles
from app.reports.request import Progress, ReportRequest
from app.services import personal_record, site_profile
from app.services.actor import Actor
from app.services.personal_record import PersonalRecord
from app.services.usage_log import VisitRow

R = ReadingType
TITLE = report(ReportKey.PERSONAL_RECORD).title
WORDS: dict[str, tuple[str, str]] = {
    "confidential": (
        "本记录含个人健康信息，仅供本人及其就诊医生使用，请妥善保管。",
        "This record holds personal health information, for the person and their doctor only.",
    ),
    "h.person": ("基本信息", "The person"),
    "h.file": ("健康档案与体检结果", "Health file and check-up"),
    "h.trends": ("检测趋势", "Trends"),
    "h.visits": ("职工健康生活室检测记录", "Readings in the health room"),
    "h.follow_ups": ("随访记录", "Follow-ups"),
    "h.urgent": ("危急值及处置", "Urgent values and what was done"),
    "name": said(RecordField.NAME),
    "employee_no": said(RecordField.EMPLOYEE_NO),
    "department": said(RecordField.DEPARTMENT),
    "job": said(RecordField.JOB_TITLE),
    "sex": said(RecordField.SEX),
    "sex.M": ("男", "male"),
    "sex.F": ("女", "female"),
    "birth": ("出生日期", "Born"),
    "site": ("单位", "Enterprise"),
    "height": said(ReadingType.HEIGHT),
    "weight": said(ReadingType.WEIGHT),
    "bp": ("血压（档案）", "Blood pressure (file)"),
    "glucose": ("空腹血糖（档案）", "Fasting glucose (file)"),
    "history": said(RecordField.MEDICAL_HISTORY),
    "allergies": said(RecordField.ALLERGIES),
    "checkup": ("最近体检日期", "Last check-up"),
    "findings": said(RecordField.CHECKUP_FINDINGS),
    "checkup_advice": said(RecordField.CHECKUP_ADVICE),
    "no_checkup": ("尚未录入体检结果。", "No check-up results recorded."),
    "h.checkups": ("合作医院体检结果", "The partner hospital's check-ups"),
    "col.item": said(RecordField.FIELD),
    "col.unit": said(RecordField.UNIT),
    "checkup.marks": (
        "↑ 偏高，↓ 偏低（按职工健康生活室的分级标准及各项目参考范围）。",
        "↑ high, ↓ low (by the room's grades and each item's reference range).",
    ),
    "conclusion": ("体检结论", "Conclusion"),
    "no_file": ("尚未建立健康档案。", "No health file yet."),
    "none": ("无", "none"),
    "col.time": ("时间", "Time"),
    "col.readings": ("检测结果与分级", "Readings and grades"),
    "col.advice": ("健康建议", "Advice"),
    "col.date": said(RecordField.DATE),
    "col.way": said(RecordField.WAY),
    "col.reason": said(RecordField.REASON),
    "col.next": ("下次随访", "Next"),
    "col.outcome": ("结果", "Outcome"),
    "col.values": ("危急项目", "Urgent readings"),
    "col.action": ("处置", "Action"),
    "col.closed": ("处置时间", "Recorded"),
    "open": ("尚未处置", "not yet recorded"),
    # follow-up ways, as the period reports say them
    "way.phone": ("电话", "phone"),
    "way.visit": ("上门", "visit"),
    "way.referral": ("转诊", "referral"),
    "visits.none": ("没有检测记录。", "No visits recorded."),
    "follow_ups.none": ("没有随访记录。", "No follow-ups."),
    "urgent.none": ("没有出现危急值。", "No urgent values."),
    "trends.none": ("检测次数不足，无法绘制趋势。", "Too few readings for a trend."),
    "chart.bp": ("血压（mmHg）", "Blood pressure (mmHg)"),
    "chart.glucose": ("血糖（mmol/L）", "Glucose (mmol/L)"),
    "chart.bmi": ("体重指数（BMI）", "Body-mass index (BMI)"),
    "limit.grade1": ("1级 {v}", "grade 1 {v}"),
    "limit.urgent": ("危急值 {v}", "urgent {v}"),
    "limit.impaired": ("受损 {v}", "impaired {v}"),
    "limit.high": ("偏高 {v}", "high {v}"),
    "limit.low": ("偏低 {v}", "low {v}"),
    "limit.overweight": ("超重 {v}", "overweight {v}"),
    "limit.obese": ("肥胖 {v}", "obese {v}"),
}


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:g} {unit}".strip()


def _readings_cell(words: Words, visit: VisitRow) -> str:
    values = [(R(r.type), r.value, Flag(r.flag)) for r in visit.latest_readings]
    parts = []
    for text, bad in describe(values, words.language, units=True):
        safe = escape(text)
        parts.append(f'<font color="#{BAD.hexval()[2:]}">{safe}</font>' if bad else safe)
    body = SEPARATOR.in_(words.language).join(parts) or "—"
    again = describe_rounds(((R(r.type), r.value, r.round) for r in visit.rounds), words.language)
    return f'{body}<br/><font size="7.5">{escape(again)}</font>' if again else body


def _person(record: PersonalRecord, words: Words, site: str, styles: Styles) -> Flowable:
    p = record.file.person
    pairs = [
        (words("name"), p.name),
        (words("employee_no"), p.employee_no),
        (words("department"), p.department),
        (words("job"), record.job_title or "—"),
        (words("sex"), words(f"sex.{p.sex}") if p.sex in ("M", "F") else "—"),
        (words("birth"), p.birth_date.isoformat() if p.birth_date else "—"),
        (words("site"), site or "—"),
    ]
    return key_values(styles, pairs, (40, 130))


def _health_file(record: PersonalRecord, words: Words, styles: Styles) -> list[Flowable]:
    f = record.file.file
    if f is None:
        return [para(words("no_file"), styles.body)]
    bp = f"{f.systolic}/{f.diastolic} mmHg" if f.systolic and f.diastolic else "—"
    pairs = [
        (words("height"), _number(f.height_cm, "cm")),
        (words("weight"), _number(f.weight_kg, "kg")),
        (words("bp"), bp),
        (words("glucose"), _number(f.fasting_glucose, "mmol/L")),
        (words("history"), f.medical_history or words("none")),
        (words("allergies"), f.allergies or "—"),
    ]
    if f.last_checkup_date is not None or f.checkup_findings:
        pairs += [
            (words("checkup"), f.last_checkup_date.isoformat() if f.last_checkup_date else "—"),
            (words("findings"), f.checkup_findings or "—"),
            (words("checkup_advice"), f.checkup_advice or "—"),
        ]
    out: list[Flowable] = [key_values(styles, pairs, (40, 130))]
    if f.last_checkup_date is None and not f.checkup_findings:
        out.append(para(words("no_checkup"), styles.body))
    return out


_LOW = frozenset((Flag.LOW, Flag.SEVERELY_LOW, Flag.HYPOTENSION))


def _result(value: float, flag: Flag) -> str:
    """The value with its mark, red when abnormal."""
    text = f"{value:g}"
    if not is_abnormal(flag):
        return text
    mark = "↓" if flag in _LOW else "↑"
    return f'<font color="#{BAD.hexval()[2:]}"><b>{text} {mark}</b></font>'


def _checkups(record: PersonalRecord, words: Words, styles: Styles) -> list[Flowable]:
    """The latest check-ups side by side, item by item (the newest first)."""
    shown = record.checkups
    if not shown:
        return [para(words("no_checkup"), styles.body)]
    items = [i for i in ITEMS if any(i in c.results for c in shown)]
    header = [words("col.item"), words("col.unit"), *(c.on.isoformat() for c in shown)]
    rows = [
        [escape(words.code(i)), escape(ITEMS[i].unit.in_(words.language)),
         *(_result(*c.results[i]) if i in c.results else "—" for c in shown)]
        for i in items
    ]  # fmt: skip
    latest = shown[0]
    texts = [(words.code(f), t) for f, t in latest.findings.items()]
    texts += [(words("conclusion"), latest.conclusion)] if latest.conclusion else []
    texts += [(words("checkup_advice"), latest.advice)] if latest.advice else []
    columns = (46, 22, *([112 / len(shown)] * len(shown)))
    out: list[Flowable] = [
        markup_table(styles, header, rows, columns),
        para(words("checkup.marks"), styles.small),
    ]
    if texts:  # the latest check-up's findings in words, under the table
        out += [Spacer(1, 2 * mm), key_values(styles, texts, (40, 130))]
    return out


def _trends(record: PersonalRecord, words: Words, styles: Styles) -> list[Flowable]:
    t, series = record.thresholds, record.trends.series

    def points(rt: ReadingType) -> list[tuple[dt.date, float]]:
        return [(p.at.date(), p.value) for p in series.get(rt, ())]

    def name(rt: ReadingType) -> str:
        return words.code(rt)

    charts = [
        ("chart.bp", [(name(R.SYSTOLIC), points(R.SYSTOLIC)),
                      (name(R.DIASTOLIC), points(R.DIASTOLIC))],
         [(words("limit.grade1", v=f"{t.systolic_high:g}"), t.systolic_high),
          (words("limit.grade1", v=f"{t.diastolic_high:g}"), t.diastolic_high),
          (words("limit.urgent", v=f"{t.urgent_systolic:g}"), t.urgent_systolic)]),
        ("chart.glucose", [(name(rt), points(rt))
                           for rt in (R.GLUCOSE_FASTING, R.GLUCOSE_2H, R.GLUCOSE_RANDOM)],
         [(words("limit.impaired", v=f"{t.glucose_fasting_impaired:g}"),
           t.glucose_fasting_impaired),
          (words("limit.high", v=f"{t.glucose_2h_high:g}"), t.glucose_2h_high),
          (words("limit.low", v=f"{t.glucose_low:g}"), t.glucose_low)]),
        ("chart.bmi", [(name(R.BMI), points(R.BMI))],
         [(words("limit.low", v=f"{t.bmi_low:g}"), t.bmi_low),
          (words("limit.overweight", v=f"{t.bmi_overweight:g}"), t.bmi_overweight),
          (words("limit.obese", v=f"{t.bmi_obese:g}"), t.bmi_obese)]),
    ]  # fmt: skip
    out: list[Flowable] = []
    for title, lines, limits in charts:
        shown = [(n, p) for n, p in lines if p]
        if not shown:
            continue
        out.append(para(words(title), styles.cell_head))
        out.append(reading_trend(shown, limits))
        out.append(Spacer(1, 2 * mm))
    return out or [para(words("trends.none"), styles.body)]


def story(record: PersonalRecord, words: Words, site: str) -> list[Flowable]:
    styles = Styles()
    s = Sections(styles, chinese=words.language is ReportLanguage.ZH)
    out: list[Flowable] = [
        para(TITLE.in_(words.language), styles.title),
        Paragraph(
            f'<font color="#{BAD.hexval()[2:]}">{escape(words("confidential"))}</font>',
            styles.small,
        ),
        s.heading(words("h.person")),
        _person(record, words, site, styles),
        s.heading(words("h.file")),
        *_health_file(record, words, styles),
        s.heading(words("h.checkups")),
        *_checkups(record, words, styles),
        s.heading(words("h.trends")),
        *_trends(record, words, styles),
        s.heading(words("h.visits")),
    ]
    if record.visits:
        rows = [
            [escape(v.visited_at.strftime("%Y-%m-%d %H:%M")), _readings_cell(words, v),
             escape(v.advice)]
            for v in record.visits
        ]  # fmt: skip
        header = [words("col.time"), words("col.readings"), words("col.advice")]
        out.append(markup_table(styles, header, rows, (28, 92, 60)))
    else:
        out.append(para(words("visits.none"), styles.body))
    out.append(s.heading(words("h.follow_ups")))
    if record.follow_ups:
        header = [words(k) for k in ("col.date", "col.way", "col.reason", "col.advice",
                                     "col.next", "col.outcome")]  # fmt: skip
        rows = [
            [f.on_date.isoformat(), words(f"way.{FollowUpWay(f.way).value}"),
             f.reason_in(words.language), f.advice,
             f.next_date.isoformat() if f.next_date else "", f.outcome]
            for f in record.follow_ups
        ]  # fmt: skip
        out.append(data_table(styles, header, rows, (24, 18, 42, 36, 24, 36)))
    else:
        out.append(para(words("follow_ups.none"), styles.body))
    out.append(s.heading(words("h.urgent")))
    if record.urgent:
        header = [words(k) for k in ("col.time", "col.values", "col.action", "col.closed")]
        rows = [
            [u.opened_at.strftime("%Y-%m-%d %H:%M"),
             "、".join(words.code(R(t)) for t in u.types if t),
             (words.code(UrgentAction(u.action)) + (f"：{u.note}" if u.note else ""))
             if u.action else words("open"),
             u.closed_at.strftime("%Y-%m-%d %H:%M") if u.closed_at else ""]
            for u in record.urgent
        ]  # fmt: skip
        out.append(data_table(styles, header, rows, (30, 40, 80, 30)))
    else:
        out.append(para(words("urgent.none"), styles.body))
    return out


def write_pdf(
    path: Path,
    record: PersonalRecord,
    site: str,
    language: ReportLanguage = ReportLanguage.ZH,
    printed: dt.date | None = None,
) -> Path:
    words = Words(WORDS, language)
    name = record.file.person.name
    title = TITLE.in_(language)
    setup = PageSetup(header=f"{site} · {title} · {name}", language=language)
    return render_pdf(path, story(record, words, site), setup, f"{title} {name}", printed)


def export_personal_record(
    db: Database,
    actor: Actor,
    staff_id: int,
    path: Path,
    language: ReportLanguage = ReportLanguage.ZH,
    today: dt.date | None = None,
) -> Path:
    """Gather, write atomically, and put the named printout in the audit trail."""
    record = personal_record.personal_record(db, actor, staff_id, today)
    profile = site_profile.get_profile(db)
    site = profile.site_name if profile is not None else ""
    written = write_pdf(path, record, site, language, today)
    personal_record.record_printed(db, actor, staff_id, written.name)
    return written


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """One person's record: option `staff` (their id, chosen on the staff or usage page)."""
    staff = request.options.get("staff")
    if not isinstance(staff, int):
        raise ValueError("the personal record needs a person")
    progress(30, "readings")
    return Path(
        export_personal_record(db, actor, staff, request.pdf, request.language, request.today)
    )
