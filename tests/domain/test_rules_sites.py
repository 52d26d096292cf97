"""H5, H8, H9, H10: sites are open and not overfull, forbidden people never cross, travel is possible."""

from __future__ import annotations

from tests.domain.rules_world import Judge, Week, rule_ids


def test_h5_meeting_when_site_is_closed(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", start="19:30"))
    assert rule_ids(verdict) == ["H5"] and verdict[0].people == ()
    assert verdict[0].message == (
        "L'entretien individuel du mardi 24/11 à 19 h 30 a lieu quand le site Bureau Nord est fermé "
        "(horaires : mar. 8 h 00–20 h 00)")
    assert judge(week.meeting("M1", start="19:00")) == []


def test_h5_closed_day_and_site_without_hours(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", day=7))
    assert rule_ids(verdict) == ["H5"] and "fermé le dimanche" in verdict[0].message
    assert judge(week.meeting("M1", day=7, site="S2")) == []  # S2 gives no hours: always open


def test_h5_capacity_is_checked_at_every_instant(week: Week, judge: Judge) -> None:
    a = week.meeting("M1", start="09:00", minutes=120, bens=("B1",), pros=("P1",))
    b = week.meeting("M2", start="10:00", bens=("B2",), pros=("P2",))
    c = week.meeting("M3", start="10:30", bens=("B3",), pros=("P3",), type="IND")
    week.pro("P3", skills=("psychologist",))
    verdict = judge(a, b, c)
    assert rule_ids(verdict) == ["H5"]
    v = verdict[0]
    assert v.meetings == ("M1", "M2", "M3") and v.people == ("B1", "B2", "B3", "P1", "P2", "P3")
    assert v.message == ("Le site Bureau Nord (capacité 2) accueille jusqu'à 3 rendez-vous à la fois le mardi "
                         "24/11 de 10 h 30 à 11 h 00 : l'entretien individuel du mardi 24/11 à 9 h 00, "
                         "l'entretien individuel du mardi 24/11 à 10 h 00 et l'entretien individuel du "
                         "mardi 24/11 à 10 h 30")


def test_h5_capacity_touching_meetings_do_not_stack(week: Week, judge: Judge) -> None:
    week.pro("P3", skills=("psychologist",))
    a = week.meeting("M1", start="09:00", minutes=120, bens=("B1",), pros=("P1",))
    b = week.meeting("M2", start="10:00", bens=("B2",), pros=("P2",))
    c = week.meeting("M3", start="11:00", bens=("B3",), pros=("P3",))
    assert judge(a, b, c) == []


def test_h5_two_separate_overloads_are_two_violations(week: Week, judge: Judge) -> None:
    week.site("S3", capacity=1)
    a = week.meeting("M1", start="09:00", minutes=150, site="S3", bens=("B1",), pros=("P1",))
    b = week.meeting("M2", start="09:00", site="S3", bens=("B2",), pros=("P2",))
    c = week.meeting("M3", start="11:00", site="S3", bens=("B3",), pros=("P2",))
    verdict = judge(a, b, c)
    assert rule_ids(verdict) == ["H5", "H5"]
    assert sorted(v.meetings for v in verdict) == [("M1", "M3"), ("M2", "M1")]  # chronological inside


def test_h5_unknown_site_is_named_and_does_not_crash(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", site="S9"), week.meeting("M2", site="S9", start="13:00"))
    assert rule_ids(verdict) == ["H5", "H5"]
    assert verdict[0].message == "L'entretien individuel du mardi 24/11 à 10 h 00 : site inconnu « S9 »"


def test_h8_forbidden_pair_in_the_same_meeting(week: Week, judge: Judge) -> None:
    week.ben("B7", forbidden_with=("B3",))
    verdict = judge(week.col("M12", bens=("B3", "B5", "B7")))
    assert rule_ids(verdict) == ["H8"]
    assert verdict[0].people == ("B3", "B7")
    assert verdict[0].message == ("Chloé Durand et Gaël Roux ne doivent pas se croiser : ils sont tous deux dans "
                                  "l'atelier collectif du mardi 24/11 à 10 h 00")


def test_h8_same_site_overlap_is_reported_once(week: Week, judge: Judge) -> None:
    week.ben("B3", forbidden_with=("B7",))
    week.ben("B7", forbidden_with=("B3",))
    verdict = judge(week.meeting("M12", bens=("B3",)), week.meeting("M14", start="10:30", bens=("B7",), pros=("P2",)))
    assert rule_ids(verdict) == ["H8"]
    assert verdict[0].meetings == ("M12", "M14") and verdict[0].people == ("B3", "B7")
    assert verdict[0].message == ("Chloé Durand et Gaël Roux ne doivent pas se croiser : l'entretien individuel "
                                  "du mardi 24/11 à 10 h 00 et l'entretien individuel du mardi 24/11 à 10 h 30 "
                                  "ont lieu au même site (Bureau Nord) le mardi 24/11 de 10 h 30 à 11 h 00")


def test_h8_other_site_or_other_time_is_fine(week: Week, judge: Judge) -> None:
    week.ben("B3", forbidden_with=("B7",))
    assert judge(week.meeting("M1", bens=("B3",)), week.meeting("M2", site="S2", bens=("B7",), pros=("P2",))) == []
    assert judge(week.meeting("M1", bens=("B3",)), week.meeting("M2", start="11:00", bens=("B7",), pros=("P2",))) == []
    assert judge(week.col("M1", bens=("B3", "B4", "B5")), week.col("M2", day=3, bens=("B7", "B4", "B5"))) == []


def test_h9_professional_without_time_to_travel(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", bens=("B1",)),
                    week.meeting("M2", start="11:15", site="S2", bens=("B2",)))
    assert rule_ids(verdict) == ["H9"]
    assert verdict[0].meetings == ("M1", "M2") and verdict[0].people == ("P1",)
    assert verdict[0].message == ("Paul Morel n'a pas le temps d'aller de Bureau Nord à Bureau Sud : "
                                  "l'entretien individuel du mardi 24/11 à 10 h 00 finit à 11 h 00, "
                                  "l'entretien individuel du mardi 24/11 à 11 h 15 commence à 11 h 15 "
                                  "(trajet 30 min)")


def test_h9_exact_travel_time_is_enough(week: Week, judge: Judge) -> None:
    assert judge(week.meeting("M1", bens=("B1",)),
                 week.meeting("M2", start="11:30", site="S2", bens=("B2",))) == []


def test_h9_beneficiary_and_professional_share_one_violation(week: Week, judge: Judge) -> None:
    week.need("B1", IND=180)
    verdict = judge(week.meeting("M1"), week.meeting("M2", start="11:00", site="S2"))
    assert rule_ids(verdict) == ["H9"] and verdict[0].people == ("B1", "P1")
    assert verdict[0].message.startswith(
        "Alice Martin et Paul Morel n'ont pas le temps d'aller de Bureau Nord à Bureau Sud")


def test_h9_unreachable_sites_the_same_day(week: Week, judge: Judge) -> None:
    verdict = judge(week.meeting("M1", start="08:00", bens=("B1",)),
                    week.meeting("M2", start="16:00", site="S3", bens=("B2",)))
    assert rule_ids(verdict) == ["H9"]
    assert verdict[0].message == ("Paul Morel ne peut pas aller de Bureau Nord à Antenne Est dans la journée "
                                  "(trajet non renseigné) : l'entretien individuel du mardi 24/11 à 8 h 00 puis "
                                  "l'entretien individuel du mardi 24/11 à 16 h 00")


def test_h9_only_consecutive_meetings_count(week: Week, judge: Judge) -> None:
    # S1 → S2 → S3 is fine even though S1 and S3 have no direct travel time
    assert judge(week.meeting("M1", start="08:00", bens=("B1",)),
                 week.meeting("M2", start="10:00", site="S2", bens=("B2",)),
                 week.meeting("M3", start="12:00", site="S3", bens=("B3",))) == []


def test_h9_travel_matrix_directions(week: Week, judge: Judge) -> None:
    week.travel = [("S1", "S2", 30), ("S2", "S1", 60)]
    forth = [week.meeting("M1", bens=("B1",)), week.meeting("M2", start="11:30", site="S2", bens=("B2",))]
    back = [week.meeting("M1", site="S2", bens=("B1",)), week.meeting("M2", start="11:30", bens=("B2",))]
    assert judge(*forth) == []
    assert "trajet 60 min" in judge(*back)[0].message


def test_h10_beneficiary_and_professional_sites(week: Week, judge: Judge) -> None:
    week.ben("B1", sites=("S1",))
    week.pro("P1", skills=("psychologist",), sites=("S1", "S3"))
    assert judge(week.meeting("M1")) == []
    verdict = judge(week.meeting("M1", site="S2"))
    assert rule_ids(verdict) == ["H10", "H10"]
    assert [v.people for v in verdict] == [("B1",), ("P1",)]
    assert verdict[0].message == ("Alice Martin ne peut pas aller à Bureau Sud (l'entretien individuel du "
                                  "mardi 24/11 à 10 h 00) : sites autorisés Bureau Nord")
