"""The keyboard-first entry form at the top of the usage register.

The everyday path: type an employee no., a name or pinyin initials (or scan the staff card),
Enter picks the person and jumps to the first reading of the items they had last time; type
the values (Tab between them), Enter saves. The form clears for the next person and the
visit appears at the top of today's list. A routine blood-pressure visit takes
`zs` Enter `128` Tab `82` Enter.
"""

from __future__ import annotations

import datetime as dt
import itertools
from html import escape

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from app.catalogue.codes import FollowUpWay, Sex
from app.catalogue.follow_up_reasons import abnormal_findings, stored
from app.catalogue.readings import describe_rounds, group_of
from app.catalogue.urgent import SEE_A_DOCTOR, URGENT, UrgentAction
from app.domain.follow_up_plan import FollowUpPlan
from app.domain.readings import ReadingType, Thresholds
from app.domain.visit_items import GLUCOSE_TYPES
from app.services import person_card, reading_thresholds, roster, urgent_cases, visit_entry
from app.services.actor import PermissionDenied
from app.services.person_card import PersonCard
from app.services.roster import StaffRow
from app.services.usage_log import ReadingValue
from app.services.visit_entry import RecordedVisit, VisitError, VisitInput
from app.ui.context import AppContext
from app.ui.forms.ui_visit_entry_form import Ui_VisitEntryForm
from app.ui.i18n import catalogue_language, word
from app.ui.visit_messages import abnormal_text, error_text, readings_text, suggested_advice
from app.ui.widgets.person_picker import PersonPicker
from app.ui.widgets.readings_editor import ReadingsEditor

R = ReadingType
# For an abnormal grade the follow-up table has no row for (a stored 'high' pulse, ...).
FOLLOW_UP_OTHERWISE = dt.timedelta(days=28)
ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #2e7d32;"
PAPER_STYLE = "#VisitEntryForm { background: #fff8e1; }"  # a session copied from paper
URGENT_STYLE = "color: #c62828; font-weight: bold; font-size: 14pt;"


