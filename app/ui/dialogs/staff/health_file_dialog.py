"""A person's health file (健康档案): the file itself, its completeness, risk and follow-ups."""

from __future__ import annotations

import html
from dataclasses import asdict, replace
from enum import StrEnum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QWidget,
)

from app.catalogue.codes import FollowUpWay, Sex
from app.catalogue.follow_up_reasons import risk_finding, stored
from app.catalogue.health_codes import RiskFinding
from app.domain.health_codes import (
    NONE,
    ChronicCondition,
    Drinking,
    Exercise,
    Hazard,
    Smoking,
    is_none_answer,
    join_codes,
    split_codes,
)
from app.domain.health_risk import RiskLevel
from app.domain.readings import ImplausibleReading, bmi
from app.domain.staff import FieldProblem
from app.services import follow_ups, health_files
from app.services.follow_ups import FollowUpRow
from app.services.health_files import HealthFileData, HealthFileRejected, HealthFileView
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.staff.personal_record_print import PersonalRecordPrint
from app.ui.dialogs.usage.follow_up_dialog import FollowUpDialog
from app.ui.form_values import (
    FieldError,
    date_text,
    number_text,
    optional_date,
    optional_float,
    optional_int,
)
from app.ui.forms.ui_health_file_dialog import Ui_HealthFileDialog
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    answer,
    catalogue_language,
    field_name,
    field_names,
    joined,
    risk_reason,
    word,
)
from app.ui.i18n import problem as reason
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen, scroll_tab

RISK_COLOURS = {
    RiskLevel.NORMAL: "#2e7d32",
    RiskLevel.ATTENTION: "#ef6c00",
    RiskLevel.HIGH: "#c62828",
}

