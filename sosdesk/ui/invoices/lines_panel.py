"""An invoice's title and lines, its empty state, and why the chosen line costs what it costs."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from sosdesk.ui.invoices.models import LinesModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)  # the page's context: translations unchanged


class InvoiceLinesPanel(QWidget):
    """Title, lines table (or a sentence when there is no invoice) and the « Pourquoi ce montant » box."""

    line_chosen = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(QCoreApplication.translate("InvoicesPage", "Choisissez une case du tableau."))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long title must not squeeze the lines table
        self.model = LinesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self.line_chosen.emit)
        self.view.selectionModel().currentRowChanged.connect(lambda index, _old: self.line_chosen.emit(index))
        self.empty_state = QLabel()
        self.empty_state.setObjectName("invoiceEmpty")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setStyleSheet("#invoiceEmpty { color: #57606a; font-size: 12pt; padding: 24px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_state)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setObjectName("lineWhy")
        self.why.setStyleSheet("#lineWhy { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px;"
                               " padding: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.why)

    def show_empty(self, title_html: str, text: str) -> None:
        self.model.set_lines([])
        self.title.setText(title_html)
        self.empty_state.setText(text)
        self.stack.setCurrentWidget(self.empty_state)
        self.hide_why()

    def show_lines(self, title_html: str, lines: Sequence[Any], explanations: Any) -> None:
        self.model.set_lines(list(lines), explanations)
        self.title.setText(title_html)
        self.stack.setCurrentWidget(self.view)
        self.hide_why()

    def hide_why(self) -> None:
        self.why.clear()
        self.why.hide()

    def explain(self, label: str, details: list[str]) -> None:
        title = QCoreApplication.translate("InvoicesPage", "Pourquoi ce montant")
        self.why.setText(f"<b>{html.escape(title)} — {html.escape(label)}</b><br>"
                         + "<br>".join(f"• {html.escape(x)}" for x in details))
        self.why.show()
