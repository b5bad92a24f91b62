"""A search field's hint shown whole: the field is widened to its hint (up to its maximum)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

QT_INNER_MARGIN = 4  # px Qt's line edit keeps on each side of its text, beyond the style's


def hint_width(edit: QLineEdit, hint: str) -> int:
    """The field's width that shows `hint` whole: the text, the frame and the clear button."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    around = option.rect.width() - room.width() + margins.left() + margins.right()
    return edit.fontMetrics().horizontalAdvance(hint) + around + QT_INNER_MARGIN + 1


def set_search_hint(edit: QLineEdit, hint: str) -> None:
    """Set the hint and keep the field at least as wide as it needs (a layout at the size the
    window opens on a laptop gave the field less than its hint, which showed cut)."""
    edit.setPlaceholderText(hint)
    edit.setMinimumWidth(min(hint_width(edit, hint), edit.maximumWidth()))
