"""The proof viewer's top row: previous / next proof, « Manquants seulement », page and zoom
controls. Buttons only: it says what was asked; the viewer moves and zooms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProofViewer", text)   # the viewer's context: translations unchanged


def _tool(text: str, tip: str, slot: Callable[[], None], arrow: Qt.ArrowType | None = None) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    if arrow is not None:
        button.setArrowType(arrow)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class ProofNavigationBar(QWidget):
    previous_proof = Signal()
    next_proof = Signal()
    missing_only_toggled = Signal(bool)
    previous_page = Signal()
    next_page = Signal()
    zoom_in = Signal()
    zoom_out = Signal()
    fit_width = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prev_button = QPushButton(QCoreApplication.translate("ProofViewer", "◀ Précédent"))
        self.prev_button.setToolTip(QCoreApplication.translate("ProofViewer", "Justificatif précédent de la liste (Alt+Gauche)"))
        self.prev_button.clicked.connect(self.previous_proof.emit)
        self.next_button = QPushButton(QCoreApplication.translate("ProofViewer", "Suivant ▶"))
        self.next_button.setToolTip(QCoreApplication.translate("ProofViewer", "Justificatif suivant de la liste (Alt+Droite)"))
        self.next_button.clicked.connect(self.next_proof.emit)
        self.position_label = QLabel()
        self.missing_only = QCheckBox(QCoreApplication.translate("ProofViewer", "Manquants seulement"))
        self.missing_only.setToolTip(QCoreApplication.translate("ProofViewer", "Parcourir seulement les éléments sans justificatif"))
        self.missing_only.toggled.connect(self.missing_only_toggled.emit)
        self.page_prev = _tool("", QCoreApplication.translate("ProofViewer", "Page précédente (Page préc.)"), self.previous_page.emit, Qt.ArrowType.UpArrow)
        self.page_next = _tool("", QCoreApplication.translate("ProofViewer", "Page suivante (Page suiv.)"), self.next_page.emit, Qt.ArrowType.DownArrow)
        self.page_label = QLabel()
        self.zoom_out_button = _tool("−", QCoreApplication.translate("ProofViewer", "Zoom arrière (Ctrl+−)"), self.zoom_out.emit)
        self.zoom_in_button = _tool("+", QCoreApplication.translate("ProofViewer", "Zoom avant (Ctrl++)"), self.zoom_in.emit)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.fit_button = QPushButton(QCoreApplication.translate("ProofViewer", "Pleine largeur"))
        self.fit_button.setCheckable(True)
        self.fit_button.setToolTip(QCoreApplication.translate("ProofViewer", "Ajuster la page à la largeur de la fenêtre (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left: tuple[QWidget, ...] = (self.prev_button, self.position_label, self.next_button, self.missing_only)
        for w in left:
            row.addWidget(w)
        row.addStretch(1)
        right: tuple[QWidget, ...] = (self.page_prev, self.page_label, self.page_next, self.zoom_out_button, self.zoom_label,
                                      self.zoom_in_button, self.fit_button)
        for w in right:
            row.addWidget(w)
