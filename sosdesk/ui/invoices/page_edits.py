"""The edits of the invoice page: drafts, workflow steps, credit notes, billing settings and the
draft's free lines (pricing.md §6.4), each through ``run_edit`` and kept as one undo step where it
is the user's own edit. ``InvoicesPage`` builds on it and provides the widgets named below; its
text is translated in the page's context."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QListWidget, QMessageBox, QTableView, QWidget

from sosdesk.domain.permissions import Actor, can
from sosdesk.invoicing.queries import InvoiceDetail
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.invoices.detail_tabs import InvoiceTabs
from sosdesk.ui.invoices.models import LinesModel
from sosdesk.ui.operations import Edit, run_edit


class InvoiceEdits(QWidget):
    """The page's edits; the page sets these parts up and answers ``actor`` and ``selected_cell``."""

    store: Store
    bus: ChangeBus
    invoice_id: str | None
    detail: InvoiceDetail | None
    last_error: str
    undo_stack: QUndoStack
    tabs: InvoiceTabs
    missing: QListWidget
    lines: QTableView
    lines_model: LinesModel

    def actor(self) -> Actor | None:
        raise NotImplementedError

    def selected_cell(self) -> tuple[str, str] | None:
        raise NotImplementedError

    # -- operations ---------------------------------------------------------------------------
    def _run(self, fn: Any) -> Changes | None:
        """Run an edit (``run_edit``): a refusal goes to the status line, and to a message box over the
        visible page, except missing proofs (their list is shown); announce what changed."""
        from sosdesk.invoicing.workflow import MissingProofError

        edit: Edit[Changes] = run_edit(self, fn, show=self.bus.status_message.emit)
        if not edit.ok:
            self.last_error = edit.message
            if isinstance(edit.error, MissingProofError):
                self.tabs.setCurrentWidget(self.missing)
            elif self.isVisible():
                QMessageBox.warning(self, QCoreApplication.translate("InvoicesPage", "Factures"), self.last_error)
            return None
        self.last_error = ""
        if edit.value is not None:
            self.bus.changed.emit(edit.value)
        return edit.value

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
            text, ok = QInputDialog.getText(self, QCoreApplication.translate("InvoicesPage", "Commentaire"),
                                            QCoreApplication.translate("InvoicesPage", "Commentaire :"))
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
            self._record(QCoreApplication.translate("InvoicesPage", "Modifier les paramètres de facturation"),
                         dialog.changes)

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
        changes = self._run(lambda: add_custom_line(self.store, actor_for(self.store), invoice_id, label, quantity,
                                                    unit_price_cents, justification))
        if changes is not None:
            self._record(QCoreApplication.translate("InvoicesPage", "Ajouter la ligne « {0} »").format(label), changes)
        return changes is not None

    def _record(self, label: str, changes: Changes) -> None:
        """A custom line added or removed as one undo step (the invoice's history keeps both)."""
        from sosdesk.ui.undo import push_applied

        push_applied(self.undo_stack, label, changes, self.store, self.bus.changed.emit,
                     self.bus.status_message.emit)

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
        label = self.lines_model.lines[row].label if row < len(self.lines_model.lines) else ""
        changes = self._run(lambda: remove_custom_line(self.store, actor_for(self.store), invoice_id, row))
        if changes is not None:
            self._record(QCoreApplication.translate("InvoicesPage", "Retirer la ligne « {0} »").format(label), changes)
