"""Ctrl+K: one box searching people, measures, meetings, invoices and expenses as you type, results
grouped by kind; ↑/↓ choose, Entrée opens, Échap closes. Reads ``usecases.search`` only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from sosdesk.store.engine import Store
from sosdesk.ui.home.work_list import WorkList
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import search as uc

KIND_TITLES = {
    "beneficiary": str(QT_TRANSLATE_NOOP("SearchPopup", "Bénéficiaires")),
    "professional": str(QT_TRANSLATE_NOOP("SearchPopup", "Professionnels")),
    "measure": str(QT_TRANSLATE_NOOP("SearchPopup", "Mesures")),
    "meeting": str(QT_TRANSLATE_NOOP("SearchPopup", "Rendez-vous")),
    "invoice": str(QT_TRANSLATE_NOOP("SearchPopup", "Factures")),
    "expense": str(QT_TRANSLATE_NOOP("SearchPopup", "Dépenses")),
}
STYLE = """
QFrame#searchFrame { background: white; border: 1px solid #b9c4d0; border-radius: 10px; }
QLineEdit#searchBox { font-size: 13pt; padding: 8px 10px; border: none; border-bottom: 1px solid #e1e6ec; }
QLabel#searchHint { color: #5f6b7a; padding: 4px 10px 8px 10px; }
"""
WIDTH, HEIGHT = 720, 520


class SearchPopup(QDialog):
    """Frameless box over the window; ``chosen`` carries the hit to open."""

    chosen = Signal(object)  # usecases.search.SearchHit

    def __init__(self, store: Store, parent: QWidget | None = None, limit: int = uc.DEFAULT_LIMIT) -> None:
        # A popup closes itself on a click outside it, as a command palette does.
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.store, self.limit = store, limit
        self.hits: list[uc.SearchHit] = []
        self.setObjectName("searchPopup")
        self.setStyleSheet(STYLE)
        self.resize(WIDTH, HEIGHT)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame.setObjectName("searchFrame")
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Chercher une personne, un rendez-vous (« 7 décembre »), "
                                            "une facture, une dépense…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Recherche"))
        layout.addWidget(self.box)
        self.results = WorkList()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keyboard
        layout.addWidget(self.results, 1)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        layout.addWidget(self.hint)
        self.box.textChanged.connect(self.run)
        self.box.installEventFilter(self)
        self.results.opened.connect(self._choose)
        self.run("")

    # -- behaviour -------------------------------------------------------------------------------
    def popup(self, over: QWidget) -> None:
        """Show centred at the top of ``over``, the box selected for a new search."""
        top_left = over.mapToGlobal(QPoint(0, 0))
        self.move(top_left.x() + max(0, (over.width() - WIDTH) // 2), top_left.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()
        if self.box.text():
            self.run(self.box.text())

    def run(self, text: str) -> None:
        self.results.clear()
        edit = run_edit(self, lambda: uc.search(self.store, text, limit=self.limit) if text.strip() else [],
                        show=self.hint.setText)
        self.hits = edit.value or []
        if not edit.ok:
            return
        for kind, hits in uc.grouped(self.hits):
            self.results.add_header(f"{QCoreApplication.translate('SearchPopup', KIND_TITLES[kind])} ({len(hits)})")
            for hit in hits:
                self.results.add(hit.label, hit.detail, hit)
        self.results.step(1)
        if not text.strip():
            self.hint.setText(self.tr("Majuscules et accents indifférents ; un début de mot suffit. "
                                      "↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer."))
        elif not self.hits:
            self.hint.setText(self.tr("Aucun résultat pour « {0} ».").format(text.strip()))
        else:
            self.hint.setText(self.tr("{0} résultat(s) — Entrée pour ouvrir").format(len(self.hits)))

    def current_hit(self) -> uc.SearchHit | None:
        item = self.results.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, uc.SearchHit) else None

    def _choose(self, hit: object) -> None:
        if isinstance(hit, uc.SearchHit):
            self.hide()
            self.chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_PageDown): 5,
                     int(Qt.Key.Key_PageUp): -5}
            if int(key) in steps:
                self.results.step(steps[int(key)])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.results.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)
