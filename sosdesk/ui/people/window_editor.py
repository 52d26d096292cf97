"""Weekly windows editor (days × from/to) reused for available, unavailable and open hours.

Times are picked from the 15-minute grid but stay typeable: the store's validation names a window
off the grid, so the user learns why rather than being silently corrected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import format_hhmm

DAYS = (str(QT_TRANSLATE_NOOP("WindowEditor", "Lundi")), str(QT_TRANSLATE_NOOP("WindowEditor", "Mardi")),
        str(QT_TRANSLATE_NOOP("WindowEditor", "Mercredi")), str(QT_TRANSLATE_NOOP("WindowEditor", "Jeudi")),
        str(QT_TRANSLATE_NOOP("WindowEditor", "Vendredi")), str(QT_TRANSLATE_NOOP("WindowEditor", "Samedi")),
        str(QT_TRANSLATE_NOOP("WindowEditor", "Dimanche")))
GRID_TIMES = tuple(format_hhmm(mn) for mn in range(0, 24 * 60 + 1, 15))


class WindowEditor(QWidget):
    """A list of ``{"day", "from", "to"}`` windows; ``windows()`` returns them as typed."""

    edited = Signal()

    def __init__(self, title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        head.addWidget(self.title)
        head.addStretch(1)
        self.add_button = QPushButton(self.tr("Ajouter un créneau"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        layout.addLayout(head)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid);")
            layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Jour"), self.tr("De"), self.tr("À")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(lambda: self.add_window())
        self.remove_button.clicked.connect(self.remove_selected)

    def _time_combo(self, value: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(GRID_TIMES))
        combo.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,2}:?\d{0,2}")))
        combo.setEditText(value)
        combo.currentTextChanged.connect(lambda _t: self.edited.emit())
        return combo

    def add_window(self, day: int = 1, start: str = "09:00", end: str = "17:00") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        days = QComboBox()
        days.addItems([QCoreApplication.translate("WindowEditor", d) for d in DAYS])
        days.setCurrentIndex(min(max(day, 1), 7) - 1)
        days.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.table.setCellWidget(row, 0, days)
        self.table.setCellWidget(row, 1, self._time_combo(start))
        self.table.setCellWidget(row, 2, self._time_combo(end))
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.edited.emit()

    def set_windows(self, windows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for w in windows:  # stored order kept: reordering would log a change
            self.add_window(int(w.get("day", 1)), str(w.get("from", "")), str(w.get("to", "")))

    def set_time(self, row: int, column: int, text: str) -> None:
        """Type a time into a cell (column 1 = from, 2 = to), as a user would."""
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        widget.setEditText(text)

    def windows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            day, start, end = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(day, QComboBox) and isinstance(start, QComboBox) and isinstance(end, QComboBox)
            out.append({"day": day.currentIndex() + 1, "from": start.currentText().strip(),
                        "to": end.currentText().strip()})
        return out
