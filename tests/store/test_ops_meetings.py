"""Meeting edit operations: one transaction each, hard rules refused, changes returned."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_day_minute, shift_week
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store import ops_meetings as ops
from tests.proof_samples import pdf_bytes
from tests.store.calendar_office import WEEK, add_meeting, build_office, meeting


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = build_office(tmp_path / "office.db")
    add_meeting(s, "M1")
    return s


def ind(mid: str, day: int = 2, start: int = 600, bens: tuple[str, ...] = ("B1",),
        pros: tuple[str, ...] = ("P1",), site: str = "S1", minutes: int = 60) -> dm.Meeting:
    return dm.Meeting(mid, "IND", day, start, minutes, site, pros, bens)


def test_create_returns_changes_and_writes_outbox(store: Store) -> None:
    changes = ops.create_meeting(store, WEEK, ind("N1", day=3, bens=("B2",)))
    assert changes.inserted["meetings"] == {"N1"}
    row = meeting(store, "N1")
    assert row.status == "planned" and row.beneficiaries == ["B2"]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(m.OutboxOp).where(m.OutboxOp.row_id == "N1")) == 1


def test_create_refuses_forbidden_pair_and_writes_nothing(store: Store) -> None:
    with pytest.raises(ops.EditRefused) as err:
        ops.create_meeting(store, WEEK, ind("N1", pros=("P2",), bens=("B2",)))  # B2 with B1 at S1 10:00
    assert any(v.rule == "H8" for v in err.value.violations)
    assert "Prénom1 Nom1" in str(err.value) and "B1" not in str(err.value)  # named, not by id
    with store.session() as s:
        assert s.get(m.Meeting, "N1") is None


def test_move_refused_outside_day_parole_hours(store: Store) -> None:
    add_meeting(store, "M3", day=2, start=14 * 60, bens=("B3",), pros=("P2",))
    with pytest.raises(ops.EditRefused) as err:
        ops.update_meetings(store, WEEK, [ind("M3", day=2, start=10 * 60, bens=("B3",), pros=("P2",))], "Déplacer")
    assert [v.rule for v in err.value.violations] == ["H3"]
    assert local_day_minute(meeting(store, "M3").start)[1] == 14 * 60


def test_move_reassign_and_resize(store: Store) -> None:
    changes = ops.update_meetings(store, WEEK, [ind("M1", day=4, start=9 * 60, pros=("P2",), minutes=90)],
                                  "Déplacer")
    assert changes.updated["meetings"] == {"M1"}
    row = meeting(store, "M1")
    assert row.professionals == ["P2"] and row.minutes == 90
    assert local_day_minute(row.start) == (date(2026, 11, 26), 9 * 60)


def test_multi_move_checked_together(store: Store) -> None:
    add_meeting(store, "M2", day=2, start=11 * 60, bens=("B4",))
    # Swap the two meetings' times: each alone would clash with the other's old place.
    ops.update_meetings(store, WEEK, [ind("M1", start=11 * 60), ind("M2", start=10 * 60, bens=("B4",))],
                        "Déplacer")
    assert local_day_minute(meeting(store, "M2").start)[1] == 10 * 60
    with pytest.raises(ops.EditRefused):
        ops.update_meetings(store, WEEK, [ind("M1", start=13 * 60), ind("M2", start=13 * 60, bens=("B4",))],
                            "Déplacer")


def test_fixed_meeting_cannot_move(store: Store) -> None:
    add_meeting(store, "F1", day=3, start=9 * 60, bens=("B5",), pros=("P2",), fixed=True)
    fixed = replace(ind("F1", day=3, start=9 * 60, bens=("B5",), pros=("P2",)), fixed=True)
    with pytest.raises(ops.EditRefused) as err:
        ops.update_meetings(store, WEEK, [replace(fixed, start=10 * 60)], "Déplacer")
    assert err.value.violations[0].rule == "H14"


def test_cancel_records_time(store: Store) -> None:
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    changes = ops.cancel_meetings(store, ["M1"], at=at)
    row = meeting(store, "M1")
    assert row.status == "cancelled" and row.cancelled_at == at
    assert changes.updated["meetings"] == {"M1"}


def test_copy_creates_new_meeting(store: Store) -> None:
    ops.copy_meetings(store, WEEK, [ind("C1", day=5)])
    assert meeting(store, "C1").status == "planned"
    assert meeting(store, "M1").status == "planned"


def test_attendance_and_whole_day(store: Store) -> None:
    add_meeting(store, "M2", day=2, start=14 * 60, bens=("B4",))
    ops.record_attendance(store, "M1", {"B1": "absent_unexcused"}, ["P1"])
    row = meeting(store, "M1")
    assert row.status == "held" and row.attendance == {"B1": "absent_unexcused"}
    assert row.professionals_present == ["P1"]
    with pytest.raises(ops.EditRefused):
        ops.record_attendance(store, "M1", {"B9": "present"})
    ops.mark_day_held(store, date(2026, 11, 24))
    row2 = meeting(store, "M2")
    assert row2.status == "held" and row2.attendance == {"B4": "present"}
    assert meeting(store, "M1").attendance == {"B1": "absent_unexcused"}


def test_attach_proof_by_sha(store: Store) -> None:
    sha, changes = ops.attach_proof(store, ["M1"], "emargement.pdf", pdf_bytes())
    assert meeting(store, "M1").proof == sha
    assert changes.inserted["attachments"] == {sha}
    sha2, _ = ops.attach_proof(store, ["M1"], "copie.pdf", pdf_bytes())
    assert sha2 == sha


def test_missing_attendance_lists_past_meetings(store: Store) -> None:
    after = datetime(2026, 11, 28, tzinfo=UTC)
    assert [r.id for r in ops.missing_attendance(store.session(), WEEK, after)] == ["M1"]
    ops.record_attendance(store, "M1", {"B1": "present"})
    assert ops.missing_attendance(store.session(), WEEK, after) == []


def test_repeat_weekly_until(store: Store) -> None:
    report, changes = ops.repeat_weekly(store, "M1", until=date(2026, 12, 15))
    assert len(report.created) == 3 and not report.skipped  # W49, W50, W51 (Tue 15 Dec)
    series = meeting(store, "M1").series_id
    assert series and all(meeting(store, i).series_id == series for i in report.created)
    assert changes.inserted["meetings"] == set(report.created)


def test_copy_week_skips_rule_breakers(store: Store) -> None:
    nxt = shift_week(WEEK, 1)
    add_meeting(store, "X1", day=2, start=10 * 60, bens=("B2",), pros=("P2",), week=nxt)  # B2 vs B1
    add_meeting(store, "M4", day=4, start=10 * 60, bens=("B4",))
    report, _ = ops.copy_week_to_next(store, WEEK)
    assert len(report.created) == 1
    assert [s.source_id for s in report.skipped] == ["M1"]
    assert "Prénom2 Nom2" in report.skipped[0].messages[0] and "B2" not in report.skipped[0].messages[0]


def test_validator_may_not_plan(store: Store) -> None:
    with store.transaction("u") as (s, _):
        s.add(m.User(id="V1", name="Valideur", role="regional_validator", region_id="R1"))
    store.set_user("V1")
    with pytest.raises(Exception, match="planifier"):
        ops.create_meeting(store, WEEK, ind("N1", day=3, bens=("B4",)))
