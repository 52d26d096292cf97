"""List model of one month's expenses, refreshed row by row from ``Changes``, and its filter
(accent-insensitive words, optionally only the expenses without receipt)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from sosdesk.domain.vocabulary import day_text
from sosdesk.store.changes import Changes
from sosdesk.store.ops_expenses import ExpenseRow, format_euros
from sosdesk.ui.people.table_model import SEARCH_ROLE, SORT_ROLE, FoldingFilterProxy, fold

CONTEXT = "ExpensesModel"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_ROLE = Qt.ItemDataRole.UserRole + 4
HEADERS = (str(QT_TRANSLATE_NOOP("ExpensesModel", "Date")), str(QT_TRANSLATE_NOOP("ExpensesModel", "Catégorie")),
           str(QT_TRANSLATE_NOOP("ExpensesModel", "Libellé")), str(QT_TRANSLATE_NOOP("ExpensesModel", "Montant")),
           str(QT_TRANSLATE_NOOP("ExpensesModel", "Justificatif")),
           str(QT_TRANSLATE_NOOP("ExpensesModel", "Rendez-vous lié")))
AMOUNT_COLUMN, RECEIPT_COLUMN = 3, 4
CATEGORY_NAMES = {"room_rental": str(QT_TRANSLATE_NOOP("ExpensesModel", "Location de salle")),
                  "materials": str(QT_TRANSLATE_NOOP("ExpensesModel", "Matériel")),
                  "transport": str(QT_TRANSLATE_NOOP("ExpensesModel", "Transport")),
                  "other": str(QT_TRANSLATE_NOOP("ExpensesModel", "Autres frais"))}

Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[Collection[str] | None], list[ExpenseRow]]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category_name(code: str) -> str:
    return tr(CATEGORY_NAMES[code]) if code in CATEGORY_NAMES else code


def cells(row: ExpenseRow) -> tuple[str, ...]:
    receipt = (QCoreApplication.translate("ExpensesModel", "oui") if row.has_receipt
               else QCoreApplication.translate("ExpensesModel", "non"))
    return (day_text(row.date), category_name(row.category), row.label, format_euros(row.amount_cents),
            receipt, row.meeting_text)


class ExpensesTableModel(QAbstractTableModel):
    """Rows of the shown month; ``apply_changes`` reloads only the changed expenses."""

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[ExpenseRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._pos: dict[str, int] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._loader(None)
        self._cells = [cells(r) for r in self._rows]
        self._search = [fold(" \x1f ".join((r.id, *c))) for r, c in zip(self._rows, self._cells, strict=True)]
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._pos = {r.id: i for i, r in enumerate(self._rows)}

    def _set(self, pos: int, row: ExpenseRow) -> None:
        self._rows[pos] = row
        self._cells[pos] = cells(row)
        self._search[pos] = fold(" \x1f ".join((row.id, *self._cells[pos])))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh changed expenses and those showing a changed meeting; a new invoice reloads all."""
        if changes.ids("invoices"):
            self.reload()
            return
        ids = set(changes.ids("expenses"))
        meetings = changes.ids("meetings") | changes.ids("attachments")
        ids |= {r.id for r in self._rows if {r.meeting_id, r.receipt} & meetings}
        if not ids:
            return
        fresh = {r.id: r for r in self._loader(ids)}
        for rid in sorted(ids):
            pos, row = self._pos.get(rid), fresh.get(rid)
            if pos is not None and row is None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                for seq in (self._rows, self._cells, self._search):
                    del seq[pos]
                self._reindex()
                self.endRemoveRows()
            elif pos is not None and row is not None:
                self._set(pos, row)
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(HEADERS) - 1))
            elif row is not None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._cells.append(())
                self._search.append("")
                self._set(end, row)
                self._pos[rid] = end
                self.endInsertRows()

    # -- access --------------------------------------------------------------------------------
    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, row_id: str) -> int | None:
        return self._pos.get(row_id)

    def expense(self, row: int) -> ExpenseRow:
        return self._rows[row]

    def rows(self) -> list[ExpenseRow]:
        return list(self._rows)

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][col]
        if role == SORT_ROLE:
            keys: tuple[Any, ...] = (row.date.toordinal(), fold(self._cells[index.row()][1]), fold(row.label),
                                     row.amount_cents, int(row.has_receipt), row.meeting_text)
            return keys[col]
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == MISSING_ROLE:
            return not row.has_receipt
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == RECEIPT_COLUMN and not row.has_receipt:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _tooltip(self, row: ExpenseRow, col: int) -> str | None:
        if row.billed_by:
            return QCoreApplication.translate(
                "ExpensesModel", "Facturée par la facture validée {0} : elle ne peut plus être modifiée").format(
                row.billed_by)
        if col == RECEIPT_COLUMN:
            return row.receipt_name or QCoreApplication.translate(
                "ExpensesModel", "Sans justificatif : la facture la signalera comme justificatif manquant")
        return self._cells[self._pos[row.id]][col] or None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ExpensesFilterProxy(FoldingFilterProxy):
    """The people filter (every word, accents ignored) plus « sans justificatif seulement »."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.missing_only = False

    def set_missing_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.missing_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.missing_only:
            source = self.sourceModel()
            if not source.data(source.index(source_row, 0, source_parent), MISSING_ROLE):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
