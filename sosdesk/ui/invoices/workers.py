"""Exports run off the GUI thread (a PDF with a full annex takes seconds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from sosdesk.domain.permissions import Actor
from sosdesk.store.engine import Store


class ExportSignals(QObject):
    finished = Signal(list)   # written paths (str)
    failed = Signal(str)      # French message


class ExportJob(QRunnable):
    """One export of one invoice; opens its own session (SQLite connections are per thread)."""

    def __init__(self, store: Store, invoice_id: str, fmt: str, out: Path) -> None:
        super().__init__()
        self.store, self.invoice_id, self.fmt, self.out = store, invoice_id, fmt, out
        self.signals = ExportSignals()

    def run(self) -> None:
        from sosdesk.invoicing.exports import export_invoice

        try:
            paths = export_invoice(self.store, self.invoice_id, self.fmt, self.out)
        except OSError as exc:  # the system's message is English: say it in French
            where = exc.filename or self.out
            reason = ("accès refusé" if isinstance(exc, PermissionError) else
                      "dossier introuvable" if isinstance(exc, FileNotFoundError) else "écriture impossible")
            self.signals.failed.emit(f"export impossible : {reason} ({where})")
            return
        except Exception as exc:  # InputError & co. carry French messages; never lost in a thread
            self.signals.failed.emit(f"export impossible : {exc}")
            return
        self.signals.finished.emit([str(p) for p in paths])


class ChorusSignals(QObject):
    finished = Signal(str)    # French sentence: where the invoice stands on Chorus Pro
    failed = Signal(str)      # French message


class ChorusJob(QRunnable):
    """Deposit an invoice to Chorus Pro, or refresh its status: network calls, never on the GUI thread."""

    def __init__(self, store: Store, actor: Actor, invoice_id: str, action: str) -> None:
        super().__init__()
        self.store, self.actor, self.invoice_id, self.action = store, actor, invoice_id, action
        self.signals = ChorusSignals()

    def run(self) -> None:
        from sosdesk.invoicing.chorus_deposit import refresh_status, send_invoice

        run = send_invoice if self.action == "send" else refresh_status
        try:
            view = run(self.store, self.actor, self.invoice_id)
        except Exception as exc:  # ChorusError, WorkflowError, InputError: French messages
            self.signals.failed.emit(f"Chorus Pro : {exc}")
            return
        self.signals.finished.emit(view.sentence())
