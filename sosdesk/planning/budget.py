"""One deadline for the whole planning run, shared by its phases (planning.md, issue 18).

The user's time limit counts from when the command (or the window) started reading the week.
Each phase asks for its share of what is left, stops at its own deadline, and says so: the names
of the phases cut short end up in ``stats["cut_phases"]``, their durations in
``stats["phase_seconds"]``. Verification is never cut (an unchecked plan is never returned);
its time is reserved before the search starts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Seconds added to every run's deadline, for benchmarks only (``bench_planner_suite --slack``): the
# clock then never stops a phase, and since the search stops on its deterministic work budget, two
# variants compare on the same work whatever else the machine is doing. Never set by the product.
# Added as well to the first fit's and its guide LP's own clock windows and to each search move's
# wall cap, and passed to the search's child processes (round 14: without it, runs side by side
# still had a guide LP or a child's week move cut by the clock, and differed).
CLOCK_SLACK = 0.0

# Phase names, in order, as shown in stats and in the window.
PHASES = ("read", "bound", "first_fit", "search", "verify", "unmet")

PHASE_LABELS = {
    "read": "lecture de la semaine",
    "bound": "borne de couverture",
    "first_fit": "premier planning",
    "search": "amélioration",
    "verify": "vérification",
    "unmet": "analyse des obligations non couvertes",
    "cancelled": "arrêt demandé",
}


class Deadline(float):
    """A ``time.monotonic()`` deadline that reads as passed as soon as the run is cancelled.

    The phases check their deadline with ``time.monotonic() > deadline`` every few thousand steps;
    handing them a ``Deadline`` makes « Arrêter » reach every such check (first fit, candidate
    enumeration, unmet analysis) without a cancel parameter in each of them (issue 13). A float
    subclass on the right of a comparison is asked first, so those checks need no change."""

    cancel: threading.Event | None

    def __new__(cls, value: float, cancel: threading.Event | None = None) -> Deadline:
        obj = super().__new__(cls, value)
        obj.cancel = cancel
        return obj

    def _cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def __lt__(self, other: object) -> bool:     # now > deadline
        return self._cancelled() or float.__lt__(self, other)  # type: ignore[operator]

    def __le__(self, other: object) -> bool:     # now >= deadline
        return self._cancelled() or float.__le__(self, other)  # type: ignore[operator]

    def __gt__(self, other: object) -> bool:     # deadline > now: time is left
        return not self._cancelled() and float.__gt__(self, other)  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        return not self._cancelled() and float.__ge__(self, other)  # type: ignore[operator]

    def __sub__(self, other: float) -> float:  # what is left: nothing once cancelled
        return 0.0 if self._cancelled() else float(self) - other

    __hash__ = float.__hash__


class Budget:
    """The run's deadline, what each phase took and which phases were cut."""

    def __init__(self, time_limit: float, started: float | None = None,
                 on_phase: Callable[[str], None] | None = None, cancel: threading.Event | None = None) -> None:
        now = time.monotonic()
        self.started = now if started is None else min(started, now)
        self.time_limit = time_limit
        # A small margin for returning the result (JSON, process exit) within the limit.
        self.deadline = self.started + time_limit - min(1.5, 0.03 * time_limit) + CLOCK_SLACK
        self.seconds: dict[str, float] = {}
        self.cut: list[str] = []
        self.on_phase = on_phase
        self.cancel = cancel
        if started is not None and now > started:
            self.seconds["read"] = round(now - started, 3)

    def left(self, until: float | None = None) -> float:
        if self.cancelled():
            return 0.0
        return max((self.deadline if until is None else until) - time.monotonic(), 0.0)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def cut_off(self, deadline: float | None = None) -> Deadline:
        """``deadline`` (the run's by default) as one that a Stop brings forward to now."""
        return Deadline(self.deadline if deadline is None else float(deadline), self.cancel)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def mark_cut(self, phase: str) -> None:
        if phase not in self.cut:
            self.cut.append(phase)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        if self.on_phase is not None:
            self.on_phase(name)
        began = time.monotonic()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.monotonic() - began, 3)

    def stats(self) -> dict[str, object]:
        return {"phase_seconds": dict(self.seconds), "cut_phases": list(self.cut),
                "time_limit_seconds": self.time_limit}
