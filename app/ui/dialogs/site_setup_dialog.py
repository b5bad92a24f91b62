"""Create a new site: the short first-run form for the enterprise and its room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services import site_profile
from app.services.site_profile import ProfileError, SiteProfile
from app.ui.context import AppContext
from app.ui.forms.ui_site_profile_form import Ui_SiteProfileForm
from app.ui.forms.ui_site_setup_dialog import Ui_SiteSetupDialog

REQUIRED = {
    "site_name": "siteNameEdit",
    "site_code": "siteCodeEdit",
    "room_name": "roomNameEdit",
}


class SiteSetupDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SiteSetupDialog()
        self.ui.setupUi(self)
        self.form = Ui_SiteProfileForm()
        self.form.setupUi(self.ui.formHost)
        self.form.roomNameEdit.setText(self.tr("Staff health room"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.saved: SiteProfile | None = None

    def profile(self) -> SiteProfile:
        f = self.form
        area = f.areaSpin.value()
        return SiteProfile(
            site_code=f.siteCodeEdit.text().strip(),
            site_name=f.siteNameEdit.text().strip(),
            address=f.addressEdit.text().strip(),
            county=f.countyEdit.text().strip(),
            room_name=f.roomNameEdit.text().strip(),
            location=f.locationEdit.text().strip(),
            area_m2=area if area > 0 else None,
            independent_space=f.independentCheck.isChecked(),
            nameplate_hung=f.nameplateCheck.isChecked(),
            rules_posted=f.rulesCheck.isChecked(),
            open_hours_posted=f.hoursPostedCheck.isChecked(),
            chair_name=f.chairNameEdit.text().strip(),
            chair_phone=f.chairPhoneEdit.text().strip(),
            admin_name=f.adminNameEdit.text().strip(),
            admin_phone=f.adminPhoneEdit.text().strip(),
            hospital_name=f.hospitalEdit.text().strip(),
            liaison_name=f.liaisonNameEdit.text().strip(),
            liaison_phone=f.liaisonPhoneEdit.text().strip(),
            hospital_hotline=f.hotlineEdit.text().strip(),
        )

    def save(self) -> None:
        try:
            self.saved = site_profile.save_profile(
                self.context.db, self.context.actor, self.profile()
            )
        except ProfileError as error:
            self.ui.errorLabel.setText(self.error_text(error))
            widget = getattr(self.form, REQUIRED.get(error.field, "siteNameEdit"))
            widget.setFocus()
            return
        self.accept()

    @staticmethod
    def error_text(error: ProfileError) -> str:
        field = {
            "site_name": QCoreApplication.translate("SiteSetupDialog", "Enterprise name"),
            "site_code": QCoreApplication.translate("SiteSetupDialog", "Site code"),
            "room_name": QCoreApplication.translate("SiteSetupDialog", "Room name"),
            "area_m2": QCoreApplication.translate("SiteSetupDialog", "Area"),
        }.get(error.field, error.field)
        if error.code == "required":
            text = QCoreApplication.translate("SiteSetupDialog", "%1 is required.")
        else:
            text = QCoreApplication.translate("SiteSetupDialog", "%1 must be greater than 0.")
        return text.replace("%1", field)
