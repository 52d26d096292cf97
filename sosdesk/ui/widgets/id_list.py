"""Selection and message helpers shared by the list pages (people, expenses): rows are found by id
through a sort/filter proxy, and a refusal is shown above the list and in the status bar."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QLabel, QTableView

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