FOLLOW_UP_COLUMNS: list[Column[FollowUpRow]] = [
    Column(QT_TRANSLATE_NOOP("HealthFileDialog", "Date"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("HealthFileDialog", "Way"), lambda r: word(FollowUpWay(r.way))),
    Column(
        QT_TRANSLATE_NOOP("HealthFileDialog", "Reason"), lambda r: r.reason_in(catalogue_language())
    ),
    Column(QT_TRANSLATE_NOOP("HealthFileDialog", "Advice"), lambda r: r.advice),
    Column(QT_TRANSLATE_NOOP("HealthFileDialog", "Next date"), lambda r: r.next_date),
    Column(QT_TRANSLATE_NOOP("HealthFileDialog", "Outcome"), lambda r: r.outcome),
]

FIELD_WIDGETS = {
    "height_cm": "heightEdit",
    "weight_kg": "weightEdit",
    "systolic": "systolicEdit",
    "diastolic": "diastolicEdit",
    "fasting_glucose": "glucoseEdit",
    "last_checkup_date": "checkupDateEdit",
    "data_updated_on": "dataDateEdit",
    "allergies": "allergiesEdit",
    "smoking": "smokingCombo",
    "drinking": "drinkingCombo",
    "exercise": "exerciseCombo",
}


class CodeChecks:
    """A group of check boxes for a list field, with an exclusive "None" box."""

    def __init__(self, layout: QGridLayout, kind: type[StrEnum]) -> None:
        self.boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate([NONE, *(member.value for member in kind)]):
            box = QCheckBox(answer(kind, code))
            self.boxes[code] = box
            layout.addWidget(box, index // 2, index % 2)
            box.toggled.connect(lambda on, code=code: self._toggled(code, on))

    def _toggled(self, code: str, on: bool) -> None:
        if not on:
            return
        for other, box in self.boxes.items():
            if (code == NONE) != (other == NONE) and box.isChecked():
                box.setChecked(False)

    def set_codes(self, stored: str | None) -> None:
        chosen = set(split_codes(stored))
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)

    def codes(self) -> str | None:
        return join_codes(code for code, box in self.boxes.items() if box.isChecked())


def fill_choices(combo: QComboBox, kind: type[StrEnum]) -> None:
    combo.addItem("", None)
    for member in kind:
        combo.addItem(word(member), member.value)


class HealthFileDialog(QDialog):
    """Edit the file; Save keeps the dialog open and shows the new completeness and risk."""

    def __init__(self, context: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.changed = False
        self.ui = Ui_HealthFileDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.chronic = CodeChecks(ui.chronicLayout, ChronicCondition)
        self.hazards = CodeChecks(ui.hazardLayout, Hazard)
        fill_choices(ui.smokingCombo, Smoking)
        fill_choices(ui.drinkingCombo, Drinking)
        fill_choices(ui.exerciseCombo, Exercise)
        ui.allergyNoneCheck.toggled.connect(self._allergy_none)
        ui.heightEdit.textChanged.connect(self.show_bmi)
        ui.weightEdit.textChanged.connect(self.show_bmi)
        self.follow_up_model: RowTableModel[FollowUpRow] = RowTableModel(
            FOLLOW_UP_COLUMNS, "HealthFileDialog"
        )
        ui.followUpTable.setModel(self.follow_up_model)
        ui.followUpTable.doubleClicked.connect(lambda _index: self.edit_follow_up())
        ui.addFollowUpButton.clicked.connect(self.add_follow_up)
        ui.editFollowUpButton.clicked.connect(self.edit_follow_up)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.print_button = ui.buttonBox.addButton(
            self.tr("Print personal health record…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_record)
        self.view = health_files.get_health_file(
            context.db, context.actor, staff_id, context.today()
        )
        self.loaded = self.view.file
        self.load(self.view)
        self.show_view(self.view)
        self.load_follow_ups()
        scroll_tab(ui.tabs, ui.fileTab)  # the file scrolls on a small screen, Save stays in view
        fit_to_screen(self, self.size())

    # --- the file ------------------------------------------------------------------

    def _allergy_none(self, on: bool) -> None:
        self.ui.allergiesEdit.setEnabled(not on)
        if on:
            self.ui.allergiesEdit.clear()

    def load(self, view: HealthFileView) -> None:
        ui = self.ui
        data = view.file or HealthFileData()
        ui.heightEdit.setText(number_text(data.height_cm))
        ui.weightEdit.setText(number_text(data.weight_kg))
        ui.systolicEdit.setText(number_text(data.systolic))
        ui.diastolicEdit.setText(number_text(data.diastolic))
        ui.glucoseEdit.setText(number_text(data.fasting_glucose))
        self.chronic.set_codes(data.chronic_conditions)
        self.hazards.set_codes(data.hazard_exposure)
        none_allergy = is_none_answer(data.allergies)
        ui.allergyNoneCheck.setChecked(none_allergy)
        ui.allergiesEdit.setText("" if none_allergy else data.allergies or "")
        ui.historyEdit.setPlainText(data.medical_history or "")
        for combo, value in (
            (ui.smokingCombo, data.smoking),
            (ui.drinkingCombo, data.drinking),
            (ui.exerciseCombo, data.exercise),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        ui.checkupDateEdit.setText(date_text(data.last_checkup_date))
        ui.findingsEdit.setPlainText(data.checkup_findings or "")
        ui.checkupAdviceEdit.setPlainText(data.checkup_advice or "")
        ui.dataDateEdit.setText(date_text(data.data_updated_on or self.context.today()))
        self.show_bmi()

    def show_view(self, view: HealthFileView) -> None:
        person = view.person
        self.person_name = person.name
        sex = word(Sex(person.sex)) if person.sex else ""
        parts = [person.name, person.employee_no, person.department, sex]
        if person.birth_date:
            parts.append(person.birth_date.isoformat())
        if person.departure_date:
            parts.append(self.tr("left on %1").replace("%1", person.departure_date.isoformat()))
        self.ui.personLabel.setText("  ·  ".join(p for p in parts if p))
        self.setWindowTitle(self.tr("Health file: %1").replace("%1", person.name))
        level = view.risk.level
        reasons = joined(html.escape(risk_reason(r)) for r in view.risk.reasons)
        text = self.tr("Risk: %1").replace("%1", word(level))
        style = f"color:{RISK_COLOURS[level]}; font-weight:bold"
        self.ui.riskLabel.setText(
            f'<span style="{style}">{html.escape(text)}</span>'
            + (f" — {reasons}" if reasons else "")
        )
        if view.missing:
            state = self.tr("Incomplete. Missing: %1").replace("%1", field_names(view.missing))
            state = f'<span style="color:#c62828">{html.escape(state)}</span>'
        else:
            state = html.escape(self.tr("Complete: every required field is filled in."))
        if view.last_health_data is None:
            data = self.tr("No health data recorded yet.")
        elif view.current:
            data = self.tr("Latest health data: %1.").replace(
                "%1", view.last_health_data.isoformat()
            )
        else:
            data = self.tr("Latest health data: %1 — more than 12 months ago.").replace(
                "%1", view.last_health_data.isoformat()
            )
        data = html.escape(data)
        if not view.current:
            data = f'<span style="color:#c62828">{data}</span>'
        self.ui.completenessLabel.setText(f"{state}<br>{data}")

    def show_bmi(self) -> None:
        try:
            height = optional_float(self.ui.heightEdit.text(), "height_cm")
            weight = optional_float(self.ui.weightEdit.text(), "weight_kg")
            value = bmi(height, weight) if height and weight else None
        except (FieldError, ImplausibleReading):
            value = None
        self.ui.bmiValueLabel.setText("" if value is None else f"{value:g}")

    def data(self) -> HealthFileData:
        ui = self.ui
        allergies = NONE if ui.allergyNoneCheck.isChecked() else ui.allergiesEdit.text()
        return HealthFileData(
            height_cm=optional_float(ui.heightEdit.text(), "height_cm"),
            weight_kg=optional_float(ui.weightEdit.text(), "weight_kg"),
            systolic=optional_int(ui.systolicEdit.text(), "systolic"),
            diastolic=optional_int(ui.diastolicEdit.text(), "diastolic"),
            fasting_glucose=optional_float(ui.glucoseEdit.text(), "fasting_glucose"),
            medical_history=ui.historyEdit.toPlainText() or None,
            chronic_conditions=self.chronic.codes(),
            allergies=allergies or None,
            smoking=ui.smokingCombo.currentData(),
            drinking=ui.drinkingCombo.currentData(),
            exercise=ui.exerciseCombo.currentData(),
            hazard_exposure=self.hazards.codes(),
            last_checkup_date=optional_date(ui.checkupDateEdit.text(), "last_checkup_date"),
            checkup_findings=ui.findingsEdit.toPlainText() or None,
            checkup_advice=ui.checkupAdviceEdit.toPlainText() or None,
            data_updated_on=optional_date(ui.dataDateEdit.text(), "data_updated_on"),
        )

    def _with_collection_date(self, data: HealthFileData) -> HealthFileData:
        """New values with the old collection date were collected today."""
        old = self.loaded
        if old is None or data.data_updated_on != old.data_updated_on:
            return data
        content = {k: v for k, v in asdict(data).items() if k != "data_updated_on"}
        before = {k: v for k, v in asdict(old).items() if k != "data_updated_on"}
        return data if content == before else replace(data, data_updated_on=self.context.today())

    def print_record(self) -> None:
        """The personal health record of this person (个人健康记录), as a PDF."""
        PersonalRecordPrint(self, self.context, self.staff_id, self.person_name).ask_and_write()

    def save(self) -> None:
        try:
            data = self._with_collection_date(self.data())
            self.view = health_files.save_health_file(
                self.context.db, self.context.actor, self.staff_id, data, self.context.today()
            )
        except FieldError as error:
            self.show_problems([FieldProblem(error.field, error.code, args=error.details)])
            return
        except HealthFileRejected as error:
            self.show_problems(error.problems)
            return
        self.changed = True
        self.loaded = self.view.file
        self.load(self.view)
        self.show_view(self.view)
        self.ui.errorLabel.setStyleSheet("color: #2e7d32;")
        self.ui.errorLabel.setText(self.tr("Saved."))

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.ui.errorLabel.setText(
            "\n".join(f"{field_name(p.field)}: {reason(p.code, p.args)}" for p in problems)
        )
        widget = FIELD_WIDGETS.get(problems[0].field)
        if widget:
            self.ui.tabs.setCurrentWidget(self.ui.fileTab)
            getattr(self.ui, widget).setFocus()

    # --- follow-ups ------------------------------------------------------------------

    def load_follow_ups(self) -> None:
        rows = follow_ups.list_follow_ups(self.context.db, self.context.actor, self.staff_id)
        self.follow_up_model.set_rows(rows)
        column_fit.fit_columns(self.ui.followUpTable)
        self.ui.tabs.setTabText(1, self.tr("Follow-ups (%1)").replace("%1", str(len(rows))))
        self.ui.editFollowUpButton.setEnabled(bool(rows))

    def selected_follow_up(self) -> FollowUpRow | None:
        index = self.ui.followUpTable.currentIndex()
        if index.isValid():
            return self.follow_up_model.row_at(index.row())
        return self.follow_up_model.row_at(0) if self.follow_up_model.rowCount() else None

    def add_follow_up(self) -> None:
        proposed = stored(
            risk_finding(RiskFinding(r.code), r.values, r.on, r.reading)
            for r in self.view.risk.reasons
        )
        dialog = FollowUpDialog(self.context, self.staff_id, None, proposed, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.load_follow_ups()

    def edit_follow_up(self) -> None:
        existing = self.selected_follow_up()
        if existing is None:
            return
        dialog = FollowUpDialog(self.context, self.staff_id, existing, "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.load_follow_ups()
