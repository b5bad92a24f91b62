"""Settings: the reading thresholds that flag a value as abnormal (DESIGN §2 defaults)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QWidget

from app.catalogue.readings import THRESHOLDS
from app.domain.readings import ORDERED, Thresholds
from app.services import reading_thresholds
from app.services.actor import PermissionDenied
from app.ui.context import AppContext
from app.ui.forms.ui_thresholds_dialog import Ui_ThresholdsDialog
from app.ui.i18n import catalogue_language


class ThresholdsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ThresholdsDialog()
        self.ui.setupUi(self)
        # One row per limit the catalogue declares, in its order.
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, limit in THRESHOLDS.items():
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"{key}Spin")
            spin.setDecimals(limit.decimals)
            spin.setRange(limit.low, limit.high)
            spin.setSingleStep(10.0**-limit.decimals)
            self.ui.fieldsLayout.addRow(limit.label.in_(catalogue_language()), spin)
            self.spins[key] = spin
        self.show_values(reading_thresholds.get_thresholds(context.db, context.actor))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        restore = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.show_values(Thresholds()))

    def show_values(self, thresholds: Thresholds) -> None:
        for name, value in thresholds.to_dict().items():
            self.spins[name].setValue(value)

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
                self.spins[lower].setFocus()
                return
        try:
            reading_thresholds.save_thresholds(
                self.context.db, self.context.actor, Thresholds(**values)
            )
        except PermissionDenied:
            self.ui.errorLabel.setText(self.tr("Your account may not change the thresholds."))
            return
        except ValueError:
            self.ui.errorLabel.setText(self.tr("Every threshold must be a positive number."))
            return
        self.accept()
