"""One rule for the width of every list's columns.

Each column is as wide as its header and the rows in view need (an empty column stays as
narrow as its header), never wider than `WIDEST` (the cell's tooltip shows the rest); the room
left over goes to the last column that holds words (a name, a note), never to a date, a number
or an empty column; short of room, the columns of words give back what brings every column
into view.
Dates, times and numbers are therefore never elided while a column of words takes the width.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

REFITS = "refits_columns"  # a table's dynamic property once it follows its width
WIDEST = 360  # px: a long note or address is read in its tooltip or the details
SAMPLE = 50  # rows measured, as Qt measures them (setResizeContentsPrecision)
GRID_SLACK = 2  # px past the last column (its grid line) before a sideways scroll appears
# Words: a Chinese character or two letters in a row, not after a figure. Not words: a date,
# a time, a number or an amount with its unit ("6 小时", "49 / 140 人"), a tick, a masked ID
# number ("**************263X").
_WORDS = re.compile(r"[\u3400-\u9fff]|[^\W\d_]{2}")
_FIGURE = re.compile(r"^\s*[\d*+\-−.,:/%]")


def is_words(text: str) -> bool:
    return bool(_WORDS.search(text)) and not _FIGURE.match(text)


def words_column(view: QTableView) -> int | None:
    """The last visible column with words in the rows measured, or None."""
    model = view.model()
    if model is None:
        return None
    rows = min(model.rowCount(), SAMPLE)
    found = None
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        cells = (model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(rows))
        if any(is_words(str(cell)) for cell in cells if cell is not None):
            found = column
    return found


def content_width(view: QTableView, widest: int = WIDEST) -> int:
    """The width `view` needs to show every visible column as the rule sizes it, with no
    sideways scroll: the columns, the row header, the frame and the upright scroll bar."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE)
    least = header.minimumSectionSize()
    columns = sum(
        min(max(header.sectionSizeHint(c), view.sizeHintForColumn(c), least), widest)
        for c in range(header.count())
        if not view.isColumnHidden(c)
    )
    rows = view.verticalHeader()
    around = 2 * view.frameWidth() + (rows.width() if rows.isVisible() else 0)
    bar = view.verticalScrollBar()
    bar_width = bar.sizeHint().width() if bar.maximum() > 0 else 0
    return columns + around + bar_width + GRID_SLACK


def fit_columns(view: QTableView, widest: int = WIDEST) -> None:
    """Size `view`'s columns by the rule above (again on each call: rows and words change), and
    again whenever its width changes (a dialog fitted before it is shown, a window resized)."""
    _follow_width(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(SAMPLE)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
    _give_the_rest(view)


def _give_the_rest(view: QTableView) -> None:
    """The room right of the last column goes to the column of words (sized as needed first);
    short of room, the columns of words give it back (see _give_back)."""
    target = words_column(view)
    if target is None:
        return
    header = view.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()) if not view.isColumnHidden(c))
    room = view.viewport().width() - used
    if room > 0:
        header.resizeSection(target, header.sectionSize(target) + room)
    elif room < 0:
        _give_back(view, -room)


def _give_back(view: QTableView, short: int) -> None:
    """Bring every column into view when the columns holding only words can give `short` px
    between them, each in proportion to its width above its header's (its tooltip shows the
    rest); a date or a figure is never cut. When they cannot, the list scrolls sideways."""
    header = view.horizontalHeader()
    spare = {}
    for column in range(header.count()):
        if view.isColumnHidden(column) or not only_words(view, column):
            continue
        least = max(header.sectionSizeHint(column), header.minimumSectionSize())
        if header.sectionSize(column) > least:
            spare[column] = header.sectionSize(column) - least
    total = sum(spare.values())
    if total < short:
        return
    given = {column: room * short // total for column, room in spare.items()}
    for column in sorted(spare, key=lambda c: spare[c] - given[c], reverse=True):
        if sum(given.values()) == short:
            break
        given[column] += 1  # the pixels the division left, to the widest first
    for column, width in given.items():
        header.resizeSection(column, header.sectionSize(column) - width)


def only_words(view: QTableView, column: int) -> bool:
    """The column's rows measured hold words only (no date, figure or empty column)."""
    model = view.model()
    rows = range(min(model.rowCount(), SAMPLE))
    cells = [str(model.index(row, column).data() or "") for row in rows]
    return any(cells) and all(is_words(cell) for cell in cells if cell)


class RefitOnResize(QObject):
    """Keeps the rule as the window is resized: the words column takes or gives back room."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
            and self.view.model() is not None
        ):
            fit_columns(self.view)
        return False


def keep_fitted(view: QTableView) -> None:
    """Refit `view` whenever its visible width changes (columns stay resizable by hand)."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    _follow_width(view)


def _follow_width(view: QTableView) -> None:
    if not view.property(REFITS):
        view.setProperty(REFITS, True)
        RefitOnResize(view)
