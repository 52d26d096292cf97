"""One deadline for the whole planning run, shared by its phases (planning.md, issue 18).

The user's time limit counts from when the command (or the window) started reading the week.
Each phase asks for its share of what is left, stops at its own deadline, and says so: the names
of the phases cut short end up in ``stats["cut_phases"]``, their durations in
``stats["phase_seconds"]``. Verification is never cut (an unchecked plan is never returned);
its time is reserved before the search starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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


class Budget:
    """The run's deadline, what each phase took and which phases were cut."""

    def __init__(self, time_limit: float, started: float | None = None,
                 on_phase: Callable[[str], None] | None = None) -> None:
        now = time.monotonic()
        self.started = now if started is None else min(started, now)
        self.time_limit = time_limit
        # A small margin for returning the result (JSON, process exit) within the limit.
        self.deadline = self.started + time_limit - min(1.5, 0.03 * time_limit)
        self.seconds: dict[str, float] = {}
        self.cut: list[str] = []
        self.on_phase = on_phase
        if started is not None and now > started:
            self.seconds["read"] = round(now - started, 3)

    def left(self, until: float | None = None) -> float:
        return max((self.deadline if until is None else until) - time.monotonic(), 0.0)

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
