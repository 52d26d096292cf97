"""Exports and Chorus Pro deposits of one invoice, on the page's operation runner (a PDF with a full
annex takes seconds; Chorus Pro is a network call). Busy state on the action bar, results on the bus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from sosdesk.domain.permissions import Actor
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.invoices.actions_bar import InvoiceActionsBar
from sosdesk.ui.operations import Operation, OpRunner

EXPORT_SUFFIX = {"json": ".json", "csv": ".csv", "pdf": ".pdf", "facturx": ".pdf", "proofs": "-justificatifs.pdf"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)  # the page's context: translations unchanged


class InvoiceTransfers(QObject):
    """Starts exports and deposits; says when a deposit ended (the page then shows the new state)."""

    chorus_done = Signal(str)   # French sentence: where the invoice stands, or why it failed

    def __init__(self, page: QWidget, store: Store, bus: ChangeBus, bar: InvoiceActionsBar) -> None:
        super().__init__(page)
        self.page, self.store, self.bus, self.bar = page, store, bus, bar
        self.runner = OpRunner(page, bus, status=bus.status_message.emit)

    def ask_export(self, invoice_id: str | None, fmt: str, stem: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self.page, QCoreApplication.translate("InvoicesPage", "Exporter la facture"), f"facture-{stem}{EXPORT_SUFFIX[fmt]}")
        if path and invoice_id is not None:
            self.start_export(invoice_id, fmt, Path(path))

    def start_export(self, invoice_id: str, fmt: str, out: Path) -> Operation[list[str]]:
        from sosdesk.invoicing.exports import export_invoice

        store = self.store
        self.bar.set_exporting(True)
        return self.runner.run(lambda _p: [str(p) for p in export_invoice(store, invoice_id, fmt, out)],
                               self._exported, on_error=lambda m: self._export_failed(QCoreApplication.translate("InvoicesPage", "export impossible : ") + m))

    def _exported(self, paths: list[str]) -> None:
        self.bar.set_exporting(False)
        self.bus.status_message.emit(QCoreApplication.translate("InvoicesPage", "Exporté : ") + ", ".join(paths))

    def _export_failed(self, message: str) -> None:
        self.bar.set_exporting(False)
        self.bus.status_message.emit(message)

    def start_chorus(self, actor: Actor, invoice_id: str, action: str) -> Operation[str]:
        """Deposit (``send``) or refresh the status (``status``) of the invoice on Chorus Pro."""
        from sosdesk.invoicing.chorus_deposit import refresh_status, send_invoice

        store = self.store
        call = send_invoice if action == "send" else refresh_status
        self.bar.set_chorus_busy(True)
        self.bus.status_message.emit(QCoreApplication.translate("InvoicesPage", "Chorus Pro : envoi en cours…") if action == "send"
                                     else QCoreApplication.translate("InvoicesPage", "Chorus Pro : interrogation en cours…"))
        return self.runner.run(lambda _p: call(store, actor, invoice_id).sentence(), self._chorus_ended,
                               on_error=lambda m: self._chorus_ended("Chorus Pro : " + m))

    def _chorus_ended(self, message: str) -> None:
        self.bar.set_chorus_busy(False)
        self.bus.status_message.emit(message)
        self.chorus_done.emit(message)
