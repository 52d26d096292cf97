"""Obligations panel: each beneficiary's planned vs required minutes this week per meeting type
(``sosdesk.domain.rules.obligations``), with a bar, sortable, filterable; click shows their week."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
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

from sosdesk.domain.coverage import WeekSummary
from sosdesk.domain.model import ObligationStatus
from sosdesk.domain.vocabulary import duration, format_decimal

ModelIndex = QModelIndex | QPersistentModelIndex
NAME, TYPE, PLANNED, REQUIRED, COVER = range(5)
# Plain ints: data() is called for every painted cell and role, and int compares are the cheapest.
DISPLAY, TOOLTIP, FOREGROUND, USER = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.UserRole))
HANDLED = frozenset({DISPLAY, TOOLTIP, FOREGROUND, USER})
RowKey = tuple[str, str]


def ratio_of(o: ObligationStatus) -> float:
    return o.planned_minutes / o.required_minutes if o.required_minutes else 1.0


class ObligationsModel(QAbstractTableModel):
    """Rows (beneficiary, type) already sorted AND filtered by the model itself (no proxy: a
    QSortFilterProxyModel calls back into Python once per row on every reset), replaced with ONE
    model reset per refresh, so a week switch on thousands of rows stays cheap and the order always
    matches the header's indicator. Display texts are made only for the rows painted, and names are
    looked up once per beneficiary for as long as the page shows the same people."""

    HEADERS = (QT_TRANSLATE_NOOP("ObligationsModel", "Bénéficiaire"), QT_TRANSLATE_NOOP("ObligationsModel", "Type"),
               QT_TRANSLATE_NOOP("ObligationsModel", "Prévu"), QT_TRANSLATE_NOOP("ObligationsModel", "Requis"),
               QT_TRANSLATE_NOOP("ObligationsModel", "Couverture"))

    def __init__(self, name_of: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._all: list[ObligationStatus] = []  # every listed row, in the header's order
        self._rows: list[ObligationStatus] = []  # those the filter keeps: what the view shows
        self._name_of = name_of or (lambda b: b)
        self._type_of: Callable[[str], str] = lambda t: t
        self._names: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._types: dict[str, str] = {}
        self.sort_column, self.sort_order = COVER, Qt.SortOrder.AscendingOrder
        self.under_only = False
        self.text = ""
        self.shown: frozenset[str] | None = None

    def set_rows(self, rows: list[ObligationStatus], name_of: Callable[[str], str] | None = None,
                 type_of: Callable[[str], str] | None = None, names_key: tuple[object, ...] = ()) -> None:
        """Replace the rows. ``names_key``: objects that stay the same while names and type labels
        do not change (the page passes its people and types), so a week switch keeps the caches."""
        same = bool(names_key) and len(names_key) == len(self._names_key) and all(
            a is b for a, b in zip(names_key, self._names_key, strict=True))
        if name_of is not None and not same:
            self._name_of, self._names, self._folded = name_of, {}, {}
            self._types = {}
        if type_of is not None:
            self._type_of = type_of
        self._names_key = names_key
        kept = [r for r in rows if r.required_minutes or r.planned_minutes]
        names, folded, types = self._names, self._folded, self._types
        for b in {r.beneficiary for r in kept}.difference(names):
            name = names[b] = self._name_of(b)
            folded[b] = name.casefold()
        for t in {r.type for r in kept}.difference(types):
            types[t] = self._type_of(t)
        self._sort_list(kept)
        self.beginResetModel()
        self._all = kept
        self._rows = self._filtered(kept)
        self.endResetModel()

    _names_key: tuple[object, ...] = ()

    def name(self, o: ObligationStatus) -> str:
        return self._names.get(o.beneficiary, o.beneficiary)

    def type_label(self, o: ObligationStatus) -> str:
        return self._types.get(o.type, o.type)

    def type_labels(self) -> tuple[str, ...]:
        return tuple(self._types.values())

    def total(self) -> int:
        """Rows listed before the filter."""
        return len(self._all)

    # -- filter (name/type text, « sous l'obligation », the people shown) ----------------------------
    def set_filter(self, text: str, under_only: bool, shown: frozenset[str] | None = None) -> None:
        self.text, self.under_only, self.shown = text.casefold(), under_only, shown
        self.beginResetModel()
        self._rows = self._filtered(self._all)
        self.endResetModel()

    def _filtered(self, rows: list[ObligationStatus]) -> list[ObligationStatus]:
        if not (self.under_only or self.text or self.shown is not None):
            return list(rows)
        out = rows
        if self.under_only:
            out = [r for r in out if r.planned_minutes < r.required_minutes]
        if self.shown is not None:
            shown = self.shown
            out = [r for r in out if r.beneficiary in shown]
        if self.text:
            text, folded, types = self.text, self._folded, self._types
            out = [r for r in out if text in folded.get(r.beneficiary, "") or text in types.get(r.type, "").casefold()
                   or text in r.type.casefold() or text in r.beneficiary.casefold()]
        return out if out is not rows else list(rows)

    # -- sort ------------------------------------------------------------------------------------------
    def _sort_list(self, rows: list[ObligationStatus]) -> None:
        col, f, t = self.sort_column, self._folded, self._types
        key: Callable[[ObligationStatus], Any] = (
            (lambda r: (f[r.beneficiary], r.type)) if col == NAME else
            (lambda r: (t[r.type].casefold(), f[r.beneficiary])) if col == TYPE else
            (lambda r: (r.planned_minutes, f[r.beneficiary])) if col == PLANNED else
            (lambda r: (r.required_minutes, f[r.beneficiary])) if col == REQUIRED else
            (lambda r: (ratio_of(r), f[r.beneficiary])))
        rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        before = [(self._rows[i.row()], i.column()) if 0 <= i.row() < len(self._rows) else None for i in kept]
        self._sort_list(self._all)
        self._rows = self._filtered(self._all)
        if kept:  # selections and the current cell follow their row
            where = {id(r): i for i, r in enumerate(self._rows)}
            self.changePersistentIndexList(kept, [
                self.index(where[id(b[0])], b[1]) if b is not None and id(b[0]) in where else QModelIndex()
                for b in before])
        self.layoutChanged.emit()

    # -- the table's view of it ---------------------------------------------------------------------
    def row(self, i: int) -> ObligationStatus:
        return self._rows[i]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 5 and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate("ObligationsModel", str(self.HEADERS[section]))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in HANDLED:
            return None
        i = index.row()
        if not 0 <= i < len(self._rows) or not index.isValid():
            return None
        r = self._rows[i]
        col = index.column()
        if role == DISPLAY:
            if col == NAME:
                return self.name(r)
            if col == TYPE:
                return self.type_label(r)
            if col == PLANNED:
                return duration(r.planned_minutes)
            if col == REQUIRED:
                return duration(r.required_minutes)
            return f"{round(ratio_of(r) * 100)} %"
        if role == USER:  # the coverage bar's ratio
            return ratio_of(r) if col == COVER else None
        if role == TOOLTIP:  # full names when a column elides them
            return (f"{self.name(r)} — {self.type_label(r)} : {duration(r.planned_minutes)} / "
                    f"{duration(r.required_minutes)}")
        if col == COVER and ratio_of(r) < 1:  # FOREGROUND
            return QColor("#b00020")
        return None


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
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher…"))
        self.under = QCheckBox(self.tr("Sous l'obligation"))
        self.scope = QCheckBox(self.tr("Seulement les personnes affichées"))
        self.scope.setToolTip(self.tr("Ne lister que les bénéficiaires que le planning montre "
                                      "(ceux des professionnels, du site ou de la personne affichés)"))
        self._shown: frozenset[str] = frozenset()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #37474f;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COVER, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(COVER, BarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        # Uniform rows: nothing is measured per row when thousands of rows come in.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # Names and types share the room left (elided ones show in full in the tooltip); the
        # numbers get fixed widths from their header text in the current language —
        # ResizeToContents would measure thousands of rows on every refresh.
        header.setMinimumSectionSize(30)
        for col in (NAME, TYPE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (PLANNED, REQUIRED, COVER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self._fit_headers()
        self.table.clicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.under)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.scope)
        lay.addWidget(self.summary)
        # A week with public holidays or closed days: how many working days were left (issue 12).
        self.days_note = QLabel()
        self.days_note.setWordWrap(True)
        self.days_note.setStyleSheet("color: #455a64;")
        self.days_note.hide()
        lay.addWidget(self.days_note)
        lay.addWidget(self.table)
        self.search.textChanged.connect(self._refilter)
        self.under.toggled.connect(self._refilter)
        self.scope.toggled.connect(self._refilter)

    def _fit_headers(self) -> None:
        fm = self.table.horizontalHeader().fontMetrics()
        pad = 22  # margins + sort arrow

        def head(col: int) -> int:
            return fm.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + pad
        hours = self.table.fontMetrics().horizontalAdvance("10 h 30") + 8
        for col in (PLANNED, REQUIRED):
            self.table.setColumnWidth(col, max(head(col), hours))
        self.table.setColumnWidth(COVER, max(head(COVER), 72))
        # Never narrower than every header in full: names and types keep at least their title.
        fixed = sum(self.table.columnWidth(col) for col in (PLANNED, REQUIRED, COVER))
        self.table.setMinimumWidth(fixed + head(NAME) + head(TYPE) + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # header texts change width with the language
            self._fit_headers()
        super().changeEvent(event)

    def set_rows(self, rows: list[ObligationStatus], name_of: Callable[[str], str], type_of: Callable[[str], str],
                 summary: WeekSummary | None = None, shown: frozenset[str] = frozenset(),
                 names_key: tuple[object, ...] = ()) -> None:
        """Refresh for a week or after an edit: one model reset, sorted as the header says."""
        self._shown = shown
        if self.scope.isChecked():
            self.model.shown = shown
        self.model.set_rows(rows, name_of, type_of, names_key)
        if summary is not None:
            self.set_summary(summary)

    def set_summary(self, s: WeekSummary) -> None:
        self.summary.setText(self.tr("{0} obligations sur {1} sous 50 % ; capacité de la semaine {2} h pour "
                                     "{3} h requises").format(
            format_decimal(s.under_half), format_decimal(s.rows), format_decimal(round(s.capacity_minutes / 60)),
            format_decimal(round(s.required_minutes / 60))))
        self.summary.setToolTip(self.tr(
            "Capacité : heures de disponibilité des professionnels de la région cette semaine, congés et "
            "absences déduits. Une obligation couverte à moins de la moitié compte « sous 50 % »."))

    def set_days_note(self, text: str) -> None:
        self.days_note.setText(text)
        self.days_note.setVisible(bool(text))

    def _refilter(self) -> None:
        self.model.set_filter(self.search.text(), self.under.isChecked(),
                              self._shown if self.scope.isChecked() else None)

    def _clicked(self, index: QModelIndex) -> None:
        self.beneficiary_clicked.emit(self.model.row(index.row()).beneficiary)
