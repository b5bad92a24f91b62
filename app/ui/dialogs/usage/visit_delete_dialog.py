"""Delete a visit recorded by mistake: the reason is required and goes to the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services import usage_log
from app.services.actor import PermissionDenied
from app.services.usage_log import VisitRow
from app.services.visit_entry import VisitError
from app.ui.context import AppContext
from app.ui.forms.ui_visit_delete_dialog import Ui_VisitDeleteDialog
from app.ui.i18n import catalogue_language
from app.ui.models.visit_log_model import person_text, readings_of
from app.ui.visit_messages import error_text


class VisitDeleteDialog(QDialog):
    def __init__(self, context: AppContext, visit: VisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.visit = visit
        self.ui = Ui_VisitDeleteDialog()
        self.ui.setupUi(self)
        self.delete_button = self.ui.buttonBox.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.textChanged.connect(
            lambda text: self.delete_button.setEnabled(bool(text.strip()))
        )
        when = visit.visited_at.strftime("%Y-%m-%d %H:%M")
        readings = readings_of(visit) or "–"
        self.ui.visitLabel.setText(
            self.tr("Delete the visit of <b>%1</b> at %2?<br/>%3")
            .replace("%1", person_text(visit))
            .replace("%2", when)
            .replace("%3", readings)
        )

    def delete(self) -> None:
        try:
            usage_log.delete_visit(
                self.context.db, self.context.actor, self.visit.id, self.ui.reasonEdit.text()
            )
        except VisitError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.accept()
