"""The read-only record table every list page uses: whole rows, one at a time, keyboard-friendly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def record_table(model: QAbstractItemModel, accessible_name: str,
                 parent: QWidget | None = None, *, stretch: bool = False,
                 wrap: bool = True, table: QTableView | None = None) -> QTableView:
    """A QTableView over ``model``: row selection, no editing, alternating rows.

    Tab leaves the table for the buttons (arrow keys move between rows), so keyboard users
    are never trapped in it. ``stretch`` spreads the columns over the width (short lists);
    otherwise columns are interactive and the last one takes the rest. ``wrap=False`` keeps
    each row on one line (long text is cut off; its tooltip shows it whole). ``table`` is a
    view of a QTableView subclass to set up instead of a plain one.
    """
    table = QTableView(parent) if table is None else table
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
    return table
