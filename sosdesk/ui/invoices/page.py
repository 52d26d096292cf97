"""Factures: month × region board, an invoice's lines with drill-down to their meetings and expenses,
the missing-proof list, the workflow actions of the current role, exports and the history."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.closures import holiday_rows, holiday_warnings
from sosdesk.domain.invoice_workflow import (
    STATUS_LABELS,
    WorkflowError,
    allowed_steps,
    invoice_title,
    month_label,
)
from sosdesk.domain.permissions import ROLE_LABELS, Actor, PermissionDenied, can
from sosdesk.domain.pricing import euros, missing_text
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.invoices.models import ID_ROLE, BoardModel, LinesModel
from sosdesk.ui.invoices.workers import ChorusJob, ExportJob

STEP_LABELS = {"submit": str(QT_TRANSLATE_NOOP("InvoicesPage", "Soumettre")),
               "approve": str(QT_TRANSLATE_NOOP("InvoicesPage", "Approuver")),
               "reject": str(QT_TRANSLATE_NOOP("InvoicesPage", "Rejeter…")),
               "validate": str(QT_TRANSLATE_NOOP("InvoicesPage", "Valider")),
               "paid": str(QT_TRANSLATE_NOOP("InvoicesPage", "Marquer payée"))}
WATCHED = {"invoices", "invoice_events", "meetings", "expenses", "rate_tables", "regions", "attendance_sheets",
           "meeting_types"}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_SUFFIX = {"json": ".json", "csv": ".csv", "pdf": ".pdf", "facturx": ".pdf"}


def _date_fr(iso: str | None) -> str:
    """« 2026-10-05 » → « 05/10/2026 »."""
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


class InvoicesPage(QWidget):
    """The invoice workbench page (constructed as ``InvoicesPage(store, bus)``)."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sosdesk.invoicing.queries import recent_months

        self.store, self.bus = store, bus
        self.months = recent_months(date.today())
        self.invoice_id: str | None = None
        self.pool = QThreadPool(self)
        self.jobs: list[ExportJob | ChorusJob] = []
        self._build()
        bus.changed.connect(self._on_changed)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.board_model = BoardModel(self)
        self.board = QTableView()
        self.board.setModel(self.board_model)
        self.board.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.board.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.board.clicked.connect(self._on_board_clicked)
        self.board.setMaximumHeight(190)
        self.board.horizontalHeader().setDefaultSectionSize(130)
        self.draft_button = QPushButton(self.tr("Préparer / régénérer le brouillon régional"))
        self.draft_button.clicked.connect(self._make_regional_draft)
        self.national_button = QPushButton(self.tr("Préparer le brouillon national"))
        self.national_button.clicked.connect(self._make_national_draft)
        self.who = QLabel()
        self.billing_settings_button = QPushButton(self.tr("Paramètres de facturation…"))
        self.billing_settings_button.clicked.connect(self.open_billing_settings)
        top = QHBoxLayout()
        top.addWidget(self.draft_button)
        top.addWidget(self.national_button)
        top.addWidget(self.billing_settings_button)
        top.addStretch(1)
        top.addWidget(self.who)

        self.title = QLabel(self.tr("Choisissez une case du tableau."))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long title must not squeeze the lines table
        self.lines_model = LinesModel(self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.clicked.connect(self._on_line_clicked)
        self.items = QListWidget()
        self.items.itemActivated.connect(self._jump)
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._jump)
        self.history = QListWidget()
        self.rates = self._build_rates()
        tabs = QTabWidget()
        tabs.addTab(self.items, self.tr("Éléments de la ligne"))
        tabs.addTab(self.missing, self.tr("Justificatifs manquants"))
        tabs.addTab(self.history, self.tr("Historique"))
        tabs.addTab(self.rates, self.tr("Grilles tarifaires"))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.lines)
        split.addWidget(left)
        split.addWidget(tabs)
        split.setSizes([640, 360])
        tabs.currentChanged.connect(  # the rate form needs room; the invoice lines get it back afterwards
            lambda i: split.setSizes([380, 820] if tabs.widget(i) is self.rates else [640, 360]))

        self.actions_row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for step, label in STEP_LABELS.items():
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, s=step: self._on_step_clicked(s))
            self.step_buttons[step] = button
            self.actions_row.addWidget(button)
        self.add_line_button = QPushButton(self.tr("Ajouter une ligne libre…"))
        self.add_line_button.clicked.connect(self._on_add_line_clicked)
        self.actions_row.addWidget(self.add_line_button)
        self.remove_line_button = QPushButton(self.tr("Retirer la ligne libre"))
        self.remove_line_button.clicked.connect(self.remove_selected_line)
        self.actions_row.addWidget(self.remove_line_button)
        self.credit_button = QPushButton(self.tr("Émettre un avoir"))
        self.credit_button.clicked.connect(self._make_credit_note)
        self.actions_row.addWidget(self.credit_button)
        self.chorus_button = QPushButton(self.tr("Envoyer à Chorus Pro"))
        self.chorus_button.clicked.connect(lambda: self.start_chorus("send"))
        self.actions_row.addWidget(self.chorus_button)
        self.chorus_status_button = QPushButton(self.tr("Actualiser l'état Chorus Pro"))
        self.chorus_status_button.clicked.connect(lambda: self.start_chorus("status"))
        self.actions_row.addWidget(self.chorus_status_button)
        self.actions_row.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("pdf", "PDF"), ("facturx", "Factur-X"), ("csv", "CSV"), ("json", "JSON")):
            button = QPushButton(self.tr("Exporter ") + label)
            button.clicked.connect(lambda _=False, f=fmt: self._on_export_clicked(f))
            self.export_buttons[fmt] = button
            self.actions_row.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.actions_row.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.board)
        layout.addWidget(split, 1)
        layout.addLayout(self.actions_row)

    def _build_rates(self) -> QWidget:
        from sosdesk.ui.invoices.rate_form import RateForm

        self.rate_form = RateForm(self.store, self.selected_cell)
        self.rate_form.saved.connect(self.bus.changed.emit)
        return self.rate_form

    # -- data ---------------------------------------------------------------------------------
    def actor(self) -> Actor | None:
        from sosdesk.invoicing.drafts import actor_for

        try:
            return actor_for(self.store)
        except PermissionDenied:
            return None

    def _who(self, actor: Actor | None) -> str:
        """« Claire Martin (Administrateur régional) »: the user's name and French role."""
        if actor is None:
            return "—"
        user = self.store.current_user()
        name = (user.name if user is not None and user.name else "") or actor.user_id
        return f"{name} ({ROLE_LABELS.get(actor.role, actor.role)})"

    def refresh(self) -> None:
        """Reload the board and the selected invoice (cheap: a few rows)."""
        from sosdesk.invoicing.queries import board

        scopes, cells = board(self.store, self.months)
        selected = self.board.currentIndex()
        self.board_model.set_board(scopes, self.months, cells)
        if selected.isValid():
            self.board.setCurrentIndex(self.board_model.index(selected.row(), selected.column()))
            self.invoice_id = self.board_model.data(self.board.currentIndex(), ID_ROLE) or self.invoice_id
        actor = self.actor()
        self.who.setText(self.tr("Utilisateur : ") + self._who(actor))
        self.draft_button.setEnabled(bool(actor and can(actor.role, "invoice_draft")))
        self.national_button.setEnabled(bool(actor and can(actor.role, "invoice_national")))
        self.rate_form.refresh(bool(actor and can(actor.role, "edit_rates")))
        self.billing_settings_button.setVisible(bool(actor and can(actor.role, "edit_rates")))
        self._show_invoice()

    def pick(self, scope: str, month: str) -> None:
        """Select a board cell (scope = region id or 'national')."""
        row = next(i for i, (sid, _) in enumerate(self.board_model.scopes) if sid == scope)
        index = self.board_model.index(row, self.months.index(month) if month in self.months else 0)
        if month not in self.months:
            self.months = sorted({*self.months, month})
            self.refresh()
            index = self.board_model.index(row, self.months.index(month))
        self.board.setCurrentIndex(index)
        self._on_board_clicked(index)

    def _on_board_clicked(self, index: QModelIndex) -> None:
        self.invoice_id = self.board_model.data(index, ID_ROLE)
        self._show_invoice()

    def selected_cell(self) -> tuple[str, str] | None:
        index = self.board.currentIndex()
        if not index.isValid():
            return None
        return self.board_model.scopes[index.row()][0], self.months[index.column()]

    def _show_invoice(self) -> None:
        from sosdesk.invoicing.queries import detail

        info = detail(self.store, self.invoice_id) if self.invoice_id else None
        self.detail = info
        self.items.clear()
        self.missing.clear()
        self.history.clear()
        actor = self.actor()
        if info is None:
            self.lines_model.set_lines([])
            cell = self.selected_cell()
            self.title.setText(self.tr("Pas encore de facture pour cette case.") if cell else
                               self.tr("Choisissez une case du tableau."))
            steps: list[str] = []
        else:
            doc = info.document
            self.lines_model.set_lines(doc["lines"])
            number = f" n° {info.number}" if info.number else ""
            name = html.escape(f"{invoice_title(info.kind, info.scope_label)}{number}, {month_label(info.month)}")
            self.title.setText(f"<b>{name}</b> — {STATUS_LABELS.get(info.status, info.status)}"
                               f" — total HT {euros(doc['total_ht_cents'])}, TTC {euros(doc['total_ttc_cents'])}"
                               + (f"<br>{html.escape(info.chorus)}" if info.chorus else ""))
            for p in doc["missing_proof"]:
                item = QListWidgetItem(missing_text(p))
                item.setData(ITEM_ROLE, (p["kind"], p["id"]))
                self.missing.addItem(item)
            # Meetings held on a public holiday: a warning to check, not a refusal (issue 12).
            for row, text in zip(holiday_rows(info.annex.values()), holiday_warnings(list(info.annex.values())),
                                 strict=True):
                item = QListWidgetItem(text)
                item.setData(ITEM_ROLE, ("meeting", row["id"]))
                self.missing.addItem(item)
            self.history.addItems(info.history)
            steps = allowed_steps(actor, info.kind, info.status,
                                  info.scope if info.kind == "regional" else None) if actor else []
        for step, button in self.step_buttons.items():
            button.setVisible(step in steps)
        self.credit_button.setVisible(bool(info and actor and info.status in ("validated", "paid")
                                           and info.kind == "national" and can(actor.role, "invoice_credit_note")
                                           and not info.credit_notes))
        for button in self.export_buttons.values():
            button.setEnabled(info is not None)
        may_send = bool(info and actor and can(actor.role, "invoice_send") and info.kind in ("national", "credit_note"))
        sent = bool(info and info.chorus and not info.chorus.endswith(("(à vérifier)", "(échec)")))
        self.chorus_button.setVisible(may_send and info is not None and info.status == "validated" and not sent)
        self.chorus_status_button.setVisible(may_send and info is not None and bool(info.chorus))
        self.add_line_button.setVisible(self._may_edit_lines())
        self.remove_line_button.setVisible(self._may_edit_lines())
        self.remove_line_button.setEnabled(self.selected_custom_line() is not None)

    def _on_line_clicked(self, index: QModelIndex) -> None:
        self.remove_line_button.setEnabled(self.selected_custom_line() is not None)
        self.items.clear()
        if not index.isValid() or self.detail is None:
            return
        line = self.lines_model.lines[index.row()]
        kind = "expense" if line["kind"] == "expense" else "meeting"
        for item_id in line.get("items", []):
            row = self.detail.annex.get(item_id, {})
            day = _date_fr(row.get("date"))
            if kind == "meeting":
                text = (f"{day} {row.get('time', '')} — {row.get('type_label', '')} — "
                        f"{row.get('site_name', '')} — {euros(row.get('amount_cents'))} ({item_id})")
            else:
                text = f"{day} — {row.get('label', '')} — {euros(row.get('amount_cents'))} ({item_id})"
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, (kind, item_id))
            self.items.addItem(item)
        self.tabs.setCurrentWidget(self.items)

    def _jump(self, item: QListWidgetItem) -> None:
        """Open the meeting in the calendar to fix or check it."""
        kind, item_id = item.data(ITEM_ROLE)
        if kind == "meeting":
            self.bus.show_meeting.emit(item_id)
        else:
            self.bus.status_message.emit(self.tr("Frais ") + item_id + self.tr(" : joindre le justificatif"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & WATCHED:
            self.refresh()

    # -- operations ---------------------------------------------------------------------------
    def _run(self, fn: Any) -> Changes | None:
        """Run an operation; show refusals in French; announce what changed."""
        from sosdesk.domain.errors import InputError
        from sosdesk.invoicing.workflow import MissingProofError

        try:
            changes = fn()
        except MissingProofError as exc:
            self.bus.status_message.emit(str(exc))
            self.tabs.setCurrentWidget(self.missing)
            self.last_error = str(exc)
            return None
        except (InputError, WorkflowError, PermissionDenied) as exc:
            self.last_error = str(exc)
            self.bus.status_message.emit(self.last_error)
            if self.isVisible():
                QMessageBox.warning(self, self.tr("Factures"), self.last_error)
            return None
        self.last_error = ""
        self.bus.changed.emit(changes)
        return changes

    def make_regional_draft(self, region: str, month: str) -> None:
        from sosdesk.invoicing.drafts import actor_for, regional_draft

        def op() -> Changes:
            invoice_id, changes = regional_draft(self.store, actor_for(self.store), region, month)
            self.invoice_id = invoice_id
            return changes

        self._run(op)

    def _make_regional_draft(self) -> None:
        cell = self.selected_cell()
        if cell and cell[0] != "national":
            self.make_regional_draft(*cell)

    def _make_national_draft(self) -> None:
        cell = self.selected_cell()
        if cell:
            self.make_national_draft(cell[1])

    def make_national_draft(self, month: str) -> None:
        from sosdesk.invoicing.drafts import actor_for, national_draft

        def op() -> Changes:
            invoice_id, changes = national_draft(self.store, actor_for(self.store), month)
            self.invoice_id = invoice_id
            return changes

        self._run(op)

    def run_step(self, step: str, comment: str = "") -> None:
        from sosdesk.invoicing.drafts import actor_for
        from sosdesk.invoicing.workflow import apply_step

        if self.invoice_id is None:
            return
        invoice_id = self.invoice_id
        self._run(lambda: apply_step(self.store, actor_for(self.store), invoice_id, step, comment)[1])

    def _on_step_clicked(self, step: str) -> None:
        comment = ""
        if step in ("reject", "approve", "validate"):
            text, ok = QInputDialog.getText(self, self.tr("Commentaire"), self.tr("Commentaire :"))
            if not ok:
                return
            comment = text
        self.run_step(step, comment)

    def _make_credit_note(self) -> None:
        from sosdesk.invoicing.drafts import actor_for
        from sosdesk.invoicing.workflow import credit_note

        if self.invoice_id is None:
            return
        invoice_id = self.invoice_id
        self._run(lambda: credit_note(self.store, actor_for(self.store), invoice_id)[1])

    def billing_settings_dialog(self) -> Any:
        from sosdesk.ui.invoices.billing_settings_dialog import BillingSettingsDialog

        actor = self.actor()
        return BillingSettingsDialog(self.store, actor, self) if actor else None

    def open_billing_settings(self) -> None:
        dialog = self.billing_settings_dialog()
        if dialog is not None and dialog.exec() and dialog.changes is not None:
            self.bus.changed.emit(dialog.changes)

    # -- custom lines (pricing.md §6.4) ------------------------------------------------------------
    def _may_edit_lines(self) -> bool:
        """A draft, regional (regional admin of its region) or national (national coordinator)."""
        info, actor = self.detail, self.actor()
        if info is None or actor is None or info.status != "draft" or info.kind == "credit_note":
            return False
        if info.kind == "regional":
            return can(actor.role, "invoice_draft") and actor.region in (None, info.scope)
        return can(actor.role, "invoice_national")

    def selected_custom_line(self) -> int | None:
        """Index of the selected line if it is one of this invoice's own free lines."""
        index = self.lines.currentIndex()
        if self.detail is None or not index.isValid():
            return None
        first_custom = len(self.lines_model.lines) - self.detail.custom_count
        return index.row() if index.row() >= first_custom else None

    def add_custom_line(self, label: str, quantity: Decimal, unit_price_cents: Decimal,
                        justification: str = "") -> bool:
        """Add a free line to the selected draft; False (message shown) when refused."""
        from sosdesk.invoicing.drafts import actor_for, add_custom_line

        if self.invoice_id is None:
            return False
        invoice_id = self.invoice_id
        return self._run(lambda: add_custom_line(self.store, actor_for(self.store), invoice_id, label, quantity,
                                                 unit_price_cents, justification)) is not None

    def _on_add_line_clicked(self) -> None:
        from sosdesk.ui.invoices.custom_line_dialog import CustomLineDialog

        if self.detail is None:
            return
        dialog = CustomLineDialog(regional=self.detail.kind == "regional", parent=self)
        if dialog.exec() == CustomLineDialog.DialogCode.Accepted:
            self.add_custom_line(*dialog.values())

    def remove_selected_line(self) -> None:
        from sosdesk.invoicing.drafts import actor_for, remove_custom_line

        row = self.selected_custom_line()
        if row is None or self.invoice_id is None:
            return
        invoice_id = self.invoice_id
        self._run(lambda: remove_custom_line(self.store, actor_for(self.store), invoice_id, row))

    # -- exports ------------------------------------------------------------------------------
    def start_export(self, fmt: str, out: Path) -> ExportJob | None:
        """Export the selected invoice in a worker thread; the progress bar runs meanwhile."""
        if self.invoice_id is None:
            return None
        job = ExportJob(self.store, self.invoice_id, fmt, out)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._export_done)
        job.signals.failed.connect(self._export_failed)
        self.jobs.append(job)
        self.progress.show()
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.pool.start(job)
        return job

    def start_chorus(self, action: str) -> ChorusJob | None:
        """Deposit the selected invoice to Chorus Pro (``send``) or refresh its status, in a worker thread."""
        actor = self.actor()
        if self.invoice_id is None or actor is None:
            return None
        job = ChorusJob(self.store, actor, self.invoice_id, action)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._chorus_done)
        job.signals.failed.connect(self._chorus_done)
        self.jobs.append(job)
        self.progress.show()
        self.chorus_button.setEnabled(False)
        self.chorus_status_button.setEnabled(False)
        self.bus.status_message.emit(self.tr("Chorus Pro : envoi en cours…") if action == "send"
                                     else self.tr("Chorus Pro : interrogation en cours…"))
        self.pool.start(job)
        return job

    def _chorus_done(self, message: str) -> None:
        self.progress.hide()
        self.chorus_button.setEnabled(True)
        self.chorus_status_button.setEnabled(True)
        self.last_error = message if message.startswith("Chorus Pro :") else ""
        self.bus.status_message.emit(message)
        self.refresh()  # the deposit's state, the board cell and the history

    def _on_export_clicked(self, fmt: str) -> None:
        name = f"facture-{self.detail.number or self.detail.month if self.detail else 'x'}{EXPORT_SUFFIX[fmt]}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter la facture"), name)
        if path:
            self.start_export(fmt, Path(path))

    def _export_finished(self) -> None:
        self.progress.hide()
        for button in self.export_buttons.values():
            button.setEnabled(self.invoice_id is not None)

    def _export_done(self, paths: list[str]) -> None:
        self._export_finished()
        self.bus.status_message.emit(self.tr("Exporté : ") + ", ".join(paths))

    def _export_failed(self, message: str) -> None:
        self._export_finished()
        self.bus.status_message.emit(message)
