"""Every device status in one colour wherever it is shown, with its reason in view.

A device is brought into each status through the register's own events, each with a note
(the reason); the device list, the details pane, the device's history and the indicator's
list of devices must all colour it by the catalogue's tone, and the reason must be readable
without scrolling (the details pane, and the list's tooltip)."""

from __future__ import annotations

import ctypes
import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.catalogue.codes import DeviceCategory, DeviceEventKind, DeviceStatus, Tone, tone
from app.catalogue.language import Language
from app.catalogue.reports import ReportKey
from app.catalogue.words import word
from app.domain import lifecycle
from app.domain.indicators import ColumnKind, DrillColumn, DrillDown
from app.reports.request import ReportRequest, write_report
from app.services import equipment_lifecycle, equipment_register
from app.services.equipment_lifecycle import NewEvent, Replacement
from app.services.equipment_register import NewDevice
from app.ui.dialogs.overview.indicator_detail_dialog import IndicatorDetailDialog
from app.ui.main_window import MainWindow
from app.ui.models.row_table_model import TONE_COLOURS
from app.ui.pages.equipment_page import DEVICES
from tests.gui.test_equipment_page import choose_view, open_page
from tests.support import DEMO_TODAY

E, S = DeviceEventKind, DeviceStatus
# The events that bring a new device into each status, with the reason noted on the last.
PATHS: dict[DeviceStatus, tuple[DeviceEventKind, ...]] = {
    S.IN_SERVICE: (),
    S.UNDER_REPAIR: (E.REPAIR_STARTED,),
    S.DAMAGED: (E.DAMAGED,),
    S.LOST: (E.LOST,),
    S.REPLACED: (E.DAMAGED, E.REPLACED),
    S.RETIRED: (E.RETIRED,),
}


def colour_of(index: QModelIndex) -> str | None:
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    return None if brush is None else brush.color().name()


def test_every_status_has_one_tone_and_the_intact_rule_agrees() -> None:
    assert set(PATHS) == set(DeviceStatus)
    for status in DeviceStatus:
        # Red is exactly what counts against the equipment intact rate.
        assert (tone(status) is Tone.ALERT) == (status in lifecycle.NOT_INTACT), status
    for kind in DeviceEventKind:
        after = {after for moves in lifecycle.TRANSITIONS.values() for k, after in moves.items()
                 if k is kind}  # fmt: skip
        if after:  # an event is toned as the status it leads to
            assert {tone(s) for s in after} == {tone(kind)}, kind


def make_device(window: MainWindow, status: DeviceStatus) -> tuple[str, str]:
    """A device brought into `status` through events; its asset no. and the reason noted."""
    db, actor = window.context.db, window.context.actor
    asset_no = f"TONE-{status.value}"
    day = DEMO_TODAY - dt.timedelta(days=90)
    device = equipment_register.register_device(
        db, actor, NewDevice(asset_no=asset_no, name="电子血压计", category=_category(),
                             model="HEM-7136", purchase_date=day), DEMO_TODAY,
    )  # fmt: skip
    reason = f"原因：{status.value} 的经过"
    for n, kind in enumerate(PATHS[status], start=1):
        on = day + dt.timedelta(days=10 * n)
        if kind is E.REPLACED:
            new = NewDevice(asset_no=f"{asset_no}-new", name="电子血压计", category=_category(),
                            model="HEM-7136", purchase_date=on)  # fmt: skip
            equipment_lifecycle.replace_device(
                db, actor, Replacement(device.id, on, new, note=reason), DEMO_TODAY
            )
        else:
            equipment_lifecycle.record_event(
                db, actor, NewEvent(device.id, kind, on, note=reason), DEMO_TODAY
            )
    return asset_no, reason


def _category() -> DeviceCategory:
    return DeviceCategory.BP_MONITOR


