"""Record an event in a device's life: damage, loss, repair, retirement or upkeep."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.catalogue.codes import DeviceEventKind
from app.domain import lifecycle
from app.services import equipment_lifecycle, equipment_rows
from app.services.equipment_lifecycle import NewEvent
from app.services.equipment_rows import DeviceRow
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog, make_optional, optional_date, pydate
from app.ui.forms.ui_device_event_form import Ui_DeviceEventForm
from app.ui.i18n import word
from app.ui.qt_dates import qdate

E = DeviceEventKind
WITH_COST = (E.REPAIR_FINISHED, E.MAINTENANCE, E.CALIBRATION, E.REPAIR_STARTED)
WITH_NEXT_DUE = lifecycle.UPKEEP


class DeviceEventDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        device: DeviceRow,
        kind: DeviceEventKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.device = device
        self.setWindowTitle(self.tr("Record an event"))
        self.ui.introLabel.setText(
            self.tr(
                "A device's life is kept as events, never edited in place. A damaged or lost "
                "device is replaced with the same model (use “Replace…”)."
            )
        )
        self.form = Ui_DeviceEventForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        f.deviceLabel.setText(f"{device.asset_no}  {device.name}  {device.brand} {device.model}")
        for allowed in lifecycle.allowed_events(device.status):
            f.kindCombo.addItem(word(allowed), allowed)
        if kind is not None:
            f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(kind)))
        today = context.today()
        f.dateEdit.setDate(qdate(today))
        f.dateEdit.setMaximumDate(qdate(today))
        make_optional(f.nextDueEdit, None)
        f.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        f.dateEdit.dateChanged.connect(lambda _d: self._kind_changed())
        self._kind_changed()
        self.fields = {"on_date": f.dateEdit, "next_due": f.nextDueEdit, "cost": f.costSpin}
        self.saved: equipment_rows.DeviceEventRow | None = None

    def kind(self) -> DeviceEventKind:
        return DeviceEventKind(self.form.kindCombo.currentData())

    def _kind_changed(self) -> None:
        f, kind = self.form, self.kind()
        f.costSpin.setEnabled(kind in WITH_COST)
        f.paidByEdit.setEnabled(kind in WITH_COST)
        f.nextDueEdit.setEnabled(kind in WITH_NEXT_DUE)
        interval = {
            E.MAINTENANCE: self.device.maintenance_interval_days,
            E.CALIBRATION: self.device.calibration_interval_days,
        }.get(kind)
        if interval:  # suggest the next date from the device's interval
            make_optional(f.nextDueEdit, pydate(f.dateEdit.date()) + dt.timedelta(days=interval))
        elif kind not in WITH_NEXT_DUE:
            make_optional(f.nextDueEdit, None)

    def submit(self) -> None:
        f, kind = self.form, self.kind()
        cost = f.costSpin.value() if kind in WITH_COST and f.costSpin.value() > 0 else None
        event = NewEvent(
            device_id=self.device.id,
            kind=kind,
            on_date=pydate(f.dateEdit.date()),
            note=f.noteEdit.toPlainText().strip(),
            cost=cost,
            paid_by=f.paidByEdit.text().strip() if kind in WITH_COST else "",
            next_due=optional_date(f.nextDueEdit) if kind in WITH_NEXT_DUE else None,
        )
        self.saved = equipment_lifecycle.record_event(
            self.context.db, self.context.actor, event, self.context.today()
        )
