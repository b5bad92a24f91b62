"""日常消耗品库存表: the consumables stock sheet (A4 portrait) for the quarterly stock-take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.catalogue.attention import AttentionKind
from app.db.migrate import Database
from app.domain.stock import ExpiryState
from app.reports.equipment_dataset import site_and_room
from app.reports.equipment_ledger import escape, wrapped_table
from app.reports.equipment_texts import WORDS
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.pdf.blocks import signature_row
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import Styles
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import Cell
from app.services import consumable_stock
from app.services.actor import Actor
from app.services.consumable_stock import SheetItem, quarter_start


@dataclass(frozen=True)
class StockSheetData:
    site: str
    room: str
    today: dt.date
    since: dt.date
    items: tuple[SheetItem, ...]


def stock_sheet_data(db: Database, actor: Actor, today: dt.date) -> StockSheetData:
    site, room = site_and_room(db)
    items = tuple(consumable_stock.stock_sheet(db, actor, today))
    return StockSheetData(site, room, today, quarter_start(today), items)


def state_words(item: SheetItem, w: Words) -> str:
    states = []
    if item.item.low:
        states.append(w.code(AttentionKind.LOW_STOCK))
    if item.item.expiring_quantity:
        states.append(w.code(ExpiryState.EXPIRING))
    if item.item.expired_quantity:
        states.append(w.code(ExpiryState.EXPIRED))
    return "、".join(states) or w.code(ExpiryState.OK)


def item_rows(data: StockSheetData, w: Words) -> list[list[Cell]]:
    return [
        [
            s.item.name,
            w.code(s.item.category),
            s.item.unit,
            s.item.stock,
            s.item.min_stock,
            s.received,
            s.used,
            s.discarded,
            s.last_received,
            state_words(s, w),
        ]
        for s in data.items
    ]


def write_pdf(
    path: Path, data: StockSheetData, language: ReportLanguage = ReportLanguage.ZH
) -> Path:
    w = Words({**COMMON, **WORDS}, language)
    styles = Styles(base_size=9.5)
    quarter = w("quarter", year=data.today.year, q=(data.today.month - 1) // 3 + 1)
    lots = [lot for s in data.items for lot in s.lots]
    expiring = sum(1 for lot in lots if lot.state is ExpiryState.EXPIRING)
    expired = sum(1 for lot in lots if lot.state is ExpiryState.EXPIRED)
    story: list[Flowable] = [
        Paragraph(w("stock_title"), styles.title),
        Paragraph(
            escape(
                w(
                    "stock_subtitle",
                    site=data.site,
                    room=data.room,
                    quarter=quarter,
                    since=data.since.isoformat(),
                    today=data.today.isoformat(),
                )
            ),
            styles.subtitle,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                w(
                    "stock_summary",
                    items=len(data.items),
                    low=sum(1 for s in data.items if s.item.low),
                    expiring=expiring,
                    expired=expired,
                )
            ),
            styles.body,
        ),
        Paragraph(escape(w("stock_rule")), styles.small),
        Spacer(1, 3 * mm),
    ]
    header = [
        w(k)
        for k in (
            "col_item",
            "col_category",
            "col_unit",
            "col_stock",
            "col_min",
            "col_received",
            "col_used",
            "col_discarded",
            "col_last_received",
            "col_state",
        )
    ]
    rows: list[list[Cell]] = [list(header), *item_rows(data, w)]
    alerts = []
    for r, s in enumerate(data.items, start=1):
        if s.item.low:
            alerts.append((r, 3))
        if s.item.low or s.item.expiring_quantity or s.item.expired_quantity:
            alerts.append((r, 9))
    widths = [x * mm for x in (36, 24, 10, 13, 14, 14, 14, 14, 21, 20)]
    story.append(wrapped_table(rows, widths, styles, right=(3, 4, 5, 6, 7), alerts=alerts))

    story.append(Paragraph(w("lots_heading"), styles.heading))
    if lots:
        lot_rows: list[list[Cell]] = [
            [
                w(k)
                for k in (
                    "col_item",
                    "col_lot",
                    "col_expiry",
                    "col_quantity",
                    "col_unit",
                    "col_state",
                )
            ]
        ]
        lot_alerts = []
        for r, lot in enumerate(lots, start=1):
            lot_rows.append(
                [lot.item, lot.lot_no, lot.expiry, lot.quantity, lot.unit, w.code(lot.state)]
            )
            if lot.state in (ExpiryState.EXPIRING, ExpiryState.EXPIRED):
                lot_alerts += [(r, 2), (r, 5)]
        widths = [x * mm for x in (50, 34, 28, 20, 16, 32)]
        story.append(wrapped_table(lot_rows, widths, styles, right=(3,), alerts=lot_alerts))
    else:
        story.append(Paragraph(w("no_lots"), styles.body))

    story.append(signature_row(styles, [w("sign_counted"), w("sign_checked"), w("date")], 180 * mm))
    setup = PageSetup(
        header=f"{data.site} · {w('stock_title')}" if data.site else w("stock_title"),
        language=language,
    )
    return render_pdf(path, story, setup, title=w("stock_title"), printed=data.today)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    progress(20, "equipment")
    data = stock_sheet_data(db, actor, request.today)
    progress(60, "pdf")
    return Path(write_pdf(request.pdf, data, request.language))
