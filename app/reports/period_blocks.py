"""The blocks the monthly, quarterly and annual reports print (PDF flowables and sheets):
the opening, the profile, open hours, indicators, departments, readings, activities,
equipment, stock, follow-ups, urgent cases, the partner hospital, inspections, signatures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.catalogue.codes import (
    DeviceEventKind,
    FollowUpWay,
    HospitalVisitPurpose,
    RectificationStatus,
)
from app.catalogue.indicators import indicator
from app.catalogue.readings import (
    BP_GRADES,
    Flag,
    ReadingGroup,
    ReadingType,
    is_abnormal,
    reading,
)
from app.catalogue.urgent import UrgentAction
from app.domain.indicators import IndicatorResult
from app.domain.ratios import Ratio
from app.domain.targets import IndicatorKey, Target
from app.reports.indicator_texts import (
    format_fraction,
    format_met,
    format_scope,
    format_target,
    format_value,
    gap_text,
    indicator_name,
    percent,
    period_name,
    target_rule,
)
from app.reports.pdf.blocks import (
    Sections,
    coloured,
    data_table,
    escape,
    key_values,
    markup_table,
    para,
    signatures,
    text_to_fill,
)
from app.reports.pdf.styles import Styles
from app.reports.period_texts import ReportWords
from app.reports.xlsx.workbook import Cell, Sheet
from app.services.indicator_engine import IndicatorSet
from app.services.inspection_rows import ItemRow
from app.services.period_facts import ActivityFacts, PeriodFacts, ReportData
from app.services.site_profile_rows import SiteProfile

if TYPE_CHECKING:
    from app.reports.period_report import PeriodReportKind

K = IndicatorKey
WIDTH_MM = 180  # A4 portrait inside 15 mm margins


def title(kind: PeriodReportKind, words: ReportWords) -> str:
    return words(f"{kind.kind}.title")


def opening(
    kind: PeriodReportKind, data: ReportData, profile: SiteProfile | None, words: ReportWords,
    styles: Styles,
) -> list[Flowable]:  # fmt: skip
    period = data.facts.period
    site = profile.site_name if profile else ""
    out: list[Flowable] = [
        para(site, styles.subtitle),
        para(title(kind, words), styles.title),
        para(
            words(
                "subtitle",
                period=period_name(period, words.language),
                first=period.first_day.isoformat(),
                last=period.last_day.isoformat(),
            ),
            styles.subtitle,
        ),
    ]
    if data.indicators.results and data.indicators.results[0].in_progress:
        out.append(para(words("in_progress_note", date=data.facts.as_of.isoformat()), styles.small))
    out.append(Spacer(1, 4 * mm))
    return out


def profile_block(
    profile: SiteProfile | None, facts: PeriodFacts, words: ReportWords, styles: Styles
) -> Flowable:
    none = words("p.none")

    def person(name: str, phone: str) -> str:
        return f"{name}  {phone}".strip() or none

    p = profile
    area = words("p.area_value", area=f"{p.area_m2:g}") if p and p.area_m2 else none
    pairs = [
        (words("p.site"), (p.site_name if p else "") or none),
        (words("p.room"), f"{p.room_name}  {p.location}".strip() if p else none),
        (words("p.area"), area),
        (words("p.chair"), person(p.chair_name, p.chair_phone) if p else none),
        (words("p.admin"), person(p.admin_name, p.admin_phone) if p else none),
        (words("p.hospital"), (p.hospital_name if p else "") or none),
        (words("p.liaison"), person(p.liaison_name, p.liaison_phone) if p else none),
        (words("p.staff"), words("p.staff_value", n=facts.active_staff)),
    ]
    return key_values(styles, pairs, (55, WIDTH_MM - 55))


def open_days_text(facts: PeriodFacts, words: ReportWords) -> str:
    o = facts.open_days
    return words(
        "open.text", days=o.scheduled_days, hours=f"{o.scheduled_hours:g}", short=o.short_days,
        closed=o.closed_dates, logged=o.logged_open_days, cleaned=o.cleaned_days,
        disinfected=o.disinfected_days,
    )  # fmt: skip


def open_hours_block(facts: PeriodFacts, words: ReportWords, styles: Styles) -> list[Flowable]:
    """Scheduled beside actual (the day log), with the days short on the log listed."""
    o = facts.open_days
    if not o.judged_days:
        return []
    lang = words.language
    out: list[Flowable] = [
        para(
            words("open.compare", date=min(facts.as_of, facts.period.last_day).isoformat(),
                  days=o.judged_days, scheduled=o.scheduled_ok,
                  srate=percent(o.scheduled_ok / o.judged_days, lang), actual=o.actual_ok,
                  arate=percent(o.actual_ok / o.judged_days, lang)),
            styles.body,
        )
    ]  # fmt: skip
    if o.short_actual:
        columns = ("date", "weekday", "scheduled_hours", "opened", "closed_at", "actual_hours")
        header = [words(f"col.{c}") for c in columns]
        rows = [
            [d.day.isoformat(), words(f"weekday.{d.day.weekday()}"), f"{d.scheduled_hours:g}",
             d.opened.strftime("%H:%M") if d.opened else "",
             d.closed.strftime("%H:%M") if d.closed else "",
             words("open.not_logged") if d.hours is None else f"{d.hours:.1f}"]
            for d in o.short_actual
        ]  # fmt: skip
        out += [
            para(words("open.short_heading"), styles.small),
            data_table(styles, header, rows, (28, 16, 24, 22, 22, 28), right=(2, 5)),
        ]
    return out


def verdict(result: IndicatorResult, words: ReportWords) -> str:
    """Met / not met — with the gap in words — as coloured markup."""
    if result.met is None or not result.due:
        return coloured(format_met(result, words.language), None)
    if result.met:
        return coloured(format_met(result, words.language), True)
    gap = gap_text(result, words.language)
    text = format_met(result, words.language)
    return coloured(f"{text}{words('sep')}{gap}" if gap else text, False)


def indicator_table(
    indicators: IndicatorSet,
    words: ReportWords,
    styles: Styles,
    targets: Mapping[IndicatorKey, Target],
    keys: Sequence[IndicatorKey] = tuple(K),
) -> list[Flowable]:
    """The figures against their targets; each figure that is not the period itself says what
    it covers (年初至今, 最少的一个季度), and footnotes state how the targets are derived."""
    lang = words.language
    rows = []
    for key in keys:
        r = indicators[key]
        value = coloured(format_value(r, lang), r.met if r.due else None)
        if scope := format_scope(r, lang):
            value += f'<br/><font size="7">{escape(scope)}</font>'
        rows.append(
            [
                coloured(indicator_name(key, lang), None),
                value,
                coloured(format_fraction(r), None),
                coloured(format_target(r, lang), None),
                verdict(r, words),
            ]
        )
    header = [
        words(c) for c in ("col.indicator", "col.value", "col.fraction", "col.target", "col.result")
    ]
    table = markup_table(styles, header, rows, (52, 24, 22, 22, 60), right=(1, 2))
    notes = [para(text, styles.small) for text in target_rule(targets, lang)]
    return [table, Spacer(1, 1 * mm), *notes]


def usage_text(facts: PeriodFacts, words: ReportWords) -> str:
    v = facts.visits
    return words(
        "usage.text", visits=v.visits, staff_visits=v.staff_visits, people=v.distinct_staff,
        visitors=v.visitor_visits, abnormal=v.abnormal_visits, late=v.entered_late,
    )  # fmt: skip


def department_table(
    facts: PeriodFacts, words: ReportWords, styles: Styles, participation: bool = False
) -> Flowable:
    lang = words.language
    header = [words("col.department"), words("col.active"), words("col.visits"),
              words("col.visited"), words("col.usage_rate")]  # fmt: skip
    if participation:
        header += [words("col.lecture_rate"), words("col.participants"), words("col.participation")]
    rows: list[list[object]] = []
    totals = Counter[str]()
    for d in facts.departments:
        row: list[object] = [
            d.department,
            d.active,
            d.visits,
            d.visited,
            percent(d.usage.value, lang),
        ]
        if participation:
            lecture = d.lecture_participation
            row += [
                f"{percent(lecture.value, lang)} ({lecture.numerator}/{lecture.denominator})"
                if lecture.denominator else words("not_applicable"),
                d.participants,
                percent(d.participation.value, lang),
            ]  # fmt: skip
        rows.append(row)
        totals.update(
            active=d.active, visits=d.visits, visited=d.visited, expected=d.lecture_expected,
            attended=d.lecture_attended, participants=d.participants,
        )  # fmt: skip
    total: list[object] = [
        words("col.total"), totals["active"], totals["visits"], totals["visited"],
        percent(Ratio(totals["visited"], totals["active"]).value, lang),
    ]  # fmt: skip
    if participation:
        lecture = Ratio(totals["attended"], totals["expected"])
        total += [
            f"{percent(lecture.value, lang)} ({lecture.numerator}/{lecture.denominator})"
            if lecture.denominator else words("not_applicable"),
            totals["participants"],
            percent(Ratio(totals["participants"], totals["active"]).value, lang),
        ]  # fmt: skip
    rows.append(total)
    widths = (60, 30, 30, 30, 30) if not participation else (30, 18, 18, 18, 18, 34, 22, 22)
    return data_table(
        styles, header, rows, widths, right=tuple(range(1, len(header))), total_row=True
    )


def reading_table(facts: PeriodFacts, words: ReportWords, styles: Styles) -> list[Flowable]:
    lang = words.language
    if not facts.readings:
        return [para(words("readings.none"), styles.body)]
    rows = [
        [
            words.code(ReadingType(r.type)),
            r.measured,
            r.abnormal,
            percent(Ratio(r.abnormal, r.measured).value, lang),
            grade_counts(r.flags, reading(r.type).grades, words),
        ]
        for r in facts.readings
    ]
    if facts.pressure_grades:  # the pair graded by its higher arm, one per visit
        grades = facts.pressure_grades
        pairs = sum(grades.values())
        abnormal = sum(n for f, n in grades.items() if is_abnormal(Flag(f)))
        rows.insert(0, [
            words.code(ReadingGroup.BLOOD_PRESSURE), pairs, abnormal,
            percent(Ratio(abnormal, pairs).value, lang),
            grade_counts({f: n for f, n in grades.items() if f != Flag.NORMAL}, BP_GRADES, words),
        ])  # fmt: skip
    header = [words(c) for c in ("col.reading", "col.measured", "col.abnormal",
                                 "col.abnormal_share", "col.flags")]  # fmt: skip
    return [data_table(styles, header, rows, (38, 24, 24, 24, 70), right=(1, 2, 3))]


def grade_counts(counts: dict[str, int], order: Sequence[Flag], words: ReportWords) -> str:
    """ "1级高血压 3、2级高血压 1" in the grades' order (a grade stored before them last)."""
    ranked = sorted(counts, key=lambda f: order.index(Flag(f)) if Flag(f) in order else 99)
    return words("list_sep").join(f"{words.code(Flag(f))} {counts[f]}" for f in ranked)


