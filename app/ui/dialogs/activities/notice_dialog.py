"""One activity notice: title, date, channel, and the staff it reached — a number, or a tick
list of the people on the roster that day — with its coverage against 95 % as you type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import NoticeChannel
from app.domain.participation import NOTICE_COVERAGE_TARGET
from app.domain.ratios import Ratio
from app.services import activities, notices
from app.services.notices import NoticeError, NoticeInput, NoticeRow, ReachRow
from app.ui import column_fit
from app.ui.activity_messages import progress_text
from app.ui.context import AppContext
from app.ui.forms.ui_notice_dialog import Ui_NoticeDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, word
from app.ui.models.check_table_model import CheckTableModel
from app.ui.models.row_table_model import Column
from app.ui.qt_dates import qdate
from app.ui.screen_fit import fit_to_screen
from app.ui.widgets.search_hint import set_search_hint

COLUMNS: list[Column[ReachRow]] = [
    Column(QT_TRANSLATE_NOOP("NoticeDialog", "Reached"), lambda r: ""),
    Column(QT_TRANSLATE_NOOP("NoticeDialog", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("NoticeDialog", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("NoticeDialog", "Department"), lambda r: r.department),
]


class NoticeDialog(QDialog):
    def __init__(
        self, context: AppContext, notice_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.notice_id = notice_id
        self.saved: NoticeRow | None = None
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(760, 680))
        set_search_hint(self.ui.searchEdit, self.ui.searchEdit.placeholderText())  # whole
        self.ticked: set[int] = set()
        self.everyone: list[ReachRow] = []
        self.active = 0
        self.model: CheckTableModel[ReachRow] = CheckTableModel(
            COLUMNS, "NoticeDialog", checked=lambda r: r.id in self.ticked, on_toggle=self._toggle
        )
        self.ui.staffView.setModel(self.model)
        column_fit.keep_fitted(self.ui.staffView)  # the one rule of every list's columns
        for code in NoticeChannel:
            self.ui.channelCombo.addItem(word(code), code)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._filter)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.countRadio.toggled.connect(self._mode_changed)
        self.ui.countSpin.valueChanged.connect(lambda _v: self._update_coverage())
        self.ui.dateEdit.dateChanged.connect(lambda _d: self._date_changed())
        self.ui.tickAllButton.clicked.connect(lambda: self._tick_shown(True))
        self.ui.tickNoneButton.clicked.connect(lambda: self._tick_shown(False))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load()

    def _load(self) -> None:
        if self.notice_id is None:
            self.setWindowTitle(self.tr("New notice"))
            data = NoticeInput("", self.context.today(), NoticeChannel.WECHAT_GROUP, 0)
        else:
            self.setWindowTitle(self.tr("Edit notice"))
            _, data = notices.get_notice(self.context.db, self.context.actor, self.notice_id)
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.dateEdit.blockSignals(True)
        ui.dateEdit.setDate(qdate(data.issued_on))
        ui.dateEdit.blockSignals(False)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(data.channel))
        ui.noteEdit.setText(data.note)
        self.ticked = set(data.reached_staff_ids or ())
        ui.tickRadio.setChecked(data.reached_staff_ids is not None)
        ui.countRadio.setChecked(data.reached_staff_ids is None)
        self._date_changed()
        ui.countSpin.setValue(data.reached_count or 0)
        self._fill_activities(data.activity_id)
        self._mode_changed()

    def issued_on(self) -> dt.date:
        day = self.ui.dateEdit.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _fill_activities(self, keep: int | None) -> None:
        combo = self.ui.activityCombo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for row in activities.list_activities(
            self.context.db, self.context.actor, year=self.issued_on().year
        ):
            combo.addItem(f"{row.starts_at:%Y-%m-%d} {row.title}", row.id)
        if keep is not None and combo.findData(keep) < 0:
            combo.addItem(f"#{keep}", keep)
        combo.setCurrentIndex(max(0, combo.findData(keep)))

    def _date_changed(self) -> None:
        day = self.issued_on()
        self.everyone = notices.staff_on(self.context.db, self.context.actor, day)
        self.active = len(self.everyone)
        self.ui.activeLabel.setText(
            self.tr("of %1 staff on the roster on that date").replace("%1", str(self.active))
        )
        self.ui.countSpin.setMaximum(self.active)
        self._filter()

    def _filter(self) -> None:
        text = self.ui.searchEdit.text().strip().lower()
        rows = self.everyone
        if text:
            rows = [
                r
                for r in rows
                if r.employee_no.lower().startswith(text)
                or r.name.startswith(text)
                or r.pinyin.startswith(text)
                or r.initials.startswith(text)
            ]
        self.model.set_rows(rows)
        column_fit.fit_columns(self.ui.staffView)
        self._update_coverage()

    def _mode_changed(self) -> None:
        ticking = self.ui.tickRadio.isChecked()
        self.ui.countSpin.setEnabled(not ticking)
        for widget in (
            self.ui.searchEdit,
            self.ui.staffView,
            self.ui.tickAllButton,
            self.ui.tickNoneButton,
        ):
            widget.setEnabled(ticking)
        self._update_coverage()

    def _toggle(self, row: ReachRow, ticked: bool) -> ReachRow:
        if ticked:
            self.ticked.add(row.id)
        else:
            self.ticked.discard(row.id)
        self._update_coverage()
        return row

    def _tick_shown(self, ticked: bool) -> None:
        for row in range(self.model.rowCount()):
            person = self.model.row_at(row)
            if ticked:
                self.ticked.add(person.id)
            else:
                self.ticked.discard(person.id)
        self.model.set_rows([self.model.row_at(r) for r in range(self.model.rowCount())])
        column_fit.fit_columns(self.ui.staffView)
        self._update_coverage()

    def reached(self) -> int:
        if self.ui.tickRadio.isChecked():
            active_ids = {r.id for r in self.everyone}
            return len(self.ticked & active_ids)
        return int(self.ui.countSpin.value())

    def _update_coverage(self) -> None:
        ratio = Ratio(self.reached(), self.active)
        self.ui.tickLabel.setText(self.tr("%n ticked", "", self.reached()))
        met = ratio.meets(NOTICE_COVERAGE_TARGET)
        colour = "#2e7d32" if met else "#c62828"
        self.ui.coverageLabel.setStyleSheet(f"font-size: 12pt; color: {colour};")
        self.ui.coverageLabel.setText(
            self.tr("Coverage: %1").replace("%1", progress_text(ratio, NOTICE_COVERAGE_TARGET))
        )

    def notice_input(self) -> NoticeInput:
        ticking = self.ui.tickRadio.isChecked()
        return NoticeInput(
            title=self.ui.titleEdit.text(),
            issued_on=self.issued_on(),
            channel=NoticeChannel(self.ui.channelCombo.currentData()),
            reached_count=None if ticking else self.ui.countSpin.value(),
            reached_staff_ids=tuple(sorted(self.ticked)) if ticking else None,
            activity_id=self.ui.activityCombo.currentData(),
            note=self.ui.noteEdit.text(),
        )

    def save(self) -> None:
        try:
            self.saved = notices.save_notice(
                self.context.db, self.context.actor, self.notice_input(), self.notice_id
            )
        except NoticeError as error:
            self.ui.errorLabel.setText(self.error_text(error))
            (self.ui.titleEdit if error.field == "title" else self.ui.countSpin).setFocus()
            return
        self.accept()

    def error_text(self, error: NoticeError) -> str:
        if error.field == "title":
            return self.tr("Enter the notice's title.")
        return {
            "more_than_staff": self.tr(
                "More staff reached than were on the roster that date: check the number."
            ),
            "negative": self.tr("The number reached cannot be negative."),
            "required": self.tr("Enter how many staff the notice reached, or tick them."),
            "not_found": self.tr("The chosen activity was deleted meanwhile: choose another."),
        }.get(error.code, error.code)
