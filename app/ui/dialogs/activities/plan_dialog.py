"""年度健康促进计划: the plan's quarterly schedule side by side with what was held, the partner
hospital's visits per quarter, and the printable plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.catalogue.codes import ActivityKind
from app.catalogue.reports import ReportKey
from app.domain.periods import Period
from app.reports.request import ReportRequest, write_report
from app.services import promotion_plan
from app.services.promotion_plan import (
    HOSPITAL_VISITS_PER_QUARTER,
    LECTURES_PER_YEAR,
    PlanItemRow,
    YearPlan,
)
from app.ui import column_fit
from app.ui.activity_messages import output_error
from app.ui.context import AppContext
from app.ui.dialogs.activities.plan_item_dialog import PlanItemDialog
from app.ui.dialogs.common.report_export import write_in_background
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.forms.ui_plan_dialog import Ui_PlanDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, joined, word
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen


@dataclass(frozen=True)
class PlanLine:
    """A line of the plan-versus-actual table: a plan item, or an activity held unplanned."""

    quarter: int
    kind: ActivityKind
    title: str
    note: str
    actual: str
    done: bool
    item: PlanItemRow | None

    @property
    def id(self) -> int | None:
        return self.item.id if self.item is not None else None


COLUMNS: list[Column[PlanLine]] = [
    Column(
        QT_TRANSLATE_NOOP("PlanDialog", "Quarter"),
        lambda r: QCoreApplication.translate("PlanDialog", "Q%1").replace("%1", str(r.quarter)),
    ),
    Column(QT_TRANSLATE_NOOP("PlanDialog", "Type"), lambda r: word(r.kind)),
    Column(QT_TRANSLATE_NOOP("PlanDialog", "Planned item"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("PlanDialog", "Note"), lambda r: r.note),
    Column(
        QT_TRANSLATE_NOOP("PlanDialog", "Actual"),
        lambda r: r.actual,
        alert=lambda r: not r.done,
    ),
]


class PlanDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1040, 640))
        self.plan: YearPlan | None = None
        self.editor: PlanItemDialog | None = None
        self.model: RowTableModel[PlanLine] = RowTableModel(COLUMNS, "PlanDialog")
        self.ui.tableView.setModel(self.model)
        column_fit.keep_fitted(self.ui.tableView)  # the one rule of every list's columns
        today = context.today()
        for year in promotion_plan.plan_years(context.db, context.actor, today):
            self.ui.yearCombo.addItem(str(year), year)
        self.ui.yearCombo.setCurrentIndex(self.ui.yearCombo.findData(today.year))
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.addButton.clicked.connect(lambda: self.open_editor(None))
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.tableView.doubleClicked.connect(lambda _i: self.edit_selected())
        self.ui.printButton.clicked.connect(lambda: self.choose_pdf(with_actual=False))
        self.ui.printActualButton.clicked.connect(lambda: self.choose_pdf(with_actual=True))
        self.ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def year(self) -> int:
        value = self.ui.yearCombo.currentData()
        return int(value) if value is not None else self.context.today().year

    def reload(self) -> None:
        plan = promotion_plan.year_plan(self.context.db, self.context.actor, self.year())
        self.plan = plan
        lines: list[PlanLine] = []
        for quarter in plan.quarters:
            for item in quarter.items:
                lines.append(
                    PlanLine(
                        quarter.quarter,
                        item.kind,
                        item.title,
                        item.note,
                        self._actual(item),
                        item.done,
                        item,
                    )
                )
            for activity in quarter.unplanned:
                lines.append(
                    PlanLine(
                        quarter.quarter,
                        activity.kind,
                        self.tr("(not in the plan)"),
                        "",
                        f"{activity.starts_at:%m-%d} {activity.title}",
                        True,
                        None,
                    )
                )
        self.model.set_rows(lines)
        column_fit.fit_columns(self.ui.tableView)
        quarters = []
        for quarter in plan.quarters:
            ok = quarter.hospital_visits >= HOSPITAL_VISITS_PER_QUARTER
            quarters.append(
                self.tr("Q%1: %2 of %3 done, hospital visits %4%5")
                .replace("%1", str(quarter.quarter))
                .replace("%2", str(quarter.done))
                .replace("%3", str(len(quarter.items)))
                .replace("%4", str(quarter.hospital_visits))
                .replace("%5", " ✓" if ok else " ✗")
            )
        self.ui.summaryLabel.setText(
            "\n".join(quarters)
            + "\n"
            + self.tr("Health lectures held: %1 (at least %2 a year).")
            .replace("%1", str(plan.lectures_held))
            .replace("%2", str(LECTURES_PER_YEAR))
        )

    def _actual(self, item: PlanItemRow) -> str:
        if not item.activities:
            return self.tr("not done yet")
        return joined(f"{word(a.status)} {a.starts_at:%m-%d} {a.title}" for a in item.activities)

    def selected_item(self) -> PlanItemRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_at(index.row()).item if index.isValid() else None

    def open_editor(self, item: PlanItemRow | None) -> PlanItemDialog:
        editor = PlanItemDialog(self.context, self.year(), item, parent=self)
        editor.accepted.connect(self.reload)
        self.editor = editor
        editor.open()
        return editor

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_editor(item)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan item"),
            self.tr("Delete “%1” from the plan? Activities recorded under it are kept.").replace(
                "%1", item.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            promotion_plan.delete_plan_item(self.context.db, self.context.actor, item.id)
            self.reload()

    def choose_pdf(self, with_actual: bool) -> None:
        year = self.year()
        name = (
            self.tr("Health promotion plan %1 with actual.pdf")
            if with_actual
            else self.tr("Health promotion plan %1.pdf")
        ).replace("%1", str(year))
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the plan"),
            name,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.save_pdf(path, with_actual)

    def save_pdf(self, path: Path, with_actual: bool) -> None:
        context, year = self.context, self.year()
        request = ReportRequest(
            path, period=Period.of_year(year), as_of=context.today(),
            options={"with_actual": with_actual}, language=catalogue_language(),
        )  # fmt: skip
        write_in_background(
            self,
            self.tr("Writing the plan…"),
            lambda: write_report(ReportKey.PLAN, context.db, context.actor, request),
            lambda saved: self.ui.messageLabel.setText(
                self.tr("Saved: %1").replace("%1", str(saved))
            ),
            lambda error: self.ui.messageLabel.setText(output_error(error)),
        )
