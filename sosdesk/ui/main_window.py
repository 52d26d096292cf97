"""The main window: navigation between the pages (imported lazily; a page still in preparation
shows a placeholder), menus with named undo/redo, status bar (file, user, sync), saved geometry."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.permissions import ROLE_LABELS
from sosdesk.store import Store, StoreError, open_store
from sosdesk.ui import navigate
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.search.popup import SearchPopup
from sosdesk.usecases import reads, targets
from sosdesk.usecases.targets import Target

# (key, French title, "module:Class") — contracts.md § UI
PAGES: tuple[tuple[str, str, str], ...] = (
    ("home", str(QT_TRANSLATE_NOOP("MainWindow", "Accueil")), "sosdesk.ui.home.page:HomePage"),
    ("planning", str(QT_TRANSLATE_NOOP("MainWindow", "Planning")), "sosdesk.ui.calendar.page:PlanningPage"),
    ("expenses", str(QT_TRANSLATE_NOOP("MainWindow", "Dépenses")), "sosdesk.ui.expenses.page:ExpensesPage"),
    ("people", str(QT_TRANSLATE_NOOP("MainWindow", "Personnes")), "sosdesk.ui.people.page:PeoplePage"),
    ("invoices", str(QT_TRANSLATE_NOOP("MainWindow", "Factures")), "sosdesk.ui.invoices.page:InvoicesPage"),
    ("reports", str(QT_TRANSLATE_NOOP("MainWindow", "Rapports")), "sosdesk.ui.reports.board:ReportsBoard"),
    ("sync", str(QT_TRANSLATE_NOOP("MainWindow", "Synchronisation")), "sosdesk.ui.sync_page:SyncPage"),
    ("reminders", str(QT_TRANSLATE_NOOP("MainWindow", "Rappels")), "sosdesk.ui.reminders_page:RemindersPage"),
)
# ROLE_LABELS (domain/permissions.py) shown in the status bar, listed here for the translators.
ROLE_NAMES = (QT_TRANSLATE_NOOP("MainWindow", "Administrateur régional"),
              QT_TRANSLATE_NOOP("MainWindow", "Valideur régional"),
              QT_TRANSLATE_NOOP("MainWindow", "Coordinateur national"))

# Windows opened from "Fichier > Ouvrir" stay alive here until closed.
_OPEN_WINDOWS: list[QMainWindow] = []


def _missing_module(exc: ModuleNotFoundError, module: str) -> bool:
    """True when the page's own module (or its package) does not exist yet."""
    name = exc.name or ""
    return bool(name) and (module == name or module.startswith(name + "."))


