"""List model of beneficiaries, professionals or sites, refreshed row by row from ``Changes``,
and an accent-insensitive filter over every column.

Fast at 2,000 rows (issue 13, bench_people_page.py): the model sorts its own Python list (one key per
row, not a Python ``data()`` call per comparison in the proxy) and folds a row's search text only
when a filter is typed."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sosdesk.store.changes import Changes
from sosdesk.store.people_rows import PersonRow
from sosdesk.ui.people.labels import tr_label
from sosdesk.ui.vocabulary_labels import skills_shown
from sosdesk.ui.widgets.row_model import SEARCH_ROLE, SORT_ROLE, FoldingFilterProxy, IdRowTableModel, fold

__all__ = ["SEARCH_ROLE", "SORT_ROLE", "FoldingFilterProxy", "PeopleTableModel", "fold"]

ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[Collection[str] | None], list[PersonRow]]


class PeopleTableModel(IdRowTableModel[PersonRow]):
    """Rows of one table (``beneficiaries`` …); ``apply_changes`` touches only the changed rows."""

    ROW_NUMBERS = True

    def __init__(self, table: str, headers: Sequence[str], loader: Loader,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._headers = tuple(headers)
        # the skills column is stored in French: shown in the user's language (issue 13)
        self._skills_col = self._headers.index("Compétences") if "Compétences" in self._headers else -1
        self._loader = loader
        self._search: dict[str, str] = {}   # row id → folded text, filled when a filter is typed
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.loaded = False

    @property
    def headers(self) -> tuple[str, ...]:
        return self._headers

    def header_label(self, text: str) -> str:
        return tr_label(text)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self._loader(None)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=lambda r: _sort_key(r.sort_keys[column]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(rows)
        self.loaded = True

    def _rows_reset(self) -> None:
        super()._rows_reset()
        self._search = {}

    def _row_set(self, row: PersonRow) -> None:
        self._search.pop(row.id, None)

    def _row_dropped(self, row_id: str) -> None:
        self._search.pop(row_id, None)

    @staticmethod
    def _folded(row: PersonRow) -> str:
        # numbers also without their spaces: « 0620 » finds « 06 20 87 09 16 »
        packed = (c.replace(" ", "") for c in row.cells if c[:1].isdigit() and " " in c)
        return fold(" \x1f ".join((row.id, *row.cells, *packed)))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the changed rows (and rows that show a changed name); add or drop rows as needed."""
        if not self.loaded:
            return   # read in full when first shown
        ids = set(changes.ids(self.table))
        others = {i for t in changes.tables() if t != self.table for i in changes.ids(t)}
        if others:
            ids |= {r.id for r in self._rows if r.refs & others}
        if not ids:
            return
        self.apply_rows(ids, {r.id: r for r in self._loader(ids)})
        if self._sort is not None:
            self.sort(*self._sort)   # a changed name takes its place in the sorted list

    # -- access ----------------------------------------------------------------------------
    def person(self, row: int) -> PersonRow:
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------------
    def cell(self, row: PersonRow, column: int) -> str:
        return skills_shown(row.cells[column]) if column == self._skills_col else row.cells[column]

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        return row.cells[column] or None

    def role_data(self, row: PersonRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            key = row.sort_keys[column]
            return fold(key) if isinstance(key, str) else key
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            text = self._search.get(row.id)
            if text is None:
                text = self._search[row.id] = self._folded(row)
            return text
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by one column (accents and case ignored), keeping selections on their rows."""
        if not 0 <= column < len(self.headers):
            return
        self._sort = (column, order)
        self.sort_by(lambda r: _sort_key(r.sort_keys[column]), reverse=order == Qt.SortOrder.DescendingOrder)


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before words, words accent- and case-insensitive, empty cells last."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, str):
        return (1, fold(value))
    return (0, value)
