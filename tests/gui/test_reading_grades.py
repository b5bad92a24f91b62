"""Grades, urgent values and follow-up days in the window: the settings dialog, the entry
form. Screenshots at 1366×768 in both languages go to build/screenshots."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalogue.readings import Flag, ReadingGroup
from app.services import reading_thresholds
from app.ui.context import AppContext
from app.ui.dialogs.thresholds_dialog import ThresholdsDialog
from app.ui.i18n import Language, Translations
from tests.gui.conftest import screenshot
from tests.support import CHAIR, DEMO_TODAY


@pytest.fixture
def context(demo_db: object, translations: Translations) -> Iterator[AppContext]:
    yield AppContext(db=demo_db, actor=CHAIR, today=lambda: DEMO_TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_settings_name_each_guideline_and_save_grades_and_follow_up_days(
    qtbot: QtBot, context: AppContext, translations: Translations, language: Language
) -> None:
    translations.apply(language)
    dialog = ThresholdsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= 768 and dialog.width() <= 1366
    source = dialog.ui.bpSourceLabel.text()
    assert ("中国高血压防治指南" if language is Language.CHINESE else "hypertension") in source
    assert "2型糖尿病" in dialog.ui.glucoseSourceLabel.text() or "diabetes" in (
        dialog.ui.glucoseSourceLabel.text()
    )
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        screenshot(dialog, f"thresholds_{language.value}_{index}")

    # Out of order: refused with both labels named, the page with the field shown.
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.spins["systolic_high_normal"].setValue(145)
    dialog.save()
    assert dialog.result() == 0 and dialog.ui.errorLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.bpTab
    dialog.spins["systolic_high_normal"].setValue(125)
    dialog.spins["urgent_systolic"].setValue(170)
    dialog.day_spins[(ReadingGroup.BLOOD_PRESSURE, Flag.GRADE_1)].setValue(21)
    dialog.save()
    assert dialog.result() == 1
    db = context.db
    thresholds = reading_thresholds.get_thresholds(db, CHAIR)
    assert (thresholds.systolic_high_normal, thresholds.urgent_systolic) == (125, 170)
    plan = reading_thresholds.get_follow_up_plan(db, CHAIR)
    assert plan.days[(ReadingGroup.BLOOD_PRESSURE, Flag.GRADE_1)] == 21
    QApplication.processEvents()
