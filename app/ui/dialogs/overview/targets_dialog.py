"""Edit the site's indicator targets (the union chair only; audited by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QSpinBox, QWidget

from app.domain.permissions import Action
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.services.indicator_targets import TargetError, get_targets, save_targets
from app.ui import indicator_text as words
from app.ui.context import AppContext
from app.ui.forms.ui_targets_dialog import Ui_TargetsDialog
from app.ui.i18n import word


class TargetsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.fields: dict[IndicatorKey, QSpinBox | QDoubleSpinBox] = {}
        targets = get_targets(context.db)
        for key, target in targets.items():
            field: QSpinBox | QDoubleSpinBox
            if target.kind is TargetKind.RATE:
                field = QDoubleSpinBox(self)
                field.setRange(1, 100)
                field.setDecimals(0)
                field.setSuffix(" %")
                field.setValue(round(target.value * 100))
            else:
                field = QSpinBox(self)
                field.setRange(0, 100)
                field.setValue(int(target.value))
                field.setSuffix(f" {word(target.per)}" if target.per is not None else "")
            field.setObjectName(f"target_{key.value}")
            field.setToolTip(words.definition(key))
            self.fields[key] = field
            self.ui.formLayout.addRow(words.name(key), field)
        may_edit = context.actor.can(Action.EDIT_INDICATOR_TARGETS)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(may_edit)
        self.ui.defaultsButton.setEnabled(may_edit)
        if not may_edit:
            self.ui.errorLabel.setText(self.tr("Only the union chair can change the targets."))
        self.ui.defaultsButton.clicked.connect(self.fill_defaults)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[IndicatorKey, float]:
        out: dict[IndicatorKey, float] = {}
        for key, field in self.fields.items():
            value = float(field.value())
            out[key] = value / 100 if DEFAULT_TARGETS[key].kind is TargetKind.RATE else value
        return out

    def fill_defaults(self) -> None:
        for key, field in self.fields.items():
            target = DEFAULT_TARGETS[key]
            if isinstance(field, QDoubleSpinBox):
                field.setValue(target.value * 100)
            else:
                field.setValue(int(target.value))

    def save(self) -> None:
        try:
            save_targets(self.context.db, self.context.actor, self.values())
        except TargetError as error:
            self.ui.errorLabel.setText(
                self.tr("%1: this target is out of range.").replace("%1", words.name(error.key))
            )
            return
        self.accept()
