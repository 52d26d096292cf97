"""Small hand-checkable planning instances."""

from __future__ import annotations

from typing import Any

import pytest

from sosdesk.planning import solver


def window(day: int, start: str, end: str) -> dict[str, Any]:
    return {"day": day, "from": start, "to": end}


@pytest.fixture
def base() -> dict[str, Any]:
    """One site open Monday 09:00–12:00, one psychologist, one beneficiary needing 2 h."""
    return {
        "format": "sosdesk-planning/1", "week": "2026-W48", "timezone": "Europe/Paris", "slot_minutes": 15,
        "sites": [{"id": "S1", "name": "Lyon", "kind": "office", "capacity": 1, "open": [window(1, "09:00", "12:00")]}],
        "travel_minutes": [],
        "meeting_types": [
            {"id": "IND", "kind": "individual", "minutes": 60, "skill": "psy", "professionals": 1,
             "min_participants": 1, "max_participants": 1},
            {"id": "COL", "kind": "collective", "minutes": 60, "skill": "psy", "professionals": 1,
             "min_participants": 2, "max_participants": 3},
            {"id": "LAW", "kind": "law_enforcement", "minutes": 60, "skill": "spip", "professionals": 0,
             "min_participants": 1, "max_participants": 1}],
        "professionals": [{"id": "P1", "skills": ["psy"], "home_site": "S1", "sites": ["S1"]}],
        "beneficiaries": [{"id": "B1", "requirements": [{"type": "IND", "minutes": 120}]}],
        "fixed": [],
    }


@pytest.fixture
def lns_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small weeks take the search path, in parallel even under a short limit."""
    monkeypatch.setattr(solver, "EXACT_MAX_BENEFICIARIES", 0)
    monkeypatch.setattr(solver, "PARALLEL_MIN_SECONDS", 1.0)
    monkeypatch.setattr(solver, "SPAWN_SECONDS", 0.5)
