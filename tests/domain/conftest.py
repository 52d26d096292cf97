"""Fixtures of the domain rules tests: a fresh small week and its two-way judge."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sosdesk.domain.model import Meeting, Violation
from tests.domain.rules_world import Week, judge_week


@pytest.fixture
def week() -> Week:
    return Week()


@pytest.fixture
def judge(week: Week) -> Callable[..., list[Violation]]:
    """Judge meetings against the ``week`` fixture as it stands when called."""

    def run(*meetings: Meeting) -> list[Violation]:
        return judge_week(week.problem(), meetings)

    return run
