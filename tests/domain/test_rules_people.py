"""H1–H4, H11, H12: people are in one place at a time, within their hours and their limits."""

from __future__ import annotations

from tests.domain.rules_world import Judge, Week, rule_ids, win


def test_a_plain_meeting_breaks_nothing(week: Week, judge: Judge) -> None:
    assert judge(week.meeting("M1")) == []


def test_h1_beneficiary_in_two_overlapping_meetings_is_reported_once(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1"), week.meeting("M2", start="10:30", pros=("P2",)))
    assert rule_ids(verdict) == ["H1"]
    v = verdict[0]
    assert v.meetings == ("M1", "M2") and v.people == ("B1",)
    assert v.message == ("Alice Martin a deux rendez-vous en même temps : l'entretien individuel du mardi 24/11 "
                         "à 10 h 00 et l'entretien individuel du mardi 24/11 à 10 h 30")


def test_h1_touching_meetings_and_other_days_are_fine(week: Week, judge: Judge) -> None:
    week.need("B1", IND=180)
    assert judge(
        week.meeting("M1"),
        week.meeting("M2", start="11:00", pros=("P2",)),
        week.meeting("M3", day=3, start="10:00", pros=("P2",)),
    ) == []


def test_h1_names_every_shared_beneficiary_in_one_violation(week: Week, judge: Judge) -> None:
    verdict = judge(week.col("M1"), week.col("M2", bens=("B1", "B2", "B4"), start="11:00",
                                             pros=("P1", "P2")))
    h1 = [v for v in verdict if v.rule == "H1"]
    assert len(h1) == 1 and h1[0].people == ("B1", "B2")
    assert h1[0].message.startswith("Alice Martin et Bruno Petit ont deux rendez-vous en même temps")


def test_h2_professional_in_two_overlapping_meetings(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1"), week.meeting("M2", start="10:45", bens=("B2",)))
    assert rule_ids(verdict) == ["H2"]
    assert verdict[0].people == ("P1",) and "Paul Morel a deux rendez-vous en même temps" in verdict[0].message


def test_h2_back_to_back_is_fine(week: Week, judge: Judge) -> None:
    assert judge(week.meeting("M1"), week.meeting("M2", start="09:00", bens=("B2",))) == []


def test_h3_outside_day_parole_hours(week: Week, judge: Judge) -> None:
    week.ben("B1", available=(win(2, "13:00", "18:00"), win(4, "13:00", "18:00")))
    verdict = judge(week.meeting("M1", start="12:30"))
    assert rule_ids(verdict) == ["H3"] and verdict[0].people == ("B1",)
    assert verdict[0].message == (
        "L'entretien individuel du mardi 24/11 à 12 h 30 tombe hors des disponibilités d'Alice Martin "
        "(mar. 13 h 00–18 h 00, jeu. 13 h 00–18 h 00) : placez-le dans un de ces créneaux")


def test_h3_inside_one_window_is_fine_but_straddling_two_is_not(week: Week, judge: Judge) -> None:
    week.ben("B1", available=(win(2, "13:00", "14:00"), win(2, "14:00", "18:00")))
    assert judge(week.meeting("M1", start="17:00")) == []
    assert judge(week.meeting("M1", start="13:00")) == []
    assert rule_ids(judge(week.meeting("M1", start="13:30"))) == ["H3"]


def test_h3_unavailable_window(week: Week, judge: Judge) -> None:
    week.ben("B1", unavailable=(win(2, "08:00", "10:30"),))
    verdict = judge(week.meeting("M1"))
    assert rule_ids(verdict) == ["H3"]
    assert "empiète sur une indisponibilité d'Alice Martin (mar. 8 h 00–10 h 30)" in verdict[0].message
    assert judge(week.meeting("M1", start="10:30")) == []


def test_h4_professional_available(week: Week, judge: Judge) -> None:
    week.pro("P1", skills=("psychologist",), available=(win(2, "09:00", "10:30"),))
    verdict = judge(week.meeting("M1"))
    assert rule_ids(verdict) == ["H4"] and verdict[0].people == ("P1",)
    assert "hors des disponibilités de Paul Morel (mar. 9 h 00–10 h 30)" in verdict[0].message
    assert judge(week.meeting("M1", start="09:30")) == []


def test_h11_three_meetings_a_day_by_default(week: Week, judge: Judge) -> None:
    meetings = [week.meeting(f"M{i}", start=f"{9 + 2 * i:02d}:00", type=t)
                for i, t in enumerate(("IND", "COL", "IND"))]
    meetings[1] = week.col("M1", start="11:00")
    verdict = judge(*meetings)
    assert rule_ids(verdict) == ["H11"]
    assert verdict[0].meetings == ("M0", "M1", "M2") and verdict[0].people == ("B1",)
    assert verdict[0].message == ("Alice Martin a 3 rendez-vous le mardi 24/11 pour un maximum de 2 : "
                                  "l'entretien individuel du mardi 24/11 à 9 h 00, l'atelier collectif du "
                                  "mardi 24/11 à 11 h 00 et l'entretien individuel du mardi 24/11 à 13 h 00")
    assert judge(*meetings[:2]) == []


def test_h11_personal_limit(week: Week, judge: Judge) -> None:
    week.ben("B1", max_meetings_per_day=1)
    assert rule_ids(judge(week.meeting("M1"), week.meeting("M2", start="14:00"))) == ["H11"]
    assert judge(week.meeting("M1"), week.meeting("M2", day=3)) == []


def test_h12_professional_week_cap(week: Week, judge: Judge) -> None:
    week.pro("P1", skills=("psychologist",), max_minutes_per_week=120)
    two = [week.meeting("M1", bens=("B1",)), week.meeting("M2", day=3, bens=("B2",))]
    assert judge(*two) == []
    verdict = judge(*two, week.meeting("M3", day=4, bens=("B3",)))
    assert rule_ids(verdict) == ["H12"]
    assert verdict[0].meetings == ("M1", "M2", "M3") and verdict[0].people == ("P1",)
    assert verdict[0].message == ("Paul Morel a 3 h de rendez-vous dans la semaine pour un maximum de 2 h : "
                                  "retirez-lui 1 h")


def test_h12_no_cap_means_no_limit(week: Week, judge: Judge) -> None:
    for b in range(1, 5):
        week.need(f"B{b}", IND=300)
    meetings = [week.meeting(f"M{d}{b}", day=d, start=f"{8 + 2 * b}:00", bens=(f"B{b}",))
                for d in range(1, 6) for b in range(1, 5)]
    assert judge(*meetings) == []
