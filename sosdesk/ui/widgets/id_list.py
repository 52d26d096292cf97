"""Selection and message helpers shared by the list pages (people, expenses): rows are found by id
through a sort/filter proxy, and a refusal is shown above the list and in the status bar."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from sosdesk.ui.bus import ChangeBus


class IdRows(Protocol):
    """A table model whose rows are records with an id."""

    def row_id(self, row: int) -> str: ...

    def row_of(self, row_id: str) -> int | None: ...




def selected_id(view: QTableView, proxy: QSortFilterProxyModel, model: IdRows) -> str | None:
    """The id of the first selected row, or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    return model.row_id(proxy.mapToSource(rows[0]).row())


def select_id(view: QTableView, proxy: QSortFilterProxyModel, model: IdRows, row_id: str) -> bool:
    """Select and show the row of ``row_id``; False when it is absent or filtered out."""
    row = model.row_of(row_id)
    if row is None:
        return False
    source: QAbstractItemModel = proxy.sourceModel()
    index = proxy.mapFromSource(source.index(row, 0))
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True


def show_message(label: QLabel, bus: ChangeBus, text: str) -> None:
    """Show ``text`` above the list (hidden when empty) and echo it in the status bar."""
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        bus.status_message.emit(text)


def message_label() -> QLabel:
    """The red line above a list where refusals are shown (hidden while empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


RESIZE_ROWS = 60


def record_table(proxy: QSortFilterProxyModel) -> QTableView:
    """A read-only, sortable, single-selection table of records behind a filter proxy."""
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Fit columns to the first rows, not to thousands (measuring every row took seconds: issue 13).
    header.setResizeContentsPrecision(RESIZE_ROWS)
    return view
