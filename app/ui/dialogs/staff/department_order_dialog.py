"""部门顺序: the order the site lists its departments in (its organisation chart, say), or the
natural order (一车间 < 二车间 < … < 十一车间, then pinyin). Saved as one audited action."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.domain.ordering import natural_key
from app.services import department_order
from app.services.actor import PermissionDenied
from app.ui.context import AppContext
from app.ui.forms.ui_department_order_dialog import Ui_DepartmentOrderDialog
from app.ui.i18n import catalogue_language


class DepartmentOrderDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DepartmentOrderDialog()
        self.ui.setupUi(self)
        self.natural = False  # the natural order chosen (nothing of the site's own is kept)
        self.saved = False
        names, _own = department_order.departments_in_order(context.db, context.actor)
        self.ui.departmentList.addItems(names)
        self.ui.upButton.clicked.connect(lambda: self.shift(-1))
        self.ui.downButton.clicked.connect(lambda: self.shift(1))
        self.ui.naturalButton.clicked.connect(self.use_natural_order)
        self.ui.departmentList.model().rowsMoved.connect(lambda *_a: self._own_order())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def names(self) -> list[str]:
        listed = self.ui.departmentList
        return [listed.item(row).text() for row in range(listed.count())]

    def _own_order(self) -> None:
        self.natural = False

    def shift(self, step: int) -> None:
        listed = self.ui.departmentList
        row = listed.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < listed.count():
            return
        listed.insertItem(target, listed.takeItem(row))
        listed.setCurrentRow(target)
        self._own_order()

    def use_natural_order(self) -> None:
        names = sorted(self.names(), key=natural_key)
        self.ui.departmentList.clear()
        self.ui.departmentList.addItems(names)
        self.natural = True

    def save(self) -> None:
        try:
            department_order.save_order(
                self.context.db, self.context.actor, [] if self.natural else self.names()
            )
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.saved = True
        self.accept()
