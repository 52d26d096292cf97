"""« Arrêter (garder le meilleur) » reaches every phase that watches the clock (issue 13): a
``budget.Deadline`` reads as passed once the run is cancelled, so the first fit, the candidate
enumeration and the unmet analysis stop at their next check. No wall-clock asserts."""

from __future__ import annotations

import threading
import time

from sosdesk.planning.budget import Budget, Deadline
from sosdesk.planning.candidates import Availability, Options, generate
from sosdesk.planning.cpmodel import Interrupter, SolveControl, solve_component
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.parallel import BoundJob
from sosdesk.planning.plan_eval import coverage_of
from sosdesk.planning.unmet import explain_unmet
from tests.benchmarks.planner_suite import week


def test_a_deadline_reads_as_passed_once_cancelled() -> None:
    stop = threading.Event()
    later = Deadline(time.monotonic() + 3600, stop)
    assert not time.monotonic() > later and later > time.monotonic() and later - time.monotonic() > 3000
    stop.set()
    assert time.monotonic() > later and time.monotonic() >= later and not later > time.monotonic()
    assert later - time.monotonic() == 0.0
    budget = Budget(3600, cancel=stop)
    assert budget.cancelled() and budget.left() == 0.0 and time.monotonic() > budget.cut_off()


def test_a_stopped_run_cuts_enumeration_first_fit_and_unmet_analysis() -> None:
    problem = parse_instance(week("S", "collective", 2))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    av = Availability(problem)
    stop = threading.Event()
    far = Deadline(time.monotonic() + 3600, stop)
    whole = generate(problem, Options(30, 60, 1000, 6), av, deadline=far)
    assert not whole.cut
    every, complete = best_first_fit(av, whole, required, deadline=far, hard_deadline=far)
    assert every and complete is True  # not stopped: the far deadline changes nothing
    stop.set()
    assert generate(problem, Options(30, 60, 1000, 6), av, deadline=far).cut
    stopped, complete = best_first_fit(av, whole, required, deadline=far, hard_deadline=far)
    assert complete is False and len(stopped) < len(every)
    planned = coverage_of(problem, list(problem.fixed))
    _unmet, complete = explain_unmet(problem, list(problem.fixed), required, planned, deadline=far)
    assert not complete


def test_a_stop_ends_a_cp_sat_solve_under_way() -> None:
    """An LNS move (``Lns.run``'s ``interrupt``) and the exact solve read the Stop while CP-SAT
    runs, not only between moves: before round 16 a move ran on to its deterministic time or a
    10-s wall cap. Here a whole S week on the 15-minute grid, which CP-SAT does not close in its 8 s
    (about 5 units of deterministic time): stopped at the first read, it keeps the first-fit start."""
    problem = parse_instance(week("S", "one_group", 100))
    av = Availability(problem)
    cands = generate(problem, Options(15, 15), av)
    asked: list[bool] = []

    def stop() -> bool:
        asked.append(True)
        return True

    interrupter = Interrupter(stop)
    try:
        out = solve_component(av, cands, cands.items, SolveControl(0, 1, None, None, interrupter), 8.0, 0,
                              dtime=1000.0)
    finally:
        interrupter.close()
    assert asked and interrupter.stopped and out.dtime_used < 1.0
    assert out.chosen and out.coverage > 0  # the warm start, whole


def test_a_stop_ends_the_wait_for_the_bound_with_what_it_proved() -> None:
    # Once the searches are done the planner waits for the bound's child (its larger LPs) until the
    # search's deadline; a Stop ends that wait at once, keeps the bound proven so far and stops the
    # child (killed, not finished: an M one-group week's start-indexed LP takes it ~20 s of CPU).
    job = BoundJob.start(parse_instance(week("M", "one_group", 300)), None, 600.0)
    assert job.proc is not None and job.reader is not None
    while job.answers < 1 and job.reader.is_alive():  # the quick LP's bound, sent first
        job.reader.join(0.05)
    assert job.answers == 1
    quick = job.value
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    found = job.result(600.0, stop.is_set)
    assert stop.is_set() and found == quick and found is not None and found[0] > 0
    assert job.proc.returncode is not None and job.proc.returncode < 0  # killed while still at work
