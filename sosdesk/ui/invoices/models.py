"""Table models of the invoice workbench: the month × region board and an invoice's lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sosdesk.domain.invoice_document import quantity_text
from sosdesk.domain.invoice_workflow import STATUS_LABELS, month_label
from sosdesk.domain.pricing import Line, euros
from sosdesk.invoicing.workbench import LineExplanation, board_missing_text

Index = QModelIndex | QPersistentModelIndex
STATUS_COLORS = {"draft": "#fff4d6", "submitted": "#dbeafe", "approved": "#dcfce7", "validated": "#bbf7d0",
                 "paid": "#e5e7eb"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardModel(QAbstractTableModel):
    """Rows: months, newest first, fetched a year at a time as the board scrolls (lazy: a file with
    years of history opens at once); columns: regions then 'National'; a cell shows that invoice's
    status and « ⚠ n » when proof is missing (explained in its tooltip and the legend)."""

    CHUNK = 12

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scopes: list[tuple[str, str]] = []  # (scope id, label)
        self.all_months: list[str] = []
        self.months: list[str] = []               # the rows fetched so far
        self.cells: dict[tuple[str, str], dict[str, Any]] = {}
        self.fetch: Callable[[list[str]], dict[tuple[str, str], dict[str, Any]]] | None = None

    def set_board(self, scopes: list[tuple[str, str]], months: list[str],
                  fetch: Callable[[list[str]], dict[tuple[str, str], dict[str, Any]]], loaded: int = 0) -> None:
        """``months`` newest first; ``fetch(months)`` gives their cells; the first ``loaded`` (at least a
        year) are read now, the rest when the view scrolls to them."""
        self.beginResetModel()
        self.scopes, self.all_months, self.fetch = scopes, list(months), fetch
        count = min(len(months), max(loaded, self.CHUNK))
        self.months = self.all_months[:count]
        self.cells = fetch(self.months) if self.months else {}
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.months) < len(self.all_months)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.fetch is None:
            return
        more = self.all_months[len(self.months):len(self.months) + self.CHUNK]
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.months), len(self.months) + len(more) - 1)
        self.cells.update(self.fetch(more))
        self.months.extend(more)
        self.endInsertRows()

    def ensure_month(self, month: str) -> int:
        """Fetch down to ``month``; its row (-1 when the board does not cover it)."""
        if month not in self.all_months:
            return -1
        while month not in self.months and self.canFetchMore():
            self.fetchMore()
        return self.months.index(month)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.scopes)

    def key(self, index: Index) -> tuple[str, str] | None:
        """(scope, month) of a cell."""
        if not index.isValid() or index.row() >= len(self.months) or index.column() >= len(self.scopes):
            return None
        return self.scopes[index.column()][0], self.months[index.row()]

    def cell(self, index: Index) -> dict[str, Any] | None:
        key = self.key(index)
        return self.cells.get(key) if key else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.key(index)
        if key is None:
            return None
        info = self.cells.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if info is None:
                return ""
            text = STATUS_LABELS.get(info["status"], info["status"])
            if info.get("missing"):
                text += f" ({info['missing']} ⚠)"
            if info.get("chorus"):
                text += " · " + info["chorus"].removeprefix("Chorus Pro : ")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if info is None:
                return QCoreApplication.translate("InvoicesPage", "Aucune facture : choisissez la case pour la préparer")
            parts = [f"{info.get('number') or ''} {euros(info.get('total'))}".strip()]
            if info.get("missing"):
                parts.append(board_missing_text(int(info["missing"])))
            if info.get("chorus"):
                parts.append(info["chorus"])
            return "\n".join(parts)
        if role == Qt.ItemDataRole.BackgroundRole and info is not None:
            return QBrush(QColor(STATUS_COLORS.get(info["status"], "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and info is not None and info.get("missing"):
            return QBrush(QColor("#9a3412"))
        if role == ID_ROLE:
            return info["id"] if info else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return month_label(self.months[section]) if 0 <= section < len(self.months) else None
        return self.scopes[section][1] if 0 <= section < len(self.scopes) else None


LINE_HEADERS = ("Désignation", "Quantité", "Prix unitaire", "Montant HT", "Éléments")


class LinesModel(QAbstractTableModel):
    """An invoice's lines (of its typed document), read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.explanations: list[LineExplanation] = []

    def set_lines(self, lines: Sequence[Line], explanations: list[LineExplanation] | None = None) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.explanations = list(explanations or [])
        self.endResetModel()

    def explanation(self, row: int) -> LineExplanation | None:
        return self.explanations[row] if 0 <= row < len(self.explanations) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINE_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines) or index.column() >= len(LINE_HEADERS):
            return None
        line = self.lines[index.row()]
        explained = self.explanation(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            quantity = explained.quantity if explained else quantity_text(line.quantity)
            return (line.label, quantity, euros(line.unit_price_cents), euros(line.amount_cents),
                    str(len(line.items)))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if explained is not None:  # why the amount is what it is (computed by the invoicing use case)
                return "\n".join([explained.summary, *explained.details])
            return line.justification or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return LINE_HEADERS[section] if 0 <= section < len(LINE_HEADERS) else None
        return str(section + 1)
