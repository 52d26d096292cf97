"""One table of a report over time as a Qt model: French cells for display, raw values for sorting
(the week/month tables' model, with the cells and headers of ``ReportTable``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt

from sosdesk.domain.report_view import ReportTable, cell_text
from sosdesk.ui.reports.table_model import SORT_ROLE, ReportTableModel
from sosdesk.ui.vocabulary_labels import shown

__all__ = ["SORT_ROLE", "ReportViewTableModel"]
EMPTY = ReportTable("", "", (), ())


class ReportViewTableModel(ReportTableModel):
    """Read-only rows of one ``ReportTable``; ``set_table`` swaps it whole (a new report)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = EMPTY  # type: ignore[assignment]

    def set_table(self, table: ReportTable) -> None:  # type: ignore[override]
        super().set_table(table)  # type: ignore[arg-type]

    def display(self, value: Any) -> str:
        text = cell_text(value)
        return shown(text) if isinstance(value, str) else text  # skills and meeting types: user's language

    def sort_key(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, date) else super().sort_key(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:  # already French: built by the use case
            return self.table.headers[section] if 0 <= section < len(self.table.headers) else None
        return str(section + 1)
