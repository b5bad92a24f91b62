"""The county's own key on the 单位与密钥 tab: its fingerprint, and a county administrator's
"make a new key" (a lost or shared PC, a key to be changed) — asked first, then the new
fingerprint shown for the phone check with each site."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services import county
from app.services.county_accounts import CountyPermissionDenied
from app.ui.county_window.base import CountyWindowBase


class CountyKeys(CountyWindowBase):
    def show_county_key(self) -> None:
        from app.exchange.county_return import key_fingerprint

        found = key_fingerprint(self.workspace)
        if found:
            text = QCoreApplication.translate(
                "CountyWindow",
                "The county's own key, which signs the review results sent to the sites: "
                "%1. Read it to a site's administrator on the phone before their first import.",
            ).replace("%1", found)
        else:
            text = QCoreApplication.translate(
                "CountyWindow",
                "The county's own key is made with the first review result for a site.",
            )
        self.ui.countyKeyLabel.setText(text)

    def confirm_making_key(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CountyWindow", "Make a new county key"),
            QCoreApplication.translate(
                "CountyWindow",
                "Make a new key to sign the review results sent to the sites?\n\n"
                "From now on every review result is signed with the new key. Each site is "
                "asked to confirm the new key's fingerprint on its first import of such a file: "
                "read it to the site's administrator on the phone. Files the sites already "
                "hold from the old key stay valid there until they retire the old key. The old "
                "key cannot be brought back.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def make_new_key(self) -> None:
        from app.exchange.county_return import make_new_key

        if not self.confirm_making_key():
            return
        try:
            made = make_new_key(self.workspace, self.reviewer)
        except CountyPermissionDenied:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CountyWindow", "Make a new county key"),
                QCoreApplication.translate(
                    "CountyWindow", "Only a county administrator may make a new county key."
                ),
            )
            return
        self.show_county_key()
        self.access.set_rows(county.access_log(self.workspace, self.reviewer))
        QMessageBox.information(
            self,
            QCoreApplication.translate("CountyWindow", "Make a new county key"),
            QCoreApplication.translate(
                "CountyWindow",
                "The new county key's fingerprint is %1 (the old one was %2).\n\nRead it to "
                "each site's administrator on the phone when they first import a review "
                "result signed with it.",
            )
            .replace("%1", made.new)
            .replace("%2", made.old or "—"),
        )
