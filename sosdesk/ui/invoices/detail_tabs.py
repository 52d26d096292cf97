"""The tabs beside an invoice's lines: its proofs, the elements of the chosen line, the missing
proofs, the history and the rate tables. They show lists and say which element was opened."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sosdesk.store.engine import Store
from sosdesk.ui.proofs.viewer import ProofViewer

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)  # the page's context: translations unchanged


def _add(target: QListWidget, kind: str, item_id: str, text: str) -> None:
    item = QListWidgetItem(text)
    item.setData(ITEM_ROLE, (kind, item_id))
    target.addItem(item)


class InvoiceTabs(QTabWidget):
    """« Justificatifs », « Éléments de la ligne », « Justificatifs manquants », « Historique »,
    « Grilles tarifaires » (the rate form is given: it belongs to the page's data)."""

    open_item = Signal(str, str)     # kind (meeting, expense), id: double-click in a list
    proofs_shown = Signal()          # the proofs tab came to the front: time to load them
    rates_shown = Signal(bool)       # the rate form needs room

    def __init__(self, store: Store, rates: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.invoice_id: str | None = None      # whose proofs the viewer may show
        self._proofs_loaded: str | None = None
        self.viewer = ProofViewer(store)
        self.items = QListWidget()
        self.missing = QListWidget()
        self.history = QListWidget()
        for lst in (self.items, self.missing):
            lst.itemActivated.connect(lambda item: self.open_item.emit(*item.data(ITEM_ROLE)))
        self.view_proof_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Voir le justificatif"))
        self.view_proof_button.setToolTip(QCoreApplication.translate("InvoicesPage", "Afficher le justificatif de l'élément choisi dans l'onglet "
                                              "« Justificatifs »"))
        self.items_page = QWidget()
        items_layout = QVBoxLayout(self.items_page)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items, 1)
        items_layout.addWidget(self.view_proof_button, 0, Qt.AlignmentFlag.AlignRight)
        self.rates = rates
        self.addTab(self.viewer, QCoreApplication.translate("InvoicesPage", "Justificatifs"))
        self.addTab(self.items_page, QCoreApplication.translate("InvoicesPage", "Éléments de la ligne"))
        self.addTab(self.missing, QCoreApplication.translate("InvoicesPage", "Justificatifs manquants"))
        self.addTab(self.history, QCoreApplication.translate("InvoicesPage", "Historique"))
        self.addTab(rates, QCoreApplication.translate("InvoicesPage", "Grilles tarifaires"))
        self.currentChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        if self.widget(index) is self.viewer:
            self.load_proofs()
            self.proofs_shown.emit()
        self.rates_shown.emit(self.widget(index) is self.rates)

    def clear_invoice(self) -> None:
        for lst in (self.items, self.missing, self.history):
            lst.clear()

    def set_invoice(self, invoice_id: str | None) -> None:
        """The invoice whose proofs to show (None: no invoice, or a credit note: no proofs); they are
        read when the « Justificatifs » tab shows (thousands on a big month)."""
        self.invoice_id = invoice_id
        self._proofs_loaded = None
        if invoice_id is None:
            self.viewer.set_entries([])
        elif self.currentWidget() is self.viewer:
            self.load_proofs()

    def load_proofs(self) -> None:
        """Give the viewer the invoice's proof list, once per invoice shown."""
        from sosdesk.invoicing.proofs import proofs_of

        invoice_id = self.invoice_id
        if invoice_id is None or self._proofs_loaded == invoice_id:
            return
        self._proofs_loaded = invoice_id
        store = self.store
        self.viewer.set_entries(proofs_of(store, invoice_id).entries, reload=lambda: proofs_of(store, invoice_id).entries)

    def show_chosen_proof(self) -> bool:
        """Show the proof of the chosen line element (or missing proof) in the « Justificatifs » tab."""
        chosen = self.chosen_item()
        if chosen is None:
            return False
        self.setCurrentWidget(self.viewer)
        self.load_proofs()
        return self.viewer.show_item(*chosen)

    def show_invoice(self, missing: Iterable[tuple[str, str, str]], history: list[str]) -> None:
        """The invoice's missing proofs and warnings ((kind, id, text)) and its history lines."""
        for kind, item_id, text in missing:
            _add(self.missing, kind, item_id, text)
        self.history.addItems(history)

    def show_line_items(self, items: Iterable[tuple[str, str, str]]) -> None:
        """The chosen line's meetings and expenses; the elements tab comes forward unless proofs show."""
        self.items.clear()
        count = 0
        for kind, item_id, text in items:
            _add(self.items, kind, item_id, text)
            count += 1
        self.view_proof_button.setEnabled(bool(count))
        if self.currentWidget() is not self.viewer:
            self.setCurrentWidget(self.items_page)

    def chosen_item(self) -> tuple[str, str] | None:
        """The element whose proof to show: the chosen missing proof when that tab shows, else the
        chosen (or first) element of the line."""
        item = self.items.currentItem() or (self.items.item(0) if self.items.count() else None)
        if self.currentWidget() is self.missing and self.missing.currentItem() is not None:
            item = self.missing.currentItem()
        if item is None:
            return None
        kind, item_id = item.data(ITEM_ROLE)
        return str(kind), str(item_id)
