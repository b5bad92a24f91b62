"""部门顺序… on the staff page: the administrator moves a department up the list and saves;
the department filters follow; 自然顺序 puts the natural order back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.dialogs.staff.department_order_dialog import DepartmentOrderDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from tests.gui.conftest import screenshot
from tests.gui.test_open_hours_page import when_shown
from tests.gui.test_staff_page import staff_page


def filter_order(page: QWidget) -> list[str]:
    combo = page.ui.filterCombo  # type: ignore[attr-defined]
    return [combo.itemText(i) for i in range(1, combo.count())]  # after 全部部门


def test_the_administrator_sets_the_department_order(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    page = staff_page(qtbot, window)
    natural = filter_order(page)
    assert natural[:3] == ["一车间", "二车间", "三车间"]
    last = natural[-1]

    def to_the_top(dialog: QWidget) -> None:
        assert isinstance(dialog, DepartmentOrderDialog)
        listed = dialog.ui.departmentList
        assert dialog.names() == natural
        listed.setCurrentRow(listed.count() - 1)
        for _ in range(listed.count() - 1):
            qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)
        assert dialog.names()[0] == last
        screenshot(dialog, "department_order_dialog")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(DepartmentOrderDialog, to_the_top)
    qtbot.mouseClick(page.tools.departmentOrderButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert filter_order(page) == [last, *natural[:-1]]

    def natural_again(dialog: QWidget) -> None:
        assert isinstance(dialog, DepartmentOrderDialog)
        assert dialog.names()[0] == last  # as saved
        qtbot.mouseClick(dialog.ui.naturalButton, Qt.MouseButton.LeftButton)
        assert dialog.names() == natural
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(DepartmentOrderDialog, natural_again)
    qtbot.mouseClick(page.tools.departmentOrderButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert filter_order(page) == natural

    translations.apply(Language.ENGLISH)
    dialog = DepartmentOrderDialog(page.context, page)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Department order"
    screenshot(dialog, "department_order_dialog_en")
