"""The demo region: deterministic by seed, realistic, and free of hard-rule violations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.domain.rules import check_week, obligations
from sosdesk.domain.timegrid import shift_week, utc_to_local, week_of
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.demo import build_demo
from sosdesk.store.interchange import dump_store, load_text
from sosdesk.store.week import load_week

TODAY = date(2026, 3, 12)  # a Thursday
WEEKS = 6


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.db")
    build_demo(store, seed=7, beneficiaries=60, weeks=WEEKS, today=TODAY)
    yield store
    store.close()


def _dump_of(path: Path, seed: int) -> str:
    store = open_store(path)
    try:
        build_demo(store, seed=seed, beneficiaries=25, weeks=2, today=TODAY)
        return dump_store(store)
    finally:
        store.close()


def test_same_seed_same_region_other_seed_other_region(tmp_path: Path) -> None:
    first = _dump_of(tmp_path / "a.db", 3)
    assert _dump_of(tmp_path / "b.db", 3) == first
    assert _dump_of(tmp_path / "c.db", 4) != first


def test_dump_load_dump_is_identity_on_the_demo(demo: Store, tmp_path: Path) -> None:
    text = dump_store(demo)
    copy = open_store(tmp_path / "copy.db")
    try:
        load_text(copy, text)  # also proves every phone, e-mail, window and reference is valid
        assert dump_store(copy) == text
    finally:
        copy.close()


def test_every_demo_week_respects_the_hard_rules(demo: Store) -> None:
    current = week_of(TODAY)
    with demo.session() as s:
        for k in range(WEEKS):
            week = shift_week(current, -k)
            problem, meetings = load_week(s, week)
            assert meetings, week
            assert check_week(problem, meetings) == [], week
    with demo.session() as s:
        problem, meetings = load_week(s, current)
    status = obligations(problem, meetings)
    assert any(o.planned_minutes < o.required_minutes for o in status)  # work left for the planner
    assert any(o.planned_minutes > 0 for o in status)


def test_current_week_past_days_held_rest_planned_with_court_appointments(demo: Store) -> None:
    current = week_of(TODAY)
    with demo.session() as s:
        rows = [r for r in s.scalars(select(m.Meeting)) if week_of(utc_to_local(r.start).date()) == current]
    for row in rows:
        day = utc_to_local(row.start).date()
        assert row.status == ("planned" if day >= TODAY else row.status)
        if day < TODAY:
            assert row.status in ("held", "cancelled")
    law = [r for r in rows if r.type_id == "LAW_ENF"]
    assert 1 <= len(law) <= 2
    assert all(r.fixed and r.buffer_minutes == 30 and r.professionals == [] and r.status == "planned"
               for r in law)


def test_history_has_attendance_cancellations_proof_and_expenses(demo: Store) -> None:
    with demo.session() as s:
        meetings = list(s.scalars(select(m.Meeting)))
        expenses = list(s.scalars(select(m.Expense)))
        attachments = {a.id: a for a in s.scalars(select(m.Attachment))}
    held = [r for r in meetings if r.status == "held"]
    assert all(sorted(r.attendance) == sorted(r.beneficiaries) for r in held)
    states = Counter(v for r in held for v in r.attendance.values())
    assert states["present"] > states["absent_unexcused"] > 0 and states["absent_excused"] > 0
    cancelled = [r for r in meetings if r.status == "cancelled"]
    notice = [r.start - r.cancelled_at for r in cancelled if r.cancelled_at is not None]
    assert len(notice) == len(cancelled)
    assert any(n < timedelta(hours=24) for n in notice) and any(n >= timedelta(hours=24) for n in notice)
    with_proof = [r for r in held if r.proof]
    assert len(held) * 0.8 < len(with_proof) < len(held)  # a few missing for the billing demo
    assert all(attachments[r.proof].content.startswith(b"%PDF") for r in with_proof)  # type: ignore[index]
    assert {"room_rental", "materials"} <= {e.category for e in expenses}
    assert sum(1 for e in expenses if e.receipt) >= 0.7 * len(expenses)
    assert {r.type_id for r in meetings} == {"IND_PSY", "IND_SOC", "COL_WORK", "COL_TALK", "LAW_ENF"}


def test_region_reference_data(demo: Store) -> None:
    with demo.session() as s:
        sites = list(s.scalars(select(m.Site)))
        pros = list(s.scalars(select(m.Professional)))
        bens = list(s.scalars(select(m.Beneficiary)))
        settings = s.get(m.Setting, "settings")
        users = list(s.scalars(select(m.User)))
        tables = list(s.scalars(select(m.RateTable)))
    assert 3 <= len(sites) <= 5 and {"office", "rented", "detention"} <= {x.kind for x in sites}
    assert 10 <= len(pros) <= 15
    assert {"psychologist", "social_worker", "facilitator", "speaker"} <= {k for p in pros for k in p.skills}
    assert len(bens) == 60
    assert len({b.measure for b in bens}) >= 4
    assert sum(1 for b in bens if b.forbidden_with) >= 3
    assert all(120 <= sum(r["minutes"] for r in b.requirements) <= 660 for b in bens)
    assert settings is not None and settings.data["invoice_prefix"] == "SOS"
    assert {"service_code", "commitment_number"} <= set(settings.data["buyer"])
    assert sorted(u.role for u in users) == ["national_coordinator", "regional_admin", "regional_validator"]
    assert demo.current_user() is not None and demo.current_user().role == "regional_admin"  # type: ignore[union-attr]
    assert len(tables) == 1 and set(tables[0].content) == {"meeting_types", "travel", "no_show", "vat"}
