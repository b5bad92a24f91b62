"""Add or edit an inspection the county made of a site: date, inspectors, findings, score and
the rectification items with their deadlines and state (the site's inspection form, with the
site named instead of who inspected)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.db.county_models import Workspace
from app.services import county
from app.services.county import InspectionError, InspectionInput
from app.services.county_accounts import CountyReviewer
from app.ui.dialogs.inspections.inspection_form import BODY_ROW, InspectionFormDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.rectification_items_model import RectificationItemsModel

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


class CountyInspectionDialog(InspectionFormDialog):
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
        self.items = RectificationItemsModel()
        super().__init__(self.items, parent)
        self.workspace, self.reviewer = workspace, reviewer
        self.site_code, self.review_id, self.today = site_code, review_id, today
        self.saved_id: int | None = None
        self.ui.formLayout.setRowVisible(BODY_ROW, False)  # the county inspected
        self.ui.siteValueLabel.setText(f"{site_name} ({site_code})")
        self.ui.itemsLabel.setText(
            self.tr("Rectification items (double-click a cell to edit; tick when done)")
        )
        if review_id is None:
            self.setWindowTitle(self.tr("Add an inspection"))
            self.set_date(today)
        else:
            self.setWindowTitle(self.tr("Edit the inspection"))
            self.show_values(county.get_inspection(workspace, review_id))

    def show_values(self, data: InspectionInput) -> None:
        self.show_common(data.inspected_on, data.inspectors, data.findings, data.score)
        self.items.set_items(list(data.items), self.default_deadline())

    def value(self) -> InspectionInput:
        return InspectionInput(
            self.site_code, self.date(), self.ui.inspectorsEdit.text(),
            self.ui.findingsEdit.toPlainText(), self.score(), self.items.values(),
        )  # fmt: skip

    def save(self) -> None:
        try:
            now = dt.datetime.combine(self.today, dt.datetime.now().time())  # the window's day
            self.saved_id = county.save_inspection(
                self.workspace, self.reviewer, self.value(), self.review_id, now
            )
        except InspectionError as error:
            text = self.tr(ERRORS.get((error.field, error.code), error.code))
            if error.row is not None:
                text = text.replace("%1", str(error.row + 1))
            self.show_error(text, error.field)
            return
        self.accept()
