"""设备台账: the equipment ledger as PDF (A4 landscape) and as a workbook.

The PDF lists every device with its state and upkeep dates, what is due, and each device's
history; the workbook carries the same three tables for further work.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from app.catalogue.codes import DeviceEventKind, DeviceStatus, Funding, Tone, tone
from app.db.migrate import Database
from app.reports.equipment_dataset import HistoryLine, LedgerData
from app.reports.equipment_texts import WORDS
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.pdf.blocks import signature_row
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import BAD, Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import MONEY, Cell, Sheet, write_workbook
from app.services.actor import Actor


def words_for(language: ReportLanguage) -> Words:
    return Words({**COMMON, **WORDS}, language)


def event_word(w: Words, line: HistoryLine) -> str:
    if line.event.kind is DeviceEventKind.REPLACED and line.other_model:
        return w("ev_replaced_other")
    return w.code(line.event.kind)


def _d(value: object) -> str:
    return "" if value is None else str(value)


def _money(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _rate(data: LedgerData, w: Words) -> str:
    value = data.intact.value
    return w("not_applicable") if value is None else f"{value:.0%}"


def _remark(w: Words, device: object) -> str:
    replaced_by = getattr(device, "replaced_by_asset_no", "")
    replaces = getattr(device, "replaces_asset_no", "")
    parts = []
    if replaces:
        parts.append(w("replaces", asset_no=replaces))
    if replaced_by:
        parts.append(w("replaced_by", asset_no=replaced_by))
    return "；".join(parts)


def summary(data: LedgerData, w: Words) -> str:
    counts = {s.value: data.status_counts.get(s, 0) for s in DeviceStatus}
    return w(
        "ledger_summary",
        total=len(data.devices),
        registered=data.intact.denominator,
        rate=_rate(data, w),
        value=f"{data.value_on_books:,.2f}",
        **counts,
    )


def wrapped_table(rows: Sequence[Sequence[object]], widths: Sequence[float], styles: Styles,
           right: Sequence[int] = (), alerts: Sequence[tuple[int, int]] = ()) -> Table:  # fmt: skip
    """A long table with a repeated header; text wraps (CJK line breaking); alerts in red."""
    red = set(alerts)
    alert = ParagraphStyle("alert", parent=styles.cell, textColor=BAD)
    alert_right = ParagraphStyle("alert_right", parent=styles.cell_right, textColor=BAD)
    cells: list[list[object]] = []
    for r, row in enumerate(rows):
        out: list[object] = []
        for c, value in enumerate(row):
            if r == 0:
                style = styles.cell_head
            elif (r, c) in red:
                style = alert_right if c in right else alert
            else:
                style = styles.cell_right if c in right else styles.cell
            out.append(Paragraph(escape(_d(value)), style))
        cells.append(out)
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = table_style()
    style.add("LEFTPADDING", (0, 0), (-1, -1), 3)  # narrow columns: dates fit on one line
    style.add("RIGHTPADDING", (0, 0), (-1, -1), 3)
    table.setStyle(style)
    return table


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def device_rows(data: LedgerData, w: Words) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for n, d in enumerate(data.devices, start=1):
        rows.append(
            [
                n,
                d.asset_no,
                d.name,
                w.code(d.category),
                " / ".join(t for t in (d.brand, d.model) if t),
                d.serial_no,
                d.purchase_date,
                d.price,
                w.code(Funding(d.funding)) if d.funding in tuple(Funding) else d.funding,
                d.location,
                w.code(d.status),
                d.next_maintenance if d.status is DeviceStatus.IN_SERVICE else None,
                d.next_calibration if d.status is DeviceStatus.IN_SERVICE else None,
                _remark(w, d),
            ]
        )
    return rows


def device_header(w: Words) -> list[str]:
    keys = ("col_no", "col_asset_no", "col_name", "col_category", "col_brand_model", "col_serial",
            "col_purchased", "col_price", "col_funding", "col_location", "col_status",
            "col_next_maintenance", "col_next_calibration", "col_remark")  # fmt: skip
    return [w(k) for k in keys]


def due_header(w: Words) -> list[str]:
    keys = ("col_asset_no", "col_name", "col_brand_model", "col_kind", "col_last_done",
            "col_due", "col_overdue")  # fmt: skip
    return [w(k) for k in keys]


def due_rows(data: LedgerData, w: Words) -> list[list[Cell]]:
    return [
        [r.asset_no, r.name, r.model, w.code(r.kind), r.last_done, r.due, r.days_overdue or None]
        for r in data.due
    ]


def history_header(w: Words) -> list[str]:
    keys = ("col_date", "col_asset_no", "col_name", "col_kind", "col_note", "col_cost",
            "col_paid_by", "col_next_due", "col_related")  # fmt: skip
    return [w(k) for k in keys]


def history_rows(data: LedgerData, w: Words) -> list[list[Cell]]:
    return [
        [
            h.event.on_date,
            h.asset_no,
            h.name,
            event_word(w, h),
            h.event.note,
            h.event.cost,
            h.event.paid_by,
            h.event.next_due,
            h.event.related_asset_no,
        ]
        for h in data.history
    ]


def write_pdf(
    path: Path,
    data: LedgerData,
    language: ReportLanguage = ReportLanguage.ZH,
    progress: Progress | None = None,
) -> Path:
    report = progress or (lambda _p, _m: None)
    w = words_for(language)
    styles = Styles(base_size=9)
    report(10, "devices")
    story: list[Flowable] = [
        Paragraph(w("ledger_title"), styles.title),
        Paragraph(escape(w("ledger_subtitle", site=data.site, room=data.room)), styles.subtitle),
        Spacer(1, 4 * mm),
        Paragraph(escape(summary(data, w)), styles.body),
        Paragraph(escape(w("rule_note")), styles.small),
        Spacer(1, 3 * mm),
    ]
    widths = [x * mm for x in (8, 24, 22, 20, 24, 25, 19, 17, 15, 18, 16, 20, 20, 20)]
    rows = device_rows(data, w)
    alerts = [(r + 1, c) for r, c in ledger_alerts(data)]  # the table's row 0 is its header
    table_rows: list[list[Cell]] = [list(device_header(w))]
    for row in rows:
        table_rows.append([*row[:7], _money(row[7]), *row[8:]])  # type: ignore[arg-type]
    story.append(wrapped_table(table_rows, widths, styles, right=(0, 7), alerts=alerts))

    report(40, "due")
    story.append(Paragraph(w("due_heading"), styles.heading))
    if data.due:
        due: list[list[Cell]] = [list(due_header(w)), *due_rows(data, w)]
        due_alerts = [(r, 5) for r, row in enumerate(data.due, start=1) if row.overdue]
        widths = [x * mm for x in (28, 40, 40, 30, 28, 28, 22)]
        story.append(wrapped_table(due, widths, styles, right=(6,), alerts=due_alerts))
    else:
        story.append(Paragraph(w("due_none"), styles.body))

    report(60, "history")
    story += [PageBreak(), Paragraph(w("history_heading"), styles.heading)]
    history: list[list[Cell]] = [list(history_header(w))]
    for row in history_rows(data, w):
        history.append([*row[:5], _money(row[5]), *row[6:]])  # type: ignore[arg-type]
    widths = [x * mm for x in (20, 24, 28, 24, 82, 18, 26, 20, 25)]
    story.append(wrapped_table(history, widths, styles, right=(5,)))

    story.append(signature_row(styles, [w("sign_admin"), w("sign_chair"), w("date")], 270 * mm))
    report(80, "writing")
    setup = PageSetup(
        landscape=True,
        header=f"{data.site} · {w('ledger_title')}" if data.site else w("ledger_title"),
        language=language,
    )
    out = render_pdf(path, story, setup, title=w("ledger_title"), printed=data.today)
    report(100, "done")
    return out


def ledger_alerts(data: LedgerData) -> list[tuple[int, int]]:
    """(device's row, column) of the ledger's cells in red: a status that needs action (the
    catalogue's tone, as in the window) and upkeep overdue. The PDF and the workbook alike."""
    alerts = []
    for r, d in enumerate(data.devices):
        if tone(d.status) is Tone.ALERT:
            alerts.append((r, 10))
        if d.maintenance_overdue:
            alerts.append((r, 11))
        if d.calibration_overdue:
            alerts.append((r, 12))
    return alerts


def write_xlsx(path: Path, data: LedgerData, language: ReportLanguage = ReportLanguage.ZH) -> Path:
    w = words_for(language)
    title = f"{data.site} {w('ledger_title')}".strip()
    return write_workbook(
        path,
        [
            Sheet(
                w("sheet_ledger"),
                device_header(w),
                device_rows(data, w),
                title_lines=[title, summary(data, w)],
                number_formats={7: MONEY},
                alerts=frozenset(ledger_alerts(data)),
            ),
            Sheet(w("sheet_due"), due_header(w), due_rows(data, w)),
            Sheet(
                w("sheet_history"),
                history_header(w),
                history_rows(data, w),
                number_formats={5: MONEY},
            ),
        ],
        language,
    )


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    from app.reports.equipment_dataset import ledger_data

    progress(10, "equipment")
    data = ledger_data(db, actor, request.today)
    if request.workbook_only:
        progress(50, "xlsx")
        return Path(write_xlsx(request.pdf, data, request.language))
    progress(50, "pdf")
    pdf = Path(write_pdf(request.pdf, data, request.language))
    if request.xlsx is not None:
        progress(80, "xlsx")
        write_xlsx(request.xlsx, data, request.language)
    return pdf
