"""Factures: month × region board, an invoice's lines with drill-down to their meetings and expenses,
the missing-proof list, the workflow actions of the current role, exports and the history."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
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
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.closures import holiday_rows, holiday_warnings
from sosdesk.domain.invoice_workflow import (
    STATUS_LABELS,
    WorkflowError,
    invoice_title,
    month_label,
)
from sosdesk.domain.permissions import ROLE_LABELS, Actor, PermissionDenied, can
from sosdesk.domain.pricing import euros
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.invoices.models import ID_ROLE, BoardModel, LinesModel
from sosdesk.ui.operations import Operation, OpRunner

STEP_LABELS = {"submit": str(QT_TRANSLATE_NOOP("InvoicesPage", "Soumettre")),
               "approve": str(QT_TRANSLATE_NOOP("InvoicesPage", "Approuver")),
               "reject": str(QT_TRANSLATE_NOOP("InvoicesPage", "Rejeter…")),
               "validate": str(QT_TRANSLATE_NOOP("InvoicesPage", "Valider")),
               "paid": str(QT_TRANSLATE_NOOP("InvoicesPage", "Marquer payée"))}
WATCHED = {"invoices", "invoice_events", "meetings", "expenses", "rate_tables", "regions", "attendance_sheets",
           "meeting_types"}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_SUFFIX = {"json": ".json", "csv": ".csv", "pdf": ".pdf", "facturx": ".pdf", "proofs": "-justificatifs.pdf"}
LEGEND = str(QT_TRANSLATE_NOOP("InvoicesPage", "⚠ n : justificatifs manquants ou présences non saisies — la soumission "
                               "est bloquée tant qu'il en manque. Case vide : pas encore de facture."))


def _date_fr(iso: str | None) -> str:
    """« 2026-10-05 » → « 05/10/2026 »."""
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


class InvoicesPage(QWidget):
    """The invoice workbench page (constructed as ``InvoicesPage(store, bus)``)."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sosdesk.invoicing.workbench import board_months

        self.store, self.bus = store, bus
        self.months = board_months(store, date.today())
        self.invoice_id: str | None = None
        self._proofs_loaded: str | None = None
        self.runner = OpRunner(self, bus, status=bus.status_message.emit)   # exports and Chorus Pro
        self._build()
        bus.changed.connect(self._on_changed)
        self.refresh()
        self._open_default_cell()

    def _open_default_cell(self) -> None:
        """Open on the user's region (national for the coordinator) and last month."""
        from sosdesk.invoicing.workbench import default_cell

        cell = default_cell(self.actor(), date.today(), [sid for sid, _ in self.board_model.scopes])
        if cell is not None and self.selected_cell() is None:
            self.pick(*cell)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.board_model = BoardModel(self)
        self.board = QTableView()
        self.board.setModel(self.board_model)
        self.board.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.board.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.board.clicked.connect(self._on_board_clicked)
        self.board.setMinimumHeight(150)
        self.board.setMaximumHeight(210)
        self.board.horizontalHeader().setMinimumSectionSize(110)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.board.verticalHeader().setDefaultSectionSize(24)
        self.board.selectionModel().currentChanged.connect(lambda index, _old: self._on_board_clicked(index))
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)
        self.legend.setToolTip(self.tr(LEGEND))
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
        self.lines.selectionModel().currentRowChanged.connect(lambda index, _old: self._on_line_clicked(index))
        self.empty_state = QLabel()
        self.empty_state.setObjectName("invoiceEmpty")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setStyleSheet("#invoiceEmpty { color: #57606a; font-size: 12pt; padding: 24px; }")
        self.lines_stack = QStackedWidget()
        self.lines_stack.addWidget(self.lines)
        self.lines_stack.addWidget(self.empty_state)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setObjectName("lineWhy")
        self.why.setStyleSheet("#lineWhy { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px;"
                               " padding: 6px; }")
        self.items = QListWidget()
        self.items.itemActivated.connect(self._jump)
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._jump)
        self.history = QListWidget()
        self.rates = self._build_rates()
        from sosdesk.ui.proofs.viewer import ProofViewer

        self.viewer = ProofViewer(self.store)
        self.viewer.changed.connect(self._on_proof_replaced)
        self.viewer.message.connect(self.bus.status_message.emit)
        self.view_proof_button = QPushButton(self.tr("Voir le justificatif"))
        self.view_proof_button.setToolTip(self.tr("Afficher le justificatif de l'élément choisi dans l'onglet "
                                                  "« Justificatifs »"))
        self.view_proof_button.clicked.connect(self.view_selected_proof)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items, 1)
        items_layout.addWidget(self.view_proof_button, 0, Qt.AlignmentFlag.AlignRight)
        self.items_page = items_page
        tabs = QTabWidget()
        tabs.addTab(self.viewer, self.tr("Justificatifs"))
        tabs.addTab(items_page, self.tr("Éléments de la ligne"))
        tabs.addTab(self.missing, self.tr("Justificatifs manquants"))
        tabs.addTab(self.history, self.tr("Historique"))
        tabs.addTab(self.rates, self.tr("Grilles tarifaires"))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.lines_stack, 1)
        left_layout.addWidget(self.why)
        split.addWidget(left)
        split.addWidget(tabs)
        split.setSizes([620, 580])
        tabs.currentChanged.connect(lambda i: self._load_proofs() if tabs.widget(i) is self.viewer else None)
        tabs.currentChanged.connect(  # the rate form needs room; the invoice lines get it back afterwards
            lambda i: split.setSizes([380, 820] if tabs.widget(i) is self.rates else [620, 580]))

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
        for fmt, label in (("pdf", "PDF"), ("facturx", "Factur-X"), ("csv", "CSV"), ("json", "JSON"),
                           ("proofs", self.tr("justificatifs"))):
            button = QPushButton(self.tr("Exporter ") + label)
            if fmt == "proofs":
                button.setToolTip(self.tr("Un PDF : page de garde, index par jour, rendez-vous et frais, puis "
                                          "chaque justificatif numérisé avec son empreinte SHA-256"))
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
        layout.addWidget(self.legend)
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

    def _legend_html(self) -> str:
        from sosdesk.ui.invoices.models import STATUS_COLORS

        chips = " ".join(f"<span style='background:{STATUS_COLORS[s]}'>&nbsp;{html.escape(self.tr(STATUS_LABELS[s]))}&nbsp;</span>"
                         for s in ("draft", "submitted", "approved", "validated", "paid"))
        return f"<small>{chips} &nbsp; {html.escape(self.tr(LEGEND))}</small>"

    def refresh(self) -> None:
        """Reload the board (the months seen so far, more as it scrolls) and the selected invoice."""
        from sosdesk.invoicing.queries import board
        from sosdesk.invoicing.workbench import board_months

        selected = self.selected_cell()
        self.months = sorted({*board_months(self.store, date.today()), *self.months}, reverse=True)
        store = self.store

        def fetch(months: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
            return board(store, months)[1]

        scopes = board(store, [])[0]
        self.board_model.set_board(scopes, self.months, fetch, loaded=len(self.board_model.months))
        if selected is not None:
            row = self.board_model.ensure_month(selected[1])
            col = next((i for i, (sid, _) in enumerate(scopes) if sid == selected[0]), -1)
            if row >= 0 and col >= 0:
                self.board.selectionModel().blockSignals(True)
                self.board.setCurrentIndex(self.board_model.index(row, col))
                self.board.selectionModel().blockSignals(False)
                self.invoice_id = self.board_model.data(self.board.currentIndex(), ID_ROLE) or self.invoice_id
        actor = self.actor()
        self.who.setText(self.tr("Utilisateur : ") + self._who(actor))
        self.rate_form.refresh(bool(actor and can(actor.role, "edit_rates")))
        self.billing_settings_button.setVisible(bool(actor and can(actor.role, "edit_rates")))
        self._show_invoice()

    def pick(self, scope: str, month: str) -> None:
        """Select a board cell (scope = region id or 'national')."""
        row = self.board_model.ensure_month(month)
        if row < 0:
            self.months = sorted({*self.months, month}, reverse=True)
            self.refresh()
            row = self.board_model.ensure_month(month)
        col = next(i for i, (sid, _) in enumerate(self.board_model.scopes) if sid == scope)
        index = self.board_model.index(row, col)
        self.board.selectionModel().blockSignals(True)
        self.board.setCurrentIndex(index)
        self.board.selectionModel().blockSignals(False)
        self.board.scrollTo(index)
        self._on_board_clicked(index)

    def _on_board_clicked(self, index: QModelIndex) -> None:
        self.invoice_id = self.board_model.data(index, ID_ROLE)
        self._show_invoice()

    def selected_cell(self) -> tuple[str, str] | None:
        return self.board_model.key(self.board.currentIndex())

    def _show_invoice(self) -> None:
        from sosdesk.invoicing.queries import detail
        from sosdesk.invoicing.workbench import action_states, empty_text, explain_lines, missing_items

        info = detail(self.store, self.invoice_id) if self.invoice_id else None
        self.detail = info
        self.items.clear()
        self.missing.clear()
        self.history.clear()
        self.why.clear()
        self.why.hide()
        actor = self.actor()
        cell = self.selected_cell()
        if info is None:
            self.lines_model.set_lines([])
            if cell is not None:
                scope_label = next((label for sid, label in self.board_model.scopes if sid == cell[0]), cell[0])
                if cell[0] == "national":
                    scope_label = self.tr("la France entière")
                self.title.setText(f"<b>{html.escape(scope_label)} — {html.escape(month_label(cell[1]))}</b>")
                self.empty_state.setText(empty_text(scope_label, month_label(cell[1]), actor, cell[0]))
            else:
                self.title.setText(self.tr("Choisissez une case du tableau."))
                self.empty_state.setText(self.tr("Choisissez un mois et une région dans le tableau ci-dessus : "
                                                 "la facture s'affiche ici, ligne par ligne, avec ses justificatifs."))
            self.lines_stack.setCurrentWidget(self.empty_state)
            self.viewer.set_entries([])
            self._proofs_loaded = None
            states = action_states(actor, cell, None)
        else:
            doc = info.document
            self.lines_model.set_lines(doc["lines"], explain_lines(self.store, info.id))
            self.lines_stack.setCurrentWidget(self.lines)
            number = f" n° {info.number}" if info.number else ""
            name = html.escape(f"{invoice_title(info.kind, info.scope_label)}{number}, {month_label(info.month)}")
            self.title.setText(f"<b>{name}</b> — {STATUS_LABELS.get(info.status, info.status)}"
                               f" — total HT {euros(doc['total_ht_cents'])}, TTC {euros(doc['total_ttc_cents'])}"
                               + (f"<br>{html.escape(info.chorus)}" if info.chorus else ""))
            for found in missing_items(self.store, info.id):
                item = QListWidgetItem(found.text)
                item.setData(ITEM_ROLE, (found.kind, found.id))
                self.missing.addItem(item)
            # Meetings held on a public holiday: a warning to check, not a refusal (issue 12).
            for row, text in zip(holiday_rows(info.annex.values()), holiday_warnings(list(info.annex.values())),
                                 strict=True):
                item = QListWidgetItem(text)
                item.setData(ITEM_ROLE, ("meeting", row["id"]))
                self.missing.addItem(item)
            self.history.addItems(info.history)
            self._proofs_loaded = None  # read when the « Justificatifs » tab shows (thousands on a big month)
            states = action_states(actor, cell, {"kind": info.kind, "status": info.status, "scope": info.scope,
                                                 "missing": len(doc["missing_proof"])})
            if states.get("approve", states["draft"]).enabled:  # the validator approves with the proof on screen
                self.tabs.setCurrentWidget(self.viewer)
            if self.tabs.currentWidget() is self.viewer:
                self._load_proofs()
        self._apply_states(states)
        may_send = bool(info and actor and can(actor.role, "invoice_send") and info.kind in ("national", "credit_note"))
        sent = bool(info and info.chorus and not info.chorus.endswith(("(à vérifier)", "(échec)")))
        self.credit_button.setVisible(bool(info and actor and info.status in ("validated", "paid")
                                           and info.kind == "national" and can(actor.role, "invoice_credit_note")
                                           and not info.credit_notes))
        self.chorus_button.setVisible(may_send and info is not None and info.status == "validated" and not sent)
        self.chorus_status_button.setVisible(may_send and info is not None and bool(info.chorus))
        self.add_line_button.setVisible(self._may_edit_lines())
        self.remove_line_button.setVisible(self._may_edit_lines())
        self.remove_line_button.setEnabled(self.selected_custom_line() is not None)
        self.remove_line_button.setToolTip("" if self.remove_line_button.isEnabled() else
                                           self.tr("Choisissez d'abord une ligne libre de la facture"))

    def _load_proofs(self) -> None:
        """Give the viewer the selected invoice's proof list, once per invoice shown."""
        from sosdesk.invoicing.proofs import proofs_of

        info = self.detail
        if info is None or info.kind == "credit_note" or self._proofs_loaded == info.id:
            return
        invoice_id = info.id
        self._proofs_loaded = invoice_id
        self.viewer.set_entries(proofs_of(self.store, invoice_id).entries,
                                reload=lambda: proofs_of(self.store, invoice_id).entries)

    def _apply_states(self, states: dict[str, Any]) -> None:
        """Buttons enabled only when they can act; otherwise the reason in their tooltip."""
        pairs = [(self.draft_button, states["draft"]), (self.national_button, states["national"])]
        pairs += [(button, states[step]) for step, button in self.step_buttons.items()]
        for button, state in pairs:
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason)
        for fmt, button in self.export_buttons.items():
            button.setEnabled(states["export"].enabled)
            if fmt != "proofs":
                button.setToolTip(states["export"].reason)

    def _on_line_clicked(self, index: QModelIndex) -> None:
        self.remove_line_button.setEnabled(self.selected_custom_line() is not None)
        self.items.clear()
        if not index.isValid() or self.detail is None:
            return
        explained = self.lines_model.explanation(index.row())
        if explained is None:
            return
        line = self.lines_model.lines[index.row()]
        self.why.setText(f"<b>{html.escape(self.tr('Pourquoi ce montant'))} — {html.escape(line['label'])}</b><br>"
                         + "<br>".join(f"• {html.escape(x)}" for x in explained.details))
        self.why.show()
        for found in explained.items:
            item = QListWidgetItem(found.text)
            item.setData(ITEM_ROLE, (found.kind, found.id))
            self.items.addItem(item)
        self.view_proof_button.setEnabled(bool(explained.items))
        if self.tabs.currentWidget() is not self.viewer:
            self.tabs.setCurrentWidget(self.items_page)

    def _on_proof_replaced(self, changes: Changes | None) -> None:
        if changes is not None:
            self.bus.changed.emit(changes)

    def view_selected_proof(self) -> bool:
        """Show the proof of the selected line element (or missing proof) in the « Justificatifs » tab."""
        item = self.items.currentItem() or (self.items.item(0) if self.items.count() else None)
        if self.tabs.currentWidget() is self.missing and self.missing.currentItem() is not None:
            item = self.missing.currentItem()
        if item is None:
            return False
        kind, item_id = item.data(ITEM_ROLE)
        self.tabs.setCurrentWidget(self.viewer)
        self._load_proofs()
        return self.viewer.show_item(kind, item_id)

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
    def start_export(self, fmt: str, out: Path) -> Operation[list[str]] | None:
        """Export the selected invoice off the GUI thread (a PDF with a full annex takes seconds)."""
        from sosdesk.invoicing.exports import export_invoice

        if self.invoice_id is None:
            return None
        store, invoice_id = self.store, self.invoice_id
        self.progress.show()
        for button in self.export_buttons.values():
            button.setEnabled(False)
        return self.runner.run(lambda _p: [str(p) for p in export_invoice(store, invoice_id, fmt, out)],
                               self._export_done,
                               on_error=lambda m: self._export_failed(self.tr("export impossible : ") + m))

    def start_chorus(self, action: str) -> Operation[str] | None:
        """Deposit the selected invoice to Chorus Pro (``send``) or refresh its status: network calls."""
        from sosdesk.invoicing.chorus_deposit import refresh_status, send_invoice

        actor = self.actor()
        if self.invoice_id is None or actor is None:
            return None
        store, invoice_id = self.store, self.invoice_id
        call = send_invoice if action == "send" else refresh_status
        self.progress.show()
        self.chorus_button.setEnabled(False)
        self.chorus_status_button.setEnabled(False)
        self.bus.status_message.emit(self.tr("Chorus Pro : envoi en cours…") if action == "send"
                                     else self.tr("Chorus Pro : interrogation en cours…"))
        return self.runner.run(lambda _p: call(store, actor, invoice_id).sentence(), self._chorus_done,
                               on_error=lambda m: self._chorus_done("Chorus Pro : " + m))

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