def values_of(visit: RecordedVisit) -> list[ReadingValue]:
    return [ReadingValue(r.type.value, r.value, r.flag.value) for r in visit.readings]


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
        self.ui.recordActionButton.clicked.connect(self.record_action)
        self.ui.actionNoteEdit.returnPressed.connect(self.record_action)
        self.ui.suggestButton.clicked.connect(self.insert_advice)
        self.ui.remeasureButton.clicked.connect(self.measure_again)
        self.ui.followUpButton.clicked.connect(self.add_follow_up)
        self.ui.historyButton.clicked.connect(self._history)
        context_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("F2", self._history),
            ("F6", self.measure_again),
            ("F7", self.add_follow_up),
            ("Ctrl+I", self.insert_advice),
            ("Esc", self.next_person),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context_)
            shortcut.activated.connect(slot)
        self.ui.paperTimeEdit.setEnabled(False)
        self.ui.resultFrame.hide()
        self.ui.urgentFrame.hide()
        self._fill_actions()
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
            self.ui.paperTimeEdit.setDateTime(QDateTime(self.now().replace(second=0)))
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
            self._focus_first_field()
        elif self.ui.visitorCheck.isChecked():
            if self.person_edit.text().strip():
                self._focus_first_field()
        elif self.card is not None and self.person_edit.text() == self.card.name:
            self._focus_first_field()
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
            self._message(error_text(error), ERROR_STYLE)
            return
        self.card = card
        self.person_edit.setText(card.name)
        self.readings.set_context(
            self.thresholds, Sex(card.sex) if card.sex else None, card.height_cm
        )
        self.readings.set_groups(card.default_groups)
        self.readings.set_glucose_type(card.glucose_type)
        self._show_card()
        self._message("")
        self._focus_first_field()

    def _not_found(self, text: str) -> None:
        self._message(
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

    def _focus_first_field(self) -> None:
        field = self.readings.first_field()
        target = field if field is not None else self.ui.adviceEdit
        target.setFocus()
        target.selectAll()

    def _readings_changed(self) -> None:
        abnormal = self.readings.abnormal_types()
        self.ui.suggestButton.setEnabled(bool(abnormal))
        if self.readings.urgent_types():
            language = catalogue_language()
            self._message(
                f"⚠ {URGENT.in_(language)} · {SEE_A_DOCTOR.in_(language)}",
                URGENT_STYLE,
            )
        elif abnormal:
            self._message(
                self.tr(
                    "Abnormal value: let the person rest a few minutes and measure again; "
                    "Ctrl+I inserts the suggested advice."
                ),
                HINT_STYLE,
            )
        elif self.ui.messageLabel.styleSheet() in (HINT_STYLE, URGENT_STYLE):
            self._message("")

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
            edit.setMaximumDateTime(QDateTime(self.now() + dt.timedelta(minutes=10)))
            edit.setDateTime(QDateTime(self.now().replace(second=0)))
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
            self._message(refused.said(catalogue_language()), ERROR_STYLE)
            return
        self.last = result
        self.remeasuring = None
        self._show_result(result)
        self.clear(keep_result=True)
        self.urgent = result if result.urgent_case_id is not None else None
        self._show_urgent()
        self.saved.emit(result)

    def _refuse(self, error: VisitError) -> None:
        self._message(error_text(error), ERROR_STYLE)
        target: QWidget = self.person_edit
        if error.field in {rt.value for rt in R}:
            target = self.readings.edit_for(R(error.field))
        elif error.field == "visited_at":
            target = self.ui.paperTimeEdit
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def _show_result(self, visit: RecordedVisit) -> None:
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
        self.ui.remeasureButton.setVisible(visit.abnormal or visit.urgent_case_id is not None)
        self.ui.followUpButton.setVisible(visit.abnormal and visit.staff_id is not None)
        self.ui.followUpButton.setEnabled(True)
        self.ui.resultFrame.show()

    def measure_again(self) -> None:
        """After an abnormal reading: the same person, the abnormal items, new values."""
        visit = self.last
        if visit is None or not (visit.abnormal or visit.urgent_case_id is not None):
            return
        self.clear(keep_result=True)
        self.remeasuring = visit
        self.person_edit.setText(visit.person)
        self.person_edit.setReadOnly(True)
        again = [
            *visit.abnormal_readings,
            *(r for r in visit.readings if r.type in visit.urgent_types),
        ]
        groups = list(dict.fromkeys(group_of(r.type) for r in again))
        self.readings.set_groups(groups)
        glucose = next((r.type for r in again if r.type in GLUCOSE_TYPES), None)
        self.readings.set_glucose_type(glucose)
        self._message(
            self.tr("Measuring again for %1 (visit at %2): type the new values, Enter saves.")
            .replace("%1", visit.person)
            .replace("%2", visit.visited_at.strftime("%H:%M")),
            HINT_STYLE,
        )
        self._focus_first_field()

    def add_follow_up(self) -> None:
        visit = self.last
        if visit is None or not visit.abnormal or visit.staff_id is None:
            return
        today = self.context.today()
        advice = visit.advice or suggested_advice(r.type for r in visit.abnormal_readings)
        next_date = self.plan.propose(
            ((r.type, r.flag) for r in visit.readings), visit.visited_at.date()
        ) or (today + FOLLOW_UP_OTHERWISE)
        next_date = max(next_date, today)  # a paper visit's "refer now" is today
        try:
            visit_entry.add_follow_up(
                self.context.db,
                self.context.actor,
                visit.id,
                on=today,
                reason="",  # the abnormal readings, said in whoever reads it's language
                reason_codes=stored(
                    abnormal_findings((r.type, r.value, r.flag) for r in visit.readings)
                ),
                advice=advice,
                way=FollowUpWay.PHONE,
                next_date=next_date,
            )
        except VisitError as error:
            self._message(error_text(error), ERROR_STYLE)
            return
        self.ui.followUpButton.setEnabled(False)
        self._message(
            self.tr("Follow-up added for %1; next contact on %2.")
            .replace("%1", visit.person)
            .replace("%2", next_date.isoformat()),
            OK_STYLE,
        )

    # --- urgent values --------------------------------------------------------------------------

    def _fill_actions(self) -> None:
        combo = self.ui.actionCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Choose what was done…"), None)
        for action in UrgentAction:
            combo.addItem(word(action), action.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _show_urgent(self) -> None:
        """The red state nobody can miss: the urgent readings, 建议立即就医, the action asked."""
        visit = self.urgent
        self.ui.urgentFrame.setVisible(visit is not None)
        if visit is None:
            self.setStyleSheet(PAPER_STYLE if self.ui.paperCheck.isChecked() else "")
            self.person_edit.setReadOnly(False)
            return
        language = catalogue_language()
        groups = {group_of(rt) for rt in visit.urgent_types}  # both pressures, not one arm
        urgent = [v for v in values_of(visit) if group_of(R(v.type)) in groups]
        self.ui.urgentLabel.setText(
            f"<span style='font-size:16pt; font-weight:bold'>⚠ {URGENT.in_(language)} · "
            f"{SEE_A_DOCTOR.in_(language)}</span><br/>"
            f"<b>{escape(visit.person)}</b> {visit.visited_at:%H:%M}: "
            f"{escape(readings_text(urgent))}<br/>"
            + self.tr(
                "Keep the person here, call the partner hospital or 120 as needed, then record "
                "what was done: the next person can be entered after that."
            )
        )
        self.setStyleSheet(
            "#VisitEntryForm { background: #ffebee; border: 3px solid #c62828; }"
            " #urgentFrame { background: #c62828; } #urgentFrame QLabel { color: white; }"
        )
        self.person_edit.setText(visit.person)
        self.person_edit.setReadOnly(True)
        self.ui.actionCombo.setFocus()

    def may_leave(self) -> bool:
        """False while an urgent visit has no action recorded: says so and asks for it."""
        if self.urgent is None:
            return True
        self._message(
            self.tr(
                "Urgent value: record what was done (referred, 120 called, advised…) before "
                "going on."
            ),
            ERROR_STYLE,
        )
        self.ui.actionCombo.setFocus()
        return False

    def unsaved_input(self) -> bool:
        """A person chosen or anything typed for a visit not saved yet."""
        typed = (self.person_edit.text(), self.ui.adviceEdit.text(), self.ui.noteEdit.text())
        typed_any = any(t.strip() for t in typed)
        return self.card is not None or typed_any or bool(self.readings.values())

    def next_person(self) -> None:
        """Esc / Clear: the form for the next person — not while an urgent visit is open."""
        if self.remeasuring is not None and self.urgent is not None:
            self.remeasuring = None  # back to the urgent visit's action
            self.clear(keep_result=True)
            self._show_urgent()
            return
        if self.may_leave():
            self.clear()

    def resume_urgent(self, visit_id: int) -> None:
        """Put an open urgent case (from the overview) back on the form for its action."""
        try:
            result = visit_entry.recorded_visit(self.context.db, self.context.actor, visit_id)
        except VisitError as error:
            self._message(error_text(error), ERROR_STYLE)
            return
        if result.urgent_case_id is None:
            return
        self.last = self.urgent = result
        self.clear(keep_result=True)
        self._show_result(result)
        self._show_urgent()

    def record_action(self) -> None:
        visit = self.urgent
        data = self.ui.actionCombo.currentData()
        if visit is None or visit.urgent_case_id is None:
            return
        action = UrgentAction(data) if data else None  # Qt hands the code back as str
        if action is None:
            self._message(self.tr("Choose what was done."), ERROR_STYLE)
            self.ui.actionCombo.setFocus()
            return
        try:
            urgent_cases.close_case(
                self.context.db,
                self.context.actor,
                visit.urgent_case_id,
                action,
                self.ui.actionNoteEdit.text(),
                now=self.now(),
            )
        except urgent_cases.UrgentCaseError as error:
            if error.code == "note_required":
                self._message(self.tr("Say in the note what was done."), ERROR_STYLE)
                self.ui.actionNoteEdit.setFocus()
                return
            # Closed meanwhile (another window): nothing left to record.
        except PermissionDenied as refused:
            self._message(refused.said(catalogue_language()), ERROR_STYLE)
            return
        self.urgent = None
        self.remeasuring = None
        self.ui.actionCombo.setCurrentIndex(0)
        self.ui.actionNoteEdit.clear()
        self._show_urgent()
        self.clear(keep_result=True)
        self._message(
            self.tr("Action recorded for %1: %2. The visit is closed.")
            .replace("%1", visit.person)
            .replace("%2", word(action)),
            OK_STYLE,
        )
        self.urgent_closed.emit(visit.id)

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
            self._message("")
        elif self.ui.messageLabel.styleSheet() != OK_STYLE:
            self._message("")
        self._show_card()
        self.person_edit.setFocus()

    def _message(self, text: str, style: str = "") -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(style)
        self.ui.messageLabel.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_actions()
            self._show_card()
            if self.urgent is not None:
                self._show_urgent()
        super().changeEvent(event)