def test_each_status_is_coloured_alike_everywhere_with_its_reason_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    made = {status: make_device(window, status) for status in DeviceStatus}
    page = open_page(qtbot, window)
    choose_view(qtbot, page, DEVICES)
    page.reload()
    model = page.ui.tableView.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    status_column = headers.index("状态")
    # The status is seen without scrolling sideways: it fits in the list at 1366 px.
    window.resize(1366, 720)
    qtbot.waitUntil(lambda: page.ui.tableView.isVisible())
    table = page.ui.tableView
    assert table.columnViewportPosition(status_column) + table.columnWidth(status_column) <= (
        table.viewport().width()
    )
    for status, (asset_no, reason) in made.items():
        colour = TONE_COLOURS[tone(status)]
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == asset_no)
        cell = model.index(row, status_column)
        assert colour_of(cell) == colour, status
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        if tone(status) is Tone.PLAIN:
            assert "原因" not in tip
        else:  # the reason on hover, and in the details beside the status, in its colour
            assert reason in tip, (status, tip)

        page.select_id(model.index(row, 0).data(Qt.ItemDataRole.UserRole))
        details = page.panel.deviceInfoLabel.text()
        first_line = details.split("<br>")[0]
        assert "状态" in first_line
        if colour is None:
            assert "color:" not in first_line and reason not in details
        else:
            assert f"color:{colour}" in first_line and reason in first_line, first_line
        history = page.history
        for r in range(history.rowCount()):
            event = history.row_at(r)
            assert colour_of(history.index(r, 1)) == TONE_COLOURS[tone(event.kind)], event
            if event.note:  # the note is the third column: in view beside the event
                assert history.index(r, 2).data() == event.note
    assert page.ui.tableView.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection


def test_the_indicator_list_colours_a_status_as_the_register_does(qtbot: QtBot) -> None:
    drill = DrillDown(
        "device",
        (DrillColumn("asset_no", ColumnKind.TEXT), DrillColumn("status", ColumnKind.CODE),
         DrillColumn("reason", ColumnKind.TEXT)),
        tuple((f"A{n}", s.value, "摔坏") for n, s in enumerate(DeviceStatus)),
        tuple(range(len(DeviceStatus))),
    )  # fmt: skip
    dialog = IndicatorDetailDialog("设备完好率", "", "设备", drill)
    qtbot.addWidget(dialog)
    model = dialog.model
    for row, status in enumerate(DeviceStatus):
        assert model.index(row, 1).data() == word(status, Language.ZH)
        assert colour_of(model.index(row, 1)) == TONE_COLOURS[tone(status)], status
        assert colour_of(model.index(row, 0)) is None  # only the status is coloured


def red_runs(path: Path) -> set[str]:
    """The runs of text the PDF draws in the alert red."""
    red = tuple(int(TONE_COLOURS[Tone.ALERT][i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[index]
    runs: set[str] = set()
    document = pdfium.PdfDocument(path)
    try:
        for page in document:
            text_page = page.get_textpage()
            run = ""
            for index in range(text_page.count_chars()):
                r, g, b, a = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
                pdfium_c.FPDFText_GetFillColor(text_page.raw, index, r, g, b, a)
                if (r.value, g.value, b.value) == red:
                    run += text_page.get_text_range(index, 1)
                elif run:
                    runs.add(run)
                    run = ""
            if run:
                runs.add(run)
    finally:
        document.close()
    return runs


def test_the_ledger_prints_red_what_the_window_shows_red(
    window: MainWindow, tmp_path: Path
) -> None:
    for status in DeviceStatus:
        make_device(window, status)
    pdf = write_report(
        ReportKey.EQUIPMENT, window.context.db, window.context.actor,
        ReportRequest(tmp_path / "ledger.pdf", tmp_path / "ledger.xlsx", as_of=DEMO_TODAY),
    )  # fmt: skip
    runs = red_runs(pdf)
    assert runs  # the damaged, lost and under-repair devices at least
    for status in DeviceStatus:
        printed_red = any(word(status, Language.ZH) in run for run in runs)
        assert printed_red == (tone(status) is Tone.ALERT), (status, runs)
    # The workbook beside it: the same statuses in the same red.
    sheet = load_workbook(tmp_path / "ledger.xlsx").worksheets[0]
    rows = list(sheet.iter_rows())
    header = next(i for i, row in enumerate(rows) if row[10].value == "状态")
    said = {word(s, Language.ZH): s for s in DeviceStatus}
    seen = set()
    for row in rows[header + 1 :]:
        status = said[row[10].value]
        seen.add(status)
        colour = row[10].font.color.rgb if row[10].font.color is not None else None
        red = isinstance(colour, str) and colour.endswith("C62828")
        assert red == (tone(status) is Tone.ALERT), status
    assert {S.DAMAGED, S.LOST, S.UNDER_REPAIR, S.IN_SERVICE} <= seen