def activity_rows(
    activities: Sequence[ActivityFacts], words: ReportWords, lecture_target: float
) -> list[list[str]]:
    lang = words.language
    rows = []
    for a in activities:
        held = a.status.value == "held"
        ratio = a.participation
        judged = held and a.kind.value == "lecture" and ratio.denominator > 0
        met = ratio.meets(lecture_target) if judged else None
        rate = percent(ratio.value, lang) if held else ""
        verdict_text = ""
        if judged:
            verdict_text = words("met") if met else words("not_met")
            if not met:
                gap = indicator(IndicatorKey.LECTURE_PARTICIPATION).gap
                n = ratio.still_needed(lecture_target)
                verdict_text += words("sep") + gap.format(lang, n=n)
        rows.append(
            [
                coloured(f"{a.starts_at:%Y-%m-%d}", None),
                coloured(words.code(a.kind), None),
                coloured(a.title, None),
                coloured(a.target_group or words("all_staff"), None),
                coloured(f"{a.attended}/{a.group}" if held else words.code(a.status), None),
                coloured(rate, met),
                coloured(str(a.guests) if held else "", None),
                coloured(verdict_text, met),
            ]
        )
    return rows


def activity_table(
    facts: PeriodFacts, words: ReportWords, styles: Styles, lecture_target: float
) -> list[Flowable]:
    if not facts.activities:
        return [para(words("activities.none"), styles.body)]
    columns = ("col.date", "col.kind", "col.title", "col.target_group", "col.attended",
               "col.rate", "col.guests", "col.result")  # fmt: skip
    header = [words(c) for c in columns]
    rows = activity_rows(facts.activities, words, lecture_target)
    return [markup_table(styles, header, rows, (23, 20, 40, 26, 19, 16, 10, 26), right=(4, 5, 6))]


