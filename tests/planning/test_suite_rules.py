"""No hard-rule breach on weeks of the benchmark suite (structures the planner was not tuned on),
re-checked by the independent checker written from the spec, not only by ``check_week``."""

from __future__ import annotations

import pytest

from sosdesk.domain.rules import check_week
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.solver import solve
from tests.benchmarks.planner_suite import STRUCTURES, week
from tests.planning.independent_check import new_breaches


@pytest.mark.parametrize("structure", ["law_rooms", "collective", "parole", "fragmented"])
def test_suite_week_has_no_breach(structure: str) -> None:
    problem = parse_instance(week("S", structure, 7))
    result = solve(problem, time_limit=2, workers=1)
    assert new_breaches(problem, result.meetings) == []
    assert len(check_week(problem, result.meetings)) == result.stats["fixed_violations"]
    assert result.stats["covered_minutes"] <= result.stats["coverage_bound_minutes"]


def test_suite_is_reproducible_and_varied() -> None:
    assert week("M", "one_group", 3) == week("M", "one_group", 3)
    assert week("M", "one_group", 3) != week("M", "one_group", 4)
    law = week("S", "law_rooms", 1)
    offices = {s["id"] for s in law["sites"] if s["kind"] == "office"}
    assert any(f["site"] in offices and f["type"] == "LAW" for f in law["fixed"])  # hearings in office rooms
    assert len(STRUCTURES) >= 6
