"""Add or edit an inspection the county made of a site: date, inspectors, findings, score and
the rectification items with their deadlines and state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from app.db.county_models import Workspace
from app.services import county
from app.services.county import InspectionError, InspectionInput
from app.services.county_accounts import CountyReviewer
from app.ui.forms.ui_county_inspection_dialog import Ui_CountyInspectionDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.rectification_items_model import RectificationItemsModel

DEFAULT_DEADLINE_DAYS = 30
ERRORS = {
    ("inspectors", "missing"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog", "Enter who inspected (at least one name)."
    ),
    ("score", "out_of_range"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog", "The score must be between 0 and 100."
    ),
    ("item", "missing"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog", "Rectification item %1: describe what must be put right."
    ),
    ("deadline", "before_inspection"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog",
        "Rectification item %1: the deadline is before the inspection date.",
    ),
    ("site", "unknown_site"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog", "The site is not in this workspace."
    ),
    ("inspection", "not_found"): QT_TRANSLATE_NOOP(
        "CountyInspectionDialog", "This inspection was deleted meanwhile."
    ),
}


class CountyInspectionDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        reviewer: CountyReviewer,
        site_code: str,
        site_name: str,
        today: dt.date,
        review_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.reviewer = workspace, reviewer
        self.site_code, self.review_id = site_code, review_id
        self.saved_id: int | None = None
        self.ui = Ui_CountyInspectionDialog()
        self.ui.setupUi(self)
        self.items = RectificationItemsModel()
        self.ui.itemsTable.setModel(self.items)
        header = self.ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.siteValueLabel.setText(f"{site_name} ({site_code})")
        self.ui.scoreSpin.setSpecialValueText(self.tr("no score"))
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.removeItemButton.clicked.connect(self.remove_item)
        self.ui.inspectorsEdit.textChanged.connect(lambda _t: self.ui.errorLabel.clear())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if review_id is None:
            self.setWindowTitle(self.tr("Add an inspection"))
            self.set_date(today)
        else:
            self.setWindowTitle(self.tr("Edit the inspection"))
            self.show_values(county.get_inspection(workspace, review_id))

    def set_date(self, day: dt.date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def date(self) -> dt.date:
        value = self.ui.dateEdit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def show_values(self, data: InspectionInput) -> None:
        self.set_date(data.inspected_on)
        self.ui.inspectorsEdit.setText(data.inspectors)
        self.ui.findingsEdit.setPlainText(data.findings)
        self.ui.scoreSpin.setValue(-1 if data.score is None else data.score)
        self.items.set_items(list(data.items), self.default_deadline())

    def default_deadline(self) -> dt.date:
        return self.date() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)

    def add_item(self) -> None:
        row = self.items.add(self.default_deadline())
        index = self.items.index(row, 0)
        self.ui.itemsTable.setCurrentIndex(index)
        self.ui.itemsTable.edit(index)

    def remove_item(self) -> None:
        self.items.remove(self.ui.itemsTable.currentIndex().row())

    def value(self) -> InspectionInput:
        score = self.ui.scoreSpin.value()
        return InspectionInput(
            self.site_code, self.date(), self.ui.inspectorsEdit.text(),
            self.ui.findingsEdit.toPlainText(), None if score < 0 else score, self.items.values(),
        )  # fmt: skip

    def save(self) -> None:
        try:
            self.saved_id = county.save_inspection(
                self.workspace, self.reviewer, self.value(), self.review_id
            )
        except InspectionError as error:
            text = ERRORS.get((error.field, error.code), error.code)
            text = self.tr(text)
            if error.row is not None:
                text = text.replace("%1", str(error.row + 1))
            self.ui.errorLabel.setText(text)
            if error.field == "inspectors":
                self.ui.inspectorsEdit.setFocus()
            return
        self.accept()
