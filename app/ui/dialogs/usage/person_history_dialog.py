"""One person's history: every visit's readings, and trend charts with the threshold lines."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QWidget

from app.catalogue.codes import Sex
from app.domain.readings import ReadingType
from app.services import person_history
from app.services.person_history import Trends
from app.services.usage_log import VisitRow
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.staff.personal_record_print import PersonalRecordPrint
from app.ui.forms.ui_person_history_dialog import Ui_PersonHistoryDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, word
from app.ui.models.lazy_table_model import PAGE
from app.ui.models.row_table_model import Column
from app.ui.models.visit_log_model import VisitLogModel, note_text, readings_of
from app.ui.widgets.trend_chart import Limit, Line, trend_chart

R = ReadingType
HISTORY_COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Time"), lambda r: r.visited_at),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Readings"), readings_of, alert=lambda r: r.abnormal),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Advice"), lambda r: r.advice),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Note"), note_text),
]
RED, BLUE, GREEN, ORANGE, PURPLE = "#c62828", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a"
TEAL = "#00838f"


class PersonHistoryDialog(QDialog):
    def __init__(self, context: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PersonHistoryDialog()
        self.ui.setupUi(self)
        db, actor = context.db, context.actor
        history = person_history.person_history(db, actor, staff_id)
        card = history.card
        age = card.age_on(context.today())
        parts = [f"<b>{card.name}</b>", card.employee_no, card.department]
        if card.sex:
            parts.append(word(Sex(card.sex)))
        if age is not None:
            parts.append(self.tr("%1 years").replace("%1", str(age)))
        parts.append(self.tr("%n visit(s)", "", history.visits))
        self.ui.headerLabel.setText(" · ".join(parts))
        self.setWindowTitle(self.tr("History of %1").replace("%1", card.name))

        self.model = VisitLogModel(HISTORY_COLUMNS)
        view: QTableView = self.ui.historyView
        view.setModel(self.model)

        def fetch(offset: int, limit: int) -> list[VisitRow]:
            return person_history.person_visits(db, actor, staff_id, offset, limit)

        self.model.reset_with(fetch(0, PAGE), history.visits, fetch)
        column_fit.fit_columns(view)
        view.setColumnWidth(1, min(view.columnWidth(1), 420))

        self.trends = person_history.trends(db, actor, staff_id)
        self.charts = {
            "blood_pressure": self._bp_chart(self.trends),
            "glucose": self._glucose_chart(self.trends),
            "body": self._body_chart(self.trends),
        }
        self.ui.bpLayout.addWidget(self.charts["blood_pressure"])
        self.ui.glucoseLayout.addWidget(self.charts["glucose"])
        self.ui.bodyLayout.addWidget(self.charts["body"])
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.staff_id, self.person = staff_id, card.name
        self.print_button = self.ui.buttonBox.addButton(
            self.tr("Print personal health record…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_record)

    def print_record(self) -> None:
        PersonalRecordPrint(self, self.context, self.staff_id, self.person).ask_and_write()

    @staticmethod
    def _limit(template: str, value: float, color: str, right: bool = False) -> Limit:
        return Limit(template.replace("%1", f"{value:g}"), value, color, right)

    def _empty(self) -> str:
        return self.tr("No readings of this kind yet.")

    def _bp_chart(self, trends: Trends) -> QWidget:
        t = trends.thresholds
        return trend_chart(
            self.tr("Blood pressure"),
            [
                Line(word(R.SYSTOLIC), trends.series.get(R.SYSTOLIC, ()), RED),
                Line(word(R.DIASTOLIC), trends.series.get(R.DIASTOLIC, ()), BLUE),
            ],
            [
                self._limit(self.tr("Systolic limit %1"), t.systolic_high, RED),
                self._limit(self.tr("Diastolic limit %1"), t.diastolic_high, BLUE),
            ],
            "mmHg",
            empty_text=self._empty(),
        )

    def _glucose_chart(self, trends: Trends) -> QWidget:
        t = trends.thresholds
        return trend_chart(
            self.tr("Blood glucose"),
            [
                Line(word(R.GLUCOSE_FASTING), trends.series.get(R.GLUCOSE_FASTING, ()), BLUE),
                Line(word(R.GLUCOSE_2H), trends.series.get(R.GLUCOSE_2H, ()), PURPLE),
                Line(word(R.GLUCOSE_RANDOM), trends.series.get(R.GLUCOSE_RANDOM, ()), GREEN),
            ],
            [
                self._limit(self.tr("Fasting impaired %1"), t.glucose_fasting_impaired, ORANGE),
                self._limit(self.tr("Fasting high %1"), t.glucose_fasting_high, RED),
                self._limit(self.tr("2 h / random high %1"), t.glucose_2h_high, PURPLE),
            ],
            "mmol/L",
            empty_text=self._empty(),
        )

    def _body_chart(self, trends: Trends) -> QWidget:
        t = trends.thresholds
        return trend_chart(
            self.tr("Weight and BMI"),
            [
                Line(word(R.WEIGHT), trends.series.get(R.WEIGHT, ()), BLUE),
                Line(word(R.BMI), trends.series.get(R.BMI, ()), GREEN, right_axis=True),
            ],
            [
                self._limit(self.tr("BMI low %1"), t.bmi_low, TEAL, right=True),
                self._limit(self.tr("BMI overweight %1"), t.bmi_overweight, ORANGE, right=True),
                self._limit(self.tr("BMI obese %1"), t.bmi_obese, RED, right=True),
            ],
            "kg",
            "BMI",
            empty_text=self._empty(),
        )
