""""Planifier la semaine": runs ``sosdesk.planning.solver.solve`` off the GUI thread with progress
(phase and best coverage so far) and a cancel that keeps the best plan; proposes the result for review.

Stopping or rejecting never waits for the worker in the GUI thread: the dialog asks it to stop and
lets it finish on its own (``sosdesk.ui.operations``: a daemon thread, its result then ignored)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import model as dm
from sosdesk.domain.rules_base import when
from sosdesk.domain.vocabulary import duration
from sosdesk.planning.horizon import PAST_WEEK, not_before
from sosdesk.ui.operations import Operation, OpRunner, Progress
from sosdesk.usecases.calendar_week import WeekData


def planning_problem(data: WeekData) -> dm.PlanningProblem:
    """The week's problem with every meeting already in the calendar kept as fixed: the planner
    only places what is still missing."""
    kept = tuple(replace(m, fixed=True) for m in data.active())
    return replace(data.problem, fixed=kept)


def plan_work(problem: dm.PlanningProblem, time_limit: float,
              horizon: tuple[int, int] | None) -> Callable[[Progress], Any]:
    """The search, run on the dialog's runner: reports ``("phase", name)`` and ``("cover", covered,
    required)``; the runner's cancel stops it at its next check and it returns the best plan so far."""

    def work(progress: Progress) -> Any:
        from sosdesk.planning.solver import solve

        last_phase = [""]

        def report(p: Any) -> None:
            if p.phase != last_phase[0]:
                last_phase[0] = p.phase
                progress(("phase", p.phase))
            progress(("cover", p.covered_minutes, p.required_minutes))

        return solve(problem, time_limit=time_limit, seed=0, workers=2, progress=report,
                     cancel=progress.cancel_event, not_before=horizon)

    return work


class PlannerDialog(QDialog):
    """Progress, then the proposal: accept all / accept the checked ones / discard; unmet listed."""

    accepted_meetings = Signal(list)       # dm.Meeting to apply (one undo step)
    progressed = Signal(int, int)          # covered, required minutes
    phase_changed = Signal(str)            # budget.PHASES name
    planned = Signal(object)               # PlanResult, once shown
    proposal_changed = Signal(list)        # ghosts to show on the calendar
    show_beneficiary = Signal(str)

    def __init__(self, data: WeekData, time_limit: float = 20.0, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planifier la semaine {0}").format(data.week))
        self._data = data
        self.result: Any = None
        self.status = QLabel(self.tr("Recherche d'un planning…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.stop = QPushButton(self.tr("Arrêter (garder le meilleur)"))
        self.list = QListWidget()
        self.unmet = QListWidget()
        self.accept_all = QPushButton(self.tr("Tout accepter"))
        self.accept_some = QPushButton(self.tr("Accepter la sélection"))
        self.discard = QPushButton(self.tr("Rejeter"))
        for b in (self.accept_all, self.accept_some):
            b.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.bar)
        lay.addWidget(self.stop)
        lay.addWidget(QLabel(self.tr("Rendez-vous proposés")))
        lay.addWidget(self.list, 2)
        lay.addWidget(QLabel(self.tr("Obligations non couvertes")))
        lay.addWidget(self.unmet, 1)
        row = QHBoxLayout()
        for b in (self.accept_all, self.accept_some, self.discard):
            row.addWidget(b)
        lay.addLayout(row)
        horizon = not_before(data.week, now or datetime.now(UTC))
        self.past_week = horizon is not None and horizon >= PAST_WEEK
        self._work = plan_work(planning_problem(data), time_limit, horizon)
        self.runner = OpRunner(self)
        self.op: Operation[Any] | None = None
        self.phase = QLabel("")
        lay.insertWidget(1, self.phase)
        self.stop.clicked.connect(self._request_stop)
        self.accept_all.clicked.connect(lambda: self._accept(all_items=True))
        self.accept_some.clicked.connect(lambda: self._accept(all_items=False))
        self.discard.clicked.connect(self.reject)
        self.unmet.itemClicked.connect(lambda it: self.show_beneficiary.emit(str(it.data(Qt.ItemDataRole.UserRole))))
        self.finished.connect(self._stop_worker)

    def start(self) -> None:
        if self.past_week:  # say why nothing is proposed instead of searching for nothing (issue 13)
            self.status.setText(self.tr(
                "La semaine {0} est passée : le planificateur ne propose rien dans le passé. Choisissez une "
                "semaine à venir, ou reprenez ses créneaux avec « Copier → semaine suivante ».").format(self._data.week))
            self.status.setWordWrap(True)
            self.bar.setRange(0, 1)
            self.stop.setEnabled(False)
            return
        self.op = self.runner.run(
            self._work, self._done, on_progress=self._report,
            on_error=lambda msg: self.status.setText(self.tr("Échec du planificateur : ") + msg))

    def _report(self, value: tuple[Any, ...]) -> None:
        if value[0] == "phase":
            self._phase(value[1])
            self.phase_changed.emit(value[1])
        else:
            self._progress(value[1], value[2])
            self.progressed.emit(value[1], value[2])

    def _request_stop(self) -> None:
        """Keep the best plan so far: the search stops at its next check, the plan is then verified."""
        if self.op is not None:
            self.op.cancel()
        self.stop.setEnabled(False)
        self.status.setText(self.tr("Arrêt demandé : vérification du meilleur planning trouvé…"))

    def _stop_worker(self) -> None:
        """The dialog is closing: the search is told to stop and ends on its own; never waited for
        on the GUI thread, and whatever it returns is ignored."""
        self.runner.detach()
        self.proposal_changed.emit([])

    def _phase(self, name: str) -> None:
        labels = {
            "bound": self.tr("Calcul de la borne de couverture…"),
            "first_fit": self.tr("Premier planning…"),
            "search": self.tr("Amélioration du planning…"),
            "verify": self.tr("Vérification des règles…"),
            "unmet": self.tr("Analyse des obligations non couvertes…"),
        }
        self.phase.setText(labels.get(name, ""))

    def _progress(self, covered: int, required: int) -> None:
        self.bar.setRange(0, max(required, 1))
        self.bar.setValue(min(covered, required))
        self.status.setText(self.tr("Meilleure couverture : {0} / {1} min").format(covered, required))

    def _done(self, result: Any) -> None:
        self.result = result
        self.phase.setText("")
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.stop.setEnabled(False)
        proposed = [m for m in result.meetings if not m.fixed]
        d = self._data
        for m in proposed:
            it = QListWidgetItem(f"{when(m)}  {d.type_label(m.type)}  "
                                 + ", ".join(d.ben_name(b) for b in m.beneficiaries)
                                 + "  — " + ", ".join(d.pro_name(p) for p in m.professionals))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            it.setData(Qt.ItemDataRole.UserRole, m)
            self.list.addItem(it)
        for u in result.unmet:
            it = QListWidgetItem(f"{d.ben_name(u.beneficiary)} — {d.type_label(u.type)} {duration(u.minutes)} : {u.reason}")
            it.setData(Qt.ItemDataRole.UserRole, u.beneficiary)
            self.unmet.addItem(it)
        stats = result.stats
        self.status.setText(self.tr("{0} rendez-vous proposés, couverture {1} / {2} min").format(
            len(proposed), stats.get("covered_minutes", 0), stats.get("required_minutes", 0)))
        for b in (self.accept_all, self.accept_some):
            b.setEnabled(bool(proposed))
        self.proposal_changed.emit(proposed)
        self.planned.emit(result)

    def _accept(self, all_items: bool) -> None:
        chosen = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if all_items or self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.accepted_meetings.emit(chosen)
        self.accept()
