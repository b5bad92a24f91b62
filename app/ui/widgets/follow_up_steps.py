"""After an abnormal result on the visit entry form: measure again (F6) and add a follow-up
(F7), both on the visit just saved."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.catalogue.codes import FollowUpWay
from app.catalogue.follow_up_reasons import abnormal_findings, stored
from app.catalogue.readings import group_of
from app.domain.visit_items import GLUCOSE_TYPES
from app.services import visit_entry
from app.services.visit_entry import VisitError
from app.ui.visit_messages import error_text, suggested_advice
from app.ui.widgets.visit_entry_styles import ERROR_STYLE, HINT_STYLE, OK_STYLE

if TYPE_CHECKING:
    from app.ui.widgets.visit_entry_form import VisitEntryForm

# For an abnormal grade the follow-up table has no row for (a stored 'high' pulse, ...).
FOLLOW_UP_OTHERWISE = dt.timedelta(days=28)


class FollowUpSteps(QObject):
    def __init__(self, form: VisitEntryForm) -> None:
        super().__init__(form)
        self.form = form

    def measure_again(self) -> None:
        """After an abnormal reading: the same person, the abnormal items, new values."""
        form = self.form
        visit = form.last
        if visit is None or not (visit.abnormal or visit.urgent_case_id is not None):
            return
        form.clear(keep_result=True)
        form.remeasuring = visit
        form.person_edit.setText(visit.person)
        form.person_edit.setReadOnly(True)
        again = [
            *visit.abnormal_readings,
            *(r for r in visit.readings if r.type in visit.urgent_types),
        ]
        groups = list(dict.fromkeys(group_of(r.type) for r in again))
        form.readings.set_groups(groups)
        glucose = next((r.type for r in again if r.type in GLUCOSE_TYPES), None)
        form.readings.set_glucose_type(glucose)
        form.show_message(
            self.tr("Measuring again for %1 (visit at %2): type the new values, Enter saves.")
            .replace("%1", visit.person)
            .replace("%2", visit.visited_at.strftime("%H:%M")),
            HINT_STYLE,
        )
        form.focus_first_field()

    def add_follow_up(self) -> None:
        form = self.form
        visit = form.last
        if visit is None or not visit.abnormal or visit.staff_id is None:
            return
        today = form.context.today()
        advice = visit.advice or suggested_advice(r.type for r in visit.abnormal_readings)
        next_date = form.plan.propose(
            ((r.type, r.flag) for r in visit.readings), visit.visited_at.date()
        ) or (today + FOLLOW_UP_OTHERWISE)
        next_date = max(next_date, today)  # a paper visit's "refer now" is today
        try:
            visit_entry.add_follow_up(
                form.context.db,
                form.context.actor,
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
            form.show_message(error_text(error), ERROR_STYLE)
            return
        form.ui.followUpButton.setEnabled(False)
        form.show_message(
            self.tr("Follow-up added for %1; next contact on %2.")
            .replace("%1", visit.person)
            .replace("%2", next_date.isoformat()),
            OK_STYLE,
        )
