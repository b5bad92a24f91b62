"""The reading fields of a visit, grouped as the register's items, with live flags.

Each item (blood pressure, glucose, height and weight, ...) is a checkable box: the boxes
ticked are the ones in the Tab chain, so a routine visit only walks through the fields it
needs. Values are checked as they are typed: an implausible value is marked at once, an
abnormal one shows its flag in red; saving still goes through the service, which decides.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.catalogue.codes import Sex
from app.catalogue.readings import READINGS, group_of, is_abnormal, pair_flag, reading
from app.domain.readings import (
    Flag,
    ImplausibleReading,
    ReadingType,
    Thresholds,
    check_plausible,
    classify,
    derive,
    is_urgent,
)
from app.domain.visit_items import GLUCOSE_TYPES, ReadingGroup
from app.ui.forms.ui_readings_form import Ui_ReadingsForm
from app.ui.i18n import catalogue_language, word
from app.ui.visit_messages import number

R = ReadingType
ALERT = "color: #c62828; font-weight: bold;"
HINT_PADDING = 20  # the frame and Qt's inner margins of a line edit, both sides
NOTE = "color: #8a5a00;"  # a grade shown that is not abnormal (正常高值)
NUMBER = re.compile(r"^\d{0,3}(\.\d{0,2})?$")
W = TypeVar("W", bound=QWidget)


class NumberValidator(QValidator):
    """Digits with up to two decimals; full-width digits from a Chinese input method and a
    decimal comma are turned into plain ones instead of being refused."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        plain = unicodedata.normalize("NFKC", text).replace(",", ".").replace("。", ".")
        if NUMBER.match(plain):
            return QValidator.State.Acceptable, plain, pos
        return QValidator.State.Invalid, text, pos


class ReadingsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReadingsForm()
        self.ui.setupUi(self)
        u = self.ui
        # The form places the items and fields it designs, named after the catalogue's codes
        # (`bloodPressureBox`, `bodyFatEdit`, `pulseFlagLabel`); the catalogue says what
        # exists, so these tables are read from it, and a type the form does not place gets
        # a row built from its spec.
        self.boxes: dict[ReadingGroup, QGroupBox] = {
            group: self._designed(QGroupBox, group, "Box") for group in ReadingGroup
        }
        self.fields: dict[ReadingType, QLineEdit] = {}
        self.flags: dict[ReadingType, QLabel] = {}
        for rt in READINGS:
            edit = self.findChild(QLineEdit, f"{_camel(rt)}Edit")
            if edit is not None:
                self.fields[rt] = edit
            flag = self.findChild(QLabel, f"{_camel(rt)}FlagLabel")
            if flag is not None:
                self.flags[rt] = flag
        # The glucose field holds whichever glucose test the combo says.
        self.glucose_edit: QLineEdit = u.glucoseEdit
        self.units: dict[ReadingType, QLabel] = {}
        self.derived: dict[ReadingType, tuple[QLabel, QLabel]] = {}  # name, value
        self._add_catalogue_rows()
        self.thresholds = Thresholds()
        self.sex: Sex | None = None
        self.known_height: float | None = None
        validator = NumberValidator(self)
        for edit in self.value_edits():
            edit.setValidator(validator)
            edit.textChanged.connect(self._update)
        u.glucoseTypeCombo.currentIndexChanged.connect(self._update)
        for box in self.boxes.values():
            box.toggled.connect(self._update)
        self.retranslate()

    # --- structure -------------------------------------------------------------------------

    def _add_catalogue_rows(self) -> None:
        """A reading type the designed form does not place gets a row in its item's box,
        built from the catalogue: a field with its unit, or the computed value of a derived
        type; either with its flag. A new reading type thus needs no change to the form."""
        placed = {*self.fields, *GLUCOSE_TYPES, R.BMI}
        for rt, spec in READINGS.items():
            if rt in placed:
                continue
            box = self.boxes[spec.group]
            layout = box.layout()
            assert isinstance(layout, QGridLayout)
            row = layout.rowCount()
            if spec.derived_from:
                name, value = QLabel(box), QLabel("–", box)
                layout.addWidget(name, row, 0)
                layout.addWidget(value, row, 1)
                self.derived[rt] = (name, value)
            else:
                edit = QLineEdit(box)
                edit.setObjectName(f"{rt.value}Edit")
                edit.setMinimumWidth(56)
                edit.setMaximumWidth(68)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                unit = QLabel(box)
                layout.addWidget(edit, row, 0)
                layout.addWidget(unit, row, 1)
                before = [
                    field for other, field in self.fields.items() if group_of(other) is spec.group
                ]
                if before:  # Tab goes on from the item's last field
                    QWidget.setTabOrder(before[-1], edit)
                self.fields[rt] = edit
                self.units[rt] = unit
            flag = QLabel(box)
            layout.addWidget(flag, row, 2)
            self.flags[rt] = flag
        # In an item with a row of the catalogue's, every field says what it is.
        grown = {group_of(rt) for rt in [*self.units, *self.derived]}
        self.named = [
            rt
            for rt, edit in self.fields.items()
            if group_of(rt) in grown and (rt in self.units or not edit.placeholderText())
        ]

    def _designed(self, kind: type[W], code: StrEnum, suffix: str) -> W:
        found = self.findChild(kind, f"{_camel(code)}{suffix}")
        if found is None:  # a new item needs its box on the form: say which
            raise LookupError(f"forms/readings_form.ui has no {_camel(code)}{suffix}")
        return found

    def tab_chain(self) -> list[QWidget]:
        """Each item's box, then its fields, in the catalogue's order (the entry form's Tab
        order through the readings)."""
        chain: list[QWidget] = []
        for group, box in self.boxes.items():
            chain.append(box)
            if group is ReadingGroup.GLUCOSE:
                chain += [self.ui.glucoseTypeCombo, self.glucose_edit]
            chain += [edit for rt, edit in self.fields.items() if group_of(rt) is group]
        return chain

    def value_edits(self) -> list[QLineEdit]:
        return [*self.fields.values(), self.glucose_edit]

    def glucose_type(self) -> ReadingType:
        data = self.ui.glucoseTypeCombo.currentData()
        return R(data) if data else R.GLUCOSE_FASTING

    def set_glucose_type(self, rt: ReadingType | None) -> None:
        if rt is not None:
            self.ui.glucoseTypeCombo.setCurrentIndex(
                max(0, self.ui.glucoseTypeCombo.findData(rt.value))
            )

    def edit_for(self, rt: ReadingType) -> QLineEdit:
        return self.glucose_edit if rt in GLUCOSE_TYPES else self.fields[rt]

    def retranslate(self) -> None:
        language = catalogue_language()
        for rt, unit in self.units.items():
            unit.setText(reading(rt).unit.in_(language))
        for rt in self.named:
            self.fields[rt].setPlaceholderText(word(rt))
        for rt, (name, _value) in self.derived.items():
            name.setText(word(rt))
        combo = self.ui.glucoseTypeCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for rt in GLUCOSE_TYPES:
            short = reading(rt).short
            combo.addItem(short.in_(language) if short else word(rt), rt.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._fit_hints()
        self._update()

    def _fit_hints(self) -> None:
        """Widen a field whose hint ("Diastolic") would be cut in this language: the hint is
        the only label some fields have."""
        for edit in self.findChildren(QLineEdit):
            hint = edit.placeholderText()
            needed = edit.fontMetrics().horizontalAdvance(hint) + HINT_PADDING
            if hint and needed > edit.maximumWidth():
                edit.setMaximumWidth(needed)
                edit.setMinimumWidth(needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # --- groups ----------------------------------------------------------------------------

    def set_groups(self, groups: Iterable[ReadingGroup]) -> None:
        wanted = set(groups)
        for group, box in self.boxes.items():
            box.setChecked(group in wanted)

    def groups(self) -> list[ReadingGroup]:
        return [group for group, box in self.boxes.items() if box.isChecked()]

    def first_field(self) -> QLineEdit | None:
        """Where typing starts: the first field of the first ticked item, in the catalogue's
        order (the height is skipped when it is already known)."""
        for group in self.groups():
            if group is ReadingGroup.GLUCOSE:
                return self.glucose_edit
            for rt, edit in self.fields.items():
                if group_of(rt) is group and not (rt is R.HEIGHT and self.known_height):
                    return edit
        return None

    # --- values ----------------------------------------------------------------------------

    def set_context(
        self, thresholds: Thresholds, sex: Sex | None, known_height: float | None
    ) -> None:
        self.thresholds, self.sex, self.known_height = thresholds, sex, known_height
        self._update()

    def values(self) -> dict[ReadingType, float]:
        """The values typed in the ticked items (empty fields are not readings)."""
        out: dict[ReadingType, float] = {}
        ticked = set(self.groups())
        for rt, edit in self.fields.items():
            if group_of(rt) in ticked and edit.text().strip():
                out[rt] = _parse(edit.text())
        if ReadingGroup.GLUCOSE in ticked and self.glucose_edit.text().strip():
            out[self.glucose_type()] = _parse(self.glucose_edit.text())
        return {rt: v for rt, v in out.items() if not math.isnan(v)}

    def set_values(self, readings: Mapping[ReadingType, float]) -> None:
        """Show a visit's readings; their items are ticked, the others not."""
        self.clear()
        groups = {group_of(rt) for rt in readings}
        self.set_groups(groups)
        for rt, value in readings.items():
            if reading(rt).derived_from:
                continue  # computed, e.g. BMI from height and weight
            if rt in GLUCOSE_TYPES:
                self.set_glucose_type(rt)
            self.edit_for(rt).setText(number(value))

    def clear(self) -> None:
        for edit in self.value_edits():
            edit.clear()

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.value_edits())

    def abnormal_types(self) -> list[ReadingType]:
        return [rt for rt, (_v, flag) in self.flags_now().items() if is_abnormal(flag)]

    def urgent_types(self) -> list[ReadingType]:
        """The types whose typed value is urgent (危急值)."""
        return [
            rt
            for rt, (value, _flag) in self.flags_now().items()
            if is_urgent(rt, value, self.thresholds)
        ]

    def flags_now(self) -> dict[ReadingType, tuple[float, Flag]]:
        """Live flags of the plausible values typed so far, derived ones (BMI) included."""
        out: dict[ReadingType, tuple[float, Flag]] = {}
        known = {} if self.known_height is None else {R.HEIGHT: self.known_height}
        values = derive(self.values(), known)
        for rt, value in values.items():
            try:
                check_plausible(rt, value)
            except ImplausibleReading:
                continue
            out[rt] = (value, classify(rt, value, self.thresholds, self.sex))
        return out

    # --- live feedback ---------------------------------------------------------------------

    def _update(self) -> None:
        flags = self.flags_now()
        values = self.values()
        for rt, edit in [*self.fields.items(), (self.glucose_type(), self.glucose_edit)]:
            implausible = rt in values and rt not in flags
            edit.setStyleSheet("background: #fff3e0;" if implausible else "")
        systolic, diastolic = flags.get(R.SYSTOLIC), flags.get(R.DIASTOLIC)
        pair = pair_flag(systolic[1], diastolic[1]) if systolic and diastolic else None
        self._show_flag(self.ui.bpFlagLabel, pair)
        glucose = flags.get(self.glucose_type())
        self._show_flag(self.ui.glucoseFlagLabel, glucose[1] if glucose else None)
        for rt, flag_label_widget in self.flags.items():
            found = flags.get(rt)
            self._show_flag(flag_label_widget, found[1] if found else None)
        bmi_value = flags.get(R.BMI)
        self.ui.bmiValueLabel.setText(number(bmi_value[0]) if bmi_value else "–")
        for rt, (_name, value_label) in self.derived.items():
            found = flags.get(rt)
            value_label.setText(number(found[0]) if found else "–")
        self.changed.emit()

    @staticmethod
    def _show_flag(widget: QLabel, grade: Flag | None) -> None:
        if grade is None or grade is Flag.NORMAL:
            widget.setText("")
            widget.setStyleSheet("")
        else:
            widget.setText(word(grade))
            widget.setStyleSheet(ALERT if is_abnormal(grade) else NOTE)


def _camel(code: StrEnum) -> str:
    """ "blood_pressure" -> "bloodPressure": how the form names what it places."""
    head, *rest = code.value.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _parse(text: str) -> float:
    try:
        return float(unicodedata.normalize("NFKC", text).replace(",", "."))
    except ValueError:
        return math.nan
