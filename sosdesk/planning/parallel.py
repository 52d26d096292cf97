"""Large neighbourhood searches of independent site groups, one per process.

Each search is seeded and stops on its own deterministic work budget, so the merged plan does not
depend on process timing. The calling process runs the first search itself (progress, cancel);
the others run in ``sosdesk.planning.worker`` child processes that report their best coverage and
stop when asked. A child that fails leaves its part with the plan it started from.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sosdesk.domain.model import Meeting, PlanningProblem
from sosdesk.planning import budget as budget_module
from sosdesk.planning.candidates import Availability
from sosdesk.planning.lns import Lns, LnsStats, RoundResult


@dataclass(frozen=True, slots=True)
class Part:
    """One search: its planned meetings, requirements and seed."""

    planned: list[Meeting]
    required: dict[tuple[str, str], int]
    seed: int


def local_ids(prefix: str) -> Callable[[], str]:
    """Ids private to one search; the merged plan gets the reproducible ones afterwards."""
    counter = itertools.count()
    return lambda: f"{prefix}{next(counter)}"


@dataclass
class _Child:
    """One worker process and what its reader thread has seen."""

    part: Part
    proc: subprocess.Popen[bytes]
    best: int
    result: tuple[list[Meeting], LnsStats] | None = None
    reader: threading.Thread = field(init=False)

    def read(self, on_progress: Callable[[], None]) -> None:
        out = self.proc.stdout
        assert out is not None
        try:
            for line in iter(out.readline, b""):
                kind, _, value = line.decode().partition(" ")
                if kind == "P":
                    self.best = max(self.best, int(value))
                    on_progress()
                elif kind == "R":
                    self.result = pickle.loads(out.read(int(value)))
                    return
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            return

    def stop(self) -> None:
        try:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                self.proc.stdin.write(b"stop\n")
                self.proc.stdin.flush()
        except OSError:
            pass


def _spawn(problem: PlanningProblem, not_before: tuple[int, int] | None, part: Part, index: int, budget: float,
           seconds: float) -> subprocess.Popen[bytes]:
    return _start(("lns", problem, not_before, part.planned, part.required, part.seed, f"lns{index}-", budget,
                   seconds, budget_module.CLOCK_SLACK))


def _start_or_none(job_args: tuple[object, ...]) -> subprocess.Popen[bytes] | None:
    """``_start``, or None when no process can be started (the caller goes on without it)."""
    try:
        return _start(job_args)
    except OSError:
        return None


def write_frame(stream: IO[bytes], value: object) -> None:
    """One message to a worker's pipe (or from it): an 8-byte length, then the pickle."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(payload).to_bytes(8, "big") + payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next ``write_frame`` message; None at the end of the pipe (or a message of None)."""
    head = stream.read(8)
    size = int.from_bytes(head, "big") if len(head) == 8 else 0
    return pickle.loads(stream.read(size)) if size else None


