"""One table of a report over time as a Qt model: French cells for display, raw values for sorting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sosdesk.domain.report_view import ReportTable, cell_text
from sosdesk.ui.people.table_model import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
EMPTY = ReportTable("", "", (), ())


class ReportViewTableModel(QAbstractTableModel):
    """Read-only rows of one ``ReportTable``; ``set_table`` swaps it whole (a new report)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = EMPTY

    def set_table(self, table: ReportTable) -> None:
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
            return cell_text(value)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if index.column() in self.table.numeric else ""
            if isinstance(value, Decimal):
                return float(value)
            if isinstance(value, date):
                return value.isoformat()
            return value if isinstance(value, int) else fold(str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section] if 0 <= section < len(self.table.headers) else None
        return str(section + 1)
