"""The Personnes page: beneficiaries, professionals and sites lists with instant filter, edit
dialogs, archive (tombstone) and "voir le planning". Regional roles only see their own region."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import Problem
from sosdesk.domain.permissions import can
from sosdesk.store import ops_people
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.people_rows import HEADERS, PersonRow, scope_region
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import run_edit
from sosdesk.ui.people.dialog_base import PersonDialog, describe_problem
from sosdesk.ui.people.dialogs import DIALOGS
from sosdesk.ui.people.table_model import FoldingFilterProxy, PeopleTableModel
from sosdesk.ui.undo import ask_with_dialog, push_applied
from sosdesk.ui.widgets.list_page import ListPage
from sosdesk.usecases import person_file, reads

TAB_TITLES = {"beneficiaries": str(QT_TRANSLATE_NOOP("PeoplePage", "Bénéficiaires")),
              "professionals": str(QT_TRANSLATE_NOOP("PeoplePage", "Professionnels")),
              "sites": str(QT_TRANSLATE_NOOP("PeoplePage", "Sites"))}
NOUNS = {"beneficiaries": str(QT_TRANSLATE_NOOP("PeopleTab", "ce bénéficiaire")),
         "professionals": str(QT_TRANSLATE_NOOP("PeopleTab", "ce professionnel")),
         "sites": str(QT_TRANSLATE_NOOP("PeopleTab", "ce site"))}


def _refusal(problem: Problem) -> str:
    """A refused archive, as a sentence (« Des rendez-vous à venir … »)."""
    text = describe_problem(problem)
    return text[:1].upper() + text[1:]


class PeopleTab(ListPage):
    """One list (beneficiaries, professionals or sites) with its filter and actions."""

    model: PeopleTableModel

    def __init__(self, store: Store, bus: ChangeBus, kind: str, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus, self.kind = store, bus, kind
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        user = store.current_user()
        self.region = scope_region(user)
        self.can_edit = user is None or can(user.role, "edit_people")
        self.dialog: PersonDialog | None = None
        self._init_list(PeopleTableModel(kind, HEADERS[kind], self._load, self), FoldingFilterProxy(self), bus,
                        self.tr("Rechercher (nom, téléphone, site, compétence…)"))

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("Nouveau…"))
        self.open_button = QPushButton(self.tr("Modifier…") if self.can_edit else self.tr("Détails…"))
        self.archive_button = QPushButton(self.tr("Archiver…"))
        self.planning_button = QPushButton(self.tr("Voir le planning"))
        for button in (self.new_button, self.open_button, self.archive_button, self.planning_button):
            bar.addWidget(button)
        self.planning_button.setVisible(kind != "sites")
        self.new_button.setEnabled(self.can_edit)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view)

        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.open_button.clicked.connect(lambda: self.open_dialog(self.selected_id()))
        self.archive_button.clicked.connect(self.archive_selected)
        self.planning_button.clicked.connect(lambda: self.show_planning(self.selected_id()))
        self._update_counts()
        self._update_buttons()

    def ensure_loaded(self) -> None:
        """Read the list the first time it is shown (one query per list; the other tabs wait)."""
        if self.model.loaded:
            return
        self.model.reload()
        self.view.resizeColumnsToContents()   # on the first rows only (record_table's precision)
        self._update_counts()
        self._update_buttons()

    def _load(self, ids: Collection[str] | None) -> list[PersonRow]:
        return reads.people(self.store, self.kind, self.region, ids)

    # -- state ------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.archive_button.setEnabled(selected and self.can_edit)
        self.planning_button.setEnabled(selected)

    def apply_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _activated(self, row_id: str) -> None:
        if self.kind == "sites":
            self.open_dialog(row_id)
        else:
            self.show_planning(row_id)

    def show_planning(self, row_id: str | None) -> None:
        if row_id is None:
            return
        if self.kind == "beneficiaries":
            self.bus.show_beneficiary.emit(row_id)
        elif self.kind == "professionals":
            self.bus.show_professional.emit(row_id)

    def open_dialog(self, row_id: str | None) -> PersonDialog:
        """Open the edit dialog (non-blocking); a successful save is announced on the bus."""
        dialog = DIALOGS[self.kind](self.store, row_id, self)
        if self.kind == "beneficiaries" and row_id:
            # The person's file was read: the access log says who and when (issue 16).
            person_file.record_access(self.store, None, row_id, "open", "fiche dans la fenêtre")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).setEnabled(self.can_edit)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, changes: Changes) -> None:
        self.show_message("")
        self.bus.changed.emit(changes)
        row_id = self.dialog.row_id if self.dialog is not None else None
        if row_id:
            self.pick(row_id)
        self.record(self._step_label(changes, row_id), changes)

    def _name(self, row_id: str | None) -> str:
        """« Hélène Dupré » (first name first), a site by its name: how the undo step is named."""
        row = self.model.row_of(row_id) if row_id else None
        if row is None:
            return ""
        cells = self.model.person(row).cells
        return cells[0] if self.kind == "sites" else " ".join(c for c in (cells[1], cells[0]) if c)

    def _step_label(self, changes: Changes, row_id: str | None) -> str:
        """« Modifier Alice Martin », « Créer … », « Congés et absences : … » (the undo action's name)."""
        name = self._name(row_id)
        if "unavailabilities" in changes.tables() or "closed_days" in changes.tables():
            return self.tr("Congés et absences : {0}").format(name)
        if "meetings" in changes.tables():
            return self.tr("Rendez-vous déplacés ou annulés : {0}").format(name)
        if row_id and row_id in changes.inserted.get(self.kind, set()):
            return self.tr("Créer {0}").format(name)
        return self.tr("Modifier {0}").format(name)

    def record(self, label: str, changes: Changes) -> None:
        """The saved edit as one undo step of the page (Ctrl+Z puts the old values back)."""
        push_applied(self.undo_stack, label, changes, self.store, self.bus.changed.emit, self.show_message,
                     ask=ask_with_dialog(self))

    def confirm_archive(self, row_id: str) -> bool:
        row = self.model.row_of(row_id)
        name = " ".join(c for c in self.model.person(row).cells[:2] if c) if row is not None else row_id
        answer = QMessageBox.question(
            self, self.tr("Archiver"),
            self.tr("Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; "
                    "son historique est conservé.").format(
                QCoreApplication.translate("PeopleTab", NOUNS[self.kind]), name))
        return answer == QMessageBox.StandardButton.Yes

    def archive_selected(self) -> bool:
        """Ask, then tombstone; a refusal (future meetings) is shown above the list."""
        row_id = self.selected_id()
        if row_id is None or not self.confirm_archive(row_id):
            return False
        edit = run_edit(self, lambda: ops_people.archive(self.store, self.kind, row_id),
                        show=self.show_message, problem=_refusal)
        if edit.value is None:
            return False
        changes = edit.value
        name = self._name(row_id)
        self.show_message("")
        self.bus.changed.emit(changes)
        self.bus.status_message.emit(self.tr("Archivé : {0}").format(name or row_id))
        self.record(self.tr("Archiver {0}").format(name), changes)
        return True


class PeoplePage(QWidget):
    """Three tabs (Bénéficiaires, Professionnels, Sites), refreshed from ``bus.changed``."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.undo_stack = QUndoStack(self)  # one history for the three lists (main window's undo group)
        self._tabs: dict[str, PeopleTab] = {}
        for kind, title in TAB_TITLES.items():
            tab = PeopleTab(store, bus, kind, self, self.undo_stack)
            self._tabs[kind] = tab
            self.tabs.addTab(tab, QCoreApplication.translate("PeoplePage", title))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda i: self._tabs[list(self._tabs)[i]].ensure_loaded())
        self._tabs["beneficiaries"].ensure_loaded()
        bus.changed.connect(self._on_changed)

    def tab(self, kind: str) -> PeopleTab:
        tab = self._tabs[kind]
        tab.ensure_loaded()
        return tab

    def _on_changed(self, changes: Changes) -> None:
        for tab in self._tabs.values():
            tab.apply_changes(changes)
