"""`sosdesk plan --db F --week W --apply` on a small demo region: saved, valid, right exit code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.cli import main
from sosdesk.domain.timegrid import shift_week, week_of
from sosdesk.store import open_store
from sosdesk.store.demo import build_demo
from sosdesk.store.models import Meeting
from sosdesk.store.week import load_week

TODAY = date(2026, 3, 12)


def test_plan_apply_writes_valid_meetings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sosdesk"
    store = open_store(db)
    try:
        build_demo(store, seed=3, beneficiaries=10, weeks=1, today=TODAY)
    finally:
        store.close()
    week = shift_week(week_of(TODAY), 1)  # an empty week: everything in it comes from the planner

    code = main(["plan", "--db", str(db), "--week", week, "--apply", "--time-limit", "4", "--workers", "1",
                 "--now", f"{TODAY.isoformat()}T09:00:00+01:00"])
    err = capsys.readouterr().err
    assert "rendez-vous enregistrés" in err
    store = open_store(db)
    try:
        with store.session() as s:
            problem, meetings = load_week(s, week)
            rows = s.scalars(select(Meeting).where(Meeting.deleted.is_(False))).all()
    finally:
        store.close()
    assert meetings, "the planner saved nothing"
    saved_ids = {r.id for r in rows}
    assert {m.id for m in meetings} <= saved_ids
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    planned: dict[tuple[str, str], int] = {}
    for m in meetings:
        for b in m.beneficiaries:
            planned[(b, m.type)] = planned.get((b, m.type), 0) + m.minutes
    unmet = any(planned.get(k, 0) < v for k, v in required.items())
    assert code == (1 if unmet else 0)
    assert main(["check", "--db", str(db), "--week", week]) == 0
