"""The invoice page's action row: workflow steps of the current role, free lines, credit note,
Chorus Pro and exports. It only shows buttons and says which one was pressed; the page acts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

STEP_LABELS = {"submit": str(QT_TRANSLATE_NOOP("InvoicesPage", "Soumettre")),
               "approve": str(QT_TRANSLATE_NOOP("InvoicesPage", "Approuver")),
               "reject": str(QT_TRANSLATE_NOOP("InvoicesPage", "Rejeter…")),
               "validate": str(QT_TRANSLATE_NOOP("InvoicesPage", "Valider")),
               "paid": str(QT_TRANSLATE_NOOP("InvoicesPage", "Marquer payée"))}
EXPORT_FORMATS = ("pdf", "facturx", "csv", "json", "proofs")


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)  # the page's context: translations unchanged


class InvoiceActionsBar(QWidget):
    """Buttons enabled only when they can act, the reason in their tooltip otherwise."""

    step_clicked = Signal(str)       # submit, approve, reject, validate, paid
    add_line_clicked = Signal()
    remove_line_clicked = Signal()
    credit_clicked = Signal()
    chorus_clicked = Signal(str)     # send, status
    export_clicked = Signal(str)     # one of EXPORT_FORMATS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.step_buttons: dict[str, QPushButton] = {}
        for step, label in STEP_LABELS.items():
            button = QPushButton(_tr(label))
            button.clicked.connect(lambda _=False, s=step: self.step_clicked.emit(s))
            self.step_buttons[step] = button
            row.addWidget(button)
        self.add_line_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Ajouter une ligne libre…"))
        self.add_line_button.clicked.connect(self.add_line_clicked.emit)
        self.remove_line_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Retirer la ligne libre"))
        self.remove_line_button.clicked.connect(self.remove_line_clicked.emit)
        self.credit_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Émettre un avoir"))
        self.credit_button.clicked.connect(self.credit_clicked.emit)
        self.chorus_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Envoyer à Chorus Pro"))
        self.chorus_button.clicked.connect(lambda: self.chorus_clicked.emit("send"))
        self.chorus_status_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Actualiser l'état Chorus Pro"))
        self.chorus_status_button.clicked.connect(lambda: self.chorus_clicked.emit("status"))
        for b in (self.add_line_button, self.remove_line_button, self.credit_button, self.chorus_button,
                  self.chorus_status_button):
            row.addWidget(b)
        row.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("pdf", "PDF"), ("facturx", "Factur-X"), ("csv", "CSV"), ("json", "JSON"),
                           ("proofs", QCoreApplication.translate("InvoicesPage", "justificatifs"))):
            button = QPushButton(QCoreApplication.translate("InvoicesPage", "Exporter ") + label)
            if fmt == "proofs":
                button.setToolTip(QCoreApplication.translate("InvoicesPage", "Un PDF : page de garde, index par jour, rendez-vous et frais, puis "
                                      "chaque justificatif numérisé avec son empreinte SHA-256"))
            button.clicked.connect(lambda _=False, f=fmt: self.export_clicked.emit(f))
            self.export_buttons[fmt] = button
            row.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        row.addWidget(self.progress)

    def apply_states(self, states: dict[str, Any]) -> None:
        """The workflow steps and exports as ``invoicing.workbench.action_states`` allows them."""
        for step, button in self.step_buttons.items():
            state = states[step]
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason)
        for fmt, button in self.export_buttons.items():
            button.setEnabled(states["export"].enabled)
            if fmt != "proofs":
                button.setToolTip(states["export"].reason)

    def set_exporting(self, busy: bool, may_export: bool = True) -> None:
        self.progress.setVisible(busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and may_export)

    def set_chorus_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.chorus_button.setEnabled(not busy)
        self.chorus_status_button.setEnabled(not busy)

    def show_line_buttons(self, visible: bool, removable: bool) -> None:
        self.add_line_button.setVisible(visible)
        self.remove_line_button.setVisible(visible)
        self.set_removable(removable)

    def set_removable(self, removable: bool) -> None:
        self.remove_line_button.setEnabled(removable)
        self.remove_line_button.setToolTip("" if removable else QCoreApplication.translate("InvoicesPage", "Choisissez d'abord une ligne libre de la facture"))