def activity_sheet(
    facts: PeriodFacts, words: ReportWords, heading: Sequence[str], lecture_target: float
) -> Sheet:
    """Every activity with its participation; lectures judged against the target."""
    columns = ("col.date", "col.kind", "col.title", "col.target_group", "col.group",
               "col.signed", "col.rate", "col.guests", "col.status", "col.result")  # fmt: skip
    rows: list[list[Cell]] = []
    for a in facts.activities:
        held = a.status.value == "held"
        judged = held and a.kind.value == "lecture" and a.group > 0
        verdict_text = ""
        if judged:
            verdict_text = words("met" if a.participation.meets(lecture_target) else "not_met")
        rows.append(
            [a.starts_at, words.code(a.kind), a.title, a.target_group or words("all_staff"),
             a.group, a.attended, a.participation.value if held else None, a.guests,
             words.code(a.status), verdict_text]
        )  # fmt: skip
    return Sheet(
        words("h.activities"), [words(c) for c in columns], rows, title_lines=heading,
        number_formats={6: "0.0%"},
    )  # fmt: skip


def equipment_summary(facts: PeriodFacts, words: ReportWords) -> str:
    kinds = Counter(e.kind for e in facts.device_events)
    return words(
        "equipment.summary", events=len(facts.device_events), maintenance=kinds["maintenance"],
        calibration=kinds["calibration"], disinfection=kinds["disinfection"],
        repairs=kinds["repair_started"], losses=kinds["damaged"] + kinds["lost"],
        replaced=kinds["replaced"],
    )  # fmt: skip


