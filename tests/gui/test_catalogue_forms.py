"""Forms built from the catalogue: the thresholds dialog lists every limit it declares, the
readings editor gives a reading type the designed form does not place a row of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.catalogue import Language
from app.catalogue.codes import Sex
from app.catalogue.readings import READINGS, THRESHOLDS, ReadingGroup, ReadingType
from app.db.migrate import Database
from app.domain.readings import Thresholds
from app.services import reading_thresholds
from app.ui.context import AppContext
from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog
from app.ui.i18n import Translations
from app.ui.widgets.readings_editor import ReadingsEditor
from tests.gui.conftest import screenshot
from tests.support import CHAIR, DEMO_TODAY


def test_the_thresholds_dialog_has_a_row_per_declared_limit_and_keeps_their_order(
    qtbot: QtBot, db: Database, translations: Translations
) -> None:
    dialog = ThresholdsDialog(AppContext(db, CHAIR, lambda: DEMO_TODAY))
    qtbot.addWidget(dialog)
    # A page per reading group (the urgent values on their own), each in the catalogue's order.
    labels = [
        layout.itemAt(row, layout.ItemRole.LabelRole).widget()
        for layout in dialog.field_layouts.values()
        for row in range(layout.rowCount())
    ]
    pages = list(dialog.field_layouts)
    page_of = {
        limit.key: "urgent" if limit.urgent else spec.group.value
        for spec in READINGS.values()
        for limit in spec.thresholds
    }
    by_page = sorted(THRESHOLDS.values(), key=lambda limit: pages.index(page_of[limit.key]))
    assert [w.text() for w in labels if isinstance(w, QLabel)] == [
        limit.label.in_(Language.ZH) for limit in by_page
    ]
    assert {k: s.value() for k, s in dialog.spins.items()} == Thresholds().to_dict()
    screenshot(dialog, "thresholds_dialog_from_catalogue")
    # A band the wrong way round is refused in the words of both rows, nothing is saved.
    dialog.spins["bmi_overweight"].setValue(30)
    dialog.save()
    assert THRESHOLDS["bmi_overweight"].label.zh in dialog.ui.errorLabel.text()
    assert THRESHOLDS["bmi_obese"].label.zh in dialog.ui.errorLabel.text()
    assert reading_thresholds.get_thresholds(db, CHAIR) == Thresholds()
    dialog.spins["bmi_overweight"].setValue(25)
    dialog.save()
    assert reading_thresholds.get_thresholds(db, CHAIR).bmi_overweight == 25


def test_every_reading_type_has_a_place_in_the_readings_editor(
    qtbot: QtBot, translations: Translations
) -> None:
    editor = ReadingsEditor()
    qtbot.addWidget(editor)
    for rt, spec in READINGS.items():
        if spec.derived_from:
            assert rt in editor.flags, rt  # shown computed, with its flag
        else:
            assert isinstance(editor.edit_for(rt), QLineEdit), rt
            # In its item's box, whether the form places it or the catalogue adds it.
            assert editor.boxes[spec.group].isAncestorOf(editor.edit_for(rt)), rt
    # Every item of the register is a box, in the catalogue's order.
    assert list(editor.boxes) == list(ReadingGroup)


def test_the_tab_order_walks_the_items_and_their_fields_in_the_catalogues_order(
    qtbot: QtBot, translations: Translations
) -> None:
    editor = ReadingsEditor()
    qtbot.addWidget(editor)
    chain = editor.tab_chain()
    boxes = [widget for widget in chain if widget in editor.boxes.values()]
    assert boxes == list(editor.boxes.values())
    edits = [rt for rt, edit in editor.fields.items() if edit in chain]
    assert edits == [
        rt for rt, spec in READINGS.items() if not spec.derived_from and rt in editor.fields
    ]
    # The hip, which the form does not place, comes right after the waist.
    waist = chain.index(editor.edit_for(ReadingType.WAIST))
    assert chain[waist + 1] is editor.edit_for(ReadingType.HIP)
    # Typing starts at the first field of the first item ticked; a known height is skipped.
    editor.set_groups([ReadingGroup.BODY, ReadingGroup.SPO2])
    assert editor.first_field() is editor.edit_for(ReadingType.HEIGHT)
    editor.set_context(Thresholds(), None, 170.0)
    assert editor.first_field() is editor.edit_for(ReadingType.WEIGHT)


def test_waist_and_hip_give_the_waist_hip_ratio_while_typing(
    qtbot: QtBot, translations: Translations
) -> None:
    editor = ReadingsEditor()
    qtbot.addWidget(editor)
    editor.set_context(Thresholds(), Sex.FEMALE, None)
    editor.set_groups([ReadingGroup.WAIST])
    editor.resize(900, 300)
    editor.show()
    qtbot.keyClicks(editor.edit_for(ReadingType.WAIST), "80")
    hip = editor.edit_for(ReadingType.HIP)
    assert hip.placeholderText() == "臀围"
    qtbot.keyClicks(hip, "92")
    name, value = editor.derived[ReadingType.WAIST_HIP_RATIO]
    assert (name.text(), value.text()) == ("腰臀比", "0.87")
    assert editor.flags[ReadingType.WAIST_HIP_RATIO].text() == "偏高"  # ≥ 0.85 for a woman
    assert ReadingType.WAIST_HIP_RATIO in editor.abnormal_types()
    screenshot(editor, "readings_editor_waist_hip_ratio")
