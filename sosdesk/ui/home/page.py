"""The Accueil page: what waits for the signed-in person, by role, each item opening its work.

Computed by ``usecases.home``; refreshed (debounced) when an operation announces changes on the
bus, at once if the page is showing, else when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.permissions import ROLE_LABELS
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.home.board import BoardTable
from sosdesk.ui.home.work_list import WorkList
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import home as uc
from sosdesk.usecases.targets import Target

# section key → (title, what its count means, where the « open » button goes), French sources.
SECTION_TITLES = {
    "attendance": str(QT_TRANSLATE_NOOP("HomePage", "Présences à saisir")),
    "proofs": str(QT_TRANSLATE_NOOP("HomePage", "Justificatifs manquants ce mois-ci")),
    "obligations": str(QT_TRANSLATE_NOOP("HomePage", "Obligations sous l'objectif cette semaine")),
    "reminders": str(QT_TRANSLATE_NOOP("HomePage", "Rappels en échec")),
    "conflicts": str(QT_TRANSLATE_NOOP("HomePage", "Conflits de synchronisation")),
    "to_approve": str(QT_TRANSLATE_NOOP("HomePage", "Factures à approuver")),
    "late": str(QT_TRANSLATE_NOOP("HomePage", "Régions en retard (mois dernier)")),
    "queue": str(QT_TRANSLATE_NOOP("HomePage", "File de validation")),
}
SECTION_EMPTY = {
    "attendance": str(QT_TRANSLATE_NOOP("HomePage", "Toutes les présences sont saisies.")),
    "proofs": str(QT_TRANSLATE_NOOP("HomePage", "Tout le travail du mois est justifié.")),
    "obligations": str(QT_TRANSLATE_NOOP("HomePage", "Chaque obligation de la semaine est planifiée.")),
    "reminders": str(QT_TRANSLATE_NOOP("HomePage", "Aucun rappel en échec.")),
    "conflicts": str(QT_TRANSLATE_NOOP("HomePage", "Aucun conflit à trancher.")),
    "to_approve": str(QT_TRANSLATE_NOOP("HomePage", "Aucune facture n'attend votre approbation.")),
    "late": str(QT_TRANSLATE_NOOP("HomePage", "Toutes les régions ont une facture approuvée.")),
    "queue": str(QT_TRANSLATE_NOOP("HomePage", "Rien à consolider ni à valider.")),
}
OPEN_LABELS = {
    "planning": str(QT_TRANSLATE_NOOP("HomePage", "Ouvrir le planning")),
    "invoices": str(QT_TRANSLATE_NOOP("HomePage", "Ouvrir les factures")),
    "reminders": str(QT_TRANSLATE_NOOP("HomePage", "Ouvrir les rappels")),
    "sync": str(QT_TRANSLATE_NOOP("HomePage", "Ouvrir la synchronisation")),
    "expenses": str(QT_TRANSLATE_NOOP("HomePage", "Ouvrir les dépenses")),
}
CARD_STYLE = """
QFrame#card { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QFrame#card[attention="true"] { border-left: 4px solid #e07b00; }
QLabel#cardTitle { font-size: 11pt; font-weight: 600; color: #1f2d3d; }
QLabel#cardCount { font-size: 20pt; font-weight: 600; color: #1f2d3d; }
QLabel#cardCount[zero="true"] { color: #3a8f5c; }
QLabel#cardEmpty { color: #3a8f5c; }
QPushButton#cardOpen { border: none; color: #2f6fb0; text-align: right; padding: 2px 4px; }
QPushButton#cardOpen:focus { text-decoration: underline; outline: none; }
QWidget#homeBody { background: #f4f6f9; }
QLabel#homeTitle { font-size: 16pt; font-weight: 600; color: #1f2d3d; }
QLabel#homeSub { color: #5f6b7a; }
QLabel#homeEmpty { font-size: 14pt; color: #3a8f5c; padding: 12px; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class SectionCard(QFrame):
    """One kind of waiting work: title, count, « open » link and the list of items."""

    opened = Signal(object)  # Target

    def __init__(self, section: uc.Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("card")
        self.setProperty("attention", section.count > 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        self.count_label = QLabel(str(section.count))
        self.count_label.setObjectName("cardCount")
        self.count_label.setProperty("zero", section.count == 0)
        title = QLabel(tr(SECTION_TITLES.get(section.key, section.key)))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        head.addWidget(self.count_label)
        head.addSpacing(8)
        head.addWidget(title, 1)
        self.open_button = QPushButton(tr(OPEN_LABELS.get(section.target.page, "Ouvrir")) + " ›")
        self.open_button.setObjectName("cardOpen")
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(lambda: self.opened.emit(section.target))
        head.addWidget(self.open_button)
        layout.addLayout(head)
        self.list = WorkList()
        self.list.setAccessibleName(title.text())
        for item in section.items:
            self.list.add(item.label, item.detail, item.target, item.notes)
        self.list.opened.connect(self.opened)
        if section.items:
            layout.addWidget(self.list, 1)
            if section.count > len(section.items):
                more = QLabel(self.tr("… et {0} autre(s)").format(section.count - len(section.items)))
                more.setObjectName("homeSub")
                layout.addWidget(more)
        else:
            self.list.hide()
            empty = QLabel("✓ " + tr(SECTION_EMPTY.get(section.key, "")))
            empty.setObjectName("cardEmpty")
            empty.setWordWrap(True)
            layout.addWidget(empty)
            layout.addStretch(1)


class HomePage(QWidget):
    """Accueil: a greeting line, then the role's cards (and the national board)."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self._now = now or (lambda: datetime.now(UTC))
        self.home: uc.Home | None = None
        self.cards: dict[str, SectionCard] = {}
        self.board: BoardTable | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.setStyleSheet(CARD_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.body = QWidget()
        self.body.setObjectName("homeBody")
        scroll.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("homeTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("homeSub")
        self.empty_label = QLabel("✓ " + self.tr("Rien à faire aujourd'hui"))
        self.empty_label.setObjectName("homeEmpty")
        for w in (self.title, self.subtitle, self.empty_label):
            self.layout_.addWidget(w)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.layout_.addWidget(self.grid_host, 1)
        bus.changed.connect(self._on_changed)
        self.refresh()

    # -- refresh ---------------------------------------------------------------------------------
    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        edit = run_edit(self, lambda: uc.home(self.store, self._now()), show=self.subtitle.setText)
        if edit.value is None:
            return  # a refused user: said, the page stays
        home = self.home = edit.value
        self._fill(home)

    def _fill(self, home: uc.Home) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards.clear()
        self.board = None
        name = home.user_name
        self.title.setText(self.tr("Bonjour {0}").format(name) if name else self.tr("Accueil"))
        role = QCoreApplication.translate("MainWindow", ROLE_LABELS.get(home.role, home.role))
        parts = [role] + ([home.region_name] if home.region_name else []) + [
            voc.long_day(home.today, year=True), self.tr("Ctrl+K : chercher partout")]
        self.subtitle.setText(" · ".join(parts))
        self.empty_label.setVisible(home.nothing_to_do)
        row = 0
        if home.board is not None:
            self.board = BoardTable(home.board)
            self.board.opened.connect(self._open)
            self.grid.addWidget(self.board, 0, 0, 1, 2)
            row = 1
        columns = 1 if home.role == "regional_validator" else 2 if home.board is not None else 3
        for i, section in enumerate(home.sections):
            card = SectionCard(section)
            card.opened.connect(self._open)
            card.setMinimumHeight(120 if section.count == 0 else 230)
            self.cards[section.key] = card
            self.grid.addWidget(card, row + i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        # Rows with work grow; empty cards stay compact (a spacer takes the rest).
        rows = row + (len(home.sections) + columns - 1) // columns
        busy = [any(s.count for s in home.sections[(r - row) * columns:(r - row + 1) * columns])
                for r in range(row, rows)]
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        for r, has_work in zip(range(row, rows), busy, strict=True):
            self.grid.setRowStretch(r, 1 if has_work else 0)
        self.grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding), rows, 0)
        self.grid.setRowStretch(rows, 0 if any(busy) else 1)

    def _open(self, target: Target) -> None:
        self.bus.open_target.emit(target)
