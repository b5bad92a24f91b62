"""The keyboard-first entry form at the top of the usage register.

The everyday path: type an employee no., a name or pinyin initials (or scan the staff card),
Enter picks the person and jumps to the first reading of the items they had last time; type
the values (Tab between them), Enter saves. The form clears for the next person and the
visit appears at the top of today's list. A routine blood-pressure visit takes
`zs` Enter `128` Tab `82` Enter.

The form keeps the person, the readings, saving and the result; what follows an abnormal
result (measure again, follow-up) and an urgent value (the action to record) are its steps in
follow_up_steps.py and urgent_case_steps.py.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from app.catalogue.codes import Sex
from app.catalogue.readings import describe_rounds
from app.catalogue.urgent import SEE_A_DOCTOR, URGENT
from app.domain.follow_up_plan import FollowUpPlan
from app.domain.readings import ReadingType, Thresholds
from app.services import person_card, reading_thresholds, roster, visit_entry
from app.services.actor import PermissionDenied
from app.services.person_card import PersonCard
from app.services.roster import StaffRow
from app.services.usage_log import ReadingValue
from app.services.visit_entry import RecordedVisit, VisitError, VisitInput
from app.ui.context import AppContext
from app.ui.forms.ui_visit_entry_form import Ui_VisitEntryForm
from app.ui.i18n import catalogue_language, word
from app.ui.qt_dates import qdatetime
from app.ui.visit_messages import (
    abnormal_text,
    error_text,
    readings_text,
    suggested_advice,
    values_of,
)
from app.ui.widgets.follow_up_steps import FollowUpSteps
from app.ui.widgets.person_picker import PersonPicker
from app.ui.widgets.readings_editor import ReadingsEditor
from app.ui.widgets.urgent_case_steps import UrgentCaseSteps
from app.ui.widgets.visit_entry_styles import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    PAPER_STYLE,
    URGENT_STYLE,
)

R = ReadingType


class VisitEntryForm(QFrame):
    saved = Signal(object)  # RecordedVisit, after a new visit or a re-measurement
    history_requested = Signal(int)  # staff id
    urgent_closed = Signal(int)  # visit id, once its urgent value's action is recorded

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_VisitEntryForm()
        self.ui.setupUi(self)
        self.readings = ReadingsEditor()
        host_layout = QVBoxLayout(self.ui.readingsHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.readings)
        self.person_edit: QLineEdit = self.ui.personEdit
        self.picker = PersonPicker(self.person_edit, self._search)
        self.thresholds = Thresholds()
        self.plan = FollowUpPlan()
        self.card: PersonCard | None = None
        self.last: RecordedVisit | None = None
        self.remeasuring: RecordedVisit | None = None
        self.urgent: RecordedVisit | None = None  # open until the action is recorded
        self.urgent_steps = UrgentCaseSteps(self)
        self.follow_up_steps = FollowUpSteps(self)
        self._set_tab_order()

        self.person_edit.returnPressed.connect(self._person_entered)
        self.person_edit.textEdited.connect(self._person_edited)
        self.picker.picked.connect(self.pick)
        self.picker.not_found.connect(self._not_found)
        self.ui.visitorCheck.toggled.connect(self._visitor_toggled)
        self.ui.paperCheck.toggled.connect(self._paper_toggled)
        for edit in [*self.readings.value_edits(), self.ui.adviceEdit, self.ui.noteEdit]:
            edit.returnPressed.connect(self.save)
        self.readings.changed.connect(self._readings_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.clearButton.clicked.connect(self.next_person)
        self.ui.recordActionButton.clicked.connect(self.urgent_steps.record_action)
        self.ui.actionNoteEdit.returnPressed.connect(self.urgent_steps.record_action)
        self.ui.suggestButton.clicked.connect(self.insert_advice)
        self.ui.remeasureButton.clicked.connect(self.follow_up_steps.measure_again)
        self.ui.followUpButton.clicked.connect(self.follow_up_steps.add_follow_up)
        self.ui.historyButton.clicked.connect(self._history)
        context_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("F2", self._history),
            ("F6", self.follow_up_steps.measure_again),
            ("F7", self.follow_up_steps.add_follow_up),
            ("Ctrl+I", self.insert_advice),
            ("Esc", self.next_person),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context_)
            shortcut.activated.connect(slot)
        self.ui.paperTimeEdit.setEnabled(False)
        self.ui.resultFrame.hide()
        self.ui.urgentFrame.hide()
        self.urgent_steps.fill_actions()
        self._show_card()

    def _set_tab_order(self) -> None:
        u = self.ui
        chain = [
            u.personEdit, u.visitorCheck, *self.readings.tab_chain(),
            u.adviceEdit, u.noteEdit, u.paperCheck, u.paperTimeEdit,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- setup -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fresh settings (thresholds, the room's usual items) and an empty form; an urgent
        visit stays on the form until its action is recorded."""
        db, actor = self.context.db, self.context.actor
        self.thresholds = reading_thresholds.get_thresholds(db, actor)
        self.plan = reading_thresholds.get_follow_up_plan(db, actor)
        if not self.ui.paperCheck.isChecked():
            self.ui.paperTimeEdit.setDateTime(qdatetime(self.now().replace(second=0)))
        if self.urgent is None:
            self.clear()

    def now(self) -> dt.datetime:
        # The date comes from the context (tests fix it); the time is the clock's.
        return dt.datetime.combine(self.context.today(), dt.datetime.now().time()).replace(
            microsecond=0
        )

    def _search(self, text: str) -> list[StaffRow]:
        return roster.list_staff(
            self.context.db,
            self.context.actor,
            search=text,
            include_departed=self.ui.paperCheck.isChecked(),  # old paper lines may name them
            limit=8,
        )

    # --- the person ----------------------------------------------------------------------------

    def _person_entered(self) -> None:
        if self.urgent is not None and self.remeasuring is None:
            self.may_leave()
        elif self.remeasuring is not None:
            self.focus_first_field()
        elif self.ui.visitorCheck.isChecked():
            if self.person_edit.text().strip():
                self.focus_first_field()
        elif self.card is not None and self.person_edit.text() == self.card.name:
            self.focus_first_field()
        else:
            self.picker.pick_now()

    def _person_edited(self, _text: str) -> None:
        if self.card is not None:  # typing again means another person
            self.card = None
            self._show_card()

    def pick(self, row: StaffRow) -> None:
        try:
            card = person_card.person_card(self.context.db, self.context.actor, row.id)
        except VisitError as error:  # removed from the roster meanwhile
            self.show_message(error_text(error), ERROR_STYLE)
            return
        self.card = card
        self.person_edit.setText(card.name)
        self.readings.set_context(
            self.thresholds, Sex(card.sex) if card.sex else None, card.height_cm
        )
        self.readings.set_groups(card.default_groups)
        self.readings.set_glucose_type(card.glucose_type)
        self._show_card()
        self.show_message("")
        self.focus_first_field()

    def _not_found(self, text: str) -> None:
        self.show_message(
            self.tr(
                "No one on the roster matches “%1”. Check the spelling, or tick Visitor to "
                "record someone who is not on the roster."
            ).replace("%1", text),
            ERROR_STYLE,
        )

    def _visitor_toggled(self, visitor: bool) -> None:
        self.picker.set_active(not visitor)
        self.card = None
        self.person_edit.clear()
        self.person_edit.setPlaceholderText(
            self.tr("Visitor's name") if visitor else self.tr("No., name, pinyin (zs) or card")
        )
        if visitor:
            self.readings.set_context(self.thresholds, None, None)
            self.readings.set_groups(
                person_card.room_default_groups(self.context.db, self.context.actor)
            )
        self._show_card()
        self.person_edit.setFocus()

    def _show_card(self) -> None:
        card = self.card
        self.ui.historyButton.setEnabled(card is not None)
        if card is None:
            visitor = self.ui.visitorCheck.isChecked()
            self.ui.personCardLabel.setText(
                self.tr("Visitor: not counted in staff rates.") if visitor else ""
            )
            return
        parts = [f"<b>{card.name}</b>", card.employee_no, card.department]
        if card.sex:
            parts.append(word(Sex(card.sex)))
        age = card.age_on(self.context.today())
        if age is not None:
            parts.append(self.tr("%1 years").replace("%1", str(age)))
        text = " · ".join(parts)
        if card.last_visit_at is not None:
            last = self.tr("last visit %1").replace("%1", card.last_visit_at.strftime("%Y-%m-%d"))
            values = [ReadingValue(r.type.value, r.value, r.flag.value) for r in card.last_readings]
            if values:
                last += ": " + readings_text(values)
            text += f"<br/><span style='color:#616e7c'>{last}</span>"
        if card.departure_date is not None:
            left = self.tr("left on %1").replace("%1", card.departure_date.isoformat())
            text += f" <span style='color:#c62828'>{left}</span>"
        self.ui.personCardLabel.setText(text)

    def _history(self) -> None:
        if self.card is not None:
            self.history_requested.emit(self.card.id)

    # --- readings ------------------------------------------------------------------------------

    def focus_first_field(self) -> None:
        field = self.readings.first_field()
        target = field if field is not None else self.ui.adviceEdit
        target.setFocus()
        target.selectAll()

    def _readings_changed(self) -> None:
        abnormal = self.readings.abnormal_types()
        self.ui.suggestButton.setEnabled(bool(abnormal))
        if self.readings.urgent_types():
            language = catalogue_language()
            self.show_message(
                f"⚠ {URGENT.in_(language)} · {SEE_A_DOCTOR.in_(language)}",
                URGENT_STYLE,
            )
        elif abnormal:
            self.show_message(
                self.tr(
                    "Abnormal value: let the person rest a few minutes and measure again; "
                    "Ctrl+I inserts the suggested advice."
                ),
                HINT_STYLE,
            )
        elif self.ui.messageLabel.styleSheet() in (HINT_STYLE, URGENT_STYLE):
            self.show_message("")

    def insert_advice(self) -> None:
        abnormal = self.readings.abnormal_types()
        if not abnormal and self.last is not None and self.remeasuring is None:
            abnormal = [r.type for r in self.last.abnormal_readings]
        text = suggested_advice(abnormal)
        if text:
            current = self.ui.adviceEdit.text().strip()
            self.ui.adviceEdit.setText(f"{current} {text}".strip() if current else text)
            self.ui.adviceEdit.setFocus()

    def _paper_toggled(self, paper: bool) -> None:
        edit = self.ui.paperTimeEdit
        edit.setEnabled(paper)
        if paper:
            edit.setMaximumDateTime(qdatetime(self.now() + dt.timedelta(minutes=10)))
            edit.setDateTime(qdatetime(self.now().replace(second=0)))
            self.setStyleSheet(PAPER_STYLE)
            edit.setFocus()
        else:
            self.setStyleSheet("")

    # --- saving --------------------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        visitor = self.ui.visitorCheck.isChecked()
        paper = self.ui.paperCheck.isChecked()
        when = self.ui.paperTimeEdit.dateTime().toPython() if paper else None
        return VisitInput(
            staff_id=self.card.id if self.card is not None and not visitor else None,
            visitor_name=self.person_edit.text().strip() if visitor else None,
            readings=self.readings.values(),
            advice=self.ui.adviceEdit.text(),
            note=self.ui.noteEdit.text(),
            visited_at=when if isinstance(when, dt.datetime) else None,
            entered_late=paper,
        )

    def save(self) -> None:
        if self.urgent is not None and self.remeasuring is None:
            self.may_leave()
            return
        if self.remeasuring is None and self.card is None and not self.ui.visitorCheck.isChecked():
            if self.person_edit.text().strip() and self.picker.pick_now():
                return  # the person was still being chosen: Enter picked them
            self._refuse(VisitError("person_required", "person"))
            return
        db, actor = self.context.db, self.context.actor
        try:
            if self.remeasuring is not None:
                result = visit_entry.add_readings(
                    db,
                    actor,
                    self.remeasuring.id,
                    self.readings.values(),
                    now=self.now(),
                    advice=self.ui.adviceEdit.text(),
                    note=self.ui.noteEdit.text(),
                )
            else:
                result = visit_entry.record_visit(db, actor, self.visit_input(), now=self.now())
        except VisitError as error:
            self._refuse(error)
            return
        except PermissionDenied as refused:
            self.show_message(refused.said(catalogue_language()), ERROR_STYLE)
            return
        self.last = result
        self.remeasuring = None
        self.show_result(result)
        self.clear(keep_result=True)
        self.urgent = result if result.urgent_case_id is not None else None
        self.urgent_steps.show_state()
        self.saved.emit(result)

    def _refuse(self, error: VisitError) -> None:
        self.show_message(error_text(error), ERROR_STYLE)
        target: QWidget = self.person_edit
        if error.field in {rt.value for rt in R}:
            target = self.readings.edit_for(R(error.field))
        elif error.field == "visited_at":
            target = self.ui.paperTimeEdit
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def show_result(self, visit: RecordedVisit) -> None:
        self._say_result(visit)
        self.ui.remeasureButton.setVisible(visit.abnormal or visit.urgent_case_id is not None)
        self.ui.followUpButton.setVisible(visit.abnormal and visit.staff_id is not None)
        self.ui.followUpButton.setEnabled(True)
        self.ui.resultFrame.show()

    def _say_result(self, visit: RecordedVisit) -> None:
        """The result line in its colour, in the language of the moment."""
        time = visit.visited_at.strftime("%H:%M")
        values = values_of(visit)
        if visit.abnormal:
            text = self.tr("⚠ %1 %2: %3. Measure again after a rest, and give advice.")
            style = "background: #ffebee; color: #b71c1c;"
            detail = abnormal_text(values)
        else:
            text = self.tr("✓ Saved %1 %2: %3")
            style = "background: #e8f5e9; color: #1b5e20;"
            detail = readings_text(values) or self.tr("no readings")
        again = describe_rounds(
            ((r.type, r.value, n) for r, n in visit.rounds), catalogue_language()
        )
        if again:  # the readings as taken, under the result
            detail += f" ({again})"
        self.ui.resultLabel.setText(
            text.replace("%1", time).replace("%2", visit.person).replace("%3", detail)
        )
        self.ui.resultFrame.setStyleSheet(f"#resultFrame {{ {style} }}")

    # --- the next person -----------------------------------------------------------------------

    def may_leave(self) -> bool:
        """False while an urgent visit has no action recorded: says so and asks for it."""
        return self.urgent_steps.may_leave()

    def resume_urgent(self, visit_id: int) -> None:
        """Put an open urgent case (from the overview) back on the form for its action."""
        self.urgent_steps.resume(visit_id)

    def unsaved_input(self) -> bool:
        """A person chosen or anything typed for a visit not saved yet. The name of a saved
        visit, shown read-only while it is measured again or its urgent action is due, is not."""
        person = "" if self.person_edit.isReadOnly() else self.person_edit.text()
        typed = (person, self.ui.adviceEdit.text(), self.ui.noteEdit.text())
        typed_any = any(t.strip() for t in typed)
        return self.card is not None or typed_any or bool(self.readings.values())

    def next_person(self) -> None:
        """Esc / Clear: the form for the next person — not while an urgent visit is open."""
        if self.remeasuring is not None and self.urgent is not None:
            self.remeasuring = None  # back to the urgent visit's action
            self.clear(keep_result=True)
            self.urgent_steps.show_state()
            return
        if self.may_leave():
            self.clear()

    def clear(self, keep_result: bool = False) -> None:
        """Empty the form for the next person (a paper session stays on)."""
        self.picker.hide()
        self.remeasuring = None
        self.card = None
        self.person_edit.setReadOnly(False)
        self.person_edit.clear()
        if self.ui.visitorCheck.isChecked():
            self.ui.visitorCheck.setChecked(False)  # visitors are one-offs
        self.readings.clear()
        self.readings.set_context(self.thresholds, None, None)
        self.readings.set_groups(
            person_card.room_default_groups(self.context.db, self.context.actor)
        )
        self.ui.adviceEdit.clear()
        self.ui.noteEdit.clear()
        if not keep_result:
            self.ui.resultFrame.hide()
            self.show_message("")
        elif self.ui.messageLabel.styleSheet() != OK_STYLE:
            self.show_message("")
        self._show_card()
        self.person_edit.setFocus()

    def show_message(self, text: str, style: str = "") -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(style)
        self.ui.messageLabel.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.urgent_steps.fill_actions()
            self._show_card()
            if self.last is not None and not self.ui.resultFrame.isHidden():
                self._say_result(self.last)  # kept on the form when an urgent visit is open
            if self.urgent is not None:
                self.urgent_steps.show_state()
        super().changeEvent(event)
