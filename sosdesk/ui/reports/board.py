"""The Rapports page: reports over time (staffing, obligations, activity, finance) as tabs, each with
its key figures, two charts and its tables; a period picker (week, month, quarter, year, custom with
calendar pop-ups), a region filter per role, and CSV / XLSX / PDF exports run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.periods import Period, custom, period_of, shift
from sosdesk.domain.report_view import ReportView
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import OpRunner
from sosdesk.ui.reports.report_tab import ReportTab
from sosdesk.usecases.reports import service

PERIOD_KINDS: tuple[tuple[str, str], ...] = (
    ("week", str(QT_TRANSLATE_NOOP("ReportsBoard", "Semaine"))),
    ("month", str(QT_TRANSLATE_NOOP("ReportsBoard", "Mois"))),
    ("quarter", str(QT_TRANSLATE_NOOP("ReportsBoard", "Trimestre"))),
    ("year", str(QT_TRANSLATE_NOOP("ReportsBoard", "Année"))),
    ("custom", str(QT_TRANSLATE_NOOP("ReportsBoard", "Personnalisée"))),
)
TABS: tuple[tuple[str, str], ...] = (
    ("staffing", str(QT_TRANSLATE_NOOP("ReportsBoard", "Effectifs"))),
    ("obligations", str(QT_TRANSLATE_NOOP("ReportsBoard", "Obligations"))),
    ("activity", str(QT_TRANSLATE_NOOP("ReportsBoard", "Activité"))),
    ("finance", str(QT_TRANSLATE_NOOP("ReportsBoard", "Finances"))),
)
# A change to one of these tables makes the reports stale.
WATCHED = frozenset({"meetings", "professionals", "beneficiaries", "meeting_types", "invoices", "invoice_events",
                     "expenses", "rate_tables", "sites", "regions"})
DETAIL = "detail"
EXPORT_FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}

def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def write_export(view: ReportView, fmt: str, path: Path) -> Path:
    """Writes ``view`` as CSV, XLSX or PDF (runs in the background pool)."""
    if fmt == "csv":
        from sosdesk.printing.report_csv import write_report_csv

        return write_report_csv(view, path)
    if fmt == "xlsx":
        from sosdesk.printing.report_xlsx import write_xlsx

        write_xlsx(view, path)
        return path
    from sosdesk.printing.report_pdf import render_report_pdf

    render_report_pdf(view, path)
    return path


class ReportsBoard(QWidget):
    """Reports over time; each tab is rebuilt when shown after a change or a new period / region."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.today = today or date.today()
        self.period: Period = period_of("month", self.today)
        self.stale: set[str] = {k for k, _ in TABS}
        self.runner = OpRunner(self)
        self.last_export: Path | None = None
        self.last_error = ""
        self._pending: tuple[str, Period, str | None] | None = None
        self._running = 0  # background jobs (report builds and exports) under way

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind_combo = QComboBox()
        for key, label in PERIOD_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("ReportsBoard", label), key)
        self.kind_combo.setCurrentIndex(1)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Période précédente"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Période suivante"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(34)
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(190)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.period_label.setStyleSheet("font-weight: 600;")
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.region_combo = QComboBox()
        allowed, regions = service.region_choices(store)
        if allowed is None:
            self.region_combo.addItem(self.tr("Toutes les régions"), None)
        for rid, name in regions:
            self.region_combo.addItem(name, rid)
        self.region_combo.setEnabled(allowed is None)
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region_combo.setMinimumContentsLength(16)
        bar.addWidget(QLabel(self.tr("Période :")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.period_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Du")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("au")))
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Région :")))
        bar.addWidget(self.region_combo)
        bar.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.setVisible(False)
        exports = QWidget()
        corner = QHBoxLayout(exports)
        corner.setContentsMargins(0, 0, 0, 2)
        corner.addWidget(self.progress)
        self.export_buttons: dict[str, QPushButton] = {}
        # Exports beside the tabs (their corner), short buttons after one « Exporter : » label: the
        # page fits a 1366 px screen (issue 13).
        corner.addWidget(QLabel(self.tr("Exporter :")))
        for fmt, label, tip in (("csv", "CSV…", self.tr("Exporter le rapport en CSV")),
                                ("xlsx", "XLSX…", self.tr("Exporter le rapport en classeur XLSX")),
                                ("pdf", "PDF…", self.tr("Exporter le rapport en PDF imprimable"))):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            self.export_buttons[fmt] = button
            corner.addWidget(button)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b42318;")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setCornerWidget(exports, Qt.Corner.TopRightCorner)
        self.report_tabs: dict[str, ReportTab] = {}
        for key, label in TABS:
            tab = ReportTab(key)
            self.report_tabs[key] = tab
            self.tabs.addTab(tab, QCoreApplication.translate("ReportsBoard", label))
        # The week / month tables of store/reports.py (staffing load, billed invoices…), kept as they were.
        from sosdesk.ui.reports.page import ReportsPage

        self.detail = ReportsPage(store, bus, today=self.today)
        self.tabs.addTab(self.detail, self.tr("Détail semaine / mois"))
        layout.addWidget(self.tabs, 1)

        self._sync_editors()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        bus.changed.connect(self._on_changed)
        self.refresh()

    # -- state -------------------------------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        index = max(self.tabs.currentIndex(), 0)
        return TABS[index][0] if index < len(TABS) else DETAIL

    @property
    def region(self) -> str | None:
        data = self.region_combo.currentData()
        return str(data) if data else None

    def current_view(self) -> ReportView | None:
        tab = self.report_tabs.get(self.current_key)
        return tab.view if tab is not None else None

    def set_period(self, period: Period) -> None:
        self.period = period
        index = self.kind_combo.findData(period.kind)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(index)
        self.kind_combo.blockSignals(False)
        self._sync_editors()
        self.invalidate()

    def step(self, delta: int) -> None:
        self.set_period(shift(self.period, delta))

    def invalidate(self) -> None:
        self.stale = {k for k, _ in TABS}
        self._pending = None  # a build under way may predate the change: its result is ignored
        self.refresh()

    def refresh(self) -> None:
        """Rebuilds the shown tab if stale, in the background (the others wait until shown)."""
        self.period_label.setText(self.period.label())
        key = self.current_key
        for button in self.export_buttons.values():
            button.setVisible(key != DETAIL)  # the detail tab has its own CSV export
        if key not in self.stale:
            return
        token = (key, self.period, self.region)
        if self._pending == token:
            return
        self._pending = token
        store, today = self.store, self.today
        self._busy(1)
        self.runner.start(lambda: service.build_view(store, token[0], token[1], token[2], today=today),
                          lambda view: self._built(token, view), lambda message: self._failed(token, message))

    def ready(self) -> bool:
        """True when the shown tab holds the report of the current period and region."""
        return self._pending is None and self.current_key not in self.stale

    def _built(self, token: tuple[str, Period, str | None], view: ReportView) -> None:
        self._busy(-1)
        if token != self._pending:
            return  # superseded by a newer period, region or tab
        self._pending = None
        self.message.setVisible(False)
        self.report_tabs[token[0]].set_view(view)
        self.stale.discard(token[0])
        self.refresh()  # the tab shown meanwhile may be stale too

    def _failed(self, token: tuple[str, Period, str | None], message: str) -> None:
        self._busy(-1)
        if token == self._pending:
            self._pending = None
            self._error(message)

    def _busy(self, delta: int) -> None:
        self._running += delta
        self.progress.setVisible(self._running > 0)

    # -- period editors ------------------------------------------------------------------------------------
    def _sync_editors(self) -> None:
        custom_kind = self.period.kind == "custom"
        for edit, day in ((self.from_edit, self.period.first), (self.to_edit, self.period.last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.to_edit.setEnabled(custom_kind)
        self.prev_button.setEnabled(True)
        self.next_button.setEnabled(True)

    def _kind_changed(self, _index: int) -> None:
        kind = str(self.kind_combo.currentData())
        if kind == "custom":
            self.set_period(Period(self.period.first, self.period.last, "custom"))
        else:
            self.set_period(period_of(kind, self.period.first))

    def _dates_edited(self, _date: QDate) -> None:
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if self.period.kind != "custom":
            self.set_period(period_of(self.period.kind, first))
            return
        try:
            period = custom(first, last)
        except ValueError as exc:
            self._error(str(exc))
            return
        self.set_period(period)

    def _error(self, text: str) -> None:
        self.last_error = text
        self.message.setText(text)
        self.message.setVisible(True)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & WATCHED:
            self.invalidate()

    # -- export ---------------------------------------------------------------------------------------------
    def default_filename(self, fmt: str) -> str:
        return f"sosdesk-{self.current_key}-{self.period.first.isoformat()}-{self.period.last.isoformat()}.{fmt}"

    def _ask_export(self, fmt: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le rapport"), self.default_filename(fmt),
                                              EXPORT_FILTERS[fmt])
        if name:
            self.export(fmt, Path(name))

    def export(self, fmt: str, path: Path, on_done: Callable[[Path], Any] | None = None) -> None:
        """Writes the shown report in the background; the progress bar runs meanwhile."""
        view = self.current_view()
        if view is None:
            return
        self._busy(1)
        for b in self.export_buttons.values():
            b.setEnabled(False)

        def done(result: Path) -> None:
            self._export_finished()
            self.last_export = result
            self.bus.status_message.emit(self.tr("Rapport exporté : {0}").format(result))
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            self._export_finished()
            self._error(self.tr("Export impossible : {0}").format(message))

        self.runner.start(lambda: write_export(view, fmt, path), done, failed)

    def _export_finished(self) -> None:
        self._busy(-1)
        for b in self.export_buttons.values():
            b.setEnabled(True)
