"""The room's day (房间日常): opening and closing, duty person, cleaning and disinfection."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.domain.day_log import DayFacts
from app.services import room_upkeep
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog, optional_time, set_optional_time
from app.ui.forms.ui_day_log_form import Ui_DayLogForm
from app.ui.i18n import QT_TRANSLATE_NOOP

# Common ways of disinfecting, offered in the UI language; what is chosen is kept as written.
AGENTS = (
    QT_TRANSLATE_NOOP("DayLogDialog", "Wiped with 75% medical alcohol"),
    QT_TRANSLATE_NOOP("DayLogDialog", "Wiped with 84 disinfectant diluted 1:100"),
    QT_TRANSLATE_NOOP("DayLogDialog", "Wiped with chlorine tablets, 500 mg/L"),
    QT_TRANSLATE_NOOP("DayLogDialog", "UV lamp, 30 minutes"),
)


class DayLogDialog(RecordDialog):
    def __init__(self, context: AppContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.day = context, day
        self.setWindowTitle(self.tr("Room day log"))
        self.ui.introLabel.setText(
            self.tr(
                "The room is cleaned every day it is open and disinfected regularly. "
                "Times left at “—” are not recorded."
            )
        )
        self.form = Ui_DayLogForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        f.dayLabel.setText(day.isoformat())
        f.agentCombo.addItems([self.tr(agent) for agent in AGENTS])
        f.agentCombo.setCurrentIndex(-1)
        existing = room_upkeep.get_day(context.db, context.actor, day)
        if existing is not None:
            facts = existing.facts
        else:  # a new record starts from the scheduled hours and today's duty person
            hours = room_upkeep.scheduled_hours(context.db, context.actor, day)
            opened, closed = hours if hours else (None, None)
            facts = DayFacts(opened, closed, "", False, "", False, "", "", "")
        set_optional_time(f.openedEdit, facts.opened_at)
        set_optional_time(f.closedEdit, facts.closed_at)
        f.dutyEdit.setText(facts.duty_person)
        f.cleanedCheck.setChecked(facts.cleaned)
        f.cleanedByEdit.setText(facts.cleaned_by)
        f.disinfectedCheck.setChecked(facts.disinfected)
        f.whatEdit.setText(facts.disinfection_what)
        f.agentCombo.setEditText(facts.disinfection_agent)
        f.disinfectedByEdit.setText(facts.disinfected_by)
        f.noteEdit.setText(facts.note)
        f.cleanedCheck.toggled.connect(lambda _on: self._enable())
        f.disinfectedCheck.toggled.connect(lambda _on: self._enable())
        self._enable()
        self.fields = {
            "closed_at": f.closedEdit,
            "duty_person": f.dutyEdit,
            "cleaned_by": f.cleanedByEdit,
            "disinfection_what": f.whatEdit,
            "disinfection_agent": f.agentCombo,
            "disinfected_by": f.disinfectedByEdit,
        }
        self.saved: room_upkeep.DayLogRow | None = None

    def _enable(self) -> None:
        f = self.form
        f.cleanedByEdit.setEnabled(f.cleanedCheck.isChecked())
        for widget in (f.whatEdit, f.agentCombo, f.disinfectedByEdit):
            widget.setEnabled(f.disinfectedCheck.isChecked())

    def submit(self) -> None:
        f = self.form
        facts = DayFacts(
            opened_at=optional_time(f.openedEdit),
            closed_at=optional_time(f.closedEdit),
            duty_person=f.dutyEdit.text(),
            cleaned=f.cleanedCheck.isChecked(),
            cleaned_by=f.cleanedByEdit.text(),
            disinfected=f.disinfectedCheck.isChecked(),
            disinfection_what=f.whatEdit.text(),
            disinfection_agent=f.agentCombo.currentText(),
            disinfected_by=f.disinfectedByEdit.text(),
            note=f.noteEdit.text(),
        )
        self.saved = room_upkeep.save_day(
            self.context.db, self.context.actor, self.day, facts, self.context.today()
        )
