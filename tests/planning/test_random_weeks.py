"""Random weeks mixing every feature of the format: the planner never adds a hard-rule breach (the
independent checker written from the spec), never reports more than its proven bound, reports the
coverage it planned and returns every fixed meeting — on the exact path of small weeks and on the
search path of office weeks alike. The time limit is tested without the clock in ``test_time_limit``
and measured by the benchmarks."""

from __future__ import annotations

import pytest

from sosdesk.domain.rules_base import required_minutes
from sosdesk.planning import solver
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of, covered_minutes
from tests.planning.independent_check import new_breaches
from tests.planning.random_weeks import random_week

LIMIT = 0.5


def _check(seed: int) -> None:
    problem = parse_instance(random_week(seed))
    result = solver.solve(problem, time_limit=LIMIT, seed=0, workers=1)
    assert new_breaches(problem, result.meetings) == [], f"random week {seed}"
    covered = covered_minutes(required_minutes(problem), coverage_of(problem, result.meetings))
    assert result.stats["covered_minutes"] == covered
    assert covered <= result.stats["coverage_bound_minutes"] <= result.stats["required_minutes"]
    assert {m.id for m in result.meetings if m.fixed} == {m.id for m in problem.fixed}


@pytest.mark.parametrize("seed", range(12))
def test_random_week_exact_path(seed: int) -> None:
    _check(seed)


@pytest.mark.parametrize("seed", range(100, 112))
def test_random_week_search_path(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(solver, "EXACT_MAX_BENEFICIARIES", 0)
    _check(seed)
