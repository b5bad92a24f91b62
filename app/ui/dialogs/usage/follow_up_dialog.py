"""Record a follow-up (随访) or edit one, e.g. to write its outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import FollowUpWay
from app.catalogue.follow_up_reasons import reason_words
from app.domain.staff import FieldProblem
from app.services import follow_ups
from app.services.follow_ups import FollowUpInput, FollowUpRejected, FollowUpRow
from app.ui.context import AppContext
from app.ui.form_values import FieldError, date_text, optional_date
from app.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from app.ui.i18n import catalogue_language, field_name, word
from app.ui.i18n import problem as reason


class FollowUpDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        staff_id: int,
        existing: FollowUpRow | None = None,
        proposed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`proposed`: the reason the program proposes, as codes (app.catalogue.
        follow_up_reasons); kept as codes unless the person rewrites it."""
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.existing = existing
        self.saved: FollowUpRow | None = None
        self.proposed = existing.reason_codes if existing else proposed
        self.proposed_words = reason_words(self.proposed, catalogue_language()) or ""
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        for way in FollowUpWay:
            self.ui.wayCombo.addItem(word(way), way.value)
        if existing is None:
            self.setWindowTitle(self.tr("Record a follow-up"))
            self.ui.dateEdit.setText(date_text(context.today()))
            self.ui.reasonEdit.setText(self.proposed_words)
        else:
            self.setWindowTitle(self.tr("Edit a follow-up"))
            self.ui.dateEdit.setText(date_text(existing.on_date))
            self.ui.wayCombo.setCurrentIndex(max(0, self.ui.wayCombo.findData(existing.way)))
            self.ui.reasonEdit.setText(existing.reason_in(catalogue_language()))
            self.ui.adviceEdit.setPlainText(existing.advice)
            self.ui.nextDateEdit.setText(date_text(existing.next_date))
            self.ui.outcomeEdit.setPlainText(existing.outcome)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        try:
            on = optional_date(ui.dateEdit.text(), "on_date")
            if on is None:
                raise FieldError("on_date", "required")
            typed = ui.reasonEdit.text().strip()
            kept = bool(self.proposed_words) and typed == self.proposed_words.strip()
            data = FollowUpInput(
                on_date=on,
                way=str(ui.wayCombo.currentData()),
                reason="" if kept else typed,
                reason_codes=self.proposed if kept else "",
                advice=ui.adviceEdit.toPlainText(),
                next_date=optional_date(ui.nextDateEdit.text(), "next_date"),
                outcome=ui.outcomeEdit.toPlainText(),
            )
            self.saved = follow_ups.save_follow_up(
                self.context.db,
                self.context.actor,
                self.staff_id,
                data,
                self.existing.id if self.existing else None,
                self.context.today(),
            )
        except FieldError as error:
            self.show_problems([FieldProblem(error.field, error.code, args=error.details)])
            return
        except FollowUpRejected as error:
            self.show_problems(error.problems)
            return
        self.accept()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.ui.errorLabel.setText(
            "\n".join(f"{field_name(p.field)}: {reason(p.code, p.args)}" for p in problems)
        )
