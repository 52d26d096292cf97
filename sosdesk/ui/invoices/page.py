"""Factures: month × region board, an invoice's lines with drill-down to their meetings and expenses,
the missing-proof list, the workflow actions of the current role, exports and the history."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.invoice_document import holiday_rows, holiday_warnings
from sosdesk.domain.invoice_workflow import (
    STATUS_LABELS,
    invoice_title,
    month_label,
)
from sosdesk.domain.permissions import ROLE_LABELS, Actor, PermissionDenied, can
from sosdesk.domain.pricing import euros
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.invoices.actions_bar import InvoiceActionsBar
from sosdesk.ui.invoices.board_panel import InvoiceBoard
from sosdesk.ui.invoices.detail_tabs import InvoiceTabs
from sosdesk.ui.invoices.lines_panel import InvoiceLinesPanel
from sosdesk.ui.invoices.page_edits import InvoiceEdits
from sosdesk.ui.invoices.transfers import InvoiceTransfers
from sosdesk.ui.operations import Operation

WATCHED = {"invoices", "invoice_events", "meetings", "expenses", "rate_tables", "regions", "attendance_sheets",
           "meeting_types"}


class InvoicesPage(InvoiceEdits):
    """The invoice workbench page (constructed as ``InvoicesPage(store, bus)``)."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sosdesk.invoicing.workbench import board_months

        self.store, self.bus = store, bus
        self.undo_stack = QUndoStack(self)  # custom lines added/removed (main window's undo group)
        self.months = board_months(store, date.today())
        self.invoice_id: str | None = None
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
        self.board_panel = InvoiceBoard(self)
        self.board_panel.cell_chosen.connect(self._on_cell_chosen)
        self.board_panel.regional_draft_clicked.connect(self._make_regional_draft)
        self.board_panel.national_draft_clicked.connect(self._make_national_draft)
        self.board_panel.settings_clicked.connect(self.open_billing_settings)
        bp = self.board_panel   # its parts, as tests and the page's own code know them
        self.board_model, self.board, self.legend, self.who = bp.model, bp.view, bp.legend, bp.who
        self.draft_button, self.national_button = bp.draft_button, bp.national_button
        self.billing_settings_button = bp.billing_settings_button
        self.lines_panel = InvoiceLinesPanel(self)
        self.lines_panel.line_chosen.connect(self._on_line_clicked)
        lp = self.lines_panel
        self.title, self.lines_model, self.lines, self.why = lp.title, lp.model, lp.view, lp.why
        self.empty_state, self.lines_stack = lp.empty_state, lp.stack
        self.rates = self._build_rates()
        self.tabs = InvoiceTabs(self.store, self.rates)
        self.tabs.open_item.connect(self._open_item)
        self.tabs.viewer.changed.connect(self._on_proof_replaced)
        self.tabs.viewer.message.connect(self.bus.status_message.emit)
        self.tabs.view_proof_button.clicked.connect(self.view_selected_proof)
        # the tabs' parts, as tests and the page's own code know them
        self.viewer, self.items, self.missing = self.tabs.viewer, self.tabs.items, self.tabs.missing
        self.history, self.items_page = self.tabs.history, self.tabs.items_page
        self.view_proof_button = self.tabs.view_proof_button
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.lines_panel)
        split.addWidget(self.tabs)
        split.setSizes([620, 580])
        # the rate form needs room; the invoice lines get it back afterwards
        self.tabs.rates_shown.connect(lambda shown: split.setSizes([380, 820] if shown else [620, 580]))

        self.action_bar = InvoiceActionsBar(self)
        self.action_bar.step_clicked.connect(self._on_step_clicked)
        self.action_bar.add_line_clicked.connect(self._on_add_line_clicked)
        self.action_bar.remove_line_clicked.connect(self.remove_selected_line)
        self.action_bar.credit_clicked.connect(self._make_credit_note)
        self.action_bar.chorus_clicked.connect(self.start_chorus)
        self.action_bar.export_clicked.connect(self._on_export_clicked)
        self.step_buttons, self.export_buttons = self.action_bar.step_buttons, self.action_bar.export_buttons
        self.add_line_button, self.remove_line_button = self.action_bar.add_line_button, self.action_bar.remove_line_button
        self.credit_button, self.progress = self.action_bar.credit_button, self.action_bar.progress
        self.chorus_button, self.chorus_status_button = self.action_bar.chorus_button, self.action_bar.chorus_status_button
        self.transfers = InvoiceTransfers(self, self.store, self.bus, self.action_bar)
        self.transfers.chorus_done.connect(self._chorus_done)
        self.runner = self.transfers.runner

        layout = QVBoxLayout(self)
        layout.addWidget(self.board_panel)
        layout.addWidget(split, 1)
        layout.addWidget(self.action_bar)

    def _build_rates(self) -> QWidget:
        from sosdesk.ui.invoices.rate_form import RateForm

        self.rate_form = RateForm(self.store, self.selected_cell)
        self.rate_form.saved.connect(self.bus.changed.emit)
        self.rate_form.saved.connect(lambda changes: self._record(self.tr("Enregistrer la grille tarifaire"), changes))
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
        if selected is not None and self.board_panel.select(*selected):
            self.invoice_id = self.board_panel.current_invoice() or self.invoice_id
        actor = self.actor()
        self.who.setText(self.tr("Utilisateur : ") + self._who(actor))
        self.rate_form.refresh(bool(actor and can(actor.role, "edit_rates")))
        self.billing_settings_button.setVisible(bool(actor and can(actor.role, "edit_rates")))
        self._show_invoice()

    def pick(self, scope: str, month: str) -> None:
        """Select a board cell (scope = region id or 'national')."""
        if self.board_model.ensure_month(month) < 0:
            self.months = sorted({*self.months, month}, reverse=True)
            self.refresh()
        if not self.board_panel.select(scope, month, scroll=True):
            return   # a region the board does not show
        self._on_cell_chosen(self.board_panel.current_invoice())

    def _on_cell_chosen(self, invoice_id: str | None) -> None:
        self.invoice_id = invoice_id
        self._show_invoice()

    def selected_cell(self) -> tuple[str, str] | None:
        return self.board_panel.selected_cell()

    def _show_invoice(self) -> None:
        from sosdesk.invoicing.queries import detail
        from sosdesk.invoicing.workbench import action_states, empty_text, explain_lines, missing_items

        info = detail(self.store, self.invoice_id) if self.invoice_id else None
        self.detail = info
        self.tabs.clear_invoice()
        actor = self.actor()
        cell = self.selected_cell()
        if info is None:
            if cell is not None:
                scope_label = self.board_panel.scope_label(cell[0])
                self.lines_panel.show_empty(f"<b>{html.escape(scope_label)} — {html.escape(month_label(cell[1]))}</b>",
                                            empty_text(scope_label, month_label(cell[1]), actor, cell[0]))
            else:
                self.lines_panel.show_empty(self.tr("Choisissez une case du tableau."), self.tr(
                    "Choisissez un mois et une région dans le tableau ci-dessus : "
                    "la facture s'affiche ici, ligne par ligne, avec ses justificatifs."))
            self.tabs.set_invoice(None)
            states = action_states(actor, cell, None)
        else:
            doc = info.document
            number = f" n° {info.number}" if info.number else ""
            name = html.escape(f"{invoice_title(info.kind, info.scope_label)}{number}, {month_label(info.month)}")
            self.lines_panel.show_lines(
                f"<b>{name}</b> — {STATUS_LABELS.get(info.status, info.status)}"
                f" — total HT {euros(doc.totals.ht_cents)}, TTC {euros(doc.totals.ttc_cents)}"
                + (f"<br>{html.escape(info.chorus)}" if info.chorus else ""),
                doc.lines, explain_lines(self.store, info.id))
            missing = [(found.kind, found.id, found.text) for found in missing_items(self.store, info.id)]
            # Meetings held on a public holiday: a warning to check, not a refusal (issue 12).
            missing += [("meeting", row.id, text) for row, text in zip(
                holiday_rows(doc.annex), holiday_warnings(doc.annex), strict=True)]
            self.tabs.show_invoice(missing, info.history)
            states = action_states(actor, cell, {"kind": info.kind, "status": info.status, "scope": info.scope,
                                                 "missing": len(doc.missing_proof)})
            self.tabs.set_invoice(None if info.kind == "credit_note" else info.id)
            if states.get("approve", states["draft"]).enabled:  # the validator approves with the proof on screen
                self.tabs.setCurrentWidget(self.viewer)
        self._apply_states(states)
        may_send = bool(info and actor and can(actor.role, "invoice_send") and info.kind in ("national", "credit_note"))
        sent = bool(info and info.chorus and not info.chorus.endswith(("(à vérifier)", "(échec)")))
        self.credit_button.setVisible(bool(info and actor and info.status in ("validated", "paid")
                                           and info.kind == "national" and can(actor.role, "invoice_credit_note")
                                           and not info.credit_notes))
        self.chorus_button.setVisible(may_send and info is not None and info.status == "validated" and not sent)
        self.chorus_status_button.setVisible(may_send and info is not None and bool(info.chorus))
        self.action_bar.show_line_buttons(self._may_edit_lines(), self.selected_custom_line() is not None)

    def _apply_states(self, states: dict[str, Any]) -> None:
        """Buttons enabled only when they can act; otherwise the reason in their tooltip."""
        for button, state in ((self.draft_button, states["draft"]), (self.national_button, states["national"])):
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason)
        self.action_bar.apply_states(states)

    def _on_line_clicked(self, index: QModelIndex) -> None:
        self.action_bar.set_removable(self.selected_custom_line() is not None)
        self.items.clear()
        if not index.isValid() or self.detail is None:
            return
        explained = self.lines_model.explanation(index.row())
        if explained is None:
            return
        self.lines_panel.explain(self.lines_model.lines[index.row()].label, explained.details)
        self.tabs.show_line_items((found.kind, found.id, found.text) for found in explained.items)

    def _on_proof_replaced(self, changes: Changes | None) -> None:
        if changes is not None:
            self.bus.changed.emit(changes)

    def view_selected_proof(self) -> bool:
        """Show the proof of the selected line element (or missing proof) in the « Justificatifs » tab."""
        return self.tabs.show_chosen_proof()

    def _open_item(self, kind: str, item_id: str) -> None:
        """Open the meeting in the calendar to fix or check it."""
        if kind == "meeting":
            self.bus.show_meeting.emit(item_id)
        else:
            self.bus.status_message.emit(self.tr("Frais ") + item_id + self.tr(" : joindre le justificatif"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & WATCHED:
            self.refresh()

    # -- exports and Chorus Pro (ui/invoices/transfers.py) ---------------------------------------
    def start_export(self, fmt: str, out: Path) -> Operation[list[str]] | None:
        """Export the selected invoice off the GUI thread."""
        return None if self.invoice_id is None else self.transfers.start_export(self.invoice_id, fmt, out)

    def start_chorus(self, action: str) -> Operation[str] | None:
        """Deposit the selected invoice to Chorus Pro (``send``) or refresh its status."""
        actor = self.actor()
        if self.invoice_id is None or actor is None:
            return None
        return self.transfers.start_chorus(actor, self.invoice_id, action)

    def _chorus_done(self, message: str) -> None:
        self.last_error = message if message.startswith("Chorus Pro :") else ""
        self.refresh()  # the deposit's state, the board cell and the history

    def _on_export_clicked(self, fmt: str) -> None:
        self.transfers.ask_export(self.invoice_id, fmt, str(self.detail.number or self.detail.month) if self.detail else "x")
