"""Common frame of the people edit dialogs: tabs, the list of problems, history, save through ops."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import Problem
from sosdesk.domain.vocabulary import day_text
from sosdesk.store import ops_people
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.people_rows import Choices, field_label, scope_region
from sosdesk.ui.operations import run_edit
from sosdesk.ui.people.absences import AbsencesTab
from sosdesk.ui.people.history import HistoryView
from sosdesk.ui.people.labels import tr_label
from sosdesk.usecases import reads

_SUB = {"from": "début", "to": "fin", "day": "jour", "type": "type", "minutes": "minutes"}
_WINDOWS = {"available", "unavailable", "open"}
_PATH = re.compile(r"^(?P<head>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?$")


def describe_problem(problem: Problem) -> str:
    """« Disponibilités, créneau 1, début : « 08:07 » n'est pas sur la grille de 15 minutes »."""
    if not problem.path:
        return problem.message
    match = _PATH.match(problem.path)
    if match is None:
        return str(problem)
    parts = [tr_label(field_label(match["head"])).capitalize()]
    if match["index"] is not None:
        noun = tr_label("créneau" if match["head"] in _WINDOWS else "ligne")
        parts.append(f"{noun} {int(match['index']) + 1}")
    if match["sub"]:
        parts.append(tr_label(_SUB.get(match["sub"], match["sub"])))
    return f"{', '.join(parts)} : {problem.message}"


def date_text(value: Any) -> str:
    return day_text(value) if isinstance(value, date) else ""


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(QCoreApplication.translate("PersonDialog", "{0} (archivé ou hors région)").format(value),
                      value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


class PersonDialog(QDialog):
    """Edit one beneficiary / professional / site; ``save()`` validates through the store ops.

    A refused save keeps the dialog open and lists every problem with its field's French name.
    """

    KIND = ""
    TITLE_NEW = ""  # QT_TRANSLATE_NOOP("PersonDialog", …) in the subclasses
    TITLE_EDIT = ""
    saved = Signal(object)  # Changes

    def __init__(self, store: Store, row_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.row_id = row_id
        self.changes: Changes | None = None
        self.region_scope = scope_region(store.current_user())
        form = reads.person_form(store, self.KIND, row_id, self.region_scope)
        self.choices: Choices = form.choices
        self.original: dict[str, Any] = form.original
        entries = form.history
        self.setWindowTitle(QCoreApplication.translate("PersonDialog", self.TITLE_EDIT if row_id else self.TITLE_NEW))
        self.setMinimumSize(640, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.build()
        # Leave, absences, closures (issue 12): written at once, each in its own transaction.
        self.absences = AbsencesTab(store, self.KIND, row_id)
        self.absences.changed.connect(self.saved.emit)
        self.tabs.addTab(self.absences, self.tr("Congés et absences"))
        self.history_view = HistoryView()
        self.history_view.history_model.set_entries(entries)
        self.tabs.addTab(self.history_view, self.tr("Historique ({0})").format(len(entries)))
        if self.original:
            self.load(self.original)

    # -- to implement -----------------------------------------------------------------------
    def build(self) -> None:
        """Add the form tabs."""

    def load(self, values: dict[str, Any]) -> None:
        """Fill the widgets from a stored record."""

    def collect(self) -> dict[str, Any]:
        """The form's values in the interchange shape."""
        return {}

    # -- shared -----------------------------------------------------------------------------
    def region_combo(self) -> QComboBox:
        combo = QComboBox()
        for rid, label in self.choices.regions:
            combo.addItem(label, rid)
        combo.setEnabled(self.region_scope is None and combo.count() > 1)
        return combo

    def show_problems(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join([self.tr("Enregistrement impossible :"), *(f"• {x}" for x in lines)]))
        self.error_label.show()

    def save(self) -> bool:
        """Validate and write; on success emit ``saved`` and close, else show every problem."""
        data = self.collect()

        def write() -> Changes:
            if self.row_id:
                changed = {k: val for k, val in data.items() if self.original.get(k) != val}
                return ops_people.update(self.store, self.KIND, self.row_id, changed)
            self.row_id, made = ops_people.create(self.store, self.KIND, data)
            return made

        edit = run_edit(self, write, show=lambda text: self.show_problems(text.split("\n")),
                        problem=describe_problem, sep="\n")
        if edit.value is None:
            return False
        changes = edit.value
        self.error_label.hide()
        self.changes = changes
        if changes:
            self.saved.emit(changes)
        self.accept()
        return True