def equipment_table(
    facts: PeriodFacts, words: ReportWords, styles: Styles, skip_routine: bool = False
) -> list[Flowable]:
    events = facts.device_events
    if skip_routine:  # the annual summary lists what happened, not every monthly wipe
        events = tuple(e for e in events if e.kind not in ("disinfection", "maintenance"))
    out: list[Flowable] = [para(equipment_summary(facts, words), styles.body)]
    if events:
        header = [words(c) for c in ("col.date", "col.asset_no", "col.device", "col.event",
                                     "col.note")]  # fmt: skip
        rows = [
            [
                e.on_date.isoformat(),
                e.asset_no,
                e.device,
                words.code(DeviceEventKind(e.kind)),
                e.note,
            ]
            for e in events
        ]
        out.append(data_table(styles, header, rows, (24, 28, 30, 22, 76)))
    return out


def stock_table(facts: PeriodFacts, words: ReportWords, styles: Styles) -> Flowable:
    header = [words(c) for c in ("col.item", "col.unit", "col.received", "col.used",
                                 "col.discarded", "col.stock_end", "col.min_stock")]  # fmt: skip
    rows = [
        [s.item, s.unit, s.received, s.used, s.discarded, s.stock_end, s.min_stock]
        for s in facts.stock
    ]
    return data_table(styles, header, rows, (52, 16, 22, 22, 22, 24, 22), right=(2, 3, 4, 5, 6))


def follow_up_text(facts: PeriodFacts, words: ReportWords) -> str:
    f = facts.follow_ups
    ways = words("list_sep").join(
        f"{words.code(FollowUpWay(w))} {n}" for w, n in sorted(f.by_way.items())
    )
    return words(
        "follow_ups.text", done=f.done, people=f.people, ways=ways or words("follow_ups.none"),
        open=f.open_at_end,
    )  # fmt: skip


def urgent_text(facts: PeriodFacts, words: ReportWords) -> str:
    """The period's urgent values, counted without names."""
    u = facts.urgent
    if u is None or not u.opened:
        return words("urgent.none")
    sep = words("list_sep")
    types = sep.join(f"{words.code(ReadingType(t))} {n}" for t, n in sorted(u.by_type.items()))
    actions = sep.join(f"{words.code(UrgentAction(a))} {n}" for a, n in sorted(u.by_action.items()))
    return words(
        "urgent.text", opened=u.opened, types=types, closed=u.closed,
        actions=actions or words("follow_ups.none"), open=u.still_open,
    )  # fmt: skip


