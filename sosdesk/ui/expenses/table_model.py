"""List model of one month's expenses, refreshed row by row from ``Changes``, and its filter
(accent-insensitive words, optionally only the expenses without receipt)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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
from sosdesk.ui.widgets.row_model import IdRowTableModel

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


class ExpensesTableModel(IdRowTableModel[ExpenseRow]):
    """Rows of the shown month; ``apply_changes`` reloads only the changed expenses."""

    HEADERS = HEADERS
    CONTEXT = CONTEXT
    ROW_NUMBERS = True

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._cells: dict[str, tuple[str, ...]] = {}    # row id → shown texts
        self._search: dict[str, str] = {}               # row id → folded search text

    def reload(self) -> None:
        self.set_rows(self._loader(None))

    def _rows_reset(self) -> None:
        super()._rows_reset()
        self._cells, self._search = {}, {}
        for row in self._rows:
            self._row_set(row)

    def _row_set(self, row: ExpenseRow) -> None:
        self._cells[row.id] = cells(row)
        self._search[row.id] = fold(" \x1f ".join((row.id, *self._cells[row.id])))

    def _row_dropped(self, row_id: str) -> None:
        self._cells.pop(row_id, None)
        self._search.pop(row_id, None)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh changed expenses and those showing a changed meeting; a new invoice reloads all."""
        if changes.ids("invoices"):
            self.reload()
            return
        ids = set(changes.ids("expenses"))
        meetings = changes.ids("meetings") | changes.ids("attachments")
        ids |= {r.id for r in self._rows if {r.meeting_id, r.receipt} & meetings}
        if ids:
            self.apply_rows(ids, {r.id: r for r in self._loader(ids)})

    # -- access --------------------------------------------------------------------------------
    def expense(self, row: int) -> ExpenseRow:
        return self._rows[row]

    def rows(self) -> list[ExpenseRow]:
        return list(self._rows)

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def cell(self, row: ExpenseRow, column: int) -> str:
        return self._cells[row.id][column]

    def role_data(self, row: ExpenseRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            keys: tuple[Any, ...] = (row.date.toordinal(), fold(self._cells[row.id][1]), fold(row.label),
                                     row.amount_cents, int(row.has_receipt), row.meeting_text)
            return keys[column]
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return self._search[row.id]
        if role == MISSING_ROLE:
            return not row.has_receipt
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == RECEIPT_COLUMN and not row.has_receipt:
            return QColor("#b00020")
        return None

    def tooltip(self, row: ExpenseRow, column: int) -> str | None:
        if row.billed_by:
            return QCoreApplication.translate(
                "ExpensesModel", "Facturée par la facture validée {0} : elle ne peut plus être modifiée").format(
                row.billed_by)
        if column == RECEIPT_COLUMN:
            return row.receipt_name or QCoreApplication.translate(
                "ExpensesModel", "Sans justificatif : la facture la signalera comme justificatif manquant")
        return self._cells[row.id][column] or None


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
