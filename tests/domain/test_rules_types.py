"""H6, H7, H13, unknown ids and law-enforcement meetings."""

from __future__ import annotations

from tests.domain.rules_world import Judge, Week, rule_ids, win


def test_h6_professional_without_the_skill(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", pros=("P3",)))
    assert rule_ids(verdict) == ["H6"] and verdict[0].people == ("P3",)
    assert verdict[0].message == ("Léa Garnier n'a pas la compétence « psychologue » requise par l'entretien "
                                  "individuel du mardi 24/11 à 10 h 00")


def test_h6_professional_count(week: Week, judge: Judge) -> None:
    verdict = judge(week.col("M1", pros=("P3",)))
    assert rule_ids(verdict) == ["H6"]
    assert verdict[0].message == "L'atelier collectif du mardi 24/11 à 10 h 00 demande 2 professionnels, il en a 1"
    assert rule_ids(judge(week.meeting("M1", pros=()))) == ["H6"]
    assert judge(week.col("M1", pros=("P3", "P4"))) == []


def test_h6_unknown_type_and_people_are_named_not_crashing(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", type="XX", pros=("P9",), bens=("B1", "B99")))
    messages = sorted(v.message for v in verdict)
    assert rule_ids(verdict) == ["H6", "H6", "H6"]
    when = "Le rendez-vous du mardi 24/11 à 10 h 00"
    assert messages == [f"{when} : bénéficiaire inconnu « B99 »", f"{when} : professionnel inconnu « P9 »",
                        f"{when} : type de rendez-vous inconnu « XX »"]
    assert {v.people for v in verdict} == {("B99",), ("P9",), ()}


def test_h7_participant_count(week: Week, judge: Judge) -> None:
    verdict = judge(week.col("M1", bens=("B1", "B2")))
    assert rule_ids(verdict) == ["H7"] and verdict[0].people == ("B1", "B2")
    assert verdict[0].message == "L'atelier collectif du mardi 24/11 à 10 h 00 a 2 participants ; ce type en demande de 3 à 8"
    assert judge(week.col("M1", bens=tuple(f"B{i}" for i in range(1, 9)))) == []
    assert rule_ids(judge(week.col("M1", bens=tuple(f"B{i}" for i in range(1, 10))))) == ["H7"]
    assert rule_ids(judge(week.meeting("M1", bens=("B1", "B2")))) == ["H7"]


def test_h13_one_meeting_too_many(week: Week, judge: Judge) -> None:
    two = [week.meeting("M1"), week.meeting("M2", day=3)]
    assert judge(*two) == []  # 120 planned for 120 required
    verdict = judge(*two, week.meeting("M3", day=4))
    assert rule_ids(verdict) == ["H13"]
    assert verdict[0].meetings == ("M1", "M2", "M3") and verdict[0].people == ("B1",)
    assert verdict[0].message == ("Alice Martin a 3 h d'entretien individuel planifiées pour 2 h requises : "
                                  "au moins une séance de 1 h est en trop")


def test_h13_rounding_up_less_than_one_meeting_is_fine(week: Week, judge: Judge) -> None:
    week.need("B1", IND=90)
    assert judge(week.meeting("M1"), week.meeting("M2", day=3)) == []  # 120 − 90 < 60
    week.need("B1", IND=60)
    assert rule_ids(judge(week.meeting("M1"), week.meeting("M2", day=3))) == ["H13"]


def test_h13_individual_type_without_requirement_is_over_planning(week: Week, judge: Judge) -> None:
    week.need("B1", COL=240)
    verdict = judge(week.meeting("M1"))
    assert rule_ids(verdict) == ["H13"]
    assert verdict[0].message == "Alice Martin n'a pas d'obligation d'entretien individuel mais 1 h en est planifiée"


def test_h13_collective_without_requirement_is_fine(week: Week, judge: Judge) -> None:
    week.need("B1", IND=120)
    week.need("B2", COL=360)
    week.need("B3", COL=360)
    assert judge(week.col("M1"), week.col("M2", day=3), week.col("M3", day=4)) == []


def test_law_enforcement_meeting_skips_office_rules(week: Week, judge: Judge) -> None:
    # court: not open Tuesday, no professional, capacity 1, B1 unavailable, B1 forbidden with B2
    week.ben("B1", unavailable=(win(2, "08:00", "18:00"),), sites=("S1",), forbidden_with=("B2",))
    court = [week.meeting("C1", type="LAW", site="COURT", pros=(), bens=("B1", "B2")),
             week.meeting("C2", type="LAW", site="COURT", pros=(), bens=("B3",), start="11:00")]
    assert judge(*court) == []


def test_law_enforcement_meetings_take_a_place_at_their_site(week: Week, judge: Judge) -> None:
    # H5 counts every meeting held at the site: two overlapping hearings in a one-room court clash
    court = [week.meeting("C1", type="LAW", site="COURT", pros=(), bens=("B1",)),
             week.meeting("C2", type="LAW", site="COURT", pros=(), bens=("B3",), start="10:30")]
    verdict = judge(*court)
    assert rule_ids(verdict) == ["H5"] and verdict[0].meetings == ("C1", "C2")


def test_law_enforcement_meeting_in_an_office_room_counts_for_capacity(week: Week, judge: Judge) -> None:
    # S1 has two rooms: a police appointment held there plus two office meetings is one too many
    police = week.meeting("C1", type="LAW", site="S1", pros=(), bens=("B3",))
    office = [week.meeting("M1"), week.meeting("M2", pros=("P2",), bens=("B2",), start="10:30")]
    verdict = judge(police, *office)
    assert rule_ids(verdict) == ["H5"]
    assert set(verdict[0].meetings) == {"C1", "M1", "M2"}
    assert "capacité 2" in verdict[0].message
    assert judge(police, office[0]) == []


def test_law_enforcement_meeting_still_blocks_people_and_needs_travel(week: Week, judge: Judge) -> None:
    week.travel.append(("COURT", "S1", 45))
    court = week.meeting("C1", type="LAW", site="COURT", pros=(), bens=("B1",))
    clash = week.meeting("M1", start="10:30")
    verdict = judge(court, clash)
    assert rule_ids(verdict) == ["H1"]
    tight = week.meeting("M1", start="11:30")
    verdict = judge(court, tight)
    assert rule_ids(verdict) == ["H9"] and verdict[0].people == ("B1",)
    assert "trajet 45 min" in verdict[0].message
    assert judge(court, week.meeting("M1", start="11:45")) == []


def test_law_enforcement_counts_for_meetings_per_day(week: Week, judge: Judge) -> None:
    week.travel.append(("COURT", "S1", 45))
    meetings = [week.meeting("C1", type="LAW", site="COURT", start="08:00", pros=(), bens=("B1",)),
                week.meeting("M1"), week.meeting("M2", start="14:00")]
    assert rule_ids(judge(*meetings)) == ["H11"]
