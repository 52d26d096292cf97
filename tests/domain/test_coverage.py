"""Obligation coverage counts only what can still count (issue 13): held with the beneficiary
present, or not yet held; a no-show, an excused absence or a cancellation covers nothing."""

from __future__ import annotations

import datetime as dt

from sosdesk.domain import model as dm
from sosdesk.domain.coverage import capacity_minutes, counts_for, coverage, summarize

PROBLEM = dm.PlanningProblem(
    week="2026-W48", sites={}, meeting_types={},
    professionals={"P1": dm.Professional("P1", available=(dm.Window(1, 540, 1020), dm.Window(2, 540, 1020))),
                   "P2": dm.Professional("P2", available=(dm.Window(1, 540, 720),))},
    beneficiaries={"B1": dm.Beneficiary("B1", requirements=(dm.Requirement("IND", 90),)),
                   "B2": dm.Beneficiary("B2", requirements=(dm.Requirement("IND", 120),))},
    dated=(dm.DatedWindow("professional", "P1", 2, 540, 780, dt.date(2026, 11, 24), dt.date(2026, 11, 24),
                          dt.date(2026, 11, 24), "congé"),))


def mt(mid: str, day: int, minutes: int, status: str, bens: tuple[str, ...] = ("B1",)) -> dm.Meeting:
    return dm.Meeting(mid, "IND", day, 600, minutes, "S1", ("P1",), bens, status=status)


def test_counts_for() -> None:
    assert counts_for("planned", {}, "B1")
    assert counts_for("held", {"B1": "present"}, "B1")
    assert counts_for("held", {}, "B1")  # attendance not recorded yet: still to come
    assert not counts_for("held", {"B1": "absent_unexcused"}, "B1")
    assert not counts_for("held", {"B1": "absent_excused"}, "B1")
    assert not counts_for("cancelled", {}, "B1")


def test_no_show_monday_present_tuesday_is_not_fully_covered() -> None:
    rows = coverage(PROBLEM, [(mt("A", 1, 90, "held"), {"B1": "absent_unexcused"}),
                              (mt("B", 2, 45, "held"), {"B1": "present"}),
                              (mt("C", 3, 60, "cancelled"), {})])
    by = {(r.beneficiary, r.type): r for r in rows}
    assert by[("B1", "IND")].planned_minutes == 45 and by[("B1", "IND")].required_minutes == 90
    assert by[("B2", "IND")].planned_minutes == 0


def test_collective_counts_each_present_beneficiary() -> None:
    rows = coverage(PROBLEM, [(mt("G", 1, 120, "held", ("B1", "B2")), {"B1": "present", "B2": "absent_excused"})])
    by = {r.beneficiary: r.planned_minutes for r in rows}
    assert by == {"B1": 120, "B2": 0}


def test_summary_and_capacity() -> None:
    # P1: 8 h Monday + 8 h Tuesday − 4 h leave Tuesday morning; P2: 3 h → 15 h.
    assert capacity_minutes(PROBLEM) == 15 * 60
    rows = coverage(PROBLEM, [(mt("B", 2, 45, "planned"), {})])
    s = summarize(PROBLEM, rows)
    assert (s.rows, s.under_half, s.required_minutes) == (2, 1, 210)  # B1 45/90 is not under half


def test_coverage_over_reused_rows_equals_coverage() -> None:
    """The planning page's path (issue 13: week switch): the uncovered rows made once, reused."""
    from sosdesk.domain.coverage import coverage_over, covered_minutes
    from sosdesk.domain.rules_base import required_minutes

    required = required_minutes(PROBLEM)
    uncovered = [((b, t), dm.ObligationStatus(b, t, 0, required[(b, t)])) for b, t in sorted(required)]
    items = [(mt("A", 1, 90, "held"), {"B1": "present"}), (mt("B", 2, 45, "planned", ("B1", "B9")), {}),
             (mt("C", 3, 60, "held", ("B2",)), {"B2": "absent_excused"})]
    got = coverage_over(uncovered, covered_minutes(items))
    assert got == coverage(PROBLEM, items)
    assert [(r.beneficiary, r.planned_minutes, r.required_minutes) for r in got] == [
        ("B1", 135, 90), ("B2", 0, 120), ("B9", 45, 0)]  # B9: covered, not required
    assert coverage_over(uncovered, {})[1] is uncovered[1][1]  # nothing covered: the same row object
