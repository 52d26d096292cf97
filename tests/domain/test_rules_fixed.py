"""H14 (fixed meetings stay as given, buffers around them) and DST weeks."""

from __future__ import annotations

from dataclasses import replace

from sosdesk.domain.rules import check_week
from tests.domain.rules_world import Judge, Week, rule_ids, win


def court(week: Week, buffer: int = 60) -> None:
    week.travel.append(("COURT", "S1", 0))
    week.fixed.append(week.meeting("F1", type="LAW", site="COURT", start="10:00", pros=(), bens=("B1",),
                                   fixed=True, buffer_minutes=buffer))


def test_h14_fixed_meeting_kept_as_given(week: Week, judge: Judge) -> None:
    court(week)
    assert judge(*week.fixed) == []


def test_h14_moved_fixed_meeting(week: Week, judge: Judge) -> None:
    court(week)
    moved = replace(week.fixed[0], day=3, start=14 * 60)
    verdict = judge(moved)
    assert rule_ids(verdict) == ["H14"]
    assert verdict[0].meetings == ("F1",) and verdict[0].people == ("B1",)
    assert verdict[0].message == ("Le rendez-vous fixe « Convocation au tribunal » du mardi 24/11 à 10 h 00 "
                                  "a été modifié (jour, début) : il doit rester le mardi 24/11 de 10 h 00 "
                                  "à 11 h 00 à Tribunal avec Alice Martin")


def test_h14_people_order_does_not_matter_but_people_do(week: Week, judge: Judge) -> None:
    week.fixed.append(week.col("F2", bens=("B1", "B2", "B3"), fixed=True))
    assert judge(week.col("F2", bens=("B3", "B2", "B1"), fixed=True)) == []
    verdict = judge(week.col("F2", bens=("B1", "B2", "B4"), fixed=True))
    assert rule_ids(verdict) == ["H14"] and "(bénéficiaires)" in verdict[0].message


def test_h14_missing_or_cancelled_fixed_meeting(week: Week, judge: Judge) -> None:
    court(week)
    verdict = judge()
    assert rule_ids(verdict) == ["H14"]
    assert verdict[0].message == ("Le rendez-vous fixe « Convocation au tribunal » du mardi 24/11 à 10 h 00 "
                                  "(à Tribunal) manque ou est annulé : il doit rester tel quel (avec Alice Martin)")
    assert rule_ids(judge(replace(week.fixed[0], status="cancelled"))) == ["H14"]


def test_h14_buffer_around_a_court_appointment(week: Week, judge: Judge) -> None:
    court(week, buffer=60)
    verdict = judge(*week.fixed, week.meeting("M1", start="11:45"))
    assert rule_ids(verdict) == ["H14"]
    assert verdict[0].meetings == ("F1", "M1") and verdict[0].people == ("B1",)
    assert verdict[0].message == ("Alice Martin doit avoir 60 min libres autour du rendez-vous fixe "
                                  "« Convocation au tribunal » du mardi 24/11 à 10 h 00 : "
                                  "l'entretien individuel du mardi 24/11 à 11 h 45 est trop proche")
    assert rule_ids(judge(*week.fixed, week.meeting("M1", start="08:30"))) == ["H14"]


def test_h14_buffer_exactly_respected_or_other_people_are_fine(week: Week, judge: Judge) -> None:
    court(week, buffer=60)
    assert judge(*week.fixed, week.meeting("M1", start="12:00")) == []
    assert judge(*week.fixed, week.meeting("M1", start="08:00", minutes=60)) == []
    assert judge(*week.fixed, week.meeting("M1", start="11:00", bens=("B2",))) == []
    assert judge(*week.fixed, week.meeting("M1", start="11:00", day=3)) == []


def test_h14_overlap_with_fixed_is_h1_not_also_a_buffer_breach(week: Week, judge: Judge) -> None:
    court(week, buffer=30)
    assert rule_ids(judge(*week.fixed, week.meeting("M1", start="10:30"))) == ["H1"]


def test_cancelled_meetings_are_ignored(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1"), week.meeting("M2", status="cancelled"))
    assert verdict == []


def test_dst_weeks_use_local_wall_clock_times(week: Week) -> None:
    # 2026-10-25 (Sunday of 2026-W43) has 25 hours; 2026-W44 is the last week of October.
    week.site("S1", capacity=2, open=(win(7, "01:00", "06:00"), win(1, "08:00", "20:00")))
    week.ben("B1", available=(win(7, "02:00", "04:00"), win(1, "08:00", "12:00")))
    for name, sunday in (("2026-W43", "25/10"), ("2026-W44", "01/11")):
        problem = week.problem(name)
        ok = [week.meeting("M1", day=7, start="02:00"), week.meeting("M2", day=1, start="09:00", pros=("P2",))]
        assert check_week(problem, ok) == []
        late = [week.meeting("M1", day=7, start="03:30"),
                week.meeting("M2", day=7, start="03:00", pros=("P2",), bens=("B1",))]
        verdict = check_week(problem, late)
        assert rule_ids(verdict) == ["H1", "H3"]
        assert f"du dimanche {sunday} à 3 h 30" in verdict[1].message
