"""The meetings a new leave, absence or closure made impossible, each resolved in one click
(issue 12): « Déplacer » to the nearest slot where it fits (proposed by ``usecases.rescheduling``:
same people, same site or another site of the region, every rule checked) or « Annuler ». Both go
through the protection gate; a billed meeting asks for a reason first. Used by the people dialogs'
« Congés et absences » tab and the sites' calendar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import day_time_text
from sosdesk.store.changes import Changes
from sosdesk.store.dates import Impact
from sosdesk.store.engine import Store
from sosdesk.ui.operations import OpRunner, run_edit
from sosdesk.usecases import rescheduling
from sosdesk.usecases.meeting_edits import ConfirmationRequired

ID_ROLE = 0x0100 + 9


def _exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class ImpactsPanel(QWidget):
    """A list of impossible meetings; the selected one shows its proposed slot."""

    changed = Signal(object)  # Changes

    def __init__(self, store: Store, now: Callable[[], datetime] | None = None,
                 run_dialog: Callable[[QDialog], bool] = _exec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.now = store, now or (lambda: datetime.now(UTC))
        self.run_dialog = run_dialog
        self.impacts: list[Impact] = []
        self.proposals: dict[str, rescheduling.MoveProposal] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._selected)
        box.addWidget(self.list, 1)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        box.addWidget(self.proposal)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Déplacer au créneau proposé"))
        self.cancel_one_button = QPushButton(self.tr("Annuler ce rendez-vous"))
        self.cancel_all_button = QPushButton(self.tr("Annuler tous ces rendez-vous"))
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_one_button.clicked.connect(self.cancel_selected)
        self.cancel_all_button.clicked.connect(self.cancel_all)
        for b in (self.move_button, self.cancel_one_button, self.cancel_all_button):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.runner = OpRunner(self, status=self.status.setText)
        self.set_impacts([])

    def set_impacts(self, impacts: Sequence[Impact], names: Callable[[Impact], str] | None = None) -> None:
        """Show these meetings (« 23/12/2026 10:00 — Marc Durand : arrêt maladie … »)."""
        self.impacts = list(impacts)
        self.proposals.clear()
        self.list.clear()
        for i in self.impacts:
            who = f" — {names(i)}" if names is not None else ""
            item = QListWidgetItem(f"{day_time_text(utc_to_local(i.start))}{who} — {' ; '.join(i.reasons)}")
            item.setData(ID_ROLE, i.meeting_id)
            self.list.addItem(item)
        for b in (self.move_button, self.cancel_one_button, self.cancel_all_button):
            b.setVisible(bool(self.impacts))
        self.proposal.setText("")
        if self.impacts:
            self.list.setCurrentRow(0)

    def _current(self) -> Impact | None:
        row = self.list.currentRow()
        return self.impacts[row] if 0 <= row < len(self.impacts) else None

    def _selected(self, _row: int) -> None:
        impact = self._current()
        if impact is None:
            self.proposal.setText("")
            self.move_button.setEnabled(False)
            return
        known = self.proposals.get(impact.meeting_id)
        if known is not None:
            self._show_proposal(known)
            return
        # The search may read two weeks of the region: off the GUI thread (issue 12, ui/operations).
        self.proposal.setText(self.tr("Recherche du créneau le plus proche…"))
        self.move_button.setEnabled(False)
        meeting_id, now = impact.meeting_id, self.now()
        self.runner.start(lambda: rescheduling.propose_move(self.store, meeting_id, now),
                          lambda found: self._proposed(meeting_id, found))

    def _proposed(self, meeting_id: str, found: rescheduling.MoveProposal) -> None:
        self.proposals[meeting_id] = found
        impact = self._current()
        if impact is not None and impact.meeting_id == meeting_id:
            self._show_proposal(found)

    def _show_proposal(self, proposal: rescheduling.MoveProposal) -> None:
        if proposal.meeting is None:
            self.proposal.setText(self.tr("Pas de créneau proposé : {0}").format(proposal.text))
        else:
            self.proposal.setText(self.tr("Créneau proposé : {0}").format(proposal.text))
        self.move_button.setEnabled(proposal.meeting is not None)

    def proposal_for(self, meeting_id: str) -> rescheduling.MoveProposal:
        if meeting_id not in self.proposals:
            self.proposals[meeting_id] = rescheduling.propose_move(self.store, meeting_id, self.now())
        return self.proposals[meeting_id]

    def _confirmed(self, work: Callable[[bool, str], Changes]) -> Changes | None:
        """Run ``work``; a protected meeting asks the consequence and a reason, then runs again."""
        from sosdesk.ui.calendar.dialogs import ProtectedEditDialog

        def confirmed() -> Changes | None:
            try:
                return work(False, "")
            except ConfirmationRequired as exc:
                dialog = ProtectedEditDialog(exc.check.message, parent=self)
                if not self.run_dialog(dialog) or not dialog.reason():
                    self.status.setText(self.tr("Rien n'a été modifié."))
                    return None
                return work(True, dialog.reason())

        return run_edit(self, confirmed, show=self.status.setText).value

    def _done(self, ids: Sequence[str], changes: Changes, text: str) -> None:
        self.status.setText(text)
        self.set_impacts([i for i in self.impacts if i.meeting_id not in set(ids)])
        self.changed.emit(changes)

    def move_selected(self) -> Changes | None:
        """One click: the selected meeting goes to its proposed slot (reminders send an update)."""
        impact = self._current()
        if impact is None:
            return None
        proposal = self.proposal_for(impact.meeting_id)
        now = self.now()
        changes = self._confirmed(lambda ok, why: rescheduling.move_to(self.store, proposal, confirmed=ok,
                                                                       reason=why, now=now))
        if changes is not None:
            self._done([impact.meeting_id], changes, self.tr("Déplacé au {0}.").format(proposal.text))
        else:
            self.proposals.pop(impact.meeting_id, None)  # the slot may have been taken: ask again
        return changes

    def cancel_selected(self) -> Changes | None:
        impact = self._current()
        return None if impact is None else self._cancel([impact.meeting_id])

    def cancel_all(self) -> Changes | None:
        return self._cancel([i.meeting_id for i in self.impacts])

    def _cancel(self, ids: list[str]) -> Changes | None:
        if not ids:
            return None
        now = self.now()
        changes = self._confirmed(lambda ok, why: rescheduling.cancel(self.store, ids, confirmed=ok, reason=why,
                                                                      now=now))
        if changes is not None:
            self._done(ids, changes, self.tr("{0} rendez-vous annulé(s).").format(len(ids)))
        return changes
