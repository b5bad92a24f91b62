"""An urgent value (危急值) on the visit entry form: the red state nobody can miss, kept on the
form until what was done is recorded; an open case from the overview comes back to it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.catalogue.readings import group_of
from app.catalogue.urgent import SEE_A_DOCTOR, URGENT, UrgentAction
from app.domain.readings import ReadingType
from app.services import urgent_cases, visit_entry
from app.services.actor import PermissionDenied
from app.services.visit_entry import VisitError
from app.ui.i18n import catalogue_language, word
from app.ui.visit_messages import error_text, readings_text, values_of
from app.ui.widgets.visit_entry_styles import (
    ERROR_STYLE,
    OK_STYLE,
    PAPER_STYLE,
    URGENT_FORM_STYLE,
)

if TYPE_CHECKING:
    from app.ui.widgets.visit_entry_form import VisitEntryForm


class UrgentCaseSteps(QObject):
    def __init__(self, form: VisitEntryForm) -> None:
        super().__init__(form)
        self.form = form

    def fill_actions(self) -> None:
        combo = self.form.ui.actionCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Choose what was done…"), None)
        for action in UrgentAction:
            combo.addItem(word(action), action.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def show_state(self) -> None:
        """The urgent readings, 建议立即就医, the action asked — or the form as usual."""
        form = self.form
        visit = form.urgent
        form.ui.urgentFrame.setVisible(visit is not None)
        if visit is None:
            form.setStyleSheet(PAPER_STYLE if form.ui.paperCheck.isChecked() else "")
            form.person_edit.setReadOnly(False)
            return
        language = catalogue_language()
        groups = {group_of(rt) for rt in visit.urgent_types}  # both pressures, not one arm
        urgent = [v for v in values_of(visit) if group_of(ReadingType(v.type)) in groups]
        form.ui.urgentLabel.setText(
            f"<span style='font-size:16pt; font-weight:bold'>⚠ {URGENT.in_(language)} · "
            f"{SEE_A_DOCTOR.in_(language)}</span><br/>"
            f"<b>{escape(visit.person)}</b> {visit.visited_at:%H:%M}: "
            f"{escape(readings_text(urgent))}<br/>"
            + self.tr(
                "Keep the person here, call the partner hospital or 120 as needed, then record "
                "what was done: the next person can be entered after that."
            )
        )
        form.setStyleSheet(URGENT_FORM_STYLE)
        form.person_edit.setText(visit.person)
        form.person_edit.setReadOnly(True)
        form.ui.actionCombo.setFocus()

    def may_leave(self) -> bool:
        """False while an urgent visit has no action recorded: says so and asks for it."""
        form = self.form
        if form.urgent is None:
            return True
        form.show_message(
            self.tr(
                "Urgent value: record what was done (referred, 120 called, advised…) before "
                "going on."
            ),
            ERROR_STYLE,
        )
        form.ui.actionCombo.setFocus()
        return False

    def resume(self, visit_id: int) -> None:
        """Put an open urgent case (from the overview) back on the form for its action."""
        form = self.form
        try:
            result = visit_entry.recorded_visit(form.context.db, form.context.actor, visit_id)
        except VisitError as error:
            form.show_message(error_text(error), ERROR_STYLE)
            return
        if result.urgent_case_id is None:
            return
        form.last = form.urgent = result
        form.clear(keep_result=True)
        form.show_result(result)
        self.show_state()

    def record_action(self) -> None:
        form = self.form
        visit = form.urgent
        data = form.ui.actionCombo.currentData()
        if visit is None or visit.urgent_case_id is None:
            return
        action = UrgentAction(data) if data else None  # Qt hands the code back as str
        if action is None:
            form.show_message(self.tr("Choose what was done."), ERROR_STYLE)
            form.ui.actionCombo.setFocus()
            return
        try:
            urgent_cases.close_case(
                form.context.db,
                form.context.actor,
                visit.urgent_case_id,
                action,
                form.ui.actionNoteEdit.text(),
                now=form.now(),
            )
        except urgent_cases.UrgentCaseError as error:
            if error.code == "note_required":
                form.show_message(self.tr("Say in the note what was done."), ERROR_STYLE)
                form.ui.actionNoteEdit.setFocus()
                return
            # Closed meanwhile (another window): nothing left to record.
        except PermissionDenied as refused:
            form.show_message(refused.said(catalogue_language()), ERROR_STYLE)
            return
        form.urgent = None
        form.remeasuring = None
        form.ui.actionCombo.setCurrentIndex(0)
        form.ui.actionNoteEdit.clear()
        self.show_state()
        form.clear(keep_result=True)
        form.show_message(
            self.tr("Action recorded for %1: %2. The visit is closed.")
            .replace("%1", visit.person)
            .replace("%2", word(action)),
            OK_STYLE,
        )
        form.urgent_closed.emit(visit.id)
