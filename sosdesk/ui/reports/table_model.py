"""A report ``Table`` as a Qt model: French number display, raw values for sorting."""

from __future__ import annotations

from decimal import Decimal
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

from sosdesk.store.csv_export import format_cell
from sosdesk.store.reports import Table
from sosdesk.ui.people.table_model import fold
from sosdesk.ui.vocabulary_labels import shown

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
EMPTY = Table("", (), ())

# The column headers the store's reports use (French), listed for lupdate; shown translated.
HEADERS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ReportTableModel", "Professionnel"), QT_TRANSLATE_NOOP("ReportTableModel", "Région"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Prévu (h)"), QT_TRANSLATE_NOOP("ReportTableModel", "Réalisé (h)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Plafond (h)"), QT_TRANSLATE_NOOP("ReportTableModel", "Charge (%)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Bénéficiaire"), QT_TRANSLATE_NOOP("ReportTableModel", "Type"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Requis (h)"), QT_TRANSLATE_NOOP("ReportTableModel", "Couverture (%)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Tenus"), QT_TRANSLATE_NOOP("ReportTableModel", "Tenus (h)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Absences"), QT_TRANSLATE_NOOP("ReportTableModel", "Absences (h)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Annulés"), QT_TRANSLATE_NOOP("ReportTableModel", "Annulés (h)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Présences à saisir"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Présences à saisir (h)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Périmètre"), QT_TRANSLATE_NOOP("ReportTableModel", "Document"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Édition"), QT_TRANSLATE_NOOP("ReportTableModel", "Numéro"),
    QT_TRANSLATE_NOOP("ReportTableModel", "Statut"), QT_TRANSLATE_NOOP("ReportTableModel", "HT (€)"),
    QT_TRANSLATE_NOOP("ReportTableModel", "TVA (€)"), QT_TRANSLATE_NOOP("ReportTableModel", "TTC (€)"),
)


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of one report; ``set_table`` swaps the whole report (a new query)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = EMPTY

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows) \
                or not 0 <= index.column() < len(self.table.headers):
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if index.column() in self.table.numeric else ""
            return self.sort_key(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, value: Any) -> str:
        """The French text of a cell; skills and meeting types in the user's language (issue 13)."""
        text = format_cell(value)
        return shown(text) if isinstance(value, str) else text

    def sort_key(self, value: Any) -> Any:
        """What a (non-empty) cell sorts by: numbers as numbers, text accent- and case-folded."""
        if isinstance(value, Decimal):
            return float(value)
        return value if isinstance(value, int) else fold(str(value))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.table.headers):
                return None
            return QCoreApplication.translate("ReportTableModel", self.table.headers[section])
        return str(section + 1)
