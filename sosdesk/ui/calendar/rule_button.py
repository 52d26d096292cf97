"""The toolbar count of the hard rules the shown week breaks ("3 règles non respectées"): a click
goes to the next one, the arrow lists them all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from sosdesk.domain import model as dm

MENU_LIMIT = 40


class RulesButton(QToolButton):
    """Shows how many violations the week has; emits the index of the one to show."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rules_button")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.count = 0
        self.position = -1
        self.clicked.connect(self.next)
        self.set_violations([])

    def set_violations(self, violations: list[dm.Violation]) -> None:
        self.count = len(violations)
        if self.position >= self.count:
            self.position = -1
        if self.count == 0:
            self.setText(self.tr("Règles respectées"))
            self.setToolTip(self.tr("Aucune règle de planification n'est enfreinte cette semaine."))
            self.setStyleSheet("QToolButton { color: #2e7d32; }")
        else:
            self.setText(self.tr("1 règle non respectée") if self.count == 1
                         else self.tr("{0} règles non respectées").format(self.count))
            self.setToolTip(self.tr("Cliquer pour aller à la suivante ; la flèche les liste toutes."))
            self.setStyleSheet("QToolButton { color: #b00020; font-weight: bold; }")
        self.setEnabled(self.count > 0)
        self._menu.clear()
        for i, v in enumerate(violations[:MENU_LIMIT]):
            text = v.message if len(v.message) <= 110 else v.message[:107] + "…"
            action = self._menu.addAction(f"{v.rule} — {text}")
            action.triggered.connect(lambda _c=False, i=i: self.show_index(i))
        if self.count > MENU_LIMIT:
            more = self._menu.addAction(self.tr("… et {0} autres").format(self.count - MENU_LIMIT))
            more.setEnabled(False)

    def set_pending(self) -> None:
        """The week is shown but not judged yet (a moment after opening it)."""
        self.count, self.position = 0, -1
        self.setText(self.tr("Vérification des règles…"))
        self.setStyleSheet("QToolButton { color: #666666; }")
        self.setEnabled(False)
        self._menu.clear()

    def show_index(self, i: int) -> None:
        if 0 <= i < self.count:
            self.position = i
            self.chosen.emit(i)

    def next(self) -> None:
        """Cycle: the next violation after the one shown last (the first after the last)."""
        if self.count:
            self.show_index((self.position + 1) % self.count)
