"""职工与健康档案: the roster and the health-file lists behind the founding rules.

Views: the roster (search as you type by employee no., name or pinyin; active / departed),
incomplete health files with what is missing, people without health data in the last 12
months, people at risk with the reasons, follow-ups due. The roster pages through the database
(lazy model); the health lists come from one overview computed in a worker and are filtered
in memory while typing.
"""

from __future__ import annotations

import html
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import Sex
from app.domain.health_risk import RiskLevel
from app.domain.permissions import Action
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey
from app.services import health_files, roster
from app.services.health_files import HealthOverview, PersonHealthRow
from app.services.roster import StaffRow, matches_search
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_staff_tools import Ui_StaffTools
from app.ui.i18n import QT_TRANSLATE_NOOP, field_names, joined, risk_reason, word
from app.ui.models.lazy_table_model import PAGE, LazyRowTableModel
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage
from app.ui.tasks import Progress, run_with_progress


class View(StrEnum):
    ROSTER = "roster"
    INCOMPLETE = "incomplete"
    NO_RECENT_DATA = "no_recent_data"
    AT_RISK = "at_risk"
    FOLLOW_UPS_DUE = "follow_ups_due"


VIEW_NAMES = {
    View.ROSTER: QT_TRANSLATE_NOOP("StaffPage", "Roster"),
    View.INCOMPLETE: QT_TRANSLATE_NOOP("StaffPage", "Incomplete health files"),
    View.NO_RECENT_DATA: QT_TRANSLATE_NOOP("StaffPage", "No health data in 12 months"),
    View.AT_RISK: QT_TRANSLATE_NOOP("StaffPage", "At risk (attention / high)"),
    View.FOLLOW_UPS_DUE: QT_TRANSLATE_NOOP("StaffPage", "Follow-ups due"),
}

STATUS_NAMES = (
    ("active", QT_TRANSLATE_NOOP("StaffPage", "On the roster")),
    ("departed", QT_TRANSLATE_NOOP("StaffPage", "Departed")),
    ("all", QT_TRANSLATE_NOOP("StaffPage", "Everyone")),
)

COLUMNS: list[Column[StaffRow]] = [
    Column(QT_TRANSLATE_NOOP("StaffPage", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Sex"), lambda r: word(Sex(r.sex)) if r.sex else ""),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Birth date"), lambda r: r.birth_date),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Job"), lambda r: r.job_title),
    Column(QT_TRANSLATE_NOOP("StaffPage", "ID number"), lambda r: r.id_number_masked),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Mobile"), lambda r: r.phone_masked),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Hired on"), lambda r: r.hire_date),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Left on"), lambda r: r.departure_date),
]


def _person_columns() -> list[Column[PersonHealthRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("StaffPage", "Employee no."), lambda r: r.employee_no),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Department"), lambda r: r.department),
    ]


def _no_file(row: PersonHealthRow) -> str:
    if row.has_file:
        return ""
    return QCoreApplication.translate("StaffPage", "no file yet")


def _latest(row: PersonHealthRow) -> str:
    if row.last_health_data is None:
        return QCoreApplication.translate("StaffPage", "never")
    return row.last_health_data.isoformat()


def _reasons(row: PersonHealthRow) -> str:
    return joined(risk_reason(r) for r in row.risk.reasons)


def _risk_column() -> Column[PersonHealthRow]:
    return Column(
        QT_TRANSLATE_NOOP("StaffPage", "Risk"),
        lambda r: word(r.risk.level),
        alert=lambda r: r.risk.level is RiskLevel.HIGH,
    )


HEALTH_COLUMNS: dict[View, list[Column[PersonHealthRow]]] = {
    View.INCOMPLETE: [
        *_person_columns(),
        Column(QT_TRANSLATE_NOOP("StaffPage", "File"), _no_file, alert=lambda r: not r.has_file),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Missing"), lambda r: field_names(r.missing)),
    ],
    View.NO_RECENT_DATA: [
        *_person_columns(),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Latest health data"), _latest),
    ],
    View.AT_RISK: [
        *_person_columns(),
        _risk_column(),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Reasons"), _reasons),
    ],
    View.FOLLOW_UPS_DUE: [
        *_person_columns(),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Follow-up due on"), lambda r: r.follow_up_due),
        _risk_column(),
        Column(QT_TRANSLATE_NOOP("StaffPage", "Reasons"), _reasons),
    ],
}

RISK_ORDER = {RiskLevel.HIGH: 0, RiskLevel.ATTENTION: 1, RiskLevel.NORMAL: 2}


def in_view(view: View, row: PersonHealthRow) -> bool:
    if view is View.INCOMPLETE:
        return not row.complete
    if view is View.NO_RECENT_DATA:
        return not row.current
    if view is View.AT_RISK:
        return row.risk.level is not RiskLevel.NORMAL
    return row.follow_up_due is not None


class StaffPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tools = Ui_StaffTools()
        self.tools_host = QWidget(self)
        self.tools.setupUi(self.tools_host)
        self.ui.pageLayout.insertWidget(2, self.tools_host)
        self.model: LazyRowTableModel[StaffRow] = LazyRowTableModel(COLUMNS, "StaffPage")
        self.health_models: dict[View, RowTableModel[PersonHealthRow]] = {
            view: RowTableModel(columns, "StaffPage") for view, columns in HEALTH_COLUMNS.items()
        }
        self.overview: HealthOverview | None = None
        self._loading = False
        self._fitted: set[View] = set()
        self.ui.tableView.setModel(self.model)
        for view in View:
            self.tools.viewCombo.addItem("", view.value)
        for code, _name in STATUS_NAMES:
            self.tools.statusCombo.addItem("", code)
        self.tools.viewCombo.currentIndexChanged.connect(self._view_changed)
        self.tools.statusCombo.currentIndexChanged.connect(lambda _index: self.reload())
        self.tools.addButton.clicked.connect(self.add_person)
        self.tools.editButton.clicked.connect(self.edit_person)
        self.tools.departureButton.clicked.connect(self.record_departure)
        self.tools.healthFileButton.clicked.connect(self.open_health_file)
        self.tools.importButton.clicked.connect(self.import_roster)
        self.tools.checkupImportButton.clicked.connect(self.import_checkups)
        self.tools.departmentOrderButton.clicked.connect(self.edit_department_order)
        self.ui.tableView.doubleClicked.connect(self._double_clicked)
        self._apply_role()

    # --- state -----------------------------------------------------------------------

    def _apply_role(self) -> None:
        editor = self.context.actor.can(Action.EDIT_ROSTER)
        for button in (
            self.tools.addButton,
            self.tools.editButton,
            self.tools.departureButton,
            self.tools.healthFileButton,
            self.tools.importButton,
            self.tools.checkupImportButton,
            self.tools.departmentOrderButton,
        ):
            button.setVisible(editor)
        self.tools.viewCombo.setVisible(editor)
        self.tools.viewLabel.setVisible(editor)

    def current_view(self) -> View:
        return View(self.tools.viewCombo.currentData() or View.ROSTER.value)

    def set_view(self, view: View) -> None:
        self.tools.viewCombo.setCurrentIndex(self.tools.viewCombo.findData(view.value))

    def selected_id(self) -> int | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def page_title(self) -> str:
        return self.tr("Staff & health files")

    def retranslate(self) -> None:
        super().retranslate()
        self.set_search_hint(self.tr("Search by employee no., name or pinyin (zs, zhangsan)"))
        self.tools.retranslateUi(self.tools_host)
        for index, view in enumerate(View):
            self.tools.viewCombo.setItemText(index, self.tr(VIEW_NAMES[view]))
        for index, (_code, name) in enumerate(STATUS_NAMES):
            self.tools.statusCombo.setItemText(index, self.tr(name))
        self.fill_department_filter()
        self.model.retranslate()
        for model in self.health_models.values():
            model.retranslate()
        self.show_summary()

    # --- loading ---------------------------------------------------------------------

    def _view_changed(self, _index: int) -> None:
        self.overview = None  # a health list is computed afresh when it is chosen
        self.reload()

    def refresh(self) -> None:
        """Reload after a change made on this page."""
        self.overview = None
        self.reload()

    def reload(self) -> None:
        view = self.current_view()
        self.tools.statusCombo.setVisible(view is View.ROSTER)
        if view is View.ROSTER:
            self._load_roster()
        elif self.overview is None:
            self._load_overview()
        else:
            self._show_health(view)

    def _load_roster(self) -> None:
        status = self.tools.statusCombo.currentData() or "active"
        filters: dict[str, Any] = {
            "search": self.ui.searchEdit.text(),
            "department_id": self.ui.filterCombo.currentData(),
            "include_departed": status == "all",
            "departed_only": status == "departed",
            "on": self.context.today(),
        }
        db, actor = self.context.db, self.context.actor
        if self.ui.tableView.model() is not self.model:
            self.ui.tableView.setModel(self.model)
        first = roster.list_staff(db, actor, limit=PAGE, **filters)
        # A narrow search (most keystrokes) fits in one page: no need to count separately.
        total = len(first) if len(first) < PAGE else roster.count_staff(db, actor, **filters)

        def fetch(offset: int, limit: int) -> list[StaffRow]:
            if offset == 0 and limit == PAGE:
                return first
            return roster.list_staff(db, actor, limit=limit, offset=offset, **filters)

        self.model.reset_source(total, fetch)
        self.show_count(total)
        self._fit_once(View.ROSTER)
        self.show_summary()

    def _load_overview(self) -> None:
        if self._loading:
            return
        self._loading = True
        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def job(progress: Progress) -> HealthOverview:
            progress(0, "")
            return health_files.health_overview(db, actor, today)

        def done(result: object) -> None:
            self._loading = False
            assert isinstance(result, HealthOverview)
            self.overview = result
            self.reload()

        def failed(error: BaseException) -> None:
            self._loading = False
            show_unexpected(error)

        run_with_progress(self, self.tr("Reading the health files"), job, done, failed)

    def _show_health(self, view: View) -> None:
        assert self.overview is not None
        search = self.ui.searchEdit.text()
        department = self.ui.filterCombo.currentData()
        rows = [
            r
            for r in self.overview.rows
            if in_view(view, r)
            and (department is None or r.department_id == department)
            and matches_search(search, r.employee_no, r.name, r.name_pinyin, r.name_initials)
        ]
        if view is View.AT_RISK:
            rows.sort(key=lambda r: (RISK_ORDER[r.risk.level], r.employee_no))
        elif view is View.FOLLOW_UPS_DUE:
            rows.sort(key=lambda r: (r.follow_up_due, r.employee_no))
        model = self.health_models[view]
        model.set_rows(rows)
        if self.ui.tableView.model() is not model:
            self.ui.tableView.setModel(model)
        self.show_count(len(rows))
        self._fit_once(view)
        self.show_summary()

    def _fit_once(self, view: View) -> None:
        # Fitting every keystroke would cost more than the search itself.
        if view not in self._fitted:
            self._fitted.add(view)
            self.fit_columns()

    def show_summary(self) -> None:
        if self.current_view() is View.ROSTER or self.overview is None:
            self.tools.summaryLabel.setText(
                html.escape(
                    self.tr(
                        "Double-click a person to open the health file. Masked: ID number and "
                        "mobile show their last 4 characters."
                    )
                )
                if self.context.actor.can(Action.READ_HEALTH_DATA)
                else ""
            )
            return
        overview = self.overview
        target = DEFAULT_TARGETS[IndicatorKey.HEALTH_FILE_COMPLETENESS].value
        parts = []
        complete = overview.completeness
        if complete.value is None:
            parts.append(self.tr("Nobody is on the roster."))
        else:
            met = complete.meets(target)
            text = self.tr("Complete files: %1 of %2 (%3 %), target %4 %").replace(
                "%1", str(complete.numerator)
            )
            text = (
                text.replace("%2", str(complete.denominator))
                .replace("%3", f"{complete.value * 100:.1f}")
                .replace("%4", f"{target * 100:g}")
            )
            colour = "#2e7d32" if met else "#c62828"
            verdict = (
                self.tr("met")
                if met
                else self.tr("%1 more needed").replace("%1", str(complete.still_needed(target)))
            )
            parts.append(
                f'<span style="color:{colour}"><b>{html.escape(text)}</b>: '
                f"{html.escape(verdict)}</span>"
            )
            current = overview.current_data
            missing = current.denominator - current.numerator
            parts.append(
                html.escape(self.tr("No health data in 12 months: %1").replace("%1", str(missing)))
            )
        parts.append(
            html.escape(
                self.tr("High risk: %1, attention: %2")
                .replace("%1", str(overview.count_risk(RiskLevel.HIGH)))
                .replace("%2", str(overview.count_risk(RiskLevel.ATTENTION)))
            )
        )
        parts.append(
            html.escape(self.tr("Follow-ups due: %1").replace("%1", str(overview.follow_ups_due)))
        )
        self.tools.summaryLabel.setText(" · ".join(parts))

    # --- actions ---------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.context.actor.can(Action.READ_HEALTH_DATA):
            self.open_health_file()

    def add_person(self) -> None:
        from app.ui.dialogs.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.fill_department_filter()
            self.refresh()

    def edit_person(self) -> None:
        from app.ui.dialogs.staff.person_dialog import PersonDialog

        staff_id = self.selected_id()
        if staff_id is None:
            return
        dialog = PersonDialog(self.context, staff_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.fill_department_filter()
            self.refresh()

    def record_departure(self) -> None:
        from app.ui.dialogs.staff.departure_dialog import DepartureDialog

        staff_id = self.selected_id()
        if staff_id is None:
            return
        dialog = DepartureDialog(self.context, staff_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def open_health_file(self) -> None:
        from app.ui.dialogs.staff.health_file_dialog import HealthFileDialog

        staff_id = self.selected_id()
        if staff_id is None:
            return
        dialog = HealthFileDialog(self.context, staff_id, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def edit_department_order(self) -> None:
        from app.ui.dialogs.staff.department_order_dialog import DepartmentOrderDialog

        dialog = DepartmentOrderDialog(self.context, self)
        if dialog.exec() and dialog.saved:
            self.fill_department_filter()
            self.refresh()

    def import_roster(self) -> None:
        from app.ui.dialogs.staff.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.context, self)
        dialog.exec()
        if dialog.imported:
            self.fill_department_filter()
            self.refresh()

    def import_checkups(self) -> None:
        from app.ui.dialogs.staff.checkup_import_dialog import CheckupImportDialog

        dialog = CheckupImportDialog(self.context, self)
        dialog.exec()
        if dialog.imported:
            self.refresh()
