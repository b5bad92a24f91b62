"""The site profile form (forms/site_profile_form.ui) read into and filled from a SiteProfile.

Shared by the first-run SiteSetupDialog and the Room profile tab of the Open hours page.
The house rules are not on this form (the wall schedule tab edits them): `read()` leaves
them empty and the caller keeps the saved text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from app.catalogue.fields import RecordField
from app.services.site_profile import ProfileError, SiteProfile
from app.ui.forms.ui_site_profile_form import Ui_SiteProfileForm
from app.ui.i18n import word_of
from app.ui.models.contacts_model import ContactsModel
from app.ui.qt_dates import qdate

# The widget to focus when the service refuses a field.
FIELD_WIDGETS = {
    "site_name": "siteNameEdit",
    "site_code": "siteCodeEdit",
    "room_name": "roomNameEdit",
    "area_m2": "areaSpin",
    "more_admins": "moreAdminsView",
}


class SiteProfileFields:
    def __init__(self, host: QWidget) -> None:
        self.form = Ui_SiteProfileForm()
        self.form.setupUi(host)
        self.admins = ContactsModel()
        view = self.form.moreAdminsView
        view.setModel(self.admins)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.nameplateDateEdit.setDate(QDate.currentDate())
        self.form.nameplateCheck.toggled.connect(self.form.nameplateDateEdit.setEnabled)
        self.form.addAdminButton.clicked.connect(self.add_admin)
        self.form.removeAdminButton.clicked.connect(self.remove_admin)

    def add_admin(self) -> None:
        index = self.admins.add_row()
        view = self.form.moreAdminsView
        view.setCurrentIndex(index)
        view.edit(index)

    def remove_admin(self) -> None:
        self.admins.remove_row(self.form.moreAdminsView.currentIndex().row())

    def write(self, profile: SiteProfile) -> None:
        f = self.form
        f.siteNameEdit.setText(profile.site_name)
        f.siteCodeEdit.setText(profile.site_code)
        f.addressEdit.setText(profile.address)
        f.countyEdit.setText(profile.county)
        f.roomNameEdit.setText(profile.room_name)
        f.locationEdit.setText(profile.location)
        f.areaSpin.setValue(profile.area_m2 or 0)
        f.independentCheck.setChecked(profile.independent_space)
        f.nameplateCheck.setChecked(profile.nameplate_hung)
        f.nameplateDateEdit.setEnabled(profile.nameplate_hung)
        if profile.nameplate_date:
            f.nameplateDateEdit.setDate(qdate(profile.nameplate_date))
        f.rulesCheck.setChecked(profile.rules_posted)
        f.hoursPostedCheck.setChecked(profile.open_hours_posted)
        f.chairNameEdit.setText(profile.chair_name)
        f.chairPhoneEdit.setText(profile.chair_phone)
        f.adminNameEdit.setText(profile.admin_name)
        f.adminPhoneEdit.setText(profile.admin_phone)
        f.hospitalEdit.setText(profile.hospital_name)
        f.liaisonNameEdit.setText(profile.liaison_name)
        f.liaisonPhoneEdit.setText(profile.liaison_phone)
        f.hotlineEdit.setText(profile.hospital_hotline)
        self.admins.set_contacts(profile.more_admins)

    def read(self) -> SiteProfile:
        f = self.form
        area = f.areaSpin.value()
        hung = f.nameplateCheck.isChecked()
        return SiteProfile(
            site_code=f.siteCodeEdit.text().strip(),
            site_name=f.siteNameEdit.text().strip(),
            address=f.addressEdit.text().strip(),
            county=f.countyEdit.text().strip(),
            room_name=f.roomNameEdit.text().strip(),
            location=f.locationEdit.text().strip(),
            area_m2=area if area > 0 else None,
            independent_space=f.independentCheck.isChecked(),
            nameplate_hung=hung,
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
            nameplate_date=f.nameplateDateEdit.date().toPython() if hung else None,
            more_admins=self.admins.contacts(),
        )

    def focus(self, error: ProfileError) -> None:
        getattr(self.form, FIELD_WIDGETS.get(error.field, "siteNameEdit")).setFocus()

    def retranslate(self, host: QWidget) -> None:
        self.form.retranslateUi(host)
        self.admins.retranslate()


def profile_error_text(error: ProfileError) -> str:
    """The message for a refused profile, naming the field and how to fix it."""

    field = word_of(RecordField, error.field)  # the field in the catalogue's words
    text = {
        "required": QCoreApplication.translate("SiteSetupDialog", "%1 is required."),
        "positive": QCoreApplication.translate("SiteSetupDialog", "%1 must be greater than 0."),
        "too_long": QCoreApplication.translate(
            "SiteSetupDialog", "%1 is too long: shorten it to fit one printed page."
        ),
        "too_many": QCoreApplication.translate(
            "SiteSetupDialog", "%1: at most nine can be listed."
        ),
        "name_required": QCoreApplication.translate(
            "SiteSetupDialog", "%1: every row with a phone number needs a name."
        ),
    }.get(
        error.code, QCoreApplication.translate("SiteSetupDialog", "%1 cannot be saved as entered.")
    )
    return text.replace("%1", field)
