"""sosdesk-planning/1 parsing: bad instances are refused naming the field and the id."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sosdesk.domain.errors import InputError
from sosdesk.planning.instance import parse_instance, problem_to_json


def problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(InputError) as exc:
        parse_instance(doc)
    return [str(p) for p in exc.value.problems]


def test_round_trip(base: dict[str, Any]) -> None:
    problem = parse_instance(base)
    assert parse_instance(problem_to_json(problem)) == problem


def test_every_problem_is_reported_with_path_and_id(base: dict[str, Any]) -> None:
    doc = copy.deepcopy(base)
    doc["beneficiaries"][0]["referent"] = "P9"
    doc["beneficiaries"][0]["requirements"][0]["minutes"] = -60
    doc["beneficiaries"][0]["colour"] = "red"
    doc["sites"][0]["open"][0] = {"day": 1, "from": "09:10", "to": "12:00"}
    doc["professionals"].append({"id": "P1", "skills": ["psy"]})
    doc["fixed"] = [{"id": "M1", "type": "IND", "day": 1, "start": "11:00", "minutes": 60, "site": "S1",
                     "professionals": ["P1"], "beneficiaries": ["B2"]}]
    found = problems(doc)
    assert any("beneficiaries[B1].referent" in p and "P9" in p for p in found)
    assert any("beneficiaries[B1].requirements[0].minutes" in p for p in found)
    assert any("beneficiaries[B1].colour" in p and "champ inconnu" in p for p in found)
    assert any("sites[S1].open[0].from" in p and "grille" in p for p in found)
    assert any("professionals[1].id" in p and "double" in p for p in found)
    assert any("fixed[M1].beneficiaries[0]" in p and "B2" in p for p in found)


def test_window_must_start_before_it_ends(base: dict[str, Any]) -> None:
    base["professionals"][0]["available"] = [{"day": 2, "from": "12:00", "to": "09:00"}]
    assert any("professionals[P1].available[0]" in p for p in problems(base))


def test_wrong_format_and_week(base: dict[str, Any]) -> None:
    base["format"] = "sosdesk-planning/9"
    base["week"] = "2026-W60"
    found = problems(base)
    assert any(p.startswith("format") for p in found)
    assert any(p.startswith("week") for p in found)


def test_a_week_of_the_office_writes_an_instance_that_reads_back(tmp_path: Any) -> None:
    """The demo's court/police type has no professional and no skill: its week, written as a
    sosdesk-planning/1 file, is accepted by ``--instance`` (it was refused « skill : texte non vide »)."""
    from datetime import date

    from sosdesk.domain.timegrid import week_of
    from sosdesk.store import open_store
    from sosdesk.store.demo import build_demo
    from sosdesk.store.week import load_week

    store = open_store(tmp_path / "office.db")
    build_demo(store, seed=3, beneficiaries=12, weeks=2, today=date(2026, 11, 18))
    with store.session() as s:
        problem, _meetings = load_week(s, week_of(date(2026, 11, 16)), None)
    store.close()
    law = [t for t in problem.meeting_types.values() if t.kind == "law_enforcement"]
    assert law and all(t.professionals == 0 and t.skill == "" for t in law)
    back = parse_instance(problem_to_json(problem))  # office-only fields (addresses…) are not in the format
    assert back.meeting_types == problem.meeting_types
    assert set(back.professionals) == set(problem.professionals) and set(back.beneficiaries) == set(problem.beneficiaries)
    doc = problem_to_json(problem)
    next(t for t in doc["meeting_types"] if t["kind"] == "individual")["skill"] = ""
    assert any(".skill" in p for p in problems(doc))  # a type professionals attend still needs one
