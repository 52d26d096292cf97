"""List model of beneficiaries, professionals or sites, refreshed row by row from ``Changes``,
and an accent-insensitive filter over every column.

Fast at 2,000 rows (issue 13, bench_people_page.py): the model sorts its own Python list (one key per
row, not a Python ``data()`` call per comparison in the proxy) and folds a row's search text only
when a filter is typed."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from sosdesk.store.changes import Changes
from sosdesk.store.people_rows import PersonRow
from sosdesk.ui.people.labels import tr_label
from sosdesk.ui.vocabulary_labels import skills_shown

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[Collection[str] | None], list[PersonRow]]


def fold(text: str) -> str:
    """Lower case without accents: « Hélène » and « helene » match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class PeopleTableModel(QAbstractTableModel):
    """Rows of one table (``beneficiaries`` …); ``apply_changes`` touches only the changed rows."""

    def __init__(self, table: str, headers: Sequence[str], loader: Loader,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.headers = tuple(headers)
        # the skills column is stored in French: shown in the user's language (issue 13)
        self._skills_col = self.headers.index("Compétences") if "Compétences" in self.headers else -1
        self._loader = loader
        self._rows: list[PersonRow] = []
        self._search: dict[str, str] = {}   # row id → folded text, filled when a filter is typed
        self._pos: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.loaded = False

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._loader(None)
        self._search = {}
        self._order_rows()
        self._reindex()
        self.loaded = True
        self.endResetModel()

    def _reindex(self) -> None:
        self._pos = {r.id: i for i, r in enumerate(self._rows)}

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
        fresh = {r.id: r for r in self._loader(ids)}
        for rid in sorted(ids):
            pos = self._pos.get(rid)
            row = fresh.get(rid)
            if pos is not None and row is None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._rows[pos]
                self._search.pop(rid, None)
                self._reindex()
                self.endRemoveRows()
            elif pos is not None and row is not None:
                self._rows[pos] = row
                self._search.pop(rid, None)
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.headers) - 1))
            elif row is not None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._pos[rid] = end
                self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)   # a changed name takes its place in the sorted list

    # -- access ----------------------------------------------------------------------------
    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, row_id: str) -> int | None:
        return self._pos.get(row_id)

    def person(self, row: int) -> PersonRow:
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if not 0 <= col < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return skills_shown(row.cells[col]) if col == self._skills_col else row.cells[col]
        if role == SORT_ROLE:
            key = row.sort_keys[col]
            return fold(key) if isinstance(key, str) else key
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            text = self._search.get(row.id)
            if text is None:
                text = self._search[row.id] = self._folded(row)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.cells[col] or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by one column (accents and case ignored), keeping selections on their rows."""
        if not 0 <= column < len(self.headers):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[p.row()].id, p.column()) if p.isValid() else None for p in persistent]
        self._order_rows()
        self._reindex()
        self.changePersistentIndexList(persistent, [
            self.index(self._pos[h[0]], h[1]) if h is not None and h[0] in self._pos else QModelIndex()
            for h in held])
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._rows.sort(key=lambda r: _sort_key(r.sort_keys[column]),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_label(self.headers[section]) if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before words, words accent- and case-insensitive, empty cells last."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, str):
        return (1, fold(value))
    return (0, value)


class FoldingFilterProxy(QSortFilterProxyModel):
    """Instant filter on every column, accents and case ignored; every word must match. Sorting is
    handed to the source model (its own list, fast); the proxy keeps the source's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        text = source.data(source.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(w in text for w in self._words)
