"""The sign-in panel of one activity: scan cards, tick people, add guests, import a sheet.

A keyboard-wedge card reader types the employee no. and Enter into the scan field, which keeps
the focus, so the reader works without touching the mouse; a second scan of the same card only
says so. The live line at the top says "x of y (z %) — n more needed for 60 %".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from app.catalogue.codes import ActivityStatus, ScanOutcome, SignInMethod
from app.catalogue.words import wording
from app.exchange.spreadsheet import FILE_PATTERNS
from app.reports.sign_in_sheet import write_sign_in_sheet
from app.services import activities, roster, sign_in
from app.services.eligibility import Participation
from app.services.sign_in import (
    AttendeeRow,
    BulkSignIn,
    GuestRow,
    SignInError,
    SignInResult,
)
from app.ui import column_fit
from app.ui.activity_messages import output_error, progress_text
from app.ui.context import AppContext
from app.ui.dialogs.activities.sign_in_import_dialog import SignInImportDialog
from app.ui.dialogs.common.report_export import write_in_background
from app.ui.file_dialogs import FolderKind, ask_open_file, ask_save_file
from app.ui.forms.ui_sign_in_dialog import Ui_SignInDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, bracketed, catalogue_language, listed, word
from app.ui.models.check_table_model import CheckTableModel
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen
from app.ui.widgets.search_hint import set_search_hint

COLUMNS: list[Column[AttendeeRow]] = [
    Column(QT_TRANSLATE_NOOP("SignInDialog", "Present"), lambda r: ""),
    # How beside the tick it explains; the room left goes to the name and department.
    Column(
        QT_TRANSLATE_NOOP("SignInDialog", "How"),
        lambda r: word(SignInMethod(r.method)) if r.method else "",
    ),
    Column(QT_TRANSLATE_NOOP("SignInDialog", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("SignInDialog", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("SignInDialog", "Department"), lambda r: r.department),
    Column(
        QT_TRANSLATE_NOOP("SignInDialog", "Counted"),
        lambda r: r.eligible,
        alert=lambda r: not r.eligible,
    ),
]
GUEST_COLUMNS: list[Column[GuestRow]] = [
    Column(QT_TRANSLATE_NOOP("SignInDialog", "Guest"), lambda r: r.name),
]
GOOD, WARN, BAD = "#2e7d32", "#b26a00", "#c62828"
OUTCOME_COLOURS = {
    ScanOutcome.SIGNED_IN: GOOD,
    ScanOutcome.ALREADY: WARN,
    ScanOutcome.OUTSIDE_TARGET: WARN,
    ScanOutcome.UNKNOWN: BAD,
    ScanOutcome.NOT_ON_ROSTER: BAD,
}


class SignInDialog(QDialog):
    def __init__(
        self, context: AppContext, activity_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1080, 720))
        set_search_hint(self.ui.searchEdit, self.ui.searchEdit.placeholderText())  # whole
        self.model: CheckTableModel[AttendeeRow] = CheckTableModel(
            COLUMNS, "SignInDialog", checked=lambda r: r.present, on_toggle=self._toggle
        )
        self.ui.attendeeView.setModel(self.model)
        column_fit.keep_fitted(self.ui.attendeeView)
        # A tick or a scan writes how into its row: the column widens for the word.
        self.model.dataChanged.connect(lambda *_a: column_fit.fit_columns(self.ui.attendeeView))
        self.guests: RowTableModel[GuestRow] = RowTableModel(GUEST_COLUMNS, "SignInDialog")
        self.ui.guestView.setModel(self.guests)
        self.import_dialog: SignInImportDialog | None = None
        self._target_text = ""
        self.status = ActivityStatus.PLANNED
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.reload_list)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.scanEdit.returnPressed.connect(self.scan_entered)
        self.ui.batchScanButton.clicked.connect(self.ask_batch)
        self.ui.batchScanButton.setAutoDefault(False)
        self.ui.tickAllButton.clicked.connect(self.tick_all_listed)
        self.ui.tickAllButton.setAutoDefault(False)
        self.ui.departmentCombo.addItem(self.tr("All departments"), "")
        for department in roster.list_departments(context.db, context.actor):
            self.ui.departmentCombo.addItem(department.name, department.name)
        self.ui.departmentCombo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.ui.guestEdit.returnPressed.connect(self.add_guest)
        self.ui.addGuestButton.clicked.connect(self.add_guest)
        self.ui.removeGuestButton.clicked.connect(self.remove_guest)
        self.ui.attendeeView.doubleClicked.connect(self._double_clicked)
        self.ui.importButton.clicked.connect(self.choose_import)
        self.ui.sheetButton.clicked.connect(self.choose_sheet)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.closeButton.setAutoDefault(False)
        self.ui.addGuestButton.setAutoDefault(False)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.scanEdit.setFocus()  # a card reader types into whatever has the focus

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_header()
        self.reload_list()
        self.reload_guests()

    def refresh_header(self) -> None:
        detail = activities.get_activity(self.context.db, self.context.actor, self.activity_id)
        self.status = detail.data.status
        data = detail.data
        when = data.starts_at.strftime("%Y-%m-%d %H:%M")
        targets = self.tr("all staff") if data.target_all else listed(detail.department_names)
        self.ui.activityLabel.setText(
            f"{data.title} · {when} · {data.place or '—'} · {word(ActivityStatus(data.status))}"
        )
        self.setWindowTitle(self.tr("Sign-in: %1").replace("%1", data.title))
        self._target_text = self.tr("Target group: %1").replace("%1", targets)
        self.ui.detailLabel.setText(self._target_text)
        cancelled = data.status is ActivityStatus.CANCELLED
        for widget in (
            self.ui.scanEdit,
            self.ui.batchScanButton,
            self.ui.tickAllButton,
            self.ui.guestEdit,
            self.ui.addGuestButton,
            self.ui.importButton,
        ):
            widget.setEnabled(not cancelled)
        if cancelled:
            self.show_result(self.tr("This activity is cancelled: it takes no sign-ins."), BAD)
        if detail.participation is not None:
            self.show_participation(detail.participation)

    def show_participation(self, figures: Participation) -> None:
        met = figures.ratio.meets(figures.target)
        colour = GOOD if met else (BAD if met is False else WARN)
        self.ui.countLabel.setStyleSheet(f"font-size: 16pt; color: {colour};")
        self.ui.countLabel.setText(progress_text(figures.ratio, figures.target))
        extra = []
        if figures.outside_target:
            extra.append(self.tr("%n from outside the target group", "", figures.outside_target))
        if figures.guests:
            extra.append(self.tr("%n guest(s)", "", figures.guests))
        text = self._target_text
        if extra:
            text += " · " + self.tr("also signed in, not counted: %1").replace("%1", listed(extra))
        self.ui.detailLabel.setText(text)

    def show_result(self, text: str, colour: str) -> None:
        self.ui.scanResultLabel.setStyleSheet(f"font-size: 12pt; color: {colour};")
        self.ui.scanResultLabel.setText(text)

    def reload_list(self) -> None:
        rows = sign_in.attendee_list(
            self.context.db, self.context.actor, self.activity_id, self.ui.searchEdit.text()
        )
        department = self.ui.departmentCombo.currentData()
        self.model.set_rows([r for r in rows if not department or r.department == department])
        column_fit.fit_columns(self.ui.attendeeView)

    def reload_guests(self) -> None:
        self.guests.set_rows(
            sign_in.list_guests(self.context.db, self.context.actor, self.activity_id)
        )

    # --- scanning and ticking ----------------------------------------------------------------

    def scan_entered(self) -> None:
        code = self.ui.scanEdit.text()
        self.ui.scanEdit.clear()
        if not code.strip():
            return
        try:
            result = sign_in.scan(self.context.db, self.context.actor, self.activity_id, code)
        except SignInError as error:
            self.show_result(self.error_text(error.code), BAD)
            return
        self.show_scan(result)
        self.show_participation(result.participation)
        if result.outcome in (ScanOutcome.SIGNED_IN, ScanOutcome.OUTSIDE_TARGET):
            self._mark_present(result.employee_no, SignInMethod.SCAN)
            self._held_now()
        self.ui.scanEdit.setFocus()

    def ask_batch(self) -> None:
        """A reader that stored the cards, or a list pasted: every card signed in at once."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Many cards at once"),
            self.tr(
                "Scan the cards one after another, or paste their numbers (one a line, or "
                "separated by commas or spaces):"
            ),
        )
        if ok:
            self.scan_batch(text)

    def scan_batch(self, text: str) -> BulkSignIn | None:
        codes = sign_in.split_cards(text)
        if not codes:
            return None
        return self._bulk(lambda: sign_in.scan_many(self.context.db, self.context.actor,
                                                    self.activity_id, codes))  # fmt: skip

    def tick_all_listed(self) -> BulkSignIn | None:
        """Everyone the list shows (the target group, one department, a search) signed in."""
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        absent = [r.id for r in rows if not r.present]
        if not absent:
            self.show_result(self.tr("Everyone listed is already signed in."), WARN)
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Tick everyone listed"),
            self.tr("Sign in the %n person(s) listed who are not signed in yet?", "", len(absent)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._bulk(lambda: sign_in.tick_many(self.context.db, self.context.actor,
                                                    self.activity_id, absent))  # fmt: skip

    def _bulk(self, action: Callable[[], BulkSignIn]) -> BulkSignIn | None:
        try:
            done = action()
        except SignInError as error:
            self.show_result(self.error_text(error.code), BAD)
            return None
        parts = [self.tr("%n signed in", "", done.signed_in)]
        if done.outside_target:
            parts.append(
                self.tr("%n not in the target group (not counted)", "", done.outside_target)
            )
        if done.already:
            parts.append(self.tr("%n already signed in", "", done.already))
        text = self.tr("; ").join(parts) + self.tr(".")
        if done.refused:
            text += " " + self.tr(
                "Not signed in (unknown card, or not on the roster that day): %1."
            )
            text = text.replace("%1", self.tr(", ").join(done.refused))
        self.show_result(text, BAD if done.refused else GOOD)
        self.show_participation(done.participation)
        self.reload_list()
        self._held_now()
        return done

    def show_scan(self, result: SignInResult) -> None:
        who = bracketed(result.name, result.employee_no) if result.name else result.code
        text = wording(result.outcome).format(catalogue_language(), who=who)
        self.show_result(text, OUTCOME_COLOURS.get(result.outcome, WARN))

    def _held_now(self) -> None:
        """The first sign-in records a planned activity as held: show it in the header."""
        if self.status is ActivityStatus.PLANNED:
            self.refresh_header()

    def _mark_present(self, employee_no: str, how: SignInMethod) -> None:
        for row in range(self.model.rowCount()):
            current = self.model.row_at(row)
            if current.employee_no == employee_no:
                self.model.replace_row(row, dataclasses.replace(current, present=True, method=how))
                self.ui.attendeeView.scrollTo(self.model.index(row, 0))
                return
        self.reload_list()  # someone from outside the target group: show them in the list

    def _toggle(self, row: AttendeeRow, ticked: bool) -> AttendeeRow | None:
        try:
            result = sign_in.set_present(
                self.context.db, self.context.actor, self.activity_id, row.id, ticked
            )
        except SignInError as error:
            self.show_result(self.error_text(error.code), BAD)
            return None
        self.show_participation(result.participation)
        who = bracketed(row.name, row.employee_no)
        if ticked:
            self.show_scan(dataclasses.replace(result, code=row.employee_no))
            self._held_now()
        else:
            self.show_result(self.tr("%1 is no longer signed in.").replace("%1", who), WARN)
        return dataclasses.replace(
            row, present=ticked, method=SignInMethod.TICK if ticked else None
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != 0:  # the tick box itself already toggles on click
            self.model.toggle(index.row())

    def tick(self, employee_no: str) -> bool:
        """Tick a listed person (what a click on the tick box does)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).employee_no == employee_no:
                index = self.model.index(row, 0)
                return self.model.setData(
                    index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
                )
        return False

    # --- guests -----------------------------------------------------------------------------

    def add_guest(self) -> None:
        name = self.ui.guestEdit.text()
        try:
            result = sign_in.add_guest(self.context.db, self.context.actor, self.activity_id, name)
        except SignInError as error:
            self.show_result(self.error_text(error.code), BAD)
            return
        self.ui.guestEdit.clear()
        if result.outcome is ScanOutcome.ALREADY:
            self.show_result(
                self.tr("%1 is already on the guest list.").replace("%1", result.name), WARN
            )
        else:
            self.show_result(
                self.tr("Guest %1 recorded (guests are not counted in the rate).").replace(
                    "%1", result.name
                ),
                GOOD,
            )
        self.show_participation(result.participation)
        self.reload_guests()

    def remove_guest(self) -> None:
        index = self.ui.guestView.currentIndex()
        if not index.isValid():
            return
        guest = self.guests.row_at(index.row())
        try:
            figures = sign_in.remove_guest(self.context.db, self.context.actor, guest.id)
        except SignInError as error:
            self.show_result(self.error_text(error.code), BAD)
            return
        self.show_participation(figures)
        self.reload_guests()

    # --- files ------------------------------------------------------------------------------

    def choose_import(self) -> None:
        path = ask_open_file(
            self,
            FolderKind.SPREADSHEET,
            self.tr("Import a sign-in spreadsheet"),
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", FILE_PATTERNS),
        )
        if path is not None:
            self.start_import(path)

    def start_import(self, path: Path) -> SignInImportDialog:
        dialog = SignInImportDialog(self.context, self.activity_id, path, self)
        dialog.accepted.connect(self.refresh)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def choose_sheet(self) -> None:
        detail = activities.get_activity(self.context.db, self.context.actor, self.activity_id)
        name = self.tr("Sign-in sheet %1.pdf").replace(
            "%1", detail.data.starts_at.strftime("%Y-%m-%d")
        )
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the sign-in sheet"),
            name,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.save_sheet(path, barcodes=False)

    def save_sheet(self, path: Path, barcodes: bool) -> None:
        context, activity_id = self.context, self.activity_id
        write_in_background(
            self,
            self.tr("Writing the sign-in sheet…"),
            lambda: write_sign_in_sheet(
                context.db, context.actor, activity_id, path, barcodes, catalogue_language()
            ),
            lambda saved: self.show_result(self.tr("Saved: %1").replace("%1", str(saved)), GOOD),
            lambda error: self.show_result(output_error(error), BAD),
        )

    def error_text(self, code: str) -> str:
        return {
            "cancelled": self.tr("This activity is cancelled: it takes no sign-ins."),
            "not_on_roster": self.tr(
                "Not on the roster on the activity's date (left or not yet hired): not signed in."
            ),
            "blank_name": self.tr("Type the guest's name first."),
            "not_found": self.tr("That record no longer exists. Close and reopen the panel."),
        }.get(code, code)
