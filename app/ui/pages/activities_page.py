"""活动与签到: lectures, free clinics and other activities with their sign-in and participation,
and the way to the notices, the annual plan and the outreach list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.catalogue.reports import ReportKey
from app.domain.participation import LECTURE_PARTICIPATION_TARGET
from app.domain.ratios import Ratio
from app.reports.request import ReportRequest, write_report
from app.services import activities
from app.services.activities import ActivityRow
from app.ui.activity_messages import output_error, ratio_text
from app.ui.context import AppContext
from app.ui.dialogs.activities.activity_dialog import ActivityDialog
from app.ui.dialogs.activities.notices_dialog import NoticesDialog
from app.ui.dialogs.common.report_export import write_in_background
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.forms.ui_activities_toolbar import Ui_ActivitiesToolbar
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

if TYPE_CHECKING:  # the printing dialogs are imported when opened (PDF and xlsx machinery)
    from app.ui.dialogs.activities.sign_in_dialog import SignInDialog


def participation(row: ActivityRow) -> Ratio:
    return Ratio(row.counted, row.eligible)


def _short(row: ActivityRow) -> bool:
    """A held lecture below 60 % (the rule is for lectures): shown in red."""
    return (
        row.kind is ActivityKind.LECTURE
        and row.status is ActivityStatus.HELD
        and participation(row).meets(LECTURE_PARTICIPATION_TARGET) is False
    )


COLUMNS: list[Column[ActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Date"), lambda r: r.starts_at),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Type"), lambda r: word(r.kind)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Speaker"), lambda r: r.speaker),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Place"), lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Status"), lambda r: word(r.status)),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Participation"),
        lambda r: ratio_text(participation(r)) if r.status is not ActivityStatus.CANCELLED else "",
        alert=_short,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Guests"), lambda r: r.guests, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Partner hospital"), lambda r: r.by_partner_hospital
    ),
]


class ActivitiesPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[ActivityRow] = RowTableModel(COLUMNS, "ActivitiesPage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.toolbar = QWidget(self)
        self.tools = Ui_ActivitiesToolbar()
        self.tools.setupUi(self.toolbar)
        self.ui.pageLayout.insertWidget(2, self.toolbar)
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self._wanted: int | None = None  # the activity to select once the list is filled
        t = self.tools
        t.newButton.clicked.connect(self.new_activity)
        t.editButton.clicked.connect(self.edit_selected)
        t.deleteButton.clicked.connect(self.delete_selected)
        t.signInButton.clicked.connect(self.sign_in_selected)
        t.sheetButton.clicked.connect(self.choose_sheet)
        t.noticesButton.clicked.connect(lambda: self.show_dialog(NoticesDialog(self.context, self)))
        t.planButton.clicked.connect(self.open_plan)
        t.outreachButton.clicked.connect(self.open_outreach)
        self.ui.tableView.doubleClicked.connect(lambda _i: self.sign_in_selected())
        self.ui.tableView.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self._update_buttons()
        self.show_message("")

    def page_title(self) -> str:
        return self.tr("Activities & sign-in")

    def retranslate(self) -> None:
        super().retranslate()
        self.tools.retranslateUi(self.toolbar)
        year = self.context.today().year
        self.fill_choices(
            [(self.tr("All years"), None), *((str(y), y) for y in range(year + 1, year - 5, -1))]
        )
        if self.ui.filterCombo.currentData() is None and not self.model.rowCount():
            self.ui.filterCombo.setCurrentIndex(max(0, self.ui.filterCombo.findData(year)))
        self.model.retranslate()

    def reload(self, select: int | None = None) -> None:
        """Fill the list from a worker (participation needs the roster on every date: a second
        and more at 50,000 staff); `select` (or the row chosen now) is chosen again once shown."""
        if select is None:
            chosen = self.selected()
            # While an earlier fill is under way its wish stands (a save then a dialog closing).
            select = self._wanted if self.filling else (chosen.id if chosen else None)
        self._wanted = select
        db, actor = self.context.db, self.context.actor
        year = self.ui.filterCombo.currentData()
        self.fill_from_worker(
            lambda: activities.list_activities(db, actor, year=year), self._show_rows
        )

    def _show_rows(self, rows: list[ActivityRow]) -> None:
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()
        if self._wanted is not None:
            self.select(self._wanted)
        self._wanted = None
        self._update_buttons()

    # --- selection ----------------------------------------------------------------------------

    def selected(self) -> ActivityRow | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select(self, activity_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == activity_id:
                self.ui.tableView.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (
            self.tools.editButton,
            self.tools.deleteButton,
            self.tools.signInButton,
            self.tools.sheetButton,
        ):
            button.setEnabled(chosen)

    def show_dialog(self, dialog: QDialog) -> QDialog:
        """Open `dialog` window-modal without blocking; reload the list when it closes."""
        dialog.finished.connect(lambda _result: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_message(self, text: str) -> None:
        self.tools.messageLabel.setText(text)
        self.tools.messageLabel.setVisible(bool(text))

    # --- actions ------------------------------------------------------------------------------

    def new_activity(self) -> ActivityDialog:
        dialog = ActivityDialog(self.context, None, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.show_dialog(dialog)
        return dialog

    def _after_save(self, dialog: ActivityDialog) -> None:
        if dialog.saved is not None:
            self.reload(select=dialog.saved.id)

    def edit_selected(self) -> ActivityDialog | None:
        row = self.selected()
        if row is None:
            return None
        detail = activities.get_activity(self.context.db, self.context.actor, row.id)
        dialog = ActivityDialog(self.context, detail, self)
        self.show_dialog(dialog)
        return dialog

    def open_plan(self) -> None:
        from app.ui.dialogs.activities.plan_dialog import PlanDialog

        self.show_dialog(PlanDialog(self.context, self))

    def open_outreach(self) -> None:
        from app.ui.dialogs.activities.outreach_dialog import OutreachDialog

        self.show_dialog(OutreachDialog(self.context, self))

    def sign_in_selected(self) -> SignInDialog | None:
        from app.ui.dialogs.activities.sign_in_dialog import SignInDialog

        row = self.selected()
        if row is None:
            return None
        dialog = SignInDialog(self.context, row.id, self)
        self.show_dialog(dialog)
        return dialog

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.tr("Delete “%1” on %2?").replace("%1", row.title)
        text = text.replace("%2", row.starts_at.strftime("%Y-%m-%d"))
        if row.attendees or row.guests:
            text += "\n" + self.tr(
                "Its %n sign-in(s) are deleted with it.", "", row.attendees + row.guests
            )
        answer = QMessageBox.question(self, self.tr("Delete activity"), text)
        if answer == QMessageBox.StandardButton.Yes:
            activities.delete_activity(self.context.db, self.context.actor, row.id)
            self.reload()

    def choose_sheet(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = self.tr("Sign-in sheet %1 %2.pdf")
        name = name.replace("%1", row.starts_at.strftime("%Y-%m-%d")).replace("%2", row.title)
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the sign-in sheet"),
            name,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.save_sheet(row.id, path, self.tools.barcodeCheck.isChecked())

    def save_sheet(self, activity_id: int, path: Path, barcodes: bool) -> None:
        context = self.context
        request = ReportRequest(
            path,
            as_of=context.today(),
            options={"activity": activity_id, "barcodes": barcodes},
            language=catalogue_language(),
        )
        write_in_background(
            self,
            self.tr("Writing the sign-in sheet…"),
            lambda: write_report(ReportKey.SIGN_IN_SHEET, context.db, context.actor, request),
            lambda saved: self.show_message(self.tr("Saved: %1").replace("%1", str(saved))),
            lambda error: self.show_message(output_error(error)),
        )
