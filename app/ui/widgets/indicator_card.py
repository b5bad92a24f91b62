"""A card on the overview: one indicator, its current quarter and year, coloured by the target."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.indicators import IndicatorResult
from app.domain.targets import IndicatorKey
from app.ui import indicator_text as words
from app.ui.forms.ui_indicator_card import Ui_IndicatorCard

# (background, border) per state: met, not met, not yet met in a running period, not applicable.
COLOURS = {
    "met": ("#e8f5e9", "#2e7d32"),
    "not_met": ("#fdecea", "#c62828"),
    "open": ("#fff4e5", "#ef6c00"),
    "na": ("#f2f3f5", "#9aa5b1"),
}
# One style sheet per card, chosen by the buttons' "state" property: restyling a button is then
# a re-polish, not a style-sheet parse (the overview repaints 22 of them on every refresh).
STYLE = "".join(
    f'QPushButton[state="{name}"] {{ background: {fill}; border: 1px solid {border}; }}'
    for name, (fill, border) in COLOURS.items()
) + (
    "QPushButton { border-radius: 4px; padding: 4px 6px; text-align: left; color: #1f2933; }"
    "QPushButton:hover, QPushButton:focus { border-width: 2px; }"
)


def state(result: IndicatorResult) -> str:
    if result.met is None or not result.due:
        return "na"
    if result.met:
        return "met"
    return "open" if result.still_open else "not_met"


def wrapping_label(button: QPushButton) -> QLabel:
    """A word-wrapping label filling `button`, which grows to its height; clicks go through."""
    label = QLabel(button)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setStyleSheet("background: transparent; border: none; color: #1f2933;")
    layout = QVBoxLayout(button)
    layout.setContentsMargins(6, 4, 6, 4)
    layout.addWidget(label)
    return label


class IndicatorCard(QFrame):
    """Clicking the quarter or the year half asks for the list behind that figure."""

    opened = Signal(object)  # the IndicatorResult clicked

    def __init__(self, key: IndicatorKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ui = Ui_IndicatorCard()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.results: dict[str, IndicatorResult] = {}
        self.ui.quarterButton.clicked.connect(lambda: self._open("quarter"))
        self.ui.yearButton.clicked.connect(lambda: self._open("year"))
        # The figure and its gap wrap inside the button (a button's own text never wraps: a long
        # English gap was cut at the card's edge).
        self.labels = {
            "quarter": wrapping_label(self.ui.quarterButton),
            "year": wrapping_label(self.ui.yearButton),
        }

    def _open(self, which: str) -> None:
        if which in self.results:
            self.opened.emit(self.results[which])

    def show_results(self, quarter: IndicatorResult, year: IndicatorResult) -> None:
        self.results = {"quarter": quarter, "year": year}
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.nameLabel.setText(words.name(self.key))
        self.setToolTip(words.definition(self.key))
        for which, button in (("quarter", self.ui.quarterButton), ("year", self.ui.yearButton)):
            result = self.results.get(which)
            if result is not None:
                self._paint(button, self.labels[which], result)

    def _paint(self, button: QPushButton, label: QLabel, result: IndicatorResult) -> None:
        heading = words.scope_heading(result)
        second = words.gap_text(result) or (
            f"{words.state_text(result)}  {words.target_text(result)}".strip()
        )
        label.setText(f"{heading}  {words.value_text(result)}\n{second}")
        button.setAccessibleName(label.text())
        fraction = f"{result.numerator}/{result.denominator} · " if result.denominator else ""
        button.setToolTip(
            self.tr("%1: %2%3, target %4 — %5")
            .replace("%1", words.period_name(result.period))
            .replace("%2", fraction)
            .replace("%3", words.value_text(result))
            .replace("%4", words.target_text(result))
            .replace("%5", words.state_text(result))
        )
        if button.property("state") != state(result):
            button.setProperty("state", state(result))
            button.style().unpolish(button)
            button.style().polish(button)