class Placeholder(QWidget):
    """A page another engineer has not delivered yet: says so clearly, offers nothing dead."""

    def __init__(self, title: str, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("<h2>{0}</h2><p>Cette page est en préparation : elle arrive dans une "
                               "prochaine version de sosdesk.</p>").format(title) + (f"<p>{detail}</p>" if detail else ""))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None, week: str | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.store = store
        self.bus = ChangeBus(self)
        self.settings = settings or QSettings("sosdesk", "sosdesk")
        self._week, self._now = week, now
        self.setWindowTitle(self.tr("sosdesk — {0}").format(store.path.name))
        self.undo_group = QUndoGroup(self)
        self.pages: dict[str, QWidget] = {}
        self._file_extras: list[QAction] = []  # page actions added to Fichier (removed on rebuild)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setMaximumWidth(190)
        self.stack = QStackedWidget()
        for key, title, _target in PAGES:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16)
        splitter.setSizes([150, 1300])
        self.setCentralWidget(splitter)
        self._menus()
        self._status()
        self.nav.currentRowChanged.connect(self.show_page_index)
        self.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.bus.changed.connect(lambda _c: self._update_sync_label())
        self.bus.open_target.connect(self.open_target)
        self.search_popup: SearchPopup | None = None
        for signal in (self.bus.show_beneficiary, self.bus.show_professional, self.bus.show_meeting,
                       self.bus.show_week):
            signal.connect(lambda _x: self.show_page("planning"))
        self._restore()

    # -- pages -------------------------------------------------------------------------------------
    def page_index(self, key: str) -> int:
        return [k for k, _t, _p in PAGES].index(key)

    def _make_page(self, index: int) -> QWidget:
        key, title, target = PAGES[index]
        module_name, class_name = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not _missing_module(exc, module_name):
                raise
            return Placeholder(self.tr(title))
        cls = getattr(module, class_name, None)
        if cls is None:
            return Placeholder(self.tr(title))
        if key == "planning":
            return cls(self.store, self.bus, week=self._week, now=self._now, settings=self.settings)
        if key == "home":
            return cls(self.store, self.bus, now=self._now)
        return cls(self.store, self.bus)

    def page(self, key: str) -> QWidget:
        """The page widget, created on first use."""
        if key not in self.pages:
            index = self.page_index(key)
            widget = self._make_page(index)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = widget
            stack = getattr(widget, "undo_stack", None)
            if isinstance(stack, QUndoStack):
                self.undo_group.addStack(stack)
            outputs = getattr(widget, "outputs", None)
            if key == "planning" and outputs is not None:  # document actions in Fichier, before Quitter
                for action in outputs.actions():
                    self.file_menu.insertAction(self.quit_separator, action)
                self._file_extras = [*outputs.actions(), self.file_menu.insertSeparator(self.quit_separator)]
        return self.pages[key]

    def show_page_index(self, index: int) -> None:
        if not 0 <= index < len(PAGES):
            return
        widget = self.page(PAGES[index][0])
        self.stack.setCurrentWidget(widget)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        stack = getattr(widget, "undo_stack", None)
        self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else None)  # type: ignore[arg-type]

    def show_page(self, key: str) -> None:
        self.show_page_index(self.page_index(key))

    def current_key(self) -> str:
        return PAGES[max(0, self.stack.currentIndex())][0]

    def open_target(self, target: Target) -> QWidget:
        """Open a home item or a search hit: its page, then its row there."""
        return navigate.open_target(self, target)

    # -- search (Ctrl+K) ---------------------------------------------------------------------------
    def open_search(self) -> SearchPopup:
        if self.search_popup is None:
            self.search_popup = SearchPopup(self.store, self)
            self.search_popup.chosen.connect(
                lambda hit: self.open_target(targets.target_of(self.store, hit.kind, hit.id)))
        self.search_popup.popup(self.stack)
        return self.search_popup

    # -- menus -------------------------------------------------------------------------------------
    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Fichier"))
        open_action = file_menu.addAction(self.tr("&Ouvrir un fichier de données…"), self._choose_file)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.switch_user_action = file_menu.addAction(self.tr("Changer d'utilisateur…"), self._switch_user)
        self.users_action = file_menu.addAction(self.tr("Utilisateurs…"), self._manage_users)
        self.quit_separator = file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quitter"), self.close)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        edit = bar.addMenu(self.tr("&Édition"))
        self.undo_action = QAction(self.tr("Annuler"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self.tr("Rétablir"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_group.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.search_action = edit.addAction(self.tr("Rechercher partout…"), self.open_search)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.undo_group.undoTextChanged.connect(self._undo_text)
        self.undo_group.redoTextChanged.connect(self._redo_text)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self._undo_text("")
        self._redo_text("")
        view = bar.addMenu(self.tr("&Affichage"))
        for i, (_key, title, _t) in enumerate(PAGES):
            action = view.addAction(self.tr(title))
            action.triggered.connect(partial(self.show_page_index, i))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.addAction(self.tr("Raccourcis du planning"), self._shortcuts)
        help_menu.addAction(self.tr("À propos de sosdesk"), self._about)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("Annuler « {0} »").format(text) if text else self.tr("Annuler"))
        self.undo_action.setEnabled(self.undo_group.canUndo())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("Rétablir « {0} »").format(text) if text else self.tr("Rétablir"))
        self.redo_action.setEnabled(self.undo_group.canRedo())

    def _shortcuts(self) -> None:
        """The planning page lists its own keys (views, navigation, gestures): one list, one place."""
        page = self.page("planning")
        show = getattr(page, "show_shortcuts", None)
        if callable(show):
            show()

    def _about(self) -> None:
        from sosdesk import __version__

        QMessageBox.about(self, self.tr("À propos de sosdesk"), self.tr(
            "sosdesk {0}\nPlanification, facturation et suivi socio-judiciaire.").format(__version__))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un fichier de données"),
                                              str(self.store.path.parent), self.tr("Données sosdesk (*.db *.sqlite)"))
        if name:
            self.open_data_file(Path(name))

    def open_data_file(self, path: Path) -> MainWindow | None:
        """Open another data file in a new window (the current one closes); errors shown in French."""
        try:
            store = open_store(path, create=False)
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Fichier de données"), str(exc))
            return None
        from sosdesk.ui.users.signin import sign_in

        if not sign_in(store, self):
            store.close()
            return None
        window = MainWindow(store, self.settings, now=self._now)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN_WINDOWS.append(window)
        window.destroyed.connect(lambda _o=None, w=window: _OPEN_WINDOWS.remove(w) if w in _OPEN_WINDOWS else None)
        window.show()
        self.close()
        return window

    # -- status bar --------------------------------------------------------------------------------
    def _status(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel(self.tr("Fichier : {0}").format(self.store.path.name))
        self.file_label.setToolTip(str(self.store.path))   # the full path on hover, not in every screenshot
        self.user_label = QLabel()
        self._show_user()
        self.sync_label = QLabel()
        for w in (self.file_label, self.user_label, self.sync_label):
            bar.addPermanentWidget(w)
        self._update_sync_label()

    # -- user (sosdesk/ui/users) ----------------------------------------------------------------------
    def _show_user(self) -> None:
        """Status bar « Utilisateur : nom (rôle) »; « Utilisateurs… » for those who manage users."""
        user = self.store.current_user()
        who = (self.tr("Utilisateur : {0} ({1})").format(user.name, self.tr(ROLE_LABELS.get(user.role, user.role)))
               if user else self.tr("Utilisateur : aucun"))
        self.user_label.setText(who)
        self.users_action.setEnabled(bool(user and user.role in ("regional_admin", "national_coordinator")))

    def _switch_user(self) -> None:
        from sosdesk.ui.users.signin import SignInDialog

        dialog = SignInDialog(self.store, self, switching=True)
        if dialog.exec() == SignInDialog.DialogCode.Accepted and dialog.user_id:
            self.switch_user(dialog.user_id)

    def switch_user(self, user_id: str) -> None:
        """Act as ``user_id`` (password already checked): pages are rebuilt so each re-reads the role."""
        self.store.set_user(user_id)
        self.rebuild_pages()
        self._show_user()

    def rebuild_pages(self) -> None:
        """Drop every created page (and its undo history, menu actions); show the current one anew."""
        current = self.current_key()
        for action in self._file_extras:
            self.file_menu.removeAction(action)
        self._file_extras = []
        for key, widget in list(self.pages.items()):
            stack = getattr(widget, "undo_stack", None)
            if isinstance(stack, QUndoStack):
                self.undo_group.removeStack(stack)
            self.stack.insertWidget(self.page_index(key), QWidget())
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.show_page(current)

    def _manage_users(self) -> None:
        from sosdesk.ui.users.manage import UsersDialog

        UsersDialog(self.store, self.bus, self).exec()
        self._show_user()

    def _update_sync_label(self) -> None:
        pending = reads.pending_changes(self.store)
        self.sync_label.setText(self.tr("Synchronisation : à jour") if not pending else
                                self.tr("Synchronisation : {0} modification(s) à envoyer").format(pending))

    # -- geometry ----------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1480, 900)
        # Each person's desk opens first (issue 14); a week asked for on the command line opens the planning.
        self.show_page("planning" if self._week else "home")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.current_key())
        self.settings.sync()
        super().closeEvent(event)
