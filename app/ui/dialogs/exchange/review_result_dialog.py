"""The county's review-result file before it is applied: the county's key fingerprint (to
compare on the phone the first time, or when the key changed), what applying it changes, the
county's comments and commendation verdict. Apply is offered only when the file may apply."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.catalogue.county import commendation_verdict, package_comments, review_changes
from app.exchange.review_import import (
    KEY_CHANGED,
    NEW_KEY,
    OLDER,
    READY,
    RETIRED_KEY,
    UNCHANGED,
    WRONG_SITE,
    ReviewOutcome,
)
from app.ui.forms.ui_review_result_dialog import Ui_ReviewResultDialog
from app.ui.i18n import catalogue_language
from app.ui.indicator_text import period_code_name


class ReviewResultDialog(QDialog):
    def __init__(self, preview: ReviewOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.ui = Ui_ReviewResultDialog()
        self.ui.setupUi(self)
        self.apply_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.confirmCheck.toggled.connect(self.update_apply)
        self.show_texts()

    def show_texts(self) -> None:
        result, preview = self.preview.result, self.preview
        self.apply_button.setText(self.tr("Apply"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.fileLabel.setText(
            self.tr("Review result no. %1 for %2 (%3), made %4")
            .replace("%1", str(result.sequence))
            .replace("%2", result.site_name)
            .replace("%3", result.site_code)
            .replace("%4", result.created_at.strftime("%Y-%m-%d %H:%M"))
        )
        self.ui.fingerprintLabel.setText(preview.fingerprint)
        language = catalogue_language()
        self.ui.changesLabel.setText(review_changes(language, vars(preview.changes)))
        commendation = result.commendation
        feedback = package_comments(
            [(period_code_name(c.period), c.text) for c in result.comments], language
        )
        if commendation is not None:
            verdict = commendation_verdict(commendation.year, commendation.reasons, language)
            feedback += "\n" + verdict
        self.ui.feedbackText.setPlainText(feedback)
        self.show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_texts()
        super().changeEvent(event)

    @property
    def needs_confirmation(self) -> bool:
        return self.preview.status in (NEW_KEY, KEY_CHANGED)

    @property
    def key_confirmed(self) -> bool:
        return self.needs_confirmation and self.ui.confirmCheck.isChecked()

    def show_status(self) -> None:
        status = self.preview.status
        self.ui.confirmCheck.setVisible(self.needs_confirmation)
        if status == NEW_KEY:
            self.ui.keyHintLabel.setText(self.tr(
                "The county's first review result. Phone the county union and have them read "
                "out their key's fingerprint: apply only if it is the same as this one."
            ))  # fmt: skip
        elif status == KEY_CHANGED:
            self.ui.keyHintLabel.setText(self.tr(
                "Signed by another key than the county's earlier files. Phone the county union: "
                "apply only if they confirm they have a new key with this fingerprint. The "
                "earlier key stays trusted for its files until you retire it."
            ))  # fmt: skip
        elif status == RETIRED_KEY:
            self.ui.keyHintLabel.setText(self.tr("A county key this site has retired."))
        else:
            self.ui.keyHintLabel.setText(self.tr("The key this site trusts for the county."))
        problem = {
            WRONG_SITE: self.tr("This review result is for another site: it cannot be applied."),
            OLDER: self.tr(
                "A newer review result (no. %1) was applied already: this older one cannot be "
                "applied."
            ).replace("%1", str(self.preview.last_sequence)),
            UNCHANGED: self.tr("This review result was applied already: nothing to do."),
            RETIRED_KEY: self.tr(
                "Signed by a county key this site has retired: it cannot be applied. Ask the "
                "county union for a file signed by their current key."
            ),
        }.get(status, "")
        self.ui.statusLabel.setText(problem)
        self.update_apply()

    def update_apply(self) -> None:
        status = self.preview.status
        allowed = status == READY or (self.needs_confirmation and self.ui.confirmCheck.isChecked())
        self.apply_button.setEnabled(allowed)
