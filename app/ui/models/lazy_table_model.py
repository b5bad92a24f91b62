"""A row model that fetches pages on demand, for tables too large to load (the usage log)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.ui.models.row_table_model import Column, RowT, RowTableModel

PAGE = 200


class LazyRowTableModel(RowTableModel[RowT]):
    """Starts with one page; the view asks for more (`fetchMore`) as the user scrolls."""

    def __init__(self, columns: Sequence[Column[RowT]], context: str) -> None:
        super().__init__(columns, context)
        self._fetch: Callable[[int, int], list[RowT]] = lambda offset, limit: []
        self._total = 0
        self._fetching = False  # views and testers may ask again while rows are being inserted

    @property
    def total(self) -> int:
        return self._total

    def reset_source(self, total: int, fetch: Callable[[int, int], list[RowT]]) -> None:
        self._fetch = fetch
        self._total = total
        self.set_rows(fetch(0, PAGE) if total else [])

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching:
            return
        more = self._fetch(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)  # the data shrank meanwhile
            return
        first = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False
