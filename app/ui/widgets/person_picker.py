"""Pick a person from the roster by typing: employee no., name, pinyin or its initials.

Attached to a line edit, it shows the roster's matches in a list floating under the field;
Up/Down move through them and Enter picks. A staff card read by a keyboard-wedge reader
types the employee no. and Enter, so Enter searches at once (without waiting for the typing
pause) and prefers an exact employee no. The search itself is the roster service's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView

from app.domain.card_numbers import card_matches
from app.services.roster import StaffRow
from app.ui.models.row_table_model import Column, RowTableModel

MATCHES = 8
Search = Callable[[str], Sequence[StaffRow]]


def describe(row: StaffRow) -> str:
    left = "  ✗" if row.departure_date else ""
    return f"{row.employee_no}  {row.name}  {row.department}{left}"


class PersonPicker(QObject):
    picked = Signal(object)  # StaffRow
    not_found = Signal(str)

    def __init__(self, edit: QLineEdit, search: Search) -> None:
        super().__init__(edit)
        self.edit = edit
        self.search = search
        self.active = True
        self.model: RowTableModel[StaffRow] = RowTableModel(
            [Column("person", describe)], "PersonPicker"
        )
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFrameShape(QFrame.Shape.Box)
        self.list.setObjectName("personMatches")
        self.list.hide()
        self.list.clicked.connect(self._clicked)
        self._timer = QTimer(self, singleShot=True, interval=80)
        self._timer.timeout.connect(self.refresh)
        edit.textEdited.connect(self._typed)
        edit.installEventFilter(self)

    def set_active(self, active: bool) -> None:
        """Off for a visitor's name: the field is then plain text."""
        self.active = active
        if not active:
            self.hide()

    def matches(self) -> list[StaffRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def hide(self) -> None:
        self._timer.stop()
        self.list.hide()

    # --- searching -------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self.active:
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        rows = list(self.search(text)) if text else []
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
            self._place()
        else:
            self.list.hide()

    def _place(self) -> None:
        window = self.edit.window()
        if self.list.parent() is not window:
            self.list.setParent(window)
        origin = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        rows = min(self.model.rowCount(), MATCHES)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 6
        self.list.setGeometry(origin.x(), origin.y(), max(self.edit.width(), 360), height)
        self.list.show()
        self.list.raise_()

    # --- picking ---------------------------------------------------------------------------

    def pick_now(self) -> bool:
        """Enter: search if the pause has not come yet, then pick the best match."""
        if self._timer.isActive() or not self.list.isVisible():
            self.refresh()
        rows = self.matches()
        text = self.edit.text().strip()
        exact = next((r for r in rows if card_matches(text, r.employee_no)), None)
        current = self.list.currentIndex()
        chosen = exact or (rows[current.row()] if current.isValid() and rows else None)
        if chosen is None:
            self.hide()
            if text:
                self.not_found.emit(self.edit.text().strip())
            return False
        self._pick(chosen)
        return True

    def _pick(self, row: StaffRow) -> None:
        self.hide()
        self.picked.emit(row)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._pick(self.model.row_at(index.row()))

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = (self.list.currentIndex().row() + step) % count
        self.list.setCurrentIndex(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or not self.active:
            return False
        # Escape closes the list first; only then may it reach a Clear shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.list.isVisible()
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if not self.list.isVisible():
                    self.refresh()
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape and self.list.isVisible():
                self.hide()
                return True
        elif event.type() == QEvent.Type.FocusOut:
            # Later, so that a click on the list still lands on a visible list.
            QTimer.singleShot(150, self._hide_unless_focused)
        return False

    def _hide_unless_focused(self) -> None:
        if not self.edit.hasFocus():
            self.list.hide()
