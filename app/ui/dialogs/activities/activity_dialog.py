"""The activity editor: what, when, where, for whom, and the partner hospital's visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from app.catalogue.codes import ActivityKind, ActivityStatus, HospitalVisitPurpose
from app.domain.activity_title import kind_from_title
from app.services import activities, roster, site_profile
from app.services.activities import ActivityDetail, ActivityError, ActivityInput
from app.ui.context import AppContext
from app.ui.forms.ui_activity_dialog import Ui_ActivityDialog
from app.ui.i18n import word
from app.ui.models.check_table_model import CheckListModel
from app.ui.qt_dates import qdate
from app.ui.screen_fit import fit_to_screen

FIELD_WIDGETS = {
    "title": "titleEdit",
    "ends_at": "endTimeEdit",
    "department_ids": "departmentView",
    "visit_purposes": "purposeLectureCheck",
    "plan_item_id": "planCombo",
}
DEFAULT_PURPOSE_BY_KIND = {
    ActivityKind.LECTURE: HospitalVisitPurpose.LECTURE,
    ActivityKind.FREE_CLINIC: HospitalVisitPurpose.FREE_CLINIC,
    ActivityKind.CONSULTATION: HospitalVisitPurpose.CONSULTATION,
}


class ActivityDialog(QDialog):
    """New activity (`detail` None) or edit one; `saved` holds the result after Save."""

    def __init__(
        self, context: AppContext, detail: ActivityDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.saved: ActivityDetail | None = None
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(900, 560))
        self.departments = CheckListModel()
        self.ui.departmentView.setModel(self.departments)
        self.purpose_checks: dict[HospitalVisitPurpose, QCheckBox] = {
            HospitalVisitPurpose.LECTURE: self.ui.purposeLectureCheck,
            HospitalVisitPurpose.DATA_COLLECTION: self.ui.purposeDataCheck,
            HospitalVisitPurpose.PUBLICITY: self.ui.purposePublicityCheck,
            HospitalVisitPurpose.FREE_CLINIC: self.ui.purposeClinicCheck,
            HospitalVisitPurpose.CONSULTATION: self.ui.purposeConsultationCheck,
        }
        for code, box in self.purpose_checks.items():
            box.setText(word(code))
        for kind in ActivityKind:
            self.ui.kindCombo.addItem(word(kind), kind)
        for status in ActivityStatus:
            self.ui.statusCombo.addItem(word(status), status)
        self.ui.allRadio.toggled.connect(self._target_changed)
        self.ui.noEndCheck.toggled.connect(lambda on: self.ui.endTimeEdit.setEnabled(not on))
        self.ui.dateEdit.dateChanged.connect(lambda _d: self._fill_plan_items())
        self.ui.partnerGroup.toggled.connect(self._partner_toggled)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        # The kind follows the title being typed until the person picks a kind themselves.
        self.kind_chosen = False
        self.ui.kindCombo.activated.connect(self._kind_chosen)
        self.ui.titleEdit.textEdited.connect(self._title_typed)
        self._load()

    # --- filling the form ------------------------------------------------------------------

    def _load(self) -> None:
        departments = roster.list_departments(self.context.db, self.context.actor)
        if self.detail is None:
            self.setWindowTitle(self.tr("New activity"))
            today = self.context.today()
            data = ActivityInput(
                kind=ActivityKind.LECTURE,
                title="",
                starts_at=dt.datetime.combine(today + dt.timedelta(days=7), dt.time(14, 30)),
                ends_at=dt.datetime.combine(today + dt.timedelta(days=7), dt.time(16, 0)),
            )
        else:
            self.setWindowTitle(self.tr("Edit activity"))
            data = self.detail.data
        self.departments.set_items([(d.id, d.name) for d in departments], data.department_ids)
        ui = self.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(data.kind))
        ui.titleEdit.setText(data.title)
        ui.topicEdit.setText(data.topic)
        ui.speakerEdit.setText(data.speaker)
        ui.organisationEdit.setText(data.organisation)
        start = data.starts_at
        ui.dateEdit.setDate(qdate(start))
        ui.startTimeEdit.setTime(QTime(start.hour, start.minute))
        end = data.ends_at
        ui.noEndCheck.setChecked(end is None)
        end = end or start + dt.timedelta(hours=1)
        ui.endTimeEdit.setTime(QTime(end.hour, end.minute))
        ui.placeEdit.setText(data.place)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(data.status))
        ui.notesEdit.setPlainText(data.notes)
        ui.allRadio.setChecked(data.target_all)
        ui.departmentsRadio.setChecked(not data.target_all)
        self._target_changed()
        ui.partnerGroup.setChecked(data.by_partner_hospital)
        ui.expertsEdit.setText(data.experts)
        for code, box in self.purpose_checks.items():
            box.setChecked(code in data.visit_purposes)
        self._fill_plan_items(data.plan_item_id)

    def _fill_plan_items(self, keep: int | None = None) -> None:
        combo = self.ui.planCombo
        current = keep if keep is not None else combo.currentData()
        year = self.ui.dateEdit.date().year()
        combo.clear()
        combo.addItem(self.tr("(not in the plan)"), None)
        for item_id, quarter, title in activities.plan_items_for(
            self.context.db, self.context.actor, year
        ):
            combo.addItem(
                self.tr("Q%1: %2").replace("%1", str(quarter)).replace("%2", title), item_id
            )
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _kind_chosen(self, _index: int) -> None:
        self.kind_chosen = True

    def _title_typed(self, title: str) -> None:
        kind = kind_from_title(title)
        if kind is not None and not self.kind_chosen:
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind))

    def _target_changed(self) -> None:
        self.ui.departmentView.setEnabled(self.ui.departmentsRadio.isChecked())

    def _partner_toggled(self, on: bool) -> None:
        if on and not self.ui.organisationEdit.text().strip():
            profile = site_profile.get_profile(self.context.db)
            if profile and profile.hospital_name:
                self.ui.organisationEdit.setText(profile.hospital_name)
        if on and not any(box.isChecked() for box in self.purpose_checks.values()):
            default = DEFAULT_PURPOSE_BY_KIND.get(ActivityKind(self.ui.kindCombo.currentData()))
            if default is not None:
                self.purpose_checks[default].setChecked(True)

    # --- saving -----------------------------------------------------------------------------

    def activity_input(self) -> ActivityInput:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        assert isinstance(day, dt.date)
        start = dt.datetime.combine(day, ui.startTimeEdit.time().toPython())
        end = None
        if not ui.noEndCheck.isChecked():
            end = dt.datetime.combine(day, ui.endTimeEdit.time().toPython())
        partner = ui.partnerGroup.isChecked()
        return ActivityInput(
            kind=ActivityKind(ui.kindCombo.currentData()),
            title=ui.titleEdit.text(),
            starts_at=start,
            ends_at=end,
            topic=ui.topicEdit.text(),
            speaker=ui.speakerEdit.text(),
            organisation=ui.organisationEdit.text(),
            by_partner_hospital=partner,
            experts=ui.expertsEdit.text() if partner else "",
            visit_purposes=tuple(c for c, box in self.purpose_checks.items() if box.isChecked())
            if partner
            else (),
            place=ui.placeEdit.text(),
            target_all=ui.allRadio.isChecked(),
            department_ids=self.departments.checked_ids(),
            status=ActivityStatus(ui.statusCombo.currentData()),
            plan_item_id=ui.planCombo.currentData(),
            notes=ui.notesEdit.toPlainText().strip(),
        )

    def save(self) -> None:
        data = self.activity_input()
        try:
            if self.detail is None:
                self.saved = activities.create_activity(self.context.db, self.context.actor, data)
            else:
                self.saved = activities.update_activity(
                    self.context.db, self.context.actor, self.detail.id, data
                )
        except ActivityError as error:
            self.ui.errorLabel.setText(self.error_text(error))
            widget = getattr(self.ui, FIELD_WIDGETS.get(error.field, "titleEdit"))
            widget.setFocus()
            return
        self.accept()

    def error_text(self, error: ActivityError) -> str:
        texts = {
            "required": self.tr("Enter a title."),
            "ends_before_start": self.tr("The end time must be after the start time."),
            "no_departments": self.tr(
                "Tick at least one department, or choose all staff as the target group."
            ),
            "no_purpose": self.tr(
                "Tick what the partner hospital came for: it is recorded as a hospital visit."
            ),
            "not_found": self.tr(
                "Something chosen here was deleted meanwhile. Close and open the editor again."
            ),
        }
        return texts.get(error.code, error.code)
