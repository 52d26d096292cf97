"""Obligations panel: each beneficiary's planned vs required minutes this week per meeting type
(``sosdesk.domain.rules.obligations``), with a bar, sortable, filterable; click shows their week."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.model import ObligationStatus

ModelIndex = QModelIndex | QPersistentModelIndex
NAME, TYPE, PLANNED, REQUIRED, COVER = range(5)
RowKey = tuple[str, str]


def _hours(minutes: int) -> str:
    return f"{minutes // 60}h{minutes % 60:02d}"


class ObligationsModel(QAbstractTableModel):
    """Rows (beneficiary, type); updated in place when the same rows come back after an edit."""

    HEADERS = (QT_TRANSLATE_NOOP("ObligationsModel", "Bénéficiaire"), QT_TRANSLATE_NOOP("ObligationsModel", "Type"),
               QT_TRANSLATE_NOOP("ObligationsModel", "Prévu"), QT_TRANSLATE_NOOP("ObligationsModel", "Requis"),
               QT_TRANSLATE_NOOP("ObligationsModel", "Couverture"))

    def __init__(self, name_of: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._rows: list[ObligationStatus] = []
        self._names: dict[str, str] = {}
        self._name_of = name_of or (lambda b: b)
        self._type_of: Callable[[str], str] = lambda t: t

    def set_rows(self, rows: list[ObligationStatus], name_of: Callable[[str], str] | None = None,
                 type_of: Callable[[str], str] | None = None) -> None:
        if name_of is not None:
            self._name_of = name_of
        if type_of is not None:
            self._type_of = type_of
        rows = [r for r in rows if r.required_minutes or r.planned_minutes]
        keys = [(r.beneficiary, r.type) for r in rows]
        if keys == [(r.beneficiary, r.type) for r in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, COVER))
            return
        self.beginResetModel()
        self._rows = rows
        self._names = {}
        self.endResetModel()

    def row(self, i: int) -> ObligationStatus:
        return self._rows[i]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return QCoreApplication.translate("ObligationsModel", str(self.HEADERS[section]))
        return None

    def _name(self, bid: str) -> str:
        if bid not in self._names:
            self._names[bid] = self._name_of(bid)
        return self._names[bid]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        ratio = r.planned_minutes / r.required_minutes if r.required_minutes else 1.0
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._name(r.beneficiary), self._type_of(r.type), _hours(r.planned_minutes),
                    _hours(r.required_minutes), f"{round(ratio * 100)} %")[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (self._name(r.beneficiary).casefold(), r.type, r.planned_minutes, r.required_minutes, ratio)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{self._name(r.beneficiary)} ({r.beneficiary}) — {self._type_of(r.type)} : "
                    f"{_hours(r.planned_minutes)} / {_hours(r.required_minutes)}")
        if role == Qt.ItemDataRole.ForegroundRole and col == COVER and r.planned_minutes < r.required_minutes:
            return QColor("#b00020")
        return None


class ObligationsProxy(QSortFilterProxyModel):
    """Sorts on raw values; filters on a name/type text and on "sous l'obligation"."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.under_only = False
        self.text = ""

    def set_filter(self, text: str, under_only: bool) -> None:
        self.beginFilterChange()
        self.text, self.under_only = text.casefold(), under_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ObligationsModel)
        r = model.row(source_row)
        if self.under_only and r.planned_minutes >= r.required_minutes:
            return False
        if self.text:
            name = str(model.data(model.index(source_row, NAME)))
            label = str(model.data(model.index(source_row, TYPE)))
            return any(self.text in x.casefold() for x in (name, label, r.type, r.beneficiary))
        return True


class BarDelegate(QStyledItemDelegate):
    """Coverage bar: green when met, orange when under the requirement."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        ratio = float(index.data(Qt.ItemDataRole.UserRole) or 0.0)
        rect = QRectF(option.rect).adjusted(3, 4, -3, -4)
        painter.save()
        painter.fillRect(rect, QColor("#eeeeee"))
        fill = QRectF(rect)
        fill.setWidth(rect.width() * min(ratio, 1.0))
        painter.fillRect(fill, QColor("#59a14f") if ratio >= 1 else QColor("#f28e2b"))
        painter.setPen(QColor("#222222"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data()))
        painter.restore()


class ObligationsPanel(QWidget):
    beneficiary_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ObligationsModel()
        self.proxy = ObligationsProxy()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher…"))
        self.under = QCheckBox(self.tr("Sous l'obligation"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COVER, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(COVER, BarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would measure thousands of rows on every refresh.
        for col, width in ((TYPE, 104), (PLANNED, 44), (REQUIRED, 46), (COVER, 80)):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.under)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        # A week with public holidays or closed days: how many working days were left (issue 12).
        self.days_note = QLabel()
        self.days_note.setWordWrap(True)
        self.days_note.setStyleSheet("color: #455a64;")
        self.days_note.hide()
        lay.addWidget(self.days_note)
        lay.addWidget(self.table)
        self.search.textChanged.connect(self._refilter)
        self.under.toggled.connect(self._refilter)

    def set_days_note(self, text: str) -> None:
        self.days_note.setText(text)
        self.days_note.setVisible(bool(text))

    def _refilter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.under.isChecked())

    def _clicked(self, index: QModelIndex) -> None:
        src = self.proxy.mapToSource(index)
        self.beneficiary_clicked.emit(self.model.row(src.row()).beneficiary)
