"""Settings: the reading grades, the urgent values and the follow-up days per grade.

The limits' defaults are DESIGN §2 (the Chinese guidelines, each named on its page from the
catalogue); the follow-up page lists every grade the catalogue plans a follow-up for.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from app.catalogue.readings import GROUPS, ReadingGroup
from app.domain.follow_up_plan import MAX_DAYS, FollowUpPlan, Key, default_days
from app.domain.readings import ORDERED, ResultRule, Thresholds
from app.services import reading_thresholds
from app.services.actor import PermissionDenied
from app.ui.context import AppContext
from app.ui.forms.ui_thresholds_dialog import Ui_ThresholdsDialog
from app.ui.i18n import catalogue_language, word

# The tab of each reading group whose grades follow a named guideline.
SOURCE_TABS = {
    "bp": (ReadingGroup.BLOOD_PRESSURE,),
    "glucose": (ReadingGroup.GLUCOSE,),
    "body": (ReadingGroup.BODY, ReadingGroup.WAIST),
}


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


class ThresholdsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ThresholdsDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(660)  # every page's tab readable
        self.spins: dict[str, QDoubleSpinBox] = {
            f.name: getattr(self.ui, f"{_camel(f.name)}Spin") for f in fields(Thresholds)
        }
        self.day_spins: dict[Key, QSpinBox] = {}
        self.day_labels: dict[Key, QLabel] = {}
        for key in default_days():
            spin = QSpinBox(self)
            spin.setRange(0, MAX_DAYS)
            label = QLabel(self)
            label.setBuddy(spin)
            self.ui.followUpLayout.addRow(label, spin)
            self.day_spins[key], self.day_labels[key] = spin, label
        self._words()
        db, actor = context.db, context.actor
        self.show_values(reading_thresholds.get_thresholds(db, actor))
        self.show_plan(reading_thresholds.get_follow_up_plan(db, actor))
        self.show_rule(reading_thresholds.get_result_rule(db, actor))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        restore = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

    def _words(self) -> None:
        """The guideline named on each page and the grade of each follow-up row, from the
        catalogue in the window's language."""
        language = catalogue_language()
        for tab, groups in SOURCE_TABS.items():
            sources = dict.fromkeys(
                source.in_(language) for g in groups if (source := GROUPS[g].source) is not None
            )
            getattr(self.ui, f"{tab}SourceLabel").setText(
                self.tr("Source: %1").replace("%1", "; ".join(sources))
            )
        self.ui.otherSourceLabel.setText(self.tr("Common clinical reference values."))
        self.ui.urgentSourceLabel.setText(
            self.tr(
                "A reading at an urgent value turns the entry form red with “see a "
                "doctor now”; the visit stays open until the action taken is recorded. Set "
                "them to your partner hospital's values."
            )
        )
        for (group, flag), label in self.day_labels.items():
            label.setText(f"{word(group)}: {word(flag)}")
        for spin in self.day_spins.values():
            spin.setSuffix(self.tr(" days"))
        combo = self.ui.resultRuleCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("the average of the readings (as the guideline says)"), "average")
        combo.addItem(self.tr("the repeat reading"), "repeat")
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def show_rule(self, rule: ResultRule) -> None:
        self.ui.resultRuleCombo.setCurrentIndex(self.ui.resultRuleCombo.findData(rule.value))

    def show_values(self, thresholds: Thresholds) -> None:
        for name, value in thresholds.to_dict().items():
            self.spins[name].setValue(value)

    def show_plan(self, plan: FollowUpPlan) -> None:
        for key, spin in self.day_spins.items():
            spin.setValue(plan.days[key])

    def restore_defaults(self) -> None:
        self.show_values(Thresholds())
        self.show_plan(FollowUpPlan())
        self.show_rule(ResultRule.AVERAGE)

    def labels(self, name: str) -> str:
        text: str = getattr(self.ui, f"{_camel(name)}Label").text()
        return text.replace("&", "")

    def save(self) -> None:
        values = {name: spin.value() for name, spin in self.spins.items()}
        for lower, upper in ORDERED:
            if values[lower] >= values[upper]:
                self.ui.errorLabel.setText(
                    self.tr("“%1” must be below “%2”.")
                    .replace("%1", self.labels(lower))
                    .replace("%2", self.labels(upper))
                )
                spin = self.spins[lower]
                self.ui.tabs.setCurrentWidget(spin.parentWidget())
                spin.setFocus()
                return
        plan = FollowUpPlan({key: spin.value() for key, spin in self.day_spins.items()})
        db, actor = self.context.db, self.context.actor
        try:
            reading_thresholds.save_thresholds(db, actor, Thresholds(**values))
            reading_thresholds.save_follow_up_plan(db, actor, plan)
            rule = ResultRule(self.ui.resultRuleCombo.currentData())
            reading_thresholds.save_result_rule(db, actor, rule)
        except PermissionDenied:
            self.ui.errorLabel.setText(self.tr("Your account may not change the thresholds."))
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
