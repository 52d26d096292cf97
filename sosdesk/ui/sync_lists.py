"""The Synchronisation page's two lists, in a person's words (issue 13): open conflicts (« Bénéficiaire
Paul Durand (mesure) ») with their fields side by side, and the changes the service refused. Table
names and row ids only in tooltips. The page decides; these panels only show and ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.syncclient import conflicts
from sosdesk.ui.widgets.row_model import RowTableModel
from sosdesk.usecases.sync_view import ConflictItem, RejectedItem

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


class ConflictFieldsModel(QAbstractTableModel):
    """The differing fields of one conflict: mine, theirs, and which one to keep (click to switch)."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("SyncPage", "Champ"), QT_TRANSLATE_NOOP("SyncPage", "Ma version"),
        QT_TRANSLATE_NOOP("SyncPage", "Version du service"), QT_TRANSLATE_NOOP("SyncPage", "Garder")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item: ConflictItem | None = None
        self.fields: list[str] = []          # column names (what ``resolve`` takes)
        self.choice: dict[str, str] = {}

    @property
    def conflict(self) -> Any:
        return self.item.conflict if self.item is not None else None

    def set_item(self, item: ConflictItem | None) -> None:
        self.beginResetModel()
        self.item = item
        c = item.conflict if item else None
        self.fields = conflicts.differing_fields(c) if c else []
        self.choice = {f: conflicts.default_choice(c, f) for f in self.fields} if c else {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.item is None:
            return None
        name = self.fields[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return name   # the column's own name, for support
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return self.item.labels.get(name, name)
        if col in (1, 2):
            return self.item.values.get(name, ("", ""))[col - 1]
        return QCoreApplication.translate("SyncPage", "la mienne") if self.choice[name] == conflicts.MINE else QCoreApplication.translate("SyncPage", "celle du service")

    def toggle(self, row: int) -> None:
        name = self.fields[row]
        self.choice[name] = conflicts.THEIRS if self.choice[name] == conflicts.MINE else conflicts.MINE
        cell = self.index(row, 3)
        self.dataChanged.emit(cell, cell)


class RejectedModel(RowTableModel[RejectedItem]):
    """Changes the service refused, kept visible until dismissed; table and id in the tooltip."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("SyncPage", "Élément"), QT_TRANSLATE_NOOP("SyncPage", "Action"),
        QT_TRANSLATE_NOOP("SyncPage", "Motif")))
    CONTEXT = "SyncPage"

    @property
    def rows(self) -> list[RejectedItem]:
        return self._rows

    def cell(self, row: RejectedItem, column: int) -> str:
        return (row.subject, row.action, row.reason)[column]

    def tooltip(self, row: RejectedItem, column: int) -> str:
        return row.ident


def fit_headers(view: QTableView) -> None:
    """Columns as wide as their header and content (« Version du service » never clipped); the last
    one takes the rest of the width."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(80)
    view.verticalHeader().setVisible(False)


class ConflictPanel(QGroupBox):
    """« Conflits à trancher »: the list, the chosen conflict's fields, and the three decisions."""

    resolve_requested = Signal(object)   # conflicts.MINE, conflicts.THEIRS or {field: choice}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SyncPage", "Conflits à trancher"), parent)
        self.items: list[ConflictItem] = []
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.fields_model = ConflictFieldsModel(self)
        self.fields_view = QTableView()
        self.fields_view.setModel(self.fields_model)
        fit_headers(self.fields_view)
        self.fields_view.clicked.connect(lambda idx: self.fields_model.toggle(idx.row()))
        self.keep_mine = QPushButton(QCoreApplication.translate("SyncPage", "Garder ma version"))
        self.keep_theirs = QPushButton(QCoreApplication.translate("SyncPage", "Garder celle du service"))
        self.merge_fields = QPushButton(QCoreApplication.translate("SyncPage", "Fusionner champ par champ"))
        self.keep_mine.clicked.connect(lambda: self.resolve_requested.emit(conflicts.MINE))
        self.keep_theirs.clicked.connect(lambda: self.resolve_requested.emit(conflicts.THEIRS))
        self.merge_fields.clicked.connect(lambda: self.resolve_requested.emit(dict(self.fields_model.choice)))
        # Nothing to decide: one sentence instead of an empty list, empty table and idle buttons.
        self.empty = QLabel(QCoreApplication.translate(
            "SyncPage", "Aucun conflit à trancher : rien n'attend votre décision."))
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.fields_view, 3)
        body.addLayout(row)
        actions = QHBoxLayout()
        for b in (self.keep_mine, self.keep_theirs, self.merge_fields):
            actions.addWidget(b)
        actions.addStretch(1)
        body.addLayout(actions)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.body)
        self.body.setVisible(False)

    def set_items(self, items: list[ConflictItem]) -> None:
        """Refill, keeping the same row chosen (or the nearest one)."""
        current = self.list.currentRow()
        self.items = items
        self.list.clear()
        for c in items:
            item = QListWidgetItem(c.text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(c.ident)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(max(0, min(current, self.list.count() - 1)))
        else:
            self.fields_model.set_item(None)
        self.empty.setVisible(not items)
        self.body.setVisible(bool(items))

    def _show(self, item: QListWidgetItem | None) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.fields_model.set_item(next((c for c in self.items if c.id == cid), None))


class RejectedPanel(QGroupBox):
    """« Modifications refusées par le service », each with « Ignorer »."""

    dismiss_requested = Signal(int)   # SyncRejected id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SyncPage", "Modifications refusées par le service"), parent)
        self.model = RejectedModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        fit_headers(self.view)
        self.dismiss_button = QPushButton(QCoreApplication.translate("SyncPage", "Ignorer"))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.empty = QLabel(QCoreApplication.translate(
            "SyncPage", "Aucune modification refusée par le service."))
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.view)
        lay.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        none = self.model.rowCount() == 0
        self.empty.setVisible(none)
        self.view.setVisible(not none)
        self.dismiss_button.setVisible(not none)

    def _dismiss(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.dismiss_requested.emit(self.model.row_at(idx.row()).id)