def hospital_block(
    facts: PeriodFacts, words: ReportWords, styles: Styles, inspections: bool = True
) -> list[Flowable]:
    out: list[Flowable] = []
    if facts.hospital_visits:
        header = [words(c) for c in ("col.date", "col.purposes", "col.experts", "col.note")]
        rows = [
            [
                v.visited_on.isoformat(),
                words.codes(HospitalVisitPurpose, v.purposes),
                v.experts,
                v.note,
            ]
            for v in facts.hospital_visits
        ]
        out.append(data_table(styles, header, rows, (24, 38, 70, 48)))
    else:
        out.append(para(words("hospital.none"), styles.body))
    if inspections:
        out.append(Spacer(1, 3 * mm))
        out.extend(inspection_tables(facts, words, styles))
    return out


def inspection_tables(facts: PeriodFacts, words: ReportWords, styles: Styles) -> list[Flowable]:
    """The inspections received in the period, then their rectification items and closure."""
    if not facts.inspections:
        return [para(words("inspections.none"), styles.body)]
    header = [words(c) for c in ("col.date", "col.body", "col.inspectors", "col.score",
                                 "col.findings")]  # fmt: skip
    rows = [
        [i.inspected_on.isoformat(), words.code(i.body), i.inspectors,
         "" if i.score is None else f"{i.score:g}", i.findings]
        for i in facts.inspections
    ]  # fmt: skip
    out: list[Flowable] = [
        data_table(styles, header, rows, (24, 28, 38, 14, 66), right=(3,)),
        para(words("inspections.counted"), styles.small),
    ]
    items = [(i, item) for i in facts.inspections for item in i.items]
    if items:
        header = [words(c) for c in ("col.date", "col.rectification", "col.responsible",
                                     "col.deadline", "col.closed")]  # fmt: skip
        rows = [
            [i.inspected_on.isoformat(), item.description, item.responsible,
             item.deadline.isoformat() if item.deadline else "", closure(item, facts, words)]
            for i, item in items
        ]  # fmt: skip
        out += [Spacer(1, 2 * mm), data_table(styles, header, rows, (24, 52, 26, 24, 44))]
    return out


def hospital_sheet(facts: PeriodFacts, words: ReportWords, heading: Sequence[str]) -> Sheet:
    """The partner hospital's visits in the period."""
    return Sheet(
        words("h.hospital_visits"),
        [words(c) for c in ("col.date", "col.purposes", "col.experts", "col.note")],
        [
            [v.visited_on, words.codes(HospitalVisitPurpose, v.purposes), v.experts, v.note]
            for v in facts.hospital_visits
        ],
        title_lines=heading,
    )


def inspection_sheet(facts: PeriodFacts, words: ReportWords, heading: Sequence[str]) -> Sheet:
    """The PDF's two inspection tables as one sheet: a row per rectification item, the
    inspection repeated on each (an inspection without items keeps one row)."""
    columns = ("col.date", "col.body", "col.inspectors", "col.score", "col.findings",
               "col.rectification", "col.responsible", "col.deadline", "col.closed")  # fmt: skip
    rows: list[list[Cell]] = []
    for i in facts.inspections:
        head: list[Cell] = [i.inspected_on, words.code(i.body), i.inspectors, i.score,
                            i.findings]  # fmt: skip
        if not i.items:
            rows.append([*head, None, None, None, None])
        for item in i.items:
            rows.append(
                [*head, item.description, item.responsible, item.deadline,
                 closure(item, facts, words)]
            )  # fmt: skip
    return Sheet(words("inspections.heading"), [words(c) for c in columns], rows,
                 title_lines=heading)  # fmt: skip


def closure(item: ItemRow, facts: PeriodFacts, words: ReportWords) -> str:
    """An item's state on the day the figures were taken: done (when, what), open, overdue."""
    if item.done_on is not None and item.done_on <= facts.as_of:
        return words("rectification.done", date=item.done_on.isoformat(), note=item.done_note)
    overdue = item.deadline is not None and item.deadline < min(facts.as_of, facts.period.last_day)
    return words("rectification.overdue") if overdue else words.code(RectificationStatus.OPEN)


def text_section(
    sections: Sections, heading: str, text: str, words: ReportWords, styles: Styles
) -> list[Flowable]:
    return [sections.heading(heading), *text_to_fill(styles, text, words("blank_hint"))]


def signature_block(words: ReportWords, styles: Styles) -> Flowable:
    return signatures(styles, words("sign.admin"), words("sign.chair"), words("sign.date"))
