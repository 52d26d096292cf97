"""The Rappels page: what was sent, failed or is pending (per beneficiary), the template editor with
a live preview, and the rules, quiet hours and transport settings. Owns the timer that sends due
reminders every few minutes, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import now_utc
from sosdesk.notify.run import MessageRow, list_messages, mark_sent, resend, run_reminders
from sosdesk.notify.sender import RunReport
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import OpRunner, run_edit
from sosdesk.ui.reminders.messages import DEFAULT_INTERVAL_MS, STATE_LABELS, MessagesModel
from sosdesk.ui.reminders.rules import RulesEditor
from sosdesk.ui.reminders.templates import TemplateEditor
from sosdesk.usecases.reminders_mode import office_sends


class RemindersPage(QWidget):
    """Outbox list, template editor with preview, rules and transport settings, periodic sending."""

    run_finished = Signal(object)   # RunReport, after each run (timer or button)

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 interval_ms: int = DEFAULT_INTERVAL_MS, autostart: bool = True,
                 clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.clock = clock   # injected so quiet hours (20:00–08:00) can be tested at any hour
        self.runner = OpRunner(self, bus, status=bus.status_message.emit)
        tabs = QTabWidget(self)
        tabs.addTab(self._messages_tab(), self.tr("Messages"))
        self.templates = TemplateEditor(store, self)
        tabs.addTab(self.templates, self.tr("Modèles"))
        self.rules = RulesEditor(store, self)
        tabs.addTab(self.rules, self.tr("Règles et envoi"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.rules.saved.connect(lambda text: self.bus.status_message.emit(text))
        self.templates.saved.connect(lambda text: self.bus.status_message.emit(text))
        bus.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.send_now)
        if autostart:
            self.timer.start()
        self.refresh()

    # -- messages tab ---------------------------------------------------------------------------
    def _messages_tab(self) -> QWidget:
        box = QWidget(self)
        top = QHBoxLayout()
        self.who = QComboBox(box)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(QLabel(self.tr("Bénéficiaire :"), box))
        top.addWidget(self.who, 1)
        self.send_button = QPushButton(self.tr("Envoyer maintenant"), box)
        self.send_button.clicked.connect(self.send_now)
        self.resend_button = QPushButton(self.tr("Renvoyer"), box)
        self.resend_button.clicked.connect(self._resend)
        self.confirm_button = QPushButton(self.tr("Marquer comme envoyé"), box)
        self.confirm_button.clicked.connect(self._confirm)
        for b in (self.send_button, self.resend_button, self.confirm_button):
            top.addWidget(b)
        self.model = MessagesModel(self)
        self.view = QTableView(box)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(box)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        return box

    def _fill_people(self) -> None:
        current = self.who.currentData()
        rows = list_messages(self.store)
        people = sorted({(r.beneficiary, r.beneficiary_id) for r in rows})
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Tous"), None)
        for name, bid in people:
            self.who.addItem(name, bid)
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    def refresh(self) -> None:
        """Reload the outbox list (after a run, a manual action, or a change of people/meetings)."""
        self._fill_people()
        rows = list_messages(self.store, self.who.currentData())
        self.model.set_rows(rows)
        counts = {s: sum(1 for r in rows if r.state == s) for s in STATE_LABELS}
        waiting = counts["pending"] + counts["retrying"]
        self.summary.setText(self.tr("{sent} envoyé(s), {failed} en échec, {waiting} en attente, "
                                     "{uncertain} à vérifier, {skipped} non envoyé(s)").format(
            sent=counts["sent"], failed=counts["failed"], waiting=waiting, uncertain=counts["uncertain"],
            skipped=counts["skipped"]))
        self._update_buttons()

    def selected(self) -> MessageRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.resend_button.setEnabled(row is not None and row.state in ("failed", "uncertain"))
        self.confirm_button.setEnabled(row is not None and row.state == "uncertain")

    def _resend(self) -> None:
        row = self.selected()
        if row is not None:
            self._manual(resend, row.id, self.tr("Message {id} : renvoi programmé"))

    def _confirm(self) -> None:
        row = self.selected()
        if row is not None:
            self._manual(mark_sent, row.id, self.tr("Message {id} : marqué envoyé"))

    def _manual(self, action: Any, message_id: int, text: str) -> None:
        if not run_edit(self, lambda: action(self.store, message_id, self.clock()), show=self.bus.status_message.emit):
            return
        self.bus.status_message.emit(text.format(id=message_id))
        self.refresh()

    # -- sending --------------------------------------------------------------------------------
    def send_now(self) -> None:
        """Run the reminders once in a worker thread (ignored while a run is in progress)."""
        if self.runner.busy():
            return
        store, now = self.store, self.clock()
        self.send_button.setEnabled(False)
        self.runner.start(lambda: run_reminders(store, now=now, may_send=office_sends), self._on_finished,
                          self._on_failed)

    def is_running(self) -> bool:
        return self.runner.busy()

    def _on_finished(self, report: RunReport) -> None:
        self.send_button.setEnabled(True)
        self.refresh()
        self.rules.refresh_side()   # a run asks the service who sends (usecases.reminders_mode)
        sent, failed = report.count("sent"), report.count("failed") + report.count("retrying")
        text = self.tr("Rappels : {sent} envoyé(s), {failed} en échec").format(sent=sent, failed=failed)
        if report.warnings:
            text += " — " + " ; ".join(report.warnings)
        self.bus.status_message.emit(text)
        self.run_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.bus.status_message.emit(self.tr("Rappels : {0}").format(message))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & {"beneficiaries", "meetings"}:
            self.refresh()

    def shutdown(self) -> None:
        """Stop the timer and wait for a run in progress (window closing, tests)."""
        self.timer.stop()
        self.runner.wait()
        self.rules.runner.wait()
