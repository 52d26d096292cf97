"""The month × region board of the invoice page with its drafting buttons and the user's name:
says which cell was chosen; the page shows that invoice."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sosdesk.domain.invoice_workflow import STATUS_LABELS
from sosdesk.ui.invoices.models import ID_ROLE, STATUS_COLORS, BoardModel

LEGEND = str(QT_TRANSLATE_NOOP("InvoicesPage", "⚠ n : justificatifs manquants ou présences non saisies — la soumission "
                               "est bloquée tant qu'il en manque. Case vide : pas encore de facture."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)  # the page's context: translations unchanged


class InvoiceBoard(QWidget):
    """Drafting buttons, the user, the board and its legend."""

    cell_chosen = Signal(object)        # the invoice id of the chosen cell, or None (no invoice yet)
    regional_draft_clicked = Signal()
    national_draft_clicked = Signal()
    settings_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BoardModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.clicked.connect(self._chosen)
        self.view.setMinimumHeight(150)
        self.view.setMaximumHeight(210)
        self.view.horizontalHeader().setMinimumSectionSize(110)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.selectionModel().currentChanged.connect(lambda index, _old: self._chosen(index))
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)
        self.legend.setToolTip(_tr(LEGEND))
        self.draft_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Préparer / régénérer le brouillon régional"))
        self.draft_button.clicked.connect(self.regional_draft_clicked.emit)
        self.national_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Préparer le brouillon national"))
        self.national_button.clicked.connect(self.national_draft_clicked.emit)
        self.who = QLabel()
        self.billing_settings_button = QPushButton(QCoreApplication.translate("InvoicesPage", "Paramètres de facturation…"))
        self.billing_settings_button.clicked.connect(self.settings_clicked.emit)
        top = QHBoxLayout()
        for b in (self.draft_button, self.national_button, self.billing_settings_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.who)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.view)
        lay.addWidget(self.legend)

    def _legend_html(self) -> str:
        chips = " ".join(f"<span style='background:{STATUS_COLORS[s]}'>&nbsp;{html.escape(_tr(STATUS_LABELS[s]))}&nbsp;</span>"
                         for s in ("draft", "submitted", "approved", "validated", "paid"))
        return f"<small>{chips} &nbsp; {html.escape(_tr(LEGEND))}</small>"

    def _chosen(self, index: QModelIndex) -> None:
        self.cell_chosen.emit(self.model.data(index, ID_ROLE))

    def selected_cell(self) -> tuple[str, str] | None:
        return self.model.key(self.view.currentIndex())

    def current_invoice(self) -> str | None:
        return self.model.data(self.view.currentIndex(), ID_ROLE)

    def select(self, scope: str, month: str, scroll: bool = False) -> bool:
        """Make (scope, month) the current cell without announcing it; False when not on the board."""
        row = self.model.ensure_month(month)
        col = next((i for i, (sid, _) in enumerate(self.model.scopes) if sid == scope), -1)
        if row < 0 or col < 0:
            return False
        index = self.model.index(row, col)
        self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().blockSignals(False)
        if scroll:
            self.view.scrollTo(index)
        return True

    def scope_label(self, scope: str) -> str:
        if scope == "national":
            return QCoreApplication.translate("InvoicesPage", "la France entière")
        return next((label for sid, label in self.model.scopes if sid == scope), scope)
