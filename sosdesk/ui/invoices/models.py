"""Table models of the invoice workbench: the month × region board and an invoice's lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from sosdesk.domain.invoice_workflow import STATUS_LABELS, month_label
from sosdesk.domain.pricing import UNIT_LABELS, euros, format_decimal

Index = QModelIndex | QPersistentModelIndex
STATUS_COLORS = {"draft": "#fff4d6", "submitted": "#dbeafe", "approved": "#dcfce7", "validated": "#bbf7d0",
                 "paid": "#e5e7eb"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardModel(QAbstractTableModel):
    """Rows: regions then 'National'; columns: months; a cell shows that invoice's status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scopes: list[tuple[str, str]] = []  # (scope id, label)
        self.months: list[str] = []
        self.cells: dict[tuple[str, str], dict[str, Any]] = {}

    def set_board(self, scopes: list[tuple[str, str]], months: list[str],
                  cells: dict[tuple[str, str], dict[str, Any]]) -> None:
        self.beginResetModel()
        self.scopes, self.months, self.cells = scopes, months, cells
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.scopes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def cell(self, index: Index) -> dict[str, Any] | None:
        if not index.isValid() or index.row() >= len(self.scopes) or index.column() >= len(self.months):
            return None
        return self.cells.get((self.scopes[index.row()][0], self.months[index.column()]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.scopes) or index.column() >= len(self.months):
            return None
        info = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if info is None:
                return "—"
            text = STATUS_LABELS.get(info["status"], info["status"])
            if info.get("missing"):
                text += f" ({info['missing']} ⚠)"
            if info.get("chorus"):
                text += " · " + info["chorus"].removeprefix("Chorus Pro : ")
            return text
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            return " — ".join(x for x in (f"{info.get('number') or ''} {euros(info.get('total'))}".strip(),
                                          info.get("chorus", "")) if x)
        if role == Qt.ItemDataRole.BackgroundRole and info is not None:
            return QBrush(QColor(STATUS_COLORS.get(info["status"], "#ffffff")))
        if role == ID_ROLE:
            return info["id"] if info else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return month_label(self.months[section]) if 0 <= section < len(self.months) else None
        return self.scopes[section][1] if 0 <= section < len(self.scopes) else None


LINE_HEADERS = ("Désignation", "Quantité", "Unité", "Prix unitaire", "Montant HT", "Éléments")


class LinesModel(QAbstractTableModel):
    """An invoice's lines (sosdesk-invoice/1 line dicts), read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[dict[str, Any]] = []

    def set_lines(self, lines: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINE_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines) or index.column() >= len(LINE_HEADERS):
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (line["label"], format_decimal(line["quantity"]), UNIT_LABELS.get(line["unit"], line["unit"]),
                    euros(line.get("unit_price_cents")), euros(line["amount_cents"]),
                    str(len(line.get("items", []))))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and line.get("justification"):
            return line["justification"]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return LINE_HEADERS[section] if 0 <= section < len(LINE_HEADERS) else None
        return str(section + 1)
