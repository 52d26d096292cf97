"""Held and billed meetings are protected (issue 13): each level of ``domain.protection`` through the
one gate ``usecases.meeting_edits`` — open, confirm (with the draft's real before/after total and a
reason kept in the change log), refuse (submitted month, cancelling a held meeting)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.domain import protection as pt
from sosdesk.domain.errors import InputError
from sosdesk.domain.vocabulary import euros
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.ops_meetings import week_meeting
from sosdesk.usecases import meeting_edits as me
from tests.store.calendar_office import WEEK, meeting
from tests.store.protected_office import NOW, build_protected, draft_total, open_draft, set_invoice_status


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_protected(tmp_path / "office.db")
    yield s
    s.close()


def placed(store: Store, mid: str):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return week_meeting(s, mid)[1]


def test_domain_levels() -> None:
    base = pt.MeetingFacts("M", "planned", False, False, started=False, month="2026-11")
    assert pt.protection_of(base, pt.MOVE).level == pt.OPEN
    assert pt.protection_of(replace(base, status="held"), pt.MOVE).level == pt.CONFIRM
    assert pt.protection_of(replace(base, has_proof=True), pt.MOVE).level == pt.CONFIRM
    assert pt.protection_of(replace(base, started=True, invoice_status="draft"), pt.MOVE).level == pt.CONFIRM
    # A future planned meeting of a draft month is not billed yet: free.
    assert pt.protection_of(replace(base, invoice_status="draft"), pt.MOVE).level == pt.OPEN
    for status in ("submitted", "approved", "validated", "paid"):
        got = pt.protection_of(replace(base, invoice_status=status), pt.MOVE)
        assert got.refused and "novembre 2026" in got.reasons[0]
    assert pt.protection_of(replace(base, status="held"), pt.CANCEL).refused
    both = pt.combine([pt.Protection(pt.CONFIRM, ("a",)), pt.Protection(pt.OPEN), pt.Protection(pt.CONFIRM, ("b",))])
    assert both == pt.Protection(pt.CONFIRM, ("a", "b"))


def test_future_planned_meeting_moves_freely(store: Store) -> None:
    open_draft(store)
    mt = replace(placed(store, "M5"), start=11 * 60)
    assert me.check_update(store, WEEK, [mt], NOW).level == pt.OPEN
    me.update_meetings(store, WEEK, [mt], "Déplacer", now=NOW)
    assert placed(store, "M5").start == 11 * 60


def test_held_meeting_asks_then_records_the_reason(store: Store) -> None:
    mt = replace(placed(store, "M1"), start=11 * 60)
    check = me.check_update(store, WEEK, [mt], NOW)
    assert check.needs_confirmation
    assert "a eu lieu" in check.message and "Entretien individuel" in check.message and "Prénom1 Nom1" in check.message
    assert "M1" not in check.message
    with pytest.raises(me.ConfirmationRequired) as exc:
        me.update_meetings(store, WEEK, [mt], "Déplacer", now=NOW)
    assert exc.value.check == check
    assert placed(store, "M1").start == 10 * 60
    with pytest.raises(InputError):  # confirmed without a reason
        me.update_meetings(store, WEEK, [mt], "Déplacer", confirmed=True, reason="  ", now=NOW)
    me.update_meetings(store, WEEK, [mt], "Déplacer", confirmed=True, reason="salle inondée", now=NOW)
    assert placed(store, "M1").start == 11 * 60
    assert me.reason_of(store, "M1") == "salle inondée"
    with store.session() as s:
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == "M1")
                        .order_by(m.ChangeLog.seq.desc())).first()
        assert log is not None and log.reason == "salle inondée" and log.label == "Déplacer"


def test_draft_consequence_is_the_real_priced_total(store: Store) -> None:
    before = draft_total(store)
    mt = replace(placed(store, "M1"), minutes=120)  # resize a held, billed meeting: 1 h → 2 h
    check = me.check_update(store, WEEK, [mt], NOW)
    assert check.needs_confirmation and "brouillon de novembre 2026" in check.message
    found = re.search(r"passera de (.+?) à (.+?)\.", check.message)
    assert found is not None
    me.update_meetings(store, WEEK, [mt], "Redimensionner", confirmed=True, reason="durée réelle", now=NOW)
    after = draft_total(store)
    assert after != before
    assert found.groups() == (euros(before), euros(after))


def test_started_planned_meeting_in_a_draft_month_asks(store: Store) -> None:
    open_draft(store)
    check = me.check_cancel(store, ["M2"], NOW)
    assert check.needs_confirmation and "brouillon de novembre 2026" in check.message
    with pytest.raises(me.ConfirmationRequired):
        me.cancel_meetings(store, ["M2"], at=NOW)
    assert meeting(store, "M2").status == "planned"
    me.cancel_meetings(store, ["M2"], at=NOW, confirmed=True, reason="tribunal")
    assert meeting(store, "M2").status == "cancelled"


def test_cancelling_a_held_meeting_is_refused(store: Store) -> None:
    check = me.check_cancel(store, ["M1"], NOW)
    assert check.level == pt.REFUSE and "corrigez ses présences" in check.message
    with pytest.raises(me.EditProtected):
        me.cancel_meetings(store, ["M1"], at=NOW, confirmed=True, reason="erreur")
    row = meeting(store, "M1")
    assert row.status == "held" and row.attendance == {"B1": "present"}


@pytest.mark.parametrize("status", ["submitted", "approved", "validated"])
def test_locked_month_refuses_even_confirmed(store: Store, status: str) -> None:
    open_draft(store)
    if status == "validated":
        set_invoice_status(store, "submitted")
    set_invoice_status(store, status)
    for mid in ("M1", "M5"):
        mt = replace(placed(store, mid), start=12 * 60)
        check = me.check_update(store, WEEK, [mt], NOW)
        assert check.level == pt.REFUSE and "novembre 2026" in check.message
        with pytest.raises(me.EditProtected):
            me.update_meetings(store, WEEK, [mt], "Déplacer", confirmed=True, reason="x", now=NOW)
    assert placed(store, "M5").start == 10 * 60
    with pytest.raises(me.EditProtected):
        me.cancel_meetings(store, ["M5"], at=NOW, confirmed=True, reason="x")
    assert meeting(store, "M5").status == "planned"


def test_moving_into_a_submitted_month_is_refused(store: Store) -> None:
    open_draft(store, "2026-12")
    set_invoice_status(store, "submitted", "2026-12")
    # M5 moved from Friday 27/11 … still November: open. The December lock applies to the next week.
    assert me.check_update(store, WEEK, [replace(placed(store, "M5"), day=6)], NOW).level == pt.OPEN


def test_cli_dates_conflicts_cancel_needs_a_reason(store: Store, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.cli import main

    open_draft(store)
    with store.transaction("fixture") as (s, _):  # a proof on M2: protected whatever today's date
        row = s.get(m.Meeting, "M2")
        m1 = s.get(m.Meeting, "M1")
        assert row is not None and m1 is not None
        row.proof = m1.proof
    store.close()
    db = str(tmp_path / "office.db")
    assert main(["dates", "add", "--db", db, "--professional", "P2", "--from", "24/11/2026", "--reason",
                 "congé"]) == 0
    capsys.readouterr()
    args = ["dates", "conflicts", "--db", db, "--from", "24/11/2026", "--to", "24/11/2026", "--cancel"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "a un justificatif et est facturé dans le brouillon de novembre 2026" in err and "--reason" in err
    again = build_protected_reopen(db)
    assert meeting(again, "M2").status == "planned"
    again.close()
    assert main([*args, "--reason", "congé maladie"]) == 0
    again = build_protected_reopen(db)
    assert meeting(again, "M2").status == "cancelled" and me.reason_of(again, "M2") == "congé maladie"
    again.close()


def build_protected_reopen(db: str) -> Store:
    from sosdesk.store import open_store

    return open_store(db, create=False)


def test_attendance_open_until_the_month_is_locked(store: Store) -> None:
    open_draft(store)
    assert me.check_attendance(store, ["M1", "M2"], NOW).level == pt.OPEN
    me.record_attendance(store, "M2", {"B2": "present"}, now=NOW)
    set_invoice_status(store, "submitted")
    with pytest.raises(me.EditProtected):
        me.record_attendance(store, "M2", {"B2": "absent_excused"}, now=NOW)
    assert meeting(store, "M2").attendance == {"B2": "present"}
