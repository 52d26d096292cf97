"""The proof viewer in its own window: opened from a meeting (calendar) or an expense."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from sosdesk.invoicing.proofs import item_proofs
from sosdesk.store.engine import Store
from sosdesk.ui.proofs.viewer import ProofViewer


class ProofDialog(QDialog):
    """« Justificatif » of one meeting or expense: view, zoom, replace, open with the system."""

    def __init__(self, store: Store, kind: str, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Justificatif"))
        self.viewer = ProofViewer(store, self)
        self.viewer.set_entries(item_proofs(store, kind, item_id), reload=lambda: item_proofs(store, kind, item_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self.resize(900, 1000)
