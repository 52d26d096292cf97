"""The Rapports page: staffing (week), obligations, activity and billed amounts (month), with a
period picker and "Exporter en CSV" for French Excel. Regional roles see their own region only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import shift_week, week_monday, week_of
from sosdesk.store.changes import Changes
from sosdesk.store.csv_export import write_csv
from sosdesk.store.engine import Store
from sosdesk.store.people_rows import scope_region
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.reports.table_model import SORT_ROLE, ReportTableModel
from sosdesk.usecases import reads

MONTHS = tuple(str(m) for m in (
    QT_TRANSLATE_NOOP("ReportsPage", "janvier"), QT_TRANSLATE_NOOP("ReportsPage", "février"),
    QT_TRANSLATE_NOOP("ReportsPage", "mars"), QT_TRANSLATE_NOOP("ReportsPage", "avril"),
    QT_TRANSLATE_NOOP("ReportsPage", "mai"), QT_TRANSLATE_NOOP("ReportsPage", "juin"),
    QT_TRANSLATE_NOOP("ReportsPage", "juillet"), QT_TRANSLATE_NOOP("ReportsPage", "août"),
    QT_TRANSLATE_NOOP("ReportsPage", "septembre"), QT_TRANSLATE_NOOP("ReportsPage", "octobre"),
    QT_TRANSLATE_NOOP("ReportsPage", "novembre"), QT_TRANSLATE_NOOP("ReportsPage", "décembre")))


@dataclass(frozen=True, slots=True)
class ReportKind:
    key: str
    label: str  # French source; shown through QCoreApplication.translate("ReportsPage", …)
    weekly: bool
    tables: frozenset[str]  # a change to one of these refreshes the report


REPORTS: tuple[ReportKind, ...] = (
    ReportKind("staffing", str(QT_TRANSLATE_NOOP("ReportsPage", "Charge des professionnels (semaine)")), True,
               frozenset({"meetings", "professionals"})),
    ReportKind("obligations", str(QT_TRANSLATE_NOOP("ReportsPage", "Couverture des obligations (mois)")), False,
               frozenset({"meetings", "beneficiaries"})),
    ReportKind("activity", str(QT_TRANSLATE_NOOP("ReportsPage", "Activité par type de rendez-vous (mois)")), False,
               frozenset({"meetings", "meeting_types"})),
    ReportKind("billed", str(QT_TRANSLATE_NOOP("ReportsPage", "Montants facturés (mois)")), False,
               frozenset({"invoices"})),
)


def shift_month(month: str, delta: int) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + mon - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# The report titles as the store writes them (``{0}`` = the period), translatable.
TITLES = {"staffing": str(QT_TRANSLATE_NOOP("ReportsPage", "Charge des professionnels — semaine {0}")),
          "obligations": str(QT_TRANSLATE_NOOP("ReportsPage", "Couverture des obligations — {0}")),
          "activity": str(QT_TRANSLATE_NOOP("ReportsPage", "Activité par type de rendez-vous — {0}")),
          "billed": str(QT_TRANSLATE_NOOP("ReportsPage", "Montants facturés — {0}"))}


def week_dates_text(week: str) -> str:
    """« 05/10 – 11/10/2026 »: a week by its dates (the same in every language)."""
    monday = week_monday(week)
    return f"{monday:%d/%m} – {monday + timedelta(days=6):%d/%m/%Y}"


def month_label(month: str) -> str:
    name = QCoreApplication.translate("ReportsPage", MONTHS[int(month[5:7]) - 1])
    return f"{name} {month[:4]}"


class ReportsPage(QWidget):
    """One report at a time; it is re-queried when a change touches its tables."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        today = today or date.today()
        self.week = week_of(today)
        self.month = f"{today.year:04d}-{today.month:02d}"
        self.scope = scope_region(store.current_user())

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind_combo = QComboBox()
        for kind in REPORTS:
            self.kind_combo.addItem(QCoreApplication.translate("ReportsPage", kind.label), kind.key)
        bar.addWidget(self.kind_combo)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Période précédente"))
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(150)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Période suivante"))
        for w in (self.prev_button, self.period_label, self.next_button):
            bar.addWidget(w)
        self.region_combo = QComboBox()
        if self.scope is None:
            self.region_combo.addItem(self.tr("Toutes les régions"), None)
            for rid, label in reads.region_choices(store, None):
                self.region_combo.addItem(label, rid)
        else:
            self.region_combo.addItem(self.scope, self.scope)
            self.region_combo.setEnabled(False)
        bar.addWidget(self.region_combo)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Exporter en CSV…"))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        layout.addWidget(self.title)

        self.model = ReportTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        layout.addWidget(self.view)
        self.empty_label = QLabel(self.tr("Aucune donnée pour cette période."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.region_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.export_button.clicked.connect(self._ask_export)
        bus.changed.connect(self._on_changed)
        self.refresh()

    # -- state ------------------------------------------------------------------------------
    @property
    def kind(self) -> ReportKind:
        return REPORTS[max(self.kind_combo.currentIndex(), 0)]

    @property
    def period(self) -> str:
        return self.week if self.kind.weekly else self.month

    def set_report(self, key: str, period: str | None = None) -> None:
        """Show report ``key`` ("staffing", "obligations", "activity", "billed") for ``period``."""
        index = self.kind_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        if period is not None:
            if REPORTS[index].weekly:
                self.week = period
            else:
                self.month = period
        if index == self.kind_combo.currentIndex():
            self.refresh()
        else:
            self.kind_combo.setCurrentIndex(index)

    def shift(self, delta: int) -> None:
        if self.kind.weekly:
            self.week = shift_week(self.week, delta)
        else:
            self.month = shift_month(self.month, delta)
        self.refresh()

    def refresh(self) -> None:
        kind = self.kind
        period_text = week_dates_text(self.week) if kind.weekly else month_label(self.month)
        if kind.weekly:
            self.period_label.setText(self.tr("semaine {0}").format(period_text))
        else:
            self.period_label.setText(period_text)
        table = reads.report(self.store, kind.key, self.period, self.region_combo.currentData())
        self.model.set_table(table)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        title = TITLES.get(kind.key)
        self.title.setText(QCoreApplication.translate("ReportsPage", title).format(period_text) if title
                           else table.title)
        self.empty_label.setVisible(not table.rows)
        self.export_button.setEnabled(bool(table.rows))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & self.kind.tables:
            self.refresh()

    # -- export -----------------------------------------------------------------------------
    def default_filename(self) -> str:
        return f"sosdesk-{self.kind.key}-{self.period}.csv"

    def export_csv(self, path: str | Path) -> Path:
        """Write the shown report (`;`, UTF-8 BOM, decimal comma) and say so in the status bar."""
        table = self.model.table
        out = write_csv(path, table.headers, table.rows)
        self.bus.status_message.emit(self.tr("Rapport exporté : {0}").format(out))
        return out

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter en CSV"), self.default_filename(),
                                              self.tr("CSV (*.csv)"))
        if not name:
            return
        try:
            self.export_csv(name)
        except OSError as exc:
            self.bus.status_message.emit(self.tr("Export impossible : {0}").format(exc.strerror or exc))
