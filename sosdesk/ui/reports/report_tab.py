"""One tab of the Rapports page: a report's key-figure cards, two charts side by side, a table picker
with its sortable table, and the definitions of its figures."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.report_view import ReportView
from sosdesk.ui.reports.charts import ReportChartView
from sosdesk.ui.reports.view_model import SORT_ROLE, ReportViewTableModel

CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
              "QLabel#cardLabel { color: palette(placeholder-text); font-size: 11px; }"
              "QLabel#cardValue { font-size: 17px; font-weight: 600; }")



class ReportTab(QWidget):
    """One report: key-figure cards, two charts side by side, a table picker and its table, definitions."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.view: ReportView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(10)
        layout.addLayout(self.cards_row)
        charts = QHBoxLayout()
        self.charts = [ReportChartView(), ReportChartView()]
        for c in self.charts:
            c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            charts.addWidget(c)
        layout.addLayout(charts, 5)
        pick = QHBoxLayout()
        self.table_label = QLabel(self.tr("Tableau :"))
        self.table_combo = QComboBox()
        self.table_combo.setMinimumWidth(420)
        self.table_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("muted")
        pick.addWidget(self.table_label)
        pick.addWidget(self.table_combo)
        pick.addWidget(self.rows_label)
        pick.addStretch(1)
        layout.addLayout(pick)
        self.model = ReportViewTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(70)
        layout.addWidget(self.table, 4)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
        layout.addWidget(self.notes)
        self.table_combo.currentIndexChanged.connect(self._show_table)

    def set_view(self, view: ReportView) -> None:
        self.view = view
        while self.cards_row.count():
            item = self.cards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for label, value in view.highlights:
            card = QFrame()
            card.setObjectName("card")
            card.setStyleSheet(CARD_STYLE)
            box = QVBoxLayout(card)
            box.setContentsMargins(12, 8, 12, 8)
            top, bottom = QLabel(label), QLabel(value)
            top.setObjectName("cardLabel")
            bottom.setObjectName("cardValue")
            bottom.setWordWrap(True)
            box.addWidget(top)
            box.addWidget(bottom)
            self.cards_row.addWidget(card, 1)
        for view_chart, spec in zip(self.charts, view.charts, strict=False):
            view_chart.set_chart(spec)
        current = self.table_combo.currentData()
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for t in view.tables:
            self.table_combo.addItem(f"{t.title} ({len(t.rows)})", t.key)
        index = max(self.table_combo.findData(current), 0)
        self.table_combo.setCurrentIndex(index)
        self.table_combo.blockSignals(False)
        self._show_table(index)
        self.notes.setText("\n".join(view.notes))

    def _show_table(self, index: int) -> None:
        if self.view is None or not 0 <= index < len(self.view.tables):
            return
        table = self.view.tables[index]
        self.model.set_table(table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rows_label.setText(self.tr("{0} ligne(s)").format(len(table.rows)) if table.rows
                                else self.tr("Aucune donnée pour cette période."))
