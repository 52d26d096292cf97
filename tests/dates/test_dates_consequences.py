"""Consequences of new dates handled in one click (issue 12): the nearest feasible slot for a meeting
a leave or closure made impossible, moved or cancelled through the protection gate; weekly series
with per-occurrence exceptions that skip and list holidays, closures and leave."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.store import Store, open_store
from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store import series as store_series
from sosdesk.store.interchange import dump_store, load_data
from sosdesk.store.ops_meetings import EditRefused, repeat_weekly, week_meeting
from sosdesk.usecases import rescheduling, series
from tests.dates.world import doc

NOW = datetime(2026, 12, 14, 8, 0, tzinfo=UTC)


@pytest.fixture
def office(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "office.db")
    load_data(store, doc())
    return store


def _impacts(store: Store, first: date, last: date) -> dict[str, tuple[str, ...]]:
    with store.session() as s:
        return {i.meeting_id: i.reasons for i in ops.impacted_meetings(s, first, last)}


def test_closure_proposes_the_same_day_at_another_site_of_the_region_and_moves_it(office: Store) -> None:
    ops.add_absence(office, ops.AbsenceInput("site", "PARIS", "23/12/2026", reason="dégât des eaux"))
    assert "M-WED" in _impacts(office, date(2026, 12, 23), date(2026, 12, 23))
    proposal = rescheduling.propose_move(office, "M-WED", NOW)
    assert proposal.meeting is not None
    assert proposal.site == "FRESNES" and proposal.meeting.day == 3 and proposal.meeting.start == 10 * 60
    assert proposal.text == "mercredi 23 décembre à 10:00, Centre pénitentiaire de Fresnes"
    rescheduling.move_to(office, proposal, now=NOW)
    assert _impacts(office, date(2026, 12, 23), date(2026, 12, 23)) == {}
    with office.session() as s:
        row = s.get(m.Meeting, "M-WED")
        assert (row.site_id, row.status, row.professionals, row.beneficiaries) == ("FRESNES", "planned", ["P4"], ["B2"])


def test_leave_moves_the_meeting_out_of_the_leave_even_into_another_week(office: Store) -> None:
    # Anne Petit is on leave from 21/12 to 31/12: the nearest day she works is Saturday 19/12
    proposal = rescheduling.propose_move(office, "M-TUE", NOW)
    assert proposal.meeting is not None and proposal.week == "2026-W51"
    assert proposal.text.startswith("samedi 19 décembre à 10:00, Antenne Paris 11")
    rescheduling.move_to(office, proposal, now=NOW)
    with office.session() as s:
        assert week_meeting(s, "M-TUE")[0] == "2026-W51"
    assert "M-TUE" not in _impacts(office, date(2026, 12, 14), date(2027, 1, 3))


def test_no_slot_in_the_past_and_no_proposal_for_a_fixed_meeting(office: Store) -> None:
    late = datetime(2026, 12, 22, 12, 0, tzinfo=UTC)
    proposal = rescheduling.propose_move(office, "M-TUE", late)
    assert proposal.meeting is not None and proposal.start is not None and proposal.start > late
    assert proposal.start >= datetime(2027, 1, 1, tzinfo=UTC)  # after the leave, never before now
    with office.session() as s:
        s.get(m.Meeting, "M-WED").fixed = True
        s.commit()
    fixed = rescheduling.propose_move(office, "M-WED", NOW)
    assert fixed.meeting is None and "rendez-vous fixe" in fixed.text
    with pytest.raises(EditRefused):
        rescheduling.move_to(office, fixed, now=NOW)


def test_cli_conflicts_move_moves_each_meeting_to_its_proposal(office: Store, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    office.close()
    db = str(tmp_path / "office.db")
    assert main(["dates", "add", "--db", db, "--site", "PARIS", "--from", "23/12/2026"]) == 0
    capsys.readouterr()
    assert main(["dates", "conflicts", "--db", db, "--from", "21/12/2026", "--to", "27/12/2026", "--move",
                 "--now", "2026-12-14T09:00:00+01:00", "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert {i["meeting"]: i["proposal"] for i in moved} == {
        "M-TUE": "samedi 19 décembre à 10:00, Antenne Paris 11",
        "M-WED": "mercredi 23 décembre à 10:00, Centre pénitentiaire de Fresnes"}
    assert all(i["moved"] for i in moved)
    assert main(["dates", "conflicts", "--db", db, "--from", "14/12/2026", "--to", "03/01/2027", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_conflicts_move_in_french_names_people_not_ids(office: Store, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    office.close()
    db = str(tmp_path / "office.db")
    assert main(["dates", "conflicts", "--db", db, "--from", "21/12/2026", "--to", "27/12/2026", "--move",
                 "--now", "2026-12-14T09:00:00+01:00"]) == 0
    out = capsys.readouterr()
    assert "Jean Moreau" in out.out and "→ samedi 19 décembre à 10:00, Antenne Paris 11" in out.out
    assert "P3" not in out.out and "M-TUE" not in out.out
    assert "1 rendez-vous déplacé" in out.err


# -- series --------------------------------------------------------------------------------------


def _series(store: Store) -> str:
    """M-FRI18 repeated weekly until the end of January: Christmas and New Year's Day are skipped."""
    report, _ = repeat_weekly(store, "M-FRI18", until=date(2027, 1, 31))
    skipped = {s.day: s.messages for s in report.skipped}
    assert set(skipped) == {date(2026, 12, 25), date(2027, 1, 1)}
    assert any("le 25/12 est férié (Noël)" in t for t in skipped[date(2026, 12, 25)])
    assert len(report.created) == 4  # 8, 15, 22, 29 January
    with store.session() as s:
        return s.get(m.Meeting, "M-FRI18").series_id


