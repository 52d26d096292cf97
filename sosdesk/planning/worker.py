"""A child process running one large neighbourhood search (``python -m sosdesk.planning.worker``).

Protocol on its pipes: stdin brings the job (``parallel.write_frame``), then any line (or EOF)
asks it to stop; stdout carries ``P <coverage>`` progress lines and finally ``R <length>`` followed
by the pickled (plan, stats). A ``bound`` job computes the coverage bound instead and answers
``R <length>`` with the pickled (minutes, proven), once for the quick bound and once more for the
tighter one (the last answer read counts). A ``split`` job is a split search's partner
(``parallel.SplitPartner``): rounds in, results out, each a ``write_frame`` message. A plain
subprocess, not multiprocessing: it never re-imports the caller's main module, whatever script or
GUI called the planner.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
import time
from typing import BinaryIO

from sosdesk.domain.model import Meeting, PlanningProblem
from sosdesk.planning import budget as budget_module
from sosdesk.planning.bound import coverage_bound
from sosdesk.planning.candidates import Availability, Candidates, requirement_room
from sosdesk.planning.lns import Lns
from sosdesk.planning.parallel import local_ids, read_frame, write_frame

# Added niceness once the start-indexed bound is sent (``coverage_bound(continuity=True)``).
CONTINUITY_NICE = 14
# ... unless the larger LP is a few seconds of a core, then run at once beside the searches (a small
# share of their CPU, so it is done before they end): its time estimated from the start-indexed
# LPs' columns (measured 3.5e-4 s a column on M `fragmented` 300: 18,445 columns, 6.5 s for the
# larger LPs alone), at most ``LARGER_AT_ONCE_SHARE`` of the child's time and ``LARGER_AT_ONCE_SECONDS``.
# On the M suite only `fragmented` weeks qualify (16,000–18,500 columns; the others 35,000–77,000),
# where the larger LP tightens the bound by 1–1.5 % (docs/planning.md, « Round 22 »).
LARGER_SECONDS_PER_COLUMN = 4e-4
LARGER_AT_ONCE_SHARE = 0.3
LARGER_AT_ONCE_SECONDS = 10.0


def larger_at_once(columns: int, seconds: float) -> bool:
    """Whether the larger LP after start-indexed LPs of ``columns`` columns runs at normal priority
    in a bound child given ``seconds``."""
    return columns * LARGER_SECONDS_PER_COLUMN <= min(LARGER_AT_ONCE_SHARE * seconds, LARGER_AT_ONCE_SECONDS)


def _watch_stdin(stream: BinaryIO, stop: threading.Event) -> None:
    stream.readline()  # a line or EOF (the parent went away): stop either way
    stop.set()


def main() -> int:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    kind, *job = read_frame(stdin)
    if kind == "bound":
        problem, not_before, seconds = job
        # Not niced while the start-indexed LP runs (measured on the M suite: niced, it lingered
        # through the whole search and often missed the limit; at the same priority it is done
        # within a third of the search, and the searches, stopped by their work budget, end sooner).
        cands = Candidates()
        requirement_room(problem, cands)

        def answer(value: tuple[int, bool]) -> None:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            stdout.write(f"R {len(payload)}\n".encode())
            stdout.write(payload)
            stdout.flush()

        def larger(columns: int) -> None:
            # The larger LP that follows the start-indexed one (``parallel.START_INDEXED_ANSWER``) only takes
            # what the searches leave, unless it is small enough to be done within them.
            if not larger_at_once(columns, seconds):
                with contextlib.suppress(OSError, AttributeError):
                    os.nice(CONTINUITY_NICE)

        # The quick bound first (kept if the tighter one is not done by the deadline), then the tighter.
        answer(coverage_bound(Availability(problem, not_before), cands, seconds,
                              lambda total, complete: answer((total, complete)), continuity=True, on_larger=larger))
        return 0
    if kind == "split":
        return _split(stdin, stdout, *job)
    problem, not_before, planned, required, seed, prefix, budget, seconds, slack = job
    budget_module.CLOCK_SLACK = slack  # benchmarks only (``bench_planner_suite.py --slack``): 0 otherwise
    deadline = time.monotonic() + seconds
    stop = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stdin, stop), daemon=True).start()

    def report(coverage: int) -> None:
        stdout.write(f"P {coverage}\n".encode())
        stdout.flush()

    lns = Lns(problem, Availability(problem, not_before), planned, required, seed, local_ids(prefix))
    plan = lns.run(budget, deadline, stop.is_set, report, interrupt=stop.is_set)
    payload = pickle.dumps((plan, lns.stats), protocol=pickle.HIGHEST_PROTOCOL)
    stdout.write(f"R {len(payload)}\n".encode())
    stdout.write(payload)
    stdout.flush()
    return 0


def _split(stdin: BinaryIO, stdout: BinaryIO, problem: PlanningProblem, not_before: tuple[int, int] | None,
           planned: list[Meeting], required: dict[tuple[str, str], int], seed: int, prefix: str, slack: float) -> int:
    """A split search's partner (``parallel.SplitPartner``): one round (``Lns.run_round``) per message,
    on the plan and days it brings; None (or EOF) ends it."""
    budget_module.CLOCK_SLACK = slack
    lns = Lns(problem, Availability(problem, not_before), planned, required, seed, local_ids(prefix))
    while (message := read_frame(stdin)) is not None:
        plan, days, quota, seconds = message
        write_frame(stdout, lns.run_round(plan, days, quota, time.monotonic() + seconds))
    return 0


if __name__ == "__main__":
    code = main()
    # No interpreter shutdown: the stdin watcher thread may still be blocked on its read.
    os._exit(code)
