"""A list of work items drawn on two or more lines (label, detail, notes): used by the home cards
and the search popup. Each row carries its ``Target`` (or search hit) in ``UserRole``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
NOTES_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
PAD = 8


class WorkDelegate(QStyledItemDelegate):
    """Label in bold, detail in grey below it, notes smaller; group headers in small capitals."""

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, list[str], bool]:
        return (str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(DETAIL_ROLE) or ""),
                list(index.data(NOTES_ROLE) or []), bool(index.data(HEADER_ROLE)))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        _label, detail, notes, header = self._lines(index)
        line = QFontMetrics(option.font).height()
        if header:
            return QSize(200, line + PAD + 4)
        return QSize(200, line * (1 + bool(detail) + len(notes)) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        label, detail, notes, header = self._lines(index)
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        font = QFont(option.font)
        line = QFontMetrics(font).height()
        if header:
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            painter.setPen(QColor("#5b6b80"))
            painter.drawText(rect.adjusted(PAD, 4, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, label.upper())
            painter.restore()
            return
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#eef3f9"))
        text = palette.highlightedText().color() if selected else palette.text().color()
        grey = text if selected else QColor("#5f6b7a")
        y = rect.top() + PAD
        width = rect.width() - 2 * PAD
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        metrics = QFontMetrics(bold)
        painter.drawText(rect.left() + PAD, y, width, line, Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, width))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if detail:
            y += line
            painter.setPen(grey)
            painter.drawText(rect.left() + PAD, y, width, line, Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width))
        for note in notes:
            y += line
            painter.setPen(text if selected else QColor("#9a4d00"))
            painter.drawText(rect.left() + PAD + 12, y, width - 12, line, Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(note, Qt.TextElideMode.ElideRight, width - 12))
        painter.restore()


class WorkList(QListWidget):
    """Rows of work; Enter or a double click emits ``opened`` with the row's data."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WorkDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.itemActivated.connect(self._activated)

    def add(self, label: str, detail: str, data: Any, notes: tuple[str, ...] | list[str] = ()) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setData(DETAIL_ROLE, detail)
        item.setData(NOTES_ROLE, list(notes))
        item.setToolTip("\n".join([label, detail, *notes]).strip())
        self.addItem(item)
        return item

    def add_header(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(HEADER_ROLE, True)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)
        return item

    def selectable_rows(self) -> list[int]:
        return [i for i in range(self.count()) if not self.item(i).data(HEADER_ROLE)]

    def step(self, delta: int) -> None:
        """Move the current row up/down over the headers (the search box keeps the focus)."""
        rows = self.selectable_rows()
        if not rows:
            return
        current = self.currentRow()
        if current not in rows:
            target = rows[0] if delta > 0 else rows[-1]
        else:
            target = rows[max(0, min(len(rows) - 1, rows.index(current) + delta))]
        self.setCurrentRow(target)
        self.scrollToItem(self.item(target))

    def open_current(self) -> bool:
        item = self.currentItem()
        if item is None or item.data(HEADER_ROLE):
            return False
        self.opened.emit(item.data(Qt.ItemDataRole.UserRole))
        return True

    def _activated(self, item: QListWidgetItem) -> None:
        if not item.data(HEADER_ROLE):
            self.opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_current():
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.selectable_rows():  # Tab lands on the first item
            self.setCurrentRow(self.selectable_rows()[0])