def test_series_skip_leave_of_someone_in_it(office: Store) -> None:
    ops.add_absence(office, ops.AbsenceInput("professional", "P4", "15/01/2027", reason="formation"))
    report, _ = repeat_weekly(office, "M-FRI18", until=date(2027, 1, 31))
    assert [(s.day, s.messages) for s in report.skipped if s.day == date(2027, 1, 15)] == [
        (date(2027, 1, 15), ["L'entretien du vendredi 15/01 à 10 h 00 : formation de Marc Durand le 15/01"])]


def test_one_occurrence_moved_or_cancelled_stays_in_the_series_as_an_exception(office: Store) -> None:
    sid = _series(office)
    with office.session() as s:
        occ = {o.day: o for o in store_series.occurrences(s, "M-FRI18")}
    jan8, jan15, jan22 = (occ[date(2027, 1, d)].meeting_id for d in (8, 15, 22))
    # this occurrence only: Jan 15 moves to Thursday 14th at 14:00
    with office.session() as s:
        week, mt = week_meeting(s, jan15)
    series.update_occurrence(office, week, replace(mt, day=4, start=14 * 60), now=NOW)
    series.cancel_occurrence(office, jan22, now=NOW)
    with office.session() as s:
        occ = {o.meeting_id: o for o in store_series.occurrences(s, jan8)}
        assert all(s.get(m.Meeting, i).series_id == sid for i in occ)
    assert occ[jan15].exception and occ[jan22].exception and not occ[jan8].exception
    assert occ[jan15].day == date(2027, 1, 14)
    # the whole series from Jan 8 moves to 11:00: the moved and the cancelled occurrences stay as they are
    with office.session() as s:
        week, mt = week_meeting(s, jan8)
    report, _ = series.update_series(office, week, replace(mt, start=11 * 60), now=NOW)
    assert report.skipped == []
    with office.session() as s:
        rows = {i: s.get(m.Meeting, i) for i in occ}
        hours = {i: week_meeting(s, i)[1].start // 60 for i in occ}
        assert hours[jan8] == 11 and hours[jan15] == 14 and rows[jan22].status == "cancelled"
        assert hours["M-FRI18"] == 10  # earlier occurrences are history
        after = [o for o in store_series.occurrences(s, jan8) if o.day > date(2027, 1, 22)]
        assert after and all(not o.exception and o.start_minute == 11 * 60 for o in after)
    # extending the series never brings the cancelled occurrence back
    report, _ = repeat_weekly(office, jan8, until=date(2027, 2, 12))
    with office.session() as s:
        days = [o.day for o in store_series.occurrences(s, jan8)]
    assert days.count(date(2027, 1, 22)) == 1 and date(2027, 2, 5) in days and date(2027, 2, 12) in days


def test_series_edit_skips_an_occurrence_that_would_fall_on_a_leave(office: Store) -> None:
    _series(office)
    ops.add_absence(office, ops.AbsenceInput("professional", "P4", "21/01/2027", reason="formation"))
    with office.session() as s:
        jan8 = next(o.meeting_id for o in store_series.occurrences(s, "M-FRI18") if o.day == date(2027, 1, 8))
        week, mt = week_meeting(s, jan8)
    report, _ = series.update_series(office, week, replace(mt, day=4), now=NOW)  # Fridays → Thursdays
    assert [s.day for s in report.skipped] == [date(2027, 1, 21)]
    assert "formation de Marc Durand le 21/01" in report.skipped[0].messages[0]
    assert len(report.created) == 3


def test_cancel_the_rest_of_a_series(office: Store) -> None:
    _series(office)
    with office.session() as s:
        jan15 = next(o.meeting_id for o in store_series.occurrences(s, "M-FRI18") if o.day == date(2027, 1, 15))
    series.cancel_series(office, jan15, now=NOW)
    with office.session() as s:
        status = {o.day: o.status for o in store_series.occurrences(s, "M-FRI18")}
    assert status[date(2027, 1, 8)] == "planned"
    assert [status[date(2027, 1, d)] for d in (15, 22, 29)] == ["cancelled"] * 3


def test_series_and_exceptions_round_trip_through_dump_and_load(office: Store, tmp_path: Path) -> None:
    _series(office)
    with office.session() as s:
        jan22 = next(o.meeting_id for o in store_series.occurrences(s, "M-FRI18") if o.day == date(2027, 1, 22))
    series.cancel_occurrence(office, jan22, now=NOW)
    first = dump_store(office)
    copy = open_store(tmp_path / "copy.db")
    load_data(copy, json.loads(first))
    assert dump_store(copy) == first
    with copy.session() as s:
        occ = store_series.occurrences(s, "M-FRI18")
    assert len(occ) == 5 and [o.day for o in occ if o.exception] == [date(2027, 1, 22)]


def test_a_series_edit_is_one_undo_step(office: Store) -> None:
    from sosdesk.usecases.undo import EditStep

    _series(office)
    with office.session() as s:
        jan8 = next(o.meeting_id for o in store_series.occurrences(s, "M-FRI18") if o.day == date(2027, 1, 8))
        week, mt = week_meeting(s, jan8)
        before = {o.meeting_id: o.start_minute for o in store_series.occurrences(s, jan8)}
    command = EditStep("série", lambda st: series.update_series(st, week, replace(mt, start=15 * 60),
                                                                         now=NOW)[1])
    command.apply(office)
    with office.session() as s:
        moved = {o.meeting_id: o.start_minute for o in store_series.occurrences(s, jan8)}
    assert sorted(moved.values()) == [10 * 60] + [15 * 60] * 4
    command.revert(office)
    with office.session() as s:
        assert {o.meeting_id: o.start_minute for o in store_series.occurrences(s, jan8)} == before
