"""Columns sized to their contents while the last one still fills the table."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns(view: QTableView) -> None:
    """Size each column to its contents (after new rows, or headers in another language).

    resizeColumnsToContents() gives the last column its content width too, and a stretching
    last column (or a column set to Stretch) is not widened again until the table is resized;
    after a language switch nothing resizes the table, so the header ended short of the right
    edge. Setting the stretch again lays the sections out at once."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    if header.stretchLastSection():
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
    for column in range(header.count()):
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
