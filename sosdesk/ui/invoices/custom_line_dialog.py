"""The "free line" dialog of the invoice workbench (pricing.md §6.4): label, quantity, unit price and
a justification, mandatory on a regional invoice. It only reads the form; the page adds the line."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import InputError
from sosdesk.ui.operations import run_edit


class CustomLineDialog(QDialog):
    """Ask for one free line; ``values()`` gives (label, quantity, unit price in cents, justification)."""

    def __init__(self, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regional = regional
        self.setWindowTitle(self.tr("Ajouter une ligne libre"))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("ex. Séance supplémentaire du 12/10"))
        self.quantity = QLineEdit("1")
        self.unit_price = QLineEdit()
        self.unit_price.setPlaceholderText(self.tr("en euros, ex. 25,00"))
        self.justification = QPlainTextEdit()
        self.justification.setMaximumHeight(80)
        self.justification.setPlaceholderText(
            self.tr("obligatoire sur une facture régionale") if regional else self.tr("facultative"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318")
        form = QFormLayout()
        form.addRow(self.tr("Libellé"), self.label)
        form.addRow(self.tr("Quantité"), self.quantity)
        form.addRow(self.tr("Prix unitaire HT (€)"), self.unit_price)
        form.addRow(self.tr("Justification *") if regional else self.tr("Justification"), self.justification)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ajouter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, Decimal, Decimal, str]:
        """The form's values, or InputError naming every bad field (French)."""
        from sosdesk.domain.errors import ProblemList
        from sosdesk.invoicing.drafts import parse_amount

        problems = ProblemList()
        label = self.label.text().strip()
        justification = self.justification.toPlainText().strip()
        if not label:
            problems.add("label", self.tr("le libellé est obligatoire"))
        if self.regional and not justification:
            problems.add("justification", self.tr("la justification est obligatoire sur une facture régionale"))
        quantity = price = Decimal(0)
        try:
            quantity = parse_amount(self.quantity.text(), "quantity")
        except InputError as exc:
            problems.add("quantity", self.tr("quantité : ") + exc.problems[0].message)
        try:
            price = parse_amount(self.unit_price.text(), "unit_price") * 100
        except InputError as exc:
            problems.add("unit_price", self.tr("prix unitaire : ") + exc.problems[0].message)
        problems.raise_if_any()
        return label, quantity, price, justification

    def accept(self) -> None:
        if not run_edit(self, self.values, show=self.error.setText, problem=lambda p: p.message, sep="\n"):
            return
        self.error.clear()
        super().accept()
