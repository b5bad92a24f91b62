"""The main window: navigation, pages, menus and status bar — composition only.

Pages are built the first time they are visited (their modules imported then), and the first
page fills its data just after the window is painted: start-up pays for one page, not nine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from app.domain.permissions import Action
from app.paths import log_dir
from app.services import site_profile
from app.services.accounts import Clock, system_now
from app.ui.account_messages import role_name
from app.ui.backup_actions import BackupActions
from app.ui.context import AppContext
from app.ui.dialogs.accounts.change_password_dialog import ChangePasswordDialog
from app.ui.dialogs.accounts.users_dialog import UsersDialog
from app.ui.dialogs.common.about_dialog import AboutDialog
from app.ui.forms.ui_main_window import Ui_MainWindow
from app.ui.guide import PAGE_SECTIONS
from app.ui.i18n import Language, Translations, saved_language
from app.ui.idle_collection import IdleCollection
from app.ui.idle_lock import IdleWatcher, SessionLock
from app.ui.pages.list_page import ListPage
from app.ui.screen_fit import fit_to_screen, room_for

if TYPE_CHECKING:
    from app.ui.dialogs.common.guide_dialog import GuideDialog

# Each page's module is imported by its maker, on the first visit: a page's imports (the staff
# page's pinyin tables, the activities page's spreadsheet reader…) cost start-up nothing.


def _overview(context: AppContext) -> ListPage:
    from app.ui.pages.overview_page import OverviewPage

    return OverviewPage(context)


def _usage(context: AppContext) -> ListPage:
    from app.ui.pages.usage_page import UsagePage

    return UsagePage(context)


def _staff(context: AppContext) -> ListPage:
    from app.ui.pages.staff_page import StaffPage

    return StaffPage(context)


def _equipment(context: AppContext) -> ListPage:
    from app.ui.pages.equipment_page import EquipmentPage

    return EquipmentPage(context)


def _open_hours(context: AppContext) -> ListPage:
    from app.ui.pages.open_hours_page import OpenHoursPage

    return OpenHoursPage(context)


def _activities(context: AppContext) -> ListPage:
    from app.ui.pages.activities_page import ActivitiesPage

    return ActivitiesPage(context)


def _reports(context: AppContext) -> ListPage:
    from app.ui.pages.reports_page import ReportsPage

    return ReportsPage(context)


def _exchange(context: AppContext) -> ListPage:
    from app.ui.pages.exchange_page import ExchangePage

    return ExchangePage(context)


def _audit(context: AppContext) -> ListPage:
    from app.ui.pages.audit_page import AuditPage

    return AuditPage(context)


PAGES: tuple[tuple[str, Callable[[AppContext], ListPage]], ...] = (
    ("overview", _overview),
    ("usage", _usage),
    ("staff", _staff),
    ("equipment", _equipment),
    ("open_hours", _open_hours),
    ("activities", _activities),
    ("reports", _reports),
    ("exchange", _exchange),
    ("audit", _audit),
)

# What a role must be allowed to do to see a page (the services refuse the rest anyway).
PAGE_ACTIONS: dict[str, Action] = {
    "overview": Action.READ_OVERVIEW,
    "usage": Action.READ_HEALTH_DATA,
    "staff": Action.READ_ROSTER,
    "equipment": Action.READ_EQUIPMENT,
    "open_hours": Action.READ_OPEN_HOURS,
    "activities": Action.READ_ACTIVITIES,
    "reports": Action.PRINT_REPORTS,
    "exchange": Action.READ_EXCHANGE_LOG,
    "audit": Action.READ_AUDIT_TRAIL,
}


class Pages(Mapping[str, ListPage]):
    """The pages this actor may see, by key; a page is built when it is first asked for.

    `built()` holds only those made so far; `values()` (of any Mapping) builds them all.
    """

    def __init__(self, keys: list[str], build: Callable[[str], ListPage]) -> None:
        self._keys = keys
        self._build = build
        self._built: dict[str, ListPage] = {}

    def __getitem__(self, key: str) -> ListPage:
        if key not in self._built:
            if key not in self._keys:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def built(self) -> dict[str, ListPage]:
        return dict(self._built)

    def forget(self, key: str) -> None:
        """Drop a built page: the next look-up builds it afresh."""
        self._built.pop(key, None)


class MainWindow(QMainWindow):
    painted = Signal()  # the window is on screen, its first page not yet filled
    first_page_filled = Signal()  # … and the first page shows its data

    def __init__(
        self,
        context: AppContext,
        translations: Translations,
        parent: QWidget | None = None,
        idle: IdleWatcher | None = None,
        now: Clock = system_now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.translations = translations
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.page_keys: list[str] = []  # the pages this actor sees, in navigation order
        for key, _make in PAGES:
            action = PAGE_ACTIONS.get(key)
            if action is not None and not context.actor.can(action):
                continue
            self.page_keys.append(key)
            self.ui.navList.addItem(QListWidgetItem())
        self.pages = Pages(self.page_keys, self._build_page)
        self._loaded: set[str] = set()
        self._first_shown = False
        self._relanguage_due = False
        self._pages_language = saved_language()  # the language the built pages speak
        self._tabs_shown: dict[str, list[int]] = {}  # of pages built again in a new language
        self.ui.navList.currentRowChanged.connect(self.show_page)
        self.site_label = QLabel()
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.ui.statusBar.addWidget(self.site_label)
        self.ui.statusBar.addPermanentWidget(self.user_label)
        self.ui.statusBar.addPermanentWidget(self.db_label)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.guide: GuideDialog | None = None  # made when first asked for
        self.ui.actionGuide.triggered.connect(lambda: self.show_guide())
        self.ui.actionShowLog.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        # Enabled by the program (app.start_window), which signs in to the other register.
        self.ui.actionOpenDatabase.setEnabled(False)
        self.ui.actionOpenCountyWorkspace.triggered.connect(self.open_county_workspace)
        self.ui.actionRoomProfile.triggered.connect(lambda: self.show_open_hours_tab("profile"))
        self.ui.actionWallSchedule.triggered.connect(lambda: self.show_open_hours_tab("wall"))
        self.ui.actionChinese.triggered.connect(lambda: self.set_language(Language.CHINESE))
        self.ui.actionEnglish.triggered.connect(lambda: self.set_language(Language.ENGLISH))
        self.ui.actionChangePassword.triggered.connect(
            lambda: ChangePasswordDialog(self.context, self).exec()
        )
        self.ui.actionUsers.triggered.connect(lambda: UsersDialog(self.context, self).exec())
        actor = context.actor
        self.ui.actionUsers.setVisible(actor.can(Action.MANAGE_USERS))
        self.ui.actionBackupToFolder.setEnabled(actor.can(Action.BACKUP))
        self.ui.actionRestore.setEnabled(actor.can(Action.RESTORE))
        self.backups = BackupActions(self, lambda: self.context, self.reload_all, now)
        self.ui.actionBackupToFolder.triggered.connect(lambda: self.backups.backup_to_folder())
        self.ui.actionRestore.triggered.connect(lambda: self.backups.restore_from())
        self.idle = idle if idle is not None else IdleWatcher(parent=self)
        # Started by the program (app.start_window): full collector passes at idle time.
        self.collection = IdleCollection(self.idle, parent=self)
        self.session_lock = SessionLock(self, lambda: self.context, self.idle, now)
        self.ui.actionLockNow.triggered.connect(self.session_lock.lock)
        self.retranslate()
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if not self.isMaximized():  # saved on a larger screen, or the form's size: fit this one
            fit_to_screen(self, self.size())
        self.ui.navList.setCurrentRow(0)

    def page_names(self) -> list[str]:
        return [
            self.tr("Overview"),
            self.tr("Usage register"),
            self.tr("Staff & health files"),
            self.tr("Equipment & consumables"),
            self.tr("Open hours"),
            self.tr("Activities & sign-in"),
            self.tr("Reports"),
            self.tr("Data exchange"),
            self.tr("Audit trail"),
        ]

    def _build_page(self, key: str) -> ListPage:
        make = dict(PAGES)[key]
        page = make(self.context)
        page.retranslate()
        page.help_requested.connect(lambda: self.show_guide(PAGE_SECTIONS[key]))
        shown = self._tabs_shown.pop(key, [])
        for tabs, index in zip(page.findChildren(QTabWidget), shown, strict=False):
            tabs.setCurrentIndex(index)
        self.ui.pageStack.addWidget(page)
        if key == "overview":
            from app.ui.pages.overview_page import OverviewPage

            assert isinstance(page, OverviewPage)
            page.urgent_requested.connect(self.show_urgent_case)
            page.step_requested.connect(self.show_start_step)
        if key == "usage":
            from app.ui.pages.usage_page import UsagePage

            assert isinstance(page, UsagePage)
            page.entry.saved.connect(self._refresh_overview)
            page.entry.urgent_closed.connect(self._refresh_overview)
        if key == "reports":
            from app.ui.pages.reports_page import ReportsPage

            assert isinstance(page, ReportsPage)
            page.page_requested.connect(self.show_page_of)
        if key == "open_hours":
            from app.ui.pages.open_hours_page import OpenHoursPage

            assert isinstance(page, OpenHoursPage)
            page.profile.profile_saved.connect(self.update_status)
        return page

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.page_keys):
            return
        current = self.ui.pageStack.currentWidget()
        leaving = isinstance(current, ListPage) and current is not self.pages[self.page_keys[row]]
        if leaving and isinstance(current, ListPage) and not current.may_leave():
            # An urgent visit waits for its action: the list points back at its page.
            nav = self.ui.navList
            nav.blockSignals(True)
            nav.setCurrentRow(self.page_keys.index(self._key_of(current)))
            nav.blockSignals(False)
            return
        key = self.page_keys[row]
        page = self.pages[key]
        self.ui.pageStack.setCurrentWidget(page)
        # Pages query their data the first time they are shown; before the window is on
        # screen that waits for its first paint (showEvent).
        if key not in self._loaded and self._first_shown:
            page.reload()
            self._loaded.add(key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._first_shown = True
            QTimer.singleShot(0, self, self._fill_first_page)

    def _fill_first_page(self) -> None:
        self.repaint()  # the frame, navigation and empty page on screen before any query
        self.painted.emit()
        self.show_page(self.ui.navList.currentRow())
        page = self.ui.pageStack.currentWidget()
        if isinstance(page, ListPage) and page.filling:  # its data comes from a worker
            page.filled.connect(self._first_page_filled, Qt.ConnectionType.SingleShotConnection)
        else:
            self._first_page_filled()

    def _first_page_filled(self) -> None:
        # Lay the filled page out and paint it now, so "filled" means on screen as filled.
        for _ in range(3):  # a layout may request another (labels that wrap)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.repaint()
        self.first_page_filled.emit()

    def show_page_of(self, key: str) -> None:
        """Go to the page `key` (one this account sees; a report printed there leads to it)."""
        if key in self.page_keys:
            self.ui.navList.setCurrentRow(self.page_keys.index(key))

    def show_open_hours_tab(self, tab: str) -> None:
        """The weekly schedule ("week"), the room profile ("profile") and the wall schedule
        ("wall"): Open hours tabs."""
        from app.ui.pages.open_hours_page import PROFILE, WALL, WEEK, OpenHoursPage

        if "open_hours" not in self.pages:
            return
        self.ui.navList.setCurrentRow(self.page_keys.index("open_hours"))
        page = self.pages["open_hours"]
        assert isinstance(page, OpenHoursPage)
        page.show_tab({"week": WEEK, "profile": PROFILE, "wall": WALL}[tab])

    def show_start_step(self, step: str) -> None:
        """A step of the overview's getting-started checklist: the place where it is done."""
        from app.catalogue.attention import StartStep

        tabs = {StartStep.SITE_PROFILE: "profile", StartStep.OPEN_HOURS: "week",
                StartStep.WALL_SCHEDULE: "wall"}  # fmt: skip
        pages = {StartStep.ROSTER: "staff", StartStep.LECTURES_PLANNED: "activities",
                 StartStep.FIRST_VISIT: "usage"}  # fmt: skip
        chosen = StartStep(step)
        if chosen in tabs:
            self.show_open_hours_tab(tabs[chosen])
        elif pages[chosen] in self.pages:
            self.ui.navList.setCurrentRow(self.page_keys.index(pages[chosen]))
            if chosen is StartStep.LECTURES_PLANNED:  # the year's plan, where lectures go
                from app.ui.pages.activities_page import ActivitiesPage

                page = self.current_page()
                if isinstance(page, ActivitiesPage):
                    page.open_plan()

    def current_page(self) -> ListPage:
        widget = self.ui.pageStack.currentWidget()
        assert isinstance(widget, ListPage)
        return widget

    def set_language(self, language: Language) -> None:
        """Switch the window's language: every page is built again in it.

        Pages fill filters, banners and status lines from their data as they load; building
        them again is the one way every one of those speaks the new language. A visit being
        typed would be lost, so the person is asked first."""
        unsaved = [page for page in self.pages.built().values() if page.unsaved_input()]
        if unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Switch language"),
                self.tr(
                    "A visit is being entered and not saved yet. Switching the language clears "
                    "it. Switch now?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.retranslate()  # the menu's tick back on the language in use
                return
            for page in unsaved:
                page.discard_input()
        self.translations.apply(language)  # LanguageChange reaches every widget
        self._relanguage()  # now, not after the events: the menu shows the switch at once

    def _relanguage(self) -> None:
        """After a language switch (also from the county window): the menus and status line
        again, and each built page made anew — except one with an urgent visit open or input
        not yet saved, which keeps its state and retranslates in place."""
        self._relanguage_due = False
        if self._pages_language == saved_language():
            return  # done already (several translators, several events)
        self._pages_language = saved_language()
        self.setLocale(QLocale())  # dates and calendars of the window follow the language
        self.retranslate()
        current = self.ui.pageStack.currentWidget()
        for key, page in self.pages.built().items():
            if page.unsaved_input() or not page.may_leave():
                continue
            # The rebuilt page opens on the tabs the person was looking at.
            self._tabs_shown[key] = [tabs.currentIndex() for tabs in page.findChildren(QTabWidget)]
            self.ui.pageStack.removeWidget(page)
            self.pages.forget(key)
            self._loaded.discard(key)
            page.deleteLater()
        if current is not None and self.ui.pageStack.indexOf(current) < 0:
            self.show_page(self.ui.navList.currentRow())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        names = dict(zip([key for key, _make in PAGES], self.page_names(), strict=True))
        for row, key in enumerate(self.page_keys):
            name = names[key]
            item = self.ui.navList.item(row)
            if item is not None:
                item.setText(name)
        self.fit_navigation()
        language = saved_language()  # also when another window (the county's) switched it
        self.ui.actionChinese.setChecked(language is Language.CHINESE)
        self.ui.actionEnglish.setChecked(language is Language.ENGLISH)
        self.setWindowTitle(self.tr("HealthRoom Ledger"))
        self.update_status()

    def fit_navigation(self) -> None:
        """The page list as wide as its longest name ("Equipment & consumables" in English),
        without a scroll bar under it — but never more than a sixth of the screen, which the
        pages need on a 1280-px one (a longer name wraps there; its tooltip says it too)."""
        nav = self.ui.navList
        nav.ensurePolished()  # the style sheet's font size applied
        # A name longer than the sixth of the screen wraps onto a second line, whole.
        nav.setWordWrap(True)
        nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        bold = nav.font()
        bold.setBold(True)  # the selected page's name is bold, so wider
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(nav.item(r).text()) for r in range(nav.count())),
                     default=0)  # fmt: skip
        padding = 2 * 14 + 4 + 2 * nav.frameWidth() + 12  # the style sheet's item padding, bar
        most = min(nav.maximumWidth(), room_for(self).width() // 6)
        width = max(nav.minimumWidth(), min(widest + padding, most))
        nav.setFixedWidth(width)
        for row in range(nav.count()):
            item = nav.item(row)
            item.setToolTip(item.text())
            lines = 1 if metrics.horizontalAdvance(item.text()) + padding <= width else 2
            item.setSizeHint(
                QSize(width - 2 * nav.frameWidth(), lines * metrics.lineSpacing() + 18)
            )

    def update_status(self) -> None:
        profile = site_profile.get_profile(self.context.db)
        site = profile.site_name if profile else self.tr("No site yet")
        self.site_label.setText(self.tr("Site: %1").replace("%1", site))
        database = self.tr("Database: %1").replace("%1", str(self.context.db.path))
        if self.context.db.encrypted:
            database += " · " + self.tr("encrypted")
        self.db_label.setText(database)
        actor = self.context.actor
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", actor.username)
            .replace("%2", role_name(actor.role))
        )

    def reload_all(self) -> None:
        self._loaded.clear()
        self.update_status()
        self.show_page(self.ui.navList.currentRow())

    def open_county_workspace(self) -> None:
        """The county reviewer's window, beside this one (a workspace is its own file)."""
        from app.ui.county_open import start_workspace

        start_workspace(self)

    def show_guide(self, section: str | None = None) -> GuideDialog:
        """使用手册 beside the window, at `section` or else the current page's (F1)."""
        from app.ui.dialogs.common.guide_dialog import GuideDialog

        if section is None:
            current = self.ui.pageStack.currentWidget()
            built = {page: key for key, page in self.pages.built().items()}
            section = PAGE_SECTIONS.get(built.get(current, ""), "contents")
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.present(section)
        return self.guide

    def show_about(self) -> None:
        AboutDialog(self.context.db.path, self).exec()

    def changeEvent(self, event: QEvent) -> None:
        # Installing the translators sends one LanguageChange each: the menus follow each
        # (cheap), the pages are built again once, after them.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self._relanguage_due:
                self._relanguage_due = True
                QTimer.singleShot(0, self, self._relanguage)
        super().changeEvent(event)

    def _refresh_overview(self, visit: object = None) -> None:
        """Open urgent values are listed on the overview: it follows them once built (after
        a visit with an urgent value is saved, or its action recorded)."""
        saved_urgent = getattr(visit, "urgent_case_id", None) is not None
        overview = self.pages.built().get("overview")
        wanted = saved_urgent or isinstance(visit, int)
        if wanted and overview is not None and "overview" in self._loaded:
            overview.reload()

    def _key_of(self, page: QWidget) -> str:
        return next(key for key, built in self.pages.built().items() if built is page)

    def show_urgent_case(self, visit_id: int) -> None:
        """From the overview: the usage page with the open urgent visit on its form."""
        from app.ui.pages.usage_page import UsagePage

        self.ui.navList.setCurrentRow(self.page_keys.index("usage"))
        usage = self.pages["usage"]
        if isinstance(usage, UsagePage) and self.ui.pageStack.currentWidget() is usage:
            usage.resume_urgent(visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.may_leave() for page in self.pages.built().values()):
            event.ignore()  # the case stays open on the overview if the program is killed
            return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
