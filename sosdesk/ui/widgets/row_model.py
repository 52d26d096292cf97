"""The one table model shape of the window's lists (people, expenses, reminders, sync refusals):
rows of plain values in fixed columns with French headers; the id-keyed variant refreshes only the
rows a ``Changes`` names and sorts its own list while selections stay on their rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Mapping
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the value a column sorts by
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3   # a row's folded text, for the filter


class HasId(Protocol):
    @property
    def id(self) -> Any: ...


R = TypeVar("R")
I = TypeVar("I", bound=HasId)  # noqa: E741


class RowTableModel(QAbstractTableModel, Generic[R]):
    """``cell(row, column)`` gives the text; ``tooltip`` and ``role_data`` the rest. Headers are French
    sources translated in ``CONTEXT`` (or shown through ``header_label``)."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""
    ROW_NUMBERS = False   # vertical header « 1, 2, 3 »

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- what a subclass says -------------------------------------------------------------------
    @property
    def headers(self) -> tuple[str, ...]:
        return self.HEADERS

    def header_label(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text) if self.CONTEXT else text

    def cell(self, row: R, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> Any:
        return None

    def role_data(self, row: R, column: int, role: int) -> Any:
        return None

    # -- rows -----------------------------------------------------------------------------------
    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_reset()
        self.endResetModel()

    def _rows_reset(self) -> None:
        """Hook: the whole list was replaced (rebuild caches)."""

    def row_at(self, row: int) -> R:
        return self._rows[row]

    # -- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.headers):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return self.role_data(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header_label(self.headers[section]) if 0 <= section < len(self.headers) else None
        return str(section + 1) if self.ROW_NUMBERS else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IdRowTableModel(RowTableModel[I]):
    """Rows with an ``id``: ``apply_rows`` refreshes, adds or drops just the named rows (from a
    ``Changes``), ``sort_by`` orders the model's own list (fast at thousands of rows) and keeps the
    selection on its rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pos: dict[Any, int] = {}

    def _rows_reset(self) -> None:
        self._reindex()

    def _reindex(self) -> None:
        self._pos = {r.id: i for i, r in enumerate(self._rows)}

    def _row_set(self, row: I) -> None:
        """Hook: ``row`` was added or replaced (refresh its caches)."""

    def _row_dropped(self, row_id: Any) -> None:
        """Hook: the row ``row_id`` left the list."""

    def row_id(self, row: int) -> Any:
        return self._rows[row].id

    def row_of(self, row_id: Any) -> int | None:
        return self._pos.get(row_id)

    def apply_rows(self, ids: Collection[Any], fresh: Mapping[Any, I]) -> None:
        """``fresh`` holds the current version of each of ``ids`` still there: replace, add, drop."""
        last = len(self.headers) - 1
        for rid in sorted(ids):
            pos, row = self._pos.get(rid), fresh.get(rid)
            if pos is not None and row is None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._rows[pos]
                self._row_dropped(rid)
                self._reindex()
                self.endRemoveRows()
            elif pos is not None and row is not None:
                self._rows[pos] = row
                self._row_set(row)
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, last))
            elif row is not None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._pos[rid] = end
                self._row_set(row)
                self.endInsertRows()

    def sort_by(self, key: Callable[[I], Any], reverse: bool = False) -> None:
        """Order the rows; persistent indexes (the selection, the current row) follow their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[p.row()].id, p.column()) if p.isValid() else None for p in persistent]
        self._rows.sort(key=key, reverse=reverse)
        self._reindex()
        self.changePersistentIndexList(persistent, [
            self.index(self._pos[h[0]], h[1]) if h is not None and h[0] in self._pos else QModelIndex()
            for h in held])
        self.layoutChanged.emit()


def fold(text: str) -> str:
    """Lower case without accents: « Hélène » and « helene » match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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
