"""入门清单 on a new site's overview: six steps, each ticked from the register (never by hand)
and each a link to the place in the window that does it; hidden once all are done.

Its heading says why the cards are grey (nothing to count yet) and what to do next.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.catalogue.attention import StartStep
from app.services.getting_started import StepState
from app.ui.forms.ui_start_checklist import Ui_StartChecklist
from app.ui.i18n import word

COLUMNS = 3
DONE_COLOUR, TODO_COLOUR = "#2e7d32", "#1f4e79"


def step_name(step: StartStep) -> str:
    return word(step)


class StartChecklist(QFrame):
    step_chosen = Signal(str)  # a StartStep value: take the user where it is done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartChecklist()
        self.ui.setupUi(self)
        self.states: tuple[StepState, ...] = ()
        self.labels: dict[StartStep, QLabel] = {}
        for index, step in enumerate(StartStep):
            label = QLabel(self)
            label.linkActivated.connect(self.step_chosen.emit)
            self.ui.stepLayout.addWidget(label, index // COLUMNS, index % COLUMNS)
            self.labels[step] = label
        self.hide()  # until the register says what is left

    def next_step(self) -> StartStep | None:
        return next((s.step for s in self.states if not s.done), None)

    def show_states(self, states: Sequence[StepState]) -> None:
        self.states = tuple(states)
        self.retranslate()
        self.setVisible(self.next_step() is not None)

    def retranslate(self) -> None:
        for number, state in enumerate(self.states, start=1):
            name = escape(f"{number}. {step_name(state.step)}")
            if state.done:
                text = f'<span style="color:{DONE_COLOUR}">✓ {name}</span>'
            else:
                link = f'<a href="{state.step.value}" style="color:{TODO_COLOUR}">{name}</a>'
                text = f"○ {link}"
            self.labels[state.step].setText(text)
            self.labels[state.step].setToolTip(
                QCoreApplication.translate("StartChecklist", "Done")
                if state.done
                else QCoreApplication.translate("StartChecklist", "Go there")
            )
        upcoming = self.next_step()
        if upcoming is None:
            return
        left = sum(not s.done for s in self.states)
        heading = QCoreApplication.translate(
            "StartChecklist", "Getting started: %n step(s) left.", "", left
        )
        why = QCoreApplication.translate(
            "StartChecklist",
            "Grey “not applicable” cards only mean there is nothing to count yet; each step "
            "below fills them in. Next: %1.",
        ).replace("%1", step_name(upcoming))
        self.ui.titleLabel.setText(f"<b>{escape(heading)}</b> {escape(why)}")
