"""Settings: the reading grades, the urgent values, the result of a re-measurement and the
follow-up days per grade.

Every limit is declared with its reading in the catalogue (default, range, label); the dialog
lists them from it, a page per reading group with the guideline the group follows named at
the top, and the urgent values on a page of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.language import COLON
from app.catalogue.readings import GROUPS, READINGS, THRESHOLDS, ReadingGroup
from app.domain.follow_up_plan import MAX_DAYS, FollowUpPlan, Key, default_days
from app.domain.readings import ORDERED, ResultRule, Thresholds
from app.services import reading_thresholds
from app.services.actor import PermissionDenied
from app.ui.context import AppContext
from app.ui.forms.ui_thresholds_dialog import Ui_ThresholdsDialog
from app.ui.i18n import catalogue_language, word
from app.ui.screen_fit import room_for

URGENT_PAGE = "urgent"


def _page_of() -> dict[str, str]:
    """Each limit's page: its reading's group, or the urgent values' page."""
    return {
        limit.key: URGENT_PAGE if limit.urgent else spec.group.value
        for spec in READINGS.values()
        for limit in spec.thresholds
    }


class ThresholdsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ThresholdsDialog()
        self.ui.setupUi(self)
        # One row per limit the catalogue declares, in its order, on its group's page.
        self.pages: dict[str, QWidget] = {}
        self.field_layouts: dict[str, QFormLayout] = {}
        self.sources: dict[str, QLabel] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.row_labels: dict[str, QLabel] = {}
        pages = _page_of()
        # The groups' pages in the catalogue's order, then the urgent values.
        for key, page in sorted(pages.items(), key=lambda item: item[1] == URGENT_PAGE):
            if page not in self.pages:
                self._add_page(page)
            limit = THRESHOLDS[key]
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"{key}Spin")
            spin.setDecimals(limit.decimals)
            spin.setRange(limit.low, limit.high)
            spin.setSingleStep(10.0**-limit.decimals)
            label = QLabel(self)
            label.setBuddy(spin)
            self.field_layouts[page].addRow(label, spin)
            self.spins[key], self.row_labels[key] = spin, label
        self.day_spins: dict[Key, QSpinBox] = {}
        self.day_labels: dict[Key, QLabel] = {}
        for day_key in default_days():
            days = QSpinBox(self)
            days.setRange(0, MAX_DAYS)
            day_label = QLabel(self)
            day_label.setBuddy(days)
            self.ui.followUpLayout.addRow(day_label, days)
            self.day_spins[day_key], self.day_labels[day_key] = days, day_label
        self._words()
        db, actor = context.db, context.actor
        self.show_values(reading_thresholds.get_thresholds(db, actor))
        self.show_plan(reading_thresholds.get_follow_up_plan(db, actor))
        self.show_rule(reading_thresholds.get_result_rule(db, actor))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        restore = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

    def _add_page(self, page: str) -> None:
        widget = QWidget(self)
        box = QVBoxLayout(widget)
        source = QLabel(widget)
        source.setWordWrap(True)
        box.addWidget(source)
        form = QFormLayout()
        box.addLayout(form)
        box.addStretch(1)
        # The limits' pages before the follow-up page.
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.followUpTab), widget, "")
        self.pages[page], self.field_layouts[page], self.sources[page] = widget, form, source

    def _words(self) -> None:
        """Page titles, the guideline of each group, row labels: from the catalogue in the
        window's language."""
        language = catalogue_language()
        tabs = self.ui.tabs
        for page, widget in self.pages.items():
            if page == URGENT_PAGE:
                tabs.setTabText(tabs.indexOf(widget), self.tr("Urgent values"))
                self.sources[page].setText(
                    self.tr(
                        "A reading at an urgent value turns the entry form red with “see a "
                        "doctor now”; the visit stays open until the action taken is "
                        "recorded. Set them to your partner hospital's values."
                    )
                )
                continue
            group = ReadingGroup(page)
            tabs.setTabText(tabs.indexOf(widget), word(group))
            source = GROUPS[group].source
            self.sources[page].setText(
                self.tr("Source: %1").replace("%1", source.in_(language))
                if source is not None
                else self.tr("Common clinical reference values.")
            )
        for key, label in self.row_labels.items():
            label.setText(THRESHOLDS[key].label.in_(language))
        for (group, flag), day_label in self.day_labels.items():
            day_label.setText(f"{word(group)}{COLON.in_(catalogue_language())}{word(flag)}")
        for days in self.day_spins.values():
            days.setSuffix(self.tr(" days"))
        combo = self.ui.resultRuleCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("the average of the readings (as the guideline says)"), "average")
        combo.addItem(self.tr("the repeat reading"), "repeat")
        combo.setCurrentIndex(max(combo.findData(current), 0))
        # Every page's tab in view, none behind the scroll arrows (English titles are longer),
        # as far as the screen allows.
        tabs_width = self.ui.tabs.tabBar().sizeHint().width() + 40
        self.setMinimumWidth(min(max(780, tabs_width), room_for(self).width()))

    def show_values(self, thresholds: Thresholds) -> None:
        for name, value in thresholds.to_dict().items():
            self.spins[name].setValue(value)

    def show_plan(self, plan: FollowUpPlan) -> None:
        for key, days in self.day_spins.items():
            days.setValue(plan.days[key])

    def show_rule(self, rule: ResultRule) -> None:
        self.ui.resultRuleCombo.setCurrentIndex(self.ui.resultRuleCombo.findData(rule.value))

    def restore_defaults(self) -> None:
        self.show_values(Thresholds())
        self.show_plan(FollowUpPlan())
        self.show_rule(ResultRule.AVERAGE)

    @staticmethod
    def labels(name: str) -> str:
        return THRESHOLDS[name].label.in_(catalogue_language())

    def save(self) -> None:
        values = {name: spin.value() for name, spin in self.spins.items()}
        for lower, upper in ORDERED:
            if values[lower] >= values[upper]:
                self.ui.errorLabel.setText(
                    self.tr("“%1” must be below “%2”.")
                    .replace("%1", self.labels(lower))
                    .replace("%2", self.labels(upper))
                )
                self.ui.tabs.setCurrentWidget(self.pages[_page_of()[lower]])
                self.spins[lower].setFocus()
                return
        plan = FollowUpPlan({key: days.value() for key, days in self.day_spins.items()})
        rule = ResultRule(self.ui.resultRuleCombo.currentData())
        db, actor = self.context.db, self.context.actor
        try:
            reading_thresholds.save_thresholds(db, actor, Thresholds(**values))
            reading_thresholds.save_follow_up_plan(db, actor, plan)
            reading_thresholds.save_result_rule(db, actor, rule)
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        except ValueError:
            self.ui.errorLabel.setText(self.tr("Every threshold must be a positive number."))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._words()
        super().changeEvent(event)