def _start(job_args: tuple[object, ...]) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])  # so the child imports this very sosdesk
    env["PYTHONPATH"] = os.pathsep.join(x for x in (root, env.get("PYTHONPATH", "")) if x)
    proc = subprocess.Popen([sys.executable, "-m", "sosdesk.planning.worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env)
    assert proc.stdin is not None
    try:
        write_frame(proc.stdin, job_args)
    except OSError:
        proc.kill()
        _close(proc)
        raise
    return proc


class SplitPartner:
    """The child process of a split search (``Lns.run_split``): another seeded search over the same
    week that runs one round at a time on the plan and days it is sent, and answers with the moves
    it kept. Messages both ways are ``write_frame``'s (None ends the child). When
    it fails or stops answering, ``alive`` turns false and the search goes on alone."""

    def __init__(self, proc: subprocess.Popen[bytes] | None) -> None:
        self.proc = proc
        self.alive = proc is not None
        self._answers: queue.Queue[RoundResult | None] = queue.Queue()
        self._waiting = False
        self.stop: Callable[[], bool] = lambda: False
        if proc is not None:
            threading.Thread(target=self._read, daemon=True).start()

    @classmethod
    def start(cls, problem: PlanningProblem, not_before: tuple[int, int] | None, part: Part, prefix: str) -> SplitPartner:
        return cls(_start_or_none(("split", problem, not_before, part.planned, part.required, part.seed, prefix,
                                   budget_module.CLOCK_SLACK)))

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        out = self.proc.stdout
        try:
            while isinstance(got := read_frame(out), RoundResult):
                self._answers.put(got)
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            pass
        self._answers.put(None)  # the child is gone: whoever waits is told at once

    def submit(self, plan: list[Meeting], days: tuple[int, ...], quota: float, deadline: float) -> bool:
        """Send a round; False when the child cannot take it."""
        if not self.alive or self.proc is None or self.proc.stdin is None:
            return False
        try:
            write_frame(self.proc.stdin, (plan, days, quota, max(deadline - time.monotonic(), 0.05)))
        except OSError:
            self.close()
            return False
        self._waiting = True
        return True

    def collect(self, deadline: float) -> RoundResult | None:
        """The round's result; None when the child failed, ``stop`` was asked, or nothing came
        within a second past ``deadline`` (the child is then ended for good)."""
        while self._waiting:
            try:
                got = self._answers.get(timeout=0.05)
            except queue.Empty:
                if self.stop() or time.monotonic() > deadline + 1.0:
                    self.close()
                    return None
                continue
            self._waiting = False
            if got is None:
                self.close()
            return got
        return None

    def close(self) -> None:
        """End the child (asked first, killed if it does not go)."""
        self.alive = False
        self._waiting = False
        if self.proc is None:
            return
        try:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                write_frame(self.proc.stdin, None)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        _close(self.proc)
        self.proc = None


# The bound child's answers: the quick LP first, then the start-indexed LP (this one, after which
# the child is niced), then each tightening by the larger LP (``coverage_bound(continuity=True)``),
# counted only when it came before the searches end.
START_INDEXED_ANSWER = 2


class BoundJob:
    """The coverage bound computed in a child process beside the search."""

    def __init__(self, proc: subprocess.Popen[bytes] | None) -> None:
        self.proc = proc
        self.value: tuple[int, bool] | None = None
        self.answers = 0
        self.reader: threading.Thread | None = None
        if proc is not None:
            self.reader = threading.Thread(target=self._read, daemon=True)
            self.reader.start()

    @classmethod
    def start(cls, problem: PlanningProblem, not_before: tuple[int, int] | None, seconds: float) -> BoundJob:
        return cls(_start_or_none(("bound", problem, not_before, seconds)))

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        out = self.proc.stdout
        try:
            for line in iter(out.readline, b""):
                kind, _, value = line.decode().partition(" ")
                if kind == "R":  # the quick bound, then (time allowing) the tighter ones
                    self.value = pickle.loads(out.read(int(value)))
                    self.answers += 1
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            return

    def result(self, wait: float, should_stop: Callable[[], bool] = lambda: False) -> tuple[int, bool] | None:
        """(new minutes bound, LP proven) within ``wait`` seconds, or None (the child is stopped).

        Waits for the start-indexed LP (``START_INDEXED_ANSWER``) at most; the larger LP that
        follows (``coverage_bound(continuity=True)``) only counts for what it proved by then: the
        plan is not held back for it (measured in rounds 17 and 18: waiting for it made every M run
        end near the search's deadline for a tighter bound on fragmented weeks only). A Stop
        (``should_stop``, read every 50 ms) ends the wait with the bound proven so far."""
        if self.proc is None or self.reader is None:
            return None
        until = time.monotonic() + max(wait, 0.0)
        while self.reader.is_alive() and self.answers < START_INDEXED_ANSWER:
            left = until - time.monotonic()
            if left <= 0 or should_stop():
                break
            self.reader.join(min(left, 0.05))
        if self.reader.is_alive():
            self.proc.kill()
        _close(self.proc)
        return self.value


def _run_split(problem: PlanningProblem, av: Availability, parts: list[Part], budget: float, deadline: float,
               should_stop: Callable[[], bool],
               on_total: Callable[[int], None]) -> tuple[list[list[Meeting]], list[LnsStats], list[int]]:
    """One search here, the second part's seed in the partner (same plan and requirements)."""
    search = Lns(problem, av, parts[0].planned, parts[0].required, parts[0].seed, local_ids("lns0-"))
    start = search.score.coverage
    on_total(start)
    partner = SplitPartner.start(problem, av.not_before, parts[1], "lns1-")
    partner.stop = should_stop
    try:
        plan = search.run_split(partner, budget, deadline, should_stop, on_total, interrupt=should_stop)
    finally:
        partner.close()
    return [plan], [search.stats], [start]


def _close(proc: subprocess.Popen[bytes]) -> None:
    """Close both pipes even when the child is already gone (a broken pipe is no error here)."""
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()
    proc.wait()


def run_searches(problem: PlanningProblem, av: Availability, parts: list[Part], budget: float, deadline: float,
                 should_stop: Callable[[], bool], on_total: Callable[[int], None],
                 portfolio: bool = False, split: bool = False) -> tuple[list[list[Meeting]], list[LnsStats], list[int]]:
    """Run every part's search (the first one here, the others in child processes); ``on_total``
    gets the summed best coverage whenever one improves (``portfolio``: the parts are the same week
    searched with different seeds, so the best one; ``split``: one part, its days dealt between this
    process and a partner process round after round, ``Lns.run_split``). Returns plans, stats and
    start coverages."""
    if split and len(parts) == 2:
        return _run_split(problem, av, parts, budget, deadline, should_stop, on_total)
    searches = [Lns(problem, av, part.planned, part.required, part.seed, local_ids(f"lns{i}-"))
                for i, part in enumerate(parts)]
    start_cov = [x.score.coverage for x in searches]
    own = searches[0]
    lock = threading.Lock()
    children: list[_Child] = []

    def total() -> None:
        with lock:
            values = [own.score.coverage, *(c.best for c in children)]
            value = max(values) if portfolio else sum(values)
        on_total(value)

    total()
    try:
        for i, part in enumerate(parts[1:], start=1):
            proc = _spawn(problem, av.not_before, part, i, budget, max(deadline - time.monotonic(), 0.0))
            children.append(_Child(part, proc, start_cov[i]))
    except OSError:
        for c in children:
            c.proc.kill()
            _close(c.proc)
        children = []  # no child process available: every part runs here, one after the other
    for c in children:
        c.reader = threading.Thread(target=c.read, args=(total,), daemon=True)
        c.reader.start()

    def stopping() -> bool:
        if should_stop():
            for c in children:
                c.stop()
            return True
        return False

    if children:
        plans = [own.run(budget, deadline, stopping, lambda _c: total(), interrupt=should_stop)]
    else:
        share = budget / len(parts)
        if portfolio:  # no second process: one search with the whole budget
            searches = searches[:1]
            share = budget
        plans = [x.run(share, deadline, stopping, lambda _c: on_total(sum(s.score.coverage for s in searches)),
                       interrupt=should_stop)
                 for x in searches]
    stats = [x.stats for x in searches[: len(plans)]]
    for c in children:
        late_stop = False  # stopped by the deadline, not by its work budget: the run is not reproducible
        while c.reader.is_alive():
            c.reader.join(0.05)
            late = time.monotonic() - deadline
            if stopping():
                c.stop()
            elif late > 0.0:
                late_stop = True
                c.stop()
            if late > 1.0:  # a stuck child: its part keeps the plan it started from (time limit kept)
                c.proc.kill()
                break
        c.proc.wait()
        plan, st = c.result if c.result is not None else (c.part.planned, LnsStats())
        if late_stop:
            st.stopped_by_clock = True
        plans.append(plan)
        stats.append(st)
        _close(c.proc)
    total()
    return plans, stats, start_cov
