"""Open every page and every dialog of the program on one screen size and report their geometry.

Run in a child process (the screen of a Qt application is fixed when it starts):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.5] \\
        python -m tests.gui.window_tour --db DEMO.db --workspace W.db --lang zh_CN --out R.json \\
        [--shots DIR]

The screen in SCREEN.json is the screen's *available* area (its size less the task bar), so
Qt's own placement and size limits see what a real desktop offers. The report lists, for each
window: its size, the screen's, the smallest size its layout allows, and every button box
(visible? inside the window? inside a scroll area?); the test (test_window_geometry.py) judges.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from PySide6.QtCore import QRect, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import app.ui.dialogs as dialogs_package
from app.catalogue.codes import ActivityKind, DeviceEventKind, InspectionBody, StockMovementKind
from app.db.county_models import open_workspace
from app.db.migrate import Database, open_database
from app.domain.indicators import IndicatorResult
from app.domain.periods import Period
from app.domain.readings import Thresholds
from app.exchange import review_import
from app.exchange.county_import import import_package
from app.exchange.county_return import write_return_file
from app.exchange.export_package import export_package
from app.exchange.review_import import ReviewOutcome
from app.reports.wall_schedule import write_wall_schedule
from app.services import (
    activities,
    backups,
    county,
    county_accounts,
    follow_ups,
    inspections,
    open_hours,
    reading_thresholds,
    usage_log,
)
from app.services.backups import BackupPreview
from app.services.consumable_items import ConsumableRow, list_items
from app.services.equipment_register import DeviceRow, list_devices
from app.services.indicators import compute_indicators
from app.services.inspections import InspectionInput, InspectionRow, ItemInput
from app.services.open_hours import VersionRow
from app.services.roster import list_staff
from app.services.usage_log import VisitRow
from app.ui.app import build_window
from app.ui.context import AppContext
from app.ui.county_open import open_workspace_window
from app.ui.county_window import CountyWindow
from app.ui.dialogs.accounts.change_password_dialog import ChangePasswordDialog
from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.dialogs.accounts.recovery_dialog import RecoveryDialog
from app.ui.dialogs.accounts.recovery_key_dialog import RecoveryKeyDialog
from app.ui.dialogs.accounts.user_edit_dialog import UserEditDialog
from app.ui.dialogs.accounts.users_dialog import UsersDialog
from app.ui.dialogs.activities.activity_dialog import ActivityDialog
from app.ui.dialogs.activities.notice_dialog import NoticeDialog
from app.ui.dialogs.activities.notices_dialog import NoticesDialog
from app.ui.dialogs.activities.outreach_dialog import OutreachDialog
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.dialogs.activities.plan_item_dialog import PlanItemDialog
from app.ui.dialogs.activities.sign_in_dialog import SignInDialog
from app.ui.dialogs.activities.sign_in_import_dialog import SignInImportDialog
from app.ui.dialogs.common.about_dialog import AboutDialog
from app.ui.dialogs.common.guide_dialog import GuideDialog
from app.ui.dialogs.common.pdf_preview_dialog import PdfPreviewDialog
from app.ui.dialogs.county.county_accounts_dialog import (
    CountyAccountEditDialog,
    CountyAccountsDialog,
    CountyPasswordDialog,
)
from app.ui.dialogs.county.county_inspection_dialog import CountyInspectionDialog
from app.ui.dialogs.equipment.asset_labels_dialog import AssetLabelsDialog
from app.ui.dialogs.equipment.consumable_dialog import ConsumableDialog
from app.ui.dialogs.equipment.day_log_dialog import DayLogDialog
from app.ui.dialogs.equipment.device_dialog import DeviceDialog
from app.ui.dialogs.equipment.device_event_dialog import DeviceEventDialog
from app.ui.dialogs.equipment.per_reading_dialog import PerReadingDialog
from app.ui.dialogs.equipment.replacement_dialog import ReplacementDialog
from app.ui.dialogs.equipment.stock_movement_dialog import StockMovementDialog
from app.ui.dialogs.exchange.export_dialog import ExportDialog
from app.ui.dialogs.exchange.restore_dialog import RestoreDialog
from app.ui.dialogs.exchange.review_result_dialog import ReviewResultDialog
from app.ui.dialogs.inspections.close_item_dialog import CloseItemDialog
from app.ui.dialogs.inspections.inspection_dialog import InspectionDialog
from app.ui.dialogs.open_hours.close_dates_dialog import CloseDatesDialog
from app.ui.dialogs.open_hours.schedule_version_dialog import ScheduleVersionDialog
from app.ui.dialogs.open_hours.slots_dialog import SlotsDialog
from app.ui.dialogs.overview.indicator_detail_dialog import IndicatorDetailDialog
from app.ui.dialogs.overview.targets_dialog import TargetsDialog
from app.ui.dialogs.setup.first_run_dialog import FirstRunDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.dialogs.staff.checkup_import_dialog import CheckupImportDialog
from app.ui.dialogs.staff.department_order_dialog import DepartmentOrderDialog
from app.ui.dialogs.staff.departure_dialog import DepartureDialog
from app.ui.dialogs.staff.health_file_dialog import HealthFileDialog
from app.ui.dialogs.staff.person_dialog import PersonDialog
from app.ui.dialogs.staff.roster_import_dialog import RosterImportDialog
from app.ui.dialogs.usage.follow_up_dialog import FollowUpDialog
from app.ui.dialogs.usage.person_history_dialog import PersonHistoryDialog
from app.ui.dialogs.usage.register_print_dialog import RegisterPrintDialog
from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog
from app.ui.dialogs.usage.visit_delete_dialog import VisitDeleteDialog
from app.ui.dialogs.usage.visit_edit_dialog import VisitEditDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.overview_page import OverviewPage
from app.ui.splash import create_application
from tests.gui.test_county_window import signed_in
from tests.support import ADMIN, CHAIR, COUNTY_PASSWORD, DEMO_TODAY, TECH

T = TypeVar("T")
REVIEW_COMMENT = "讲座签到表请附照片；十月的消毒记录缺三天，请补登后在下一季度的数据包中一并报送。"


@dataclass
class Measured:
    name: str
    kind: str  # "dialog", "window", "page"
    size: tuple[int, int]
    position: tuple[int, int]
    screen: tuple[int, int, int, int]  # the available area
    least: tuple[int, int]  # the smallest size its layout allows
    button_boxes: list[dict[str, object]] = field(default_factory=list)
    status_bar: dict[str, object] | None = None
    tabs_cut: list[str] = field(default_factory=list)  # tabs that do not fit their bar
    text_cut: list[str] = field(default_factory=list)  # text boxes shorter than their text
    screenshot: str = ""


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog defined in app/ui/dialogs/<feature>/: a new dialog is toured too. A base
    that other dialogs there derive from (the record dialog's shape) is toured through them."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(dialogs_package.__path__, "app.ui.dialogs."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    bases = {base for cls in found.values() for base in cls.__mro__[1:]}
    return {name: cls for name, cls in found.items() if cls not in bases}


def rect(r: QRect) -> tuple[int, int, int, int]:
    return (r.x(), r.y(), r.width(), r.height())


def in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def text_cut(widget: QWidget) -> list[str]:
    """The text boxes drawn shorter than their text needs with no scroll bar to reach the rest:
    a label (its height for its width, when it wraps) or a text box whose scroll bar is off."""
    found = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text() or in_scroll_area(label, widget):
            continue
        wraps = label.wordWrap()
        need = label.heightForWidth(label.width()) if wraps else label.sizeHint().height()
        if need > label.height():
            found.append(f"{label.objectName() or label.text()[:20]}: {label.height()}/{need} px")
    for box in widget.findChildren(QTextEdit):
        off = box.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        need = round(box.document().size().height())
        if box.isVisible() and off and need > box.viewport().height():
            found.append(f"{box.objectName()}: {box.viewport().height()}/{need} px")
    return found


def settle() -> None:
    """Let background loads (a page's figures) finish and their results show."""
    for _round in range(3):
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()


def measure(
    widget: QWidget, name: str, kind: str, shots: Path | None, shot_name: str = ""
) -> Measured:
    settle()
    screen = widget.screen().availableGeometry()
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    measured = Measured(
        name,
        kind,
        (widget.width(), widget.height()),
        (widget.x(), widget.y()),
        rect(screen),
        (least.width(), least.height()),
    )
    window_rect = widget.rect()
    for box in widget.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(widget) or not box.buttons():
            continue
        corner = box.mapTo(widget, box.rect().topLeft())
        shown = QRect(corner, box.size())
        measured.button_boxes.append(
            {
                "name": box.objectName(),
                "visible": box.isVisible(),
                "inside": window_rect.contains(shown),
                "in_scroll_area": in_scroll_area(box, widget),
                "buttons": [b.text() for b in box.buttons() if isinstance(b, QAbstractButton)],
            }
        )
    if isinstance(widget, QMainWindow) and widget.statusBar() is not None:
        bar = widget.statusBar()
        corner = bar.mapTo(widget, bar.rect().topLeft())
        measured.status_bar = {
            "visible": bar.isVisible(),
            "inside": window_rect.contains(QRect(corner, bar.size())),
        }
    for tabs in widget.findChildren(QTabWidget):
        # All the tabs side by side wider than the tab widget: some hide behind the arrows.
        if tabs.isVisible() and tabs.tabBar().sizeHint().width() > tabs.width():
            measured.tabs_cut.append(tabs.objectName())
    for views in widget.findChildren(QTabBar):  # a page's views as tabs, not a tab widget's
        inside = isinstance(views.parent(), QTabWidget)
        if views.isVisible() and not inside and views.sizeHint().width() > views.width():
            measured.tabs_cut.append(views.objectName())
    measured.text_cut = text_cut(widget)
    if shots is not None:
        path = shots / f"{kind}_{shot_name or name}.png"
        widget.grab().save(str(path))
        measured.screenshot = str(path)
    return measured


def first_row(rows: Sequence[T], what: str) -> T:
    if not rows:
        raise LookupError(f"the demo register has no {what}")
    return rows[0]


Builders = dict[str, Callable[[], QDialog]]


def site_builders(window: MainWindow, scratch: Path) -> Builders:
    """How to open each dialog of the site's program, with real data of the demo register."""
    ctx: AppContext = window.context
    db, actor, today = ctx.db, ctx.actor, ctx.today()
    chair = AppContext(db=db, actor=CHAIR, today=ctx.today)  # who manages the accounts

    def device() -> DeviceRow:
        return first_row(list_devices(db, actor, today), "device")

    def consumable() -> ConsumableRow:
        return first_row(list_items(db, actor, today), "consumable")

    def staff_id() -> int:
        return first_row(list_staff(db, actor), "person").id

    def visit() -> VisitRow:
        return first_row(usage_log.fetch_visits(db, actor, usage_log.VisitFilter(), 0, 1), "visit")

    def lecture_id() -> int:
        rows = activities.list_activities(db, actor, kind=ActivityKind.LECTURE)
        return first_row(rows, "lecture").id

    def sign_in_sheet() -> Path:
        path = scratch / "sign-in.xlsx"
        book = Workbook()
        book.active.append(["工号", "姓名"])
        book.save(path)
        return path

    def inspection() -> InspectionRow:
        """One with rectification items (recorded when the register has none)."""
        with_items = [i for i in inspections.list_inspections(db, actor) if i.items]
        if not with_items:
            data = InspectionInput(
                today, InspectionBody.COUNTY_UNION, "张督查", "登记表缺签名",
                items=(ItemInput("补签登记表", "健康管理员", today),),
            )  # fmt: skip
            with_items = [inspections.record_inspection(db, actor, data, today)]
        return with_items[0]

    def backup_preview() -> BackupPreview:
        made = backups.backup_to(db, actor, scratch)
        return backups.preview(db, made)

    def drill() -> IndicatorResult:
        found = compute_indicators(db, actor, Period.parse("2026Q3"), as_of=today)
        return next(r for r in found.results if r.drill.rows)

    def review_outcome() -> ReviewOutcome:
        """A real review result: the county's next return file for the demo site."""
        result = review_import.read_review_file(county_return_file(db, scratch))
        return review_import.check_review(db, actor, result, today=today)

    def overview_detail() -> QDialog:
        page = window.pages["overview"]
        assert isinstance(page, OverviewPage)
        return page.open_detail(drill())

    def version() -> VersionRow:
        return first_row(open_hours.list_versions(db, actor), "weekly schedule")

    def thresholds() -> Thresholds:
        return reading_thresholds.get_thresholds(db, actor)

    def follow_up_dialog() -> QDialog:
        due = follow_ups.follow_ups_due(db, actor, today)
        if due:
            return FollowUpDialog(ctx, due[0].staff_id, due[0], "", w)
        return FollowUpDialog(ctx, staff_id(), None, "", w)

    w = window
    return {
        name(ChangePasswordDialog): lambda: ChangePasswordDialog(ctx, w),
        name(CreateChairDialog): lambda: CreateChairDialog(lambda *_a: None, w),
        name(LoginDialog): lambda: LoginDialog(lambda *_a: None, w, recover=lambda _w: None),
        name(RecoveryDialog): lambda: RecoveryDialog(lambda *_a: None, w),
        name(RecoveryKeyDialog): lambda: RecoveryKeyDialog(
            "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", str(db.path), w
        ),
        name(UserEditDialog): lambda: UserEditDialog(chair, None, w),
        name(UsersDialog): lambda: UsersDialog(chair, w),
        name(ActivityDialog): lambda: ActivityDialog(
            ctx, activities.get_activity(db, actor, lecture_id()), w
        ),
        name(NoticeDialog): lambda: NoticeDialog(ctx, None, w),
        name(NoticesDialog): lambda: NoticesDialog(ctx, w),
        name(OutreachDialog): lambda: OutreachDialog(ctx, w),
        name(PlanDialog): lambda: PlanDialog(ctx, w),
        name(PlanItemDialog): lambda: PlanItemDialog(ctx, today.year, None, parent=w),
        name(SignInDialog): lambda: SignInDialog(ctx, lecture_id(), w),
        name(SignInImportDialog): lambda: SignInImportDialog(ctx, lecture_id(), sign_in_sheet(), w),
        name(AboutDialog): lambda: AboutDialog(Path(db.path), w),
        name(GuideDialog): lambda: GuideDialog(w),
        name(PdfPreviewDialog): lambda: PdfPreviewDialog(sample_pdf(db, scratch), w),
        name(AssetLabelsDialog): lambda: AssetLabelsDialog([device().id], 3, w),
        name(ConsumableDialog): lambda: ConsumableDialog(ctx, w, consumable()),
        name(DayLogDialog): lambda: DayLogDialog(ctx, today, w),
        name(DeviceDialog): lambda: DeviceDialog(ctx, w, device()),
        name(DeviceEventDialog): lambda: DeviceEventDialog(
            ctx, device(), DeviceEventKind.DAMAGED, w
        ),
        name(PerReadingDialog): lambda: PerReadingDialog(ctx, w),
        name(ReplacementDialog): lambda: ReplacementDialog(ctx, device(), w),
        name(StockMovementDialog): lambda: StockMovementDialog(
            ctx, consumable(), StockMovementKind.RECEIVED, w
        ),
        name(ExportDialog): lambda: ExportDialog(ctx, w, drives=[]),
        name(RestoreDialog): lambda: RestoreDialog(backup_preview(), w),
        name(ReviewResultDialog): lambda: ReviewResultDialog(review_outcome(), w),
        name(CloseItemDialog): lambda: CloseItemDialog(ctx, inspection().items[0], w),
        name(InspectionDialog): lambda: InspectionDialog(ctx, inspection(), w),
        name(CloseDatesDialog): lambda: CloseDatesDialog(
            ctx, open_hours.load_calendar(db, actor), w
        ),
        name(ScheduleVersionDialog): lambda: ScheduleVersionDialog(ctx, version(), w),
        name(SlotsDialog): lambda: SlotsDialog(ctx, version().days[0].slots, w, version()),
        name(IndicatorDetailDialog): overview_detail,
        name(TargetsDialog): lambda: TargetsDialog(ctx, w),
        name(FirstRunDialog): lambda: FirstRunDialog(w),
        name(SiteSetupDialog): lambda: SiteSetupDialog(ctx, w),
        name(CheckupImportDialog): lambda: CheckupImportDialog(ctx, w),
        name(DepartmentOrderDialog): lambda: DepartmentOrderDialog(ctx, w),
        name(DepartureDialog): lambda: DepartureDialog(ctx, staff_id(), w),
        name(HealthFileDialog): lambda: HealthFileDialog(ctx, staff_id(), w),
        name(PersonDialog): lambda: PersonDialog(ctx, staff_id(), w),
        name(RosterImportDialog): lambda: RosterImportDialog(ctx, w),
        name(FollowUpDialog): follow_up_dialog,
        name(PersonHistoryDialog): lambda: PersonHistoryDialog(ctx, staff_id(), w),
        name(RegisterPrintDialog): lambda: RegisterPrintDialog(ctx, None, None, w),
        name(ThresholdsDialog): lambda: ThresholdsDialog(ctx, w),
        name(VisitDeleteDialog): lambda: VisitDeleteDialog(ctx, visit(), w),
        name(VisitEditDialog): lambda: VisitEditDialog(ctx, visit().id, thresholds(), w),
    }


def county_builders(window: CountyWindow) -> Builders:
    workspace, reviewer = window.workspace, window.reviewer
    admin = county_accounts.sign_in(workspace, "wang", COUNTY_PASSWORD)  # manages the accounts
    return {
        name(CountyAccountEditDialog): lambda: CountyAccountEditDialog(
            workspace, admin, parent=window
        ),
        name(CountyAccountsDialog): lambda: CountyAccountsDialog(workspace, admin, window),
        name(CountyPasswordDialog): lambda: CountyPasswordDialog(workspace, reviewer, window),
        name(CountyInspectionDialog): lambda: CountyInspectionDialog(
            workspace, reviewer, "CZ-YH-001", "沧州市第一机械厂", DEMO_TODAY, parent=window
        ),
    }


def county_return_file(db: Database, scratch: Path) -> Path:
    """The county's return file for the demo site (a new one each call): the demo's package
    read by a county workspace, which comments on it."""
    workspace_path = scratch / "review-county.db"
    first = not workspace_path.exists()
    county_db = open_workspace(workspace_path)
    try:
        if first:
            county_accounts.create_first_admin(county_db, "wang", COUNTY_PASSWORD, "王管理")
        admin = county_accounts.sign_in(county_db, "wang", COUNTY_PASSWORD)
        if first:
            sent = export_package(db, TECH, Period.parse("2026Q3"), scratch, as_of=DEMO_TODAY)
            code = import_package(county_db, sent.path, accept_new_key=True).site_code
            county.set_comment(county_db, admin, code, "2026Q3", REVIEW_COMMENT)
        (code,) = [site.code for site in county.site_list(county_db)]
        return write_return_file(county_db, admin, code, scratch).path
    finally:
        county_db.close()


def apply_county_review(db: Database, scratch: Path) -> None:
    """The county's review result applied, so the Exchange page shows what the county said."""
    result = review_import.read_review_file(county_return_file(db, scratch))
    review_import.apply_review(db, ADMIN, result, True, DEMO_TODAY)


def name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def sample_pdf(db: Database, folder: Path) -> Path:
    """A real printout to preview: the wall schedule."""
    return write_wall_schedule(db, ADMIN, folder / "wall-schedule.pdf", DEMO_TODAY)


def tour_dialogs(builders: Builders, only: str, shots: Path | None) -> list[Measured]:
    measured = []
    for qualified, build in builders.items():
        if only and only not in qualified:
            continue
        dialog = build()
        dialog.show()
        QApplication.processEvents()
        short = qualified.rpartition(".")[2]
        measured.append(measure(dialog, qualified, "dialog", shots, short))
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    return measured


def tour_views(window: MainWindow, key: str, shots: Path | None) -> list[Measured]:
    """A page whose views are tabs (the equipment page's day log): each view after the first."""
    tabs = window.pages[key].findChild(QTabBar, "viewTabs")
    if tabs is None:
        return []
    measured = []
    for index in range(1, tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        measured.append(measure(window, f"{key}.{tabs.tabData(index)}", "view", shots))
    tabs.setCurrentIndex(0)
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--only", default="", help="tour only the dialogs named so")
    args = parser.parse_args(argv)
    app = create_application(["tour"])
    translations = Translations(app)
    translations.apply(Language(args.lang))
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    args.scratch.mkdir(parents=True, exist_ok=True)
    db = open_database(args.db)
    apply_county_review(db, args.scratch)  # the Exchange page's 县级反馈 box filled
    window = build_window(app, db, translations, ADMIN)
    window.context = AppContext(db=db, actor=ADMIN, today=lambda: DEMO_TODAY)
    window.show()  # as the program shows it: the form's size, fitted to this screen
    QApplication.processEvents()
    report = [measure(window, "main", "window", None)]
    for key in window.page_keys:
        page = window.pages[key]
        page.context = window.context
        window.ui.navList.setCurrentRow(window.page_keys.index(key))
        QApplication.processEvents()
        report.append(measure(window, key, "page", args.shots))
        report += tour_views(window, key, args.shots)
    report += tour_dialogs(site_builders(window, args.scratch), args.only, args.shots)
    county_window = open_workspace_window(
        None, args.scratch / "county.db", lambda: DEMO_TODAY, signed_in
    )
    assert county_window is not None
    QApplication.processEvents()
    report.append(measure(county_window, "county", "window", args.shots))
    report += tour_dialogs(county_builders(county_window), args.only, args.shots)
    args.out.write_text(
        json.dumps([asdict(r) for r in report], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    county_window.close()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
