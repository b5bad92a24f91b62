"""Create a new site: the short first-run form for the enterprise and its room."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.services import site_profile
from app.services.site_profile import ProfileError, SiteProfile
from app.ui.context import AppContext
from app.ui.forms.ui_site_setup_dialog import Ui_SiteSetupDialog
from app.ui.screen_fit import fit_to_screen, scroll_when_tall
from app.ui.site_profile_fields import SiteProfileFields, profile_error_text


class SiteSetupDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SiteSetupDialog()
        self.ui.setupUi(self)
        self.fields = SiteProfileFields(self.ui.formHost)
        self.form = self.fields.form
        self.form.roomNameEdit.setText(self.tr("Staff health room"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.saved: SiteProfile | None = None
        scroll_when_tall(self.ui.formHost)
        fit_to_screen(self)

    def profile(self) -> SiteProfile:
        return self.fields.read()

    def save(self) -> None:
        try:
            self.saved = site_profile.save_profile(
                self.context.db, self.context.actor, self.profile()
            )
        except ProfileError as error:
            self.ui.errorLabel.setText(self.error_text(error))
            self.fields.focus(error)
            return
        self.accept()

    @staticmethod
    def error_text(error: ProfileError) -> str:
        return profile_error_text(error)
