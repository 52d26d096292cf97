"""The national coordinator's month × region board: each region's invoice status and amount per
month, the national invoice and the month's total; Enter or a double click opens the invoice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import vocabulary as voc
from sosdesk.usecases import home as uc
from sosdesk.usecases.targets import Target

STATUS_COLORS = {"draft": "#fff4e0", "submitted": "#e6f0fb", "approved": "#e3f4ea", "rejected": "#fde8e8",
                 "validated": "#d5efdf", "paid": "#cfe9d8"}
MISSING = "#f7f7f9"


class _Table(QTableWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class BoardTable(QFrame):
    opened = Signal(object)  # Target

    def __init__(self, board: uc.Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.board_data = board
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        title = QLabel(self.tr("Factures par mois et par région"))
        title.setObjectName("cardTitle")
        title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(title)
        scopes = [*board.regions, ("national", self.tr("Facture nationale"))]
        self.table = _Table(len(scopes) + 1, len(board.months))
        self.table.setAccessibleName(title.text())
        self.table.setHorizontalHeaderLabels([voc.month_label(mo).capitalize() for mo in board.months])
        self.table.setVerticalHeaderLabels([name for _id, name in scopes] + [self.tr("Total des régions")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setShowGrid(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        for r, (scope, _name) in enumerate(scopes):
            for c, month in enumerate(board.months):
                cell = board.cells.get((scope, month))
                if cell is None:
                    item = QTableWidgetItem(self.tr("aucune facture"))
                    item.setForeground(QColor("#8a94a3"))
                    item.setBackground(QColor(MISSING))
                else:
                    text = f"{cell.label} · {voc.euros(cell.total_cents)}"
                    if cell.missing:
                        text += " · ⚠ " + self.tr("{0} justificatif(s) manquant(s)").format(cell.missing)
                    item = QTableWidgetItem(text)
                    item.setBackground(QColor(STATUS_COLORS.get(cell.status, "#ffffff")))
                item.setData(Qt.ItemDataRole.UserRole,
                             Target("invoices", "cell", cell.invoice_id if cell else "", scope, month))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        for c, month in enumerate(board.months):
            total = QTableWidgetItem(voc.euros(board.month_total(month)))
            font = total.font()
            font.setBold(True)
            total.setFont(font)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(len(scopes), c, total)
        height = self.table.horizontalHeader().sizeHint().height() + self.table.verticalHeader().length() + 6
        self.table.setFixedHeight(height)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemActivated.connect(self._activated)
        layout.addWidget(self.table)

    def _activated(self, item: QTableWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(target, Target):
            self.opened.emit(target)
