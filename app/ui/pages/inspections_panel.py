"""巡检/督查: the inspections the room received, their rectification items and their closure.

A tab of the open-hours page, beside the room profile: the year's inspections above, the
items of the one chosen below; an item past its deadline and still open is shown in red. An
inspection that came in the county's review result is marked so: it is the county's record,
only its items are closed here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.domain.permissions import Action
from app.services import inspections
from app.services.inspections import InspectionError, InspectionRow, ItemRow
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.inspections.close_item_dialog import CloseItemDialog
from app.ui.dialogs.inspections.inspection_dialog import InspectionDialog
from app.ui.forms.ui_inspections_panel import Ui_InspectionsPanel
from app.ui.i18n import QT_TRANSLATE_NOOP, word
from app.ui.inspection_messages import error_text
from app.ui.models.row_table_model import Column, RowTableModel

CONTEXT = "InspectionsPanel"


NONE = QT_TRANSLATE_NOOP("InspectionsPanel", "none")
OPEN_OF = QT_TRANSLATE_NOOP("InspectionsPanel", "%1 of %2 open")
DONE_ON = QT_TRANSLATE_NOOP("InspectionsPanel", "done %1")
OVERDUE = QT_TRANSLATE_NOOP("InspectionsPanel", "overdue")
OPEN = QT_TRANSLATE_NOOP("InspectionsPanel", "open")
FROM_COUNTY = QT_TRANSLATE_NOOP("InspectionsPanel", "county's review result")
RECORDED_HERE = QT_TRANSLATE_NOOP("InspectionsPanel", "recorded here")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def open_items_text(row: InspectionRow) -> str:
    if not row.items:
        return _tr(NONE)
    return _tr(OPEN_OF).replace("%1", str(row.open_items)).replace("%2", str(len(row.items)))


INSPECTION_COLUMNS: list[Column[InspectionRow]] = [
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Date"), lambda r: r.inspected_on),
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Inspected by"), lambda r: word(r.body)),
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Inspectors"), lambda r: r.inspectors),
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Score"), lambda r: r.score, align_right=True),
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Rectification items"), open_items_text),
    Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Findings"), lambda r: r.findings),
    Column(
        QT_TRANSLATE_NOOP("InspectionsPanel", "Record"),
        lambda r: _tr(FROM_COUNTY if r.from_county else RECORDED_HERE),
    ),
]


def item_state(today: dt.date) -> Column[ItemRow]:
    def text(row: ItemRow) -> str:
        if row.closed and row.done_on is not None:
            return _tr(DONE_ON).replace("%1", row.done_on.isoformat())
        return _tr(OVERDUE) if row.overdue(today) else _tr(OPEN)

    return Column(
        QT_TRANSLATE_NOOP("InspectionsPanel", "State"), text, alert=lambda r: r.overdue(today)
    )


class InspectionsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_InspectionsPanel()
        self.ui.setupUi(self)
        self.rows: RowTableModel[InspectionRow] = RowTableModel(INSPECTION_COLUMNS, CONTEXT)
        self.ui.inspectionsTable.setModel(self.rows)
        self.items: RowTableModel[ItemRow] = RowTableModel(self.item_columns(), CONTEXT)
        self.ui.itemsTable.setModel(self.items)
        for view in (self.ui.inspectionsTable, self.ui.itemsTable):
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.inspectionsTable.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_items()
        )
        self.ui.inspectionsTable.doubleClicked.connect(lambda _i: self.edit())
        self.ui.itemsTable.doubleClicked.connect(lambda _i: self.close_item())
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.closeItemButton.clicked.connect(self.close_item)
        self.ui.reopenItemButton.clicked.connect(self.reopen_item)
        self.may_edit = context.actor.can(Action.EDIT_INSPECTIONS)
        for button in (self.ui.addButton, self.ui.editButton, self.ui.deleteButton,
                       self.ui.closeItemButton, self.ui.reopenItemButton):  # fmt: skip
            button.setEnabled(self.may_edit)
        self.fill_years()

    def item_columns(self) -> list[Column[ItemRow]]:
        return [
            Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Rectification item"),
                   lambda r: r.description),
            Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Responsible"), lambda r: r.responsible),
            Column(QT_TRANSLATE_NOOP("InspectionsPanel", "Deadline"), lambda r: r.deadline),
            item_state(self.context.today()),
            Column(QT_TRANSLATE_NOOP("InspectionsPanel", "What was done"), lambda r: r.done_note),
        ]  # fmt: skip

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.rows.retranslate()
        self.items.retranslate()
        self.fill_years()
        self.show_count()
        column_fit.fit_columns(self.ui.inspectionsTable)  # headers changed width
        column_fit.fit_columns(self.ui.itemsTable)

    def show_count(self) -> None:
        count = self.rows.rowCount()
        self.ui.countLabel.setText(
            QCoreApplication.translate("InspectionsPanel", "%n inspection(s)", "", count)
        )

    def fill_years(self) -> None:
        combo, year = self.ui.yearCombo, self.ui.yearCombo.currentData()
        this_year = self.context.today().year
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for y in range(this_year, this_year - 6, -1):
            combo.addItem(str(y), y)
        combo.setCurrentIndex(max(0, combo.findData(year if year else this_year)))
        combo.blockSignals(False)

    def load(self, select: int | None = None) -> None:
        rows = inspections.list_inspections(
            self.context.db, self.context.actor, self.ui.yearCombo.currentData()
        )
        self.rows.set_rows(rows)
        self.items.set_rows([])
        self.show_count()
        chosen = next((n for n, r in enumerate(rows) if r.id == select), 0 if rows else None)
        if chosen is not None:
            self.ui.inspectionsTable.selectRow(chosen)
        column_fit.fit_columns(self.ui.inspectionsTable)
        self.show_items()

    def current(self) -> InspectionRow | None:
        index = self.ui.inspectionsTable.currentIndex()
        return self.rows.row_at(index.row()) if index.isValid() else None

    def current_item(self) -> ItemRow | None:
        index = self.ui.itemsTable.currentIndex()
        return self.items.row_at(index.row()) if index.isValid() else None

    def show_items(self) -> None:
        row = self.current()
        self.items.set_rows(list(row.items) if row else [])
        column_fit.fit_columns(self.ui.itemsTable)
        own = row is None or not row.from_county  # the county's record: only closing its items
        self.ui.editButton.setEnabled(self.may_edit and own)
        self.ui.deleteButton.setEnabled(self.may_edit and own)

    def say(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Inspections"), text)

    def add(self) -> InspectionDialog:
        dialog = InspectionDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.show_year_of(dialog.saved)
        return dialog

    def edit(self) -> InspectionDialog | None:
        row = self.current()
        if row is None:
            self.say(self.tr("Choose an inspection in the list first."))
            return None
        if row.from_county:
            self.say(error_text(InspectionError("inspection", "from_county")))
            return None
        dialog = InspectionDialog(self.context, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.show_year_of(dialog.saved)
        return dialog

    def show_year_of(self, row: InspectionRow) -> None:
        """Show the saved inspection, switching to its year if another is shown."""
        year = self.ui.yearCombo.currentData()
        if year is not None and year != row.inspected_on.year:
            index = self.ui.yearCombo.findData(row.inspected_on.year)
            self.ui.yearCombo.blockSignals(True)
            self.ui.yearCombo.setCurrentIndex(max(0, index))
            self.ui.yearCombo.blockSignals(False)
        self.load(select=row.id)

    def delete(self) -> bool:
        row = self.current()
        if row is None:
            self.say(self.tr("Choose an inspection in the list first."))
            return False
        question = self.tr("Delete the inspection of %1 with its %2 rectification item(s)?")
        question = question.replace("%1", row.inspected_on.isoformat())
        answer = QMessageBox.question(
            self, self.tr("Delete inspection"), question.replace("%2", str(len(row.items)))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            inspections.delete_inspection(self.context.db, self.context.actor, row.id)
        except InspectionError as error:
            self.say(error_text(error))
        self.load()
        return True

    def close_item(self) -> CloseItemDialog | None:
        item = self.current_item()
        if item is None:
            self.say(self.tr("Choose a rectification item in the lower list first."))
            return None
        if item.closed:
            self.say(self.tr("This item is already done; reopen it to record it again."))
            return None
        dialog = CloseItemDialog(self.context, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load(select=item.inspection_id)
        return dialog

    def reopen_item(self) -> None:
        item = self.current_item()
        if item is None or not item.closed:
            self.say(self.tr("Choose a rectification item that is done."))
            return
        inspections.reopen_item(self.context.db, self.context.actor, item.id)
        self.load(select=item.inspection_id)
