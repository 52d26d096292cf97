"""Pick several ids from a list (sites, skills, forbidden contacts) and weekly requirements per type."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosdesk.ui.people.table_model import fold

ID_ROLE = Qt.ItemDataRole.UserRole


class ChecklistWidget(QWidget):
    """Checkable items with an instant filter; ``checked()`` keeps the given order of choices."""

    def __init__(self, title: str, choices: Sequence[tuple[str, str]], parent: QWidget | None = None,
                 show_filter: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setVisible(show_filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        layout.addWidget(self.list)
        self.set_choices(choices)
        self.filter.textChanged.connect(self._apply_filter)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        kept = set(self.checked()) if self.list.count() else set()
        self.list.clear()
        for cid, label in choices:
            item = QListWidgetItem(label if label == cid else f"{label} ({cid})")
            item.setData(ID_ROLE, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cid in kept else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = list(ids)
        present = {self.list.item(i).data(ID_ROLE) for i in range(self.list.count())}
        for cid in wanted:
            if cid not in present:  # an id no longer offered (archived): keep it visible and checked
                item = QListWidgetItem(self.tr("{0} (archivé ou hors région)").format(cid))
                item.setData(ID_ROLE, cid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class RequirementsEditor(QWidget):
    """Weekly minutes required per meeting type (0 = no obligation), on the 15-minute grid."""

    def __init__(self, types: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Obligations hebdomadaires</b> (minutes par semaine)")))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Type de rendez-vous"), self.tr("Minutes / semaine")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self._types = list(types)
        self._extra: list[tuple[str, int]] = []
        for tid, label in self._types:
            self._add_row(tid, label, 0)

    def _add_row(self, tid: str, label: str, minutes: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label if label == tid else f"{label} ({tid})")
        item.setData(ID_ROLE, tid)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        spin = QSpinBox()
        spin.setRange(0, 7 * 24 * 60)
        spin.setSingleStep(15)
        spin.setSuffix(" min")
        spin.setValue(minutes)
        self.table.setCellWidget(row, 1, spin)

    def _spin(self, row: int) -> QSpinBox:
        spin = self.table.cellWidget(row, 1)
        assert isinstance(spin, QSpinBox)
        return spin

    def _type_id(self, row: int) -> str:
        item = self.table.item(row, 0)
        return "" if item is None else str(item.data(ID_ROLE))

    def set_requirements(self, reqs: Iterable[dict[str, object]]) -> None:
        values = {str(r["type"]): int(str(r["minutes"])) for r in reqs}
        known = set()
        for row in range(self.table.rowCount()):
            tid = self._type_id(row)
            known.add(tid)
            self._spin(row).setValue(values.get(tid, 0))
        for tid, minutes in values.items():
            if tid not in known:
                self._add_row(tid, tid, minutes)

    def set_minutes(self, type_id: str, minutes: int) -> None:
        for row in range(self.table.rowCount()):
            if self._type_id(row) == type_id:
                self._spin(row).setValue(minutes)

    def requirements(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for row in range(self.table.rowCount()):
            minutes = self._spin(row).value()
            if minutes:
                out.append({"type": self._type_id(row), "minutes": minutes})
        return out
