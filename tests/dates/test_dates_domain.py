"""Dates that matter (issue 12) in the rules: public holidays per site calendar, leave, closures,
reduced capacity, and the live candidate check giving the same verdict as the week check."""

from __future__ import annotations

from datetime import date

from sosdesk.domain.closures import Absence, ClosedDay, describe, public_holidays, week_windows
from sosdesk.domain.model import (
    Beneficiary,
    Meeting,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
)
from sosdesk.domain.rules import WeekIndex, check_week, dated_conflicts

CHRISTMAS_WEEK = "2026-W52"  # Monday 21 December 2026 … Sunday 27 December
FRI, SAT = 5, 6


def _problem(absences: list[Absence] | None = None, closed: list[ClosedDay] | None = None,
             sites: dict[str, Site] | None = None) -> PlanningProblem:
    sites = sites or {
        "PARIS": Site("PARIS", capacity=2, region="IDF", name="Bureau de Paris"),
        "METZ": Site("METZ", capacity=2, holiday_calendar="57", region="GE", name="Bureau de Metz"),
        "PRISON": Site("PRISON", capacity=2, kind="detention", open_on_holidays=True, region="IDF",
                       name="Maison d'arrêt"),
    }
    return PlanningProblem(
        week=CHRISTMAS_WEEK, sites=sites,
        meeting_types={"IND": MeetingType("IND", "individual", 60, "psy", label="Entretien individuel")},
        professionals={"P3": Professional("P3", ("psy",), first_name="Inès", last_name="Roy"),
                       "P4": Professional("P4", ("psy",), first_name="Marc", last_name="Faure")},
        beneficiaries={"B1": Beneficiary("B1", (Requirement("IND", 60),), first_name="Alice", last_name="Martin"),
                       "B2": Beneficiary("B2", (Requirement("IND", 60),), first_name="Bruno", last_name="Petit")},
        dated=week_windows(CHRISTMAS_WEEK, sites, absences or [], closed or []))


def _meeting(mid: str, day: int, site: str, pro: str = "P3", ben: str = "B1", start: int = 600) -> Meeting:
    return Meeting(mid, "IND", day, start, 60, site, (pro,), (ben,))


def test_alsace_moselle_has_26_december_and_good_friday_paris_does_not() -> None:
    paris = public_holidays("", date(2026, 1, 1), date(2026, 12, 31))
    moselle = public_holidays("57", date(2026, 1, 1), date(2026, 12, 31))
    alsace = public_holidays("6AE", date(2026, 12, 20), date(2026, 12, 31))
    assert paris[date(2026, 12, 25)] == "Noël"
    assert date(2026, 12, 26) not in paris and date(2026, 4, 3) not in paris
    assert moselle[date(2026, 12, 26)] == "Saint-Étienne"
    assert moselle[date(2026, 4, 3)] == "Vendredi saint"
    assert date(2026, 12, 26) in alsace
    reunion = public_holidays("974", date(2026, 12, 1), date(2026, 12, 31))
    assert reunion[date(2026, 12, 20)] == "Abolition de l'esclavage"


def test_meeting_on_christmas_at_a_site_that_closes_is_a_breach_naming_the_day() -> None:
    problem = _problem()
    found = check_week(problem, [_meeting("M1", FRI, "PARIS")])
    assert [(v.rule, v.message) for v in found] == [
        ("H5", "L'entretien individuel du vendredi 25/12 à 10 h 00 : le 25/12 est férié (Noël) : "
               "le site Bureau de Paris est fermé")]


def test_26_december_closes_metz_but_not_paris() -> None:
    problem = _problem()
    metz = check_week(problem, [_meeting("M1", SAT, "METZ")])
    paris = check_week(problem, [_meeting("M2", SAT, "PARIS")])
    assert [v.message for v in metz] == ["L'entretien individuel du samedi 26/12 à 10 h 00 : le 26/12 est férié "
                                         "(Saint-Étienne) : le site Bureau de Metz est fermé"]
    assert paris == []


def test_a_detention_site_open_on_holidays_is_no_breach() -> None:
    assert check_week(_problem(), [_meeting("M1", FRI, "PRISON")]) == []


def test_professional_leave_is_h4_with_the_period_and_the_reason() -> None:
    leave = Absence("A1", "professional", "P3", date(2026, 12, 21), date(2026, 12, 31), reason="congé")
    problem = _problem([leave])
    found = check_week(problem, [_meeting("M1", 2, "PARIS")])
    assert [(v.rule, v.people, v.message) for v in found] == [
        ("H4", ("P3",), "L'entretien individuel du mardi 22/12 à 10 h 00 : congé d'Inès Roy du 21/12 au 31/12")]
    # the same meeting with the colleague is fine
    assert check_week(problem, [_meeting("M1", 2, "PARIS", pro="P4")]) == []


def test_beneficiary_absence_for_some_hours_only_blocks_those_hours() -> None:
    hearing = Absence("A2", "beneficiary", "B1", date(2026, 12, 22), date(2026, 12, 22), 540, 720, reason="audience")
    problem = _problem([hearing])
    found = check_week(problem, [_meeting("M1", 2, "PARIS")])
    assert [v.message for v in found] == ["L'entretien individuel du mardi 22/12 à 10 h 00 : audience d'Alice Martin "
                                          "le 22/12 de 9 h 00 à 12 h 00"]
    assert check_week(problem, [_meeting("M1", 2, "PARIS", start=780)]) == []


def test_site_closure_and_closed_day() -> None:
    closure = Absence("A3", "site", "PRISON", date(2026, 12, 23), date(2026, 12, 23), reason="inventaire")
    bridge = ClosedDay(date(2026, 12, 24), "veille de Noël", region="IDF")
    problem = _problem([closure], [bridge])
    found = check_week(problem, [_meeting("M1", 3, "PRISON"), _meeting("M2", 4, "PARIS", ben="B2", pro="P4"),
                                 _meeting("M3", 4, "METZ")])
    assert [v.message for v in found if v.rule == "H5"] == [
        "L'entretien individuel du mercredi 23/12 à 10 h 00 : le site Maison d'arrêt est fermé le 23/12 (inventaire)",
        "L'entretien individuel du jeudi 24/12 à 10 h 00 : le 24/12 est un jour de fermeture (veille de Noël) : "
        "le site Bureau de Paris est fermé"]


def test_reduced_capacity_counts_only_during_its_hours() -> None:
    works = Absence("A4", "site", "PARIS", date(2026, 12, 22), date(2026, 12, 22), 780, 1140, capacity=1,
                    reason="travaux")
    problem = _problem([works])
    morning = [_meeting("M1", 2, "PARIS"), _meeting("M2", 2, "PARIS", pro="P4", ben="B2")]
    afternoon = [_meeting("M1", 2, "PARIS", start=840), _meeting("M2", 2, "PARIS", pro="P4", ben="B2", start=840)]
    assert check_week(problem, morning) == []
    found = check_week(problem, afternoon)
    assert [v.message for v in found] == [
        "Le site Bureau de Paris (capacité du site Bureau de Paris réduite à 1 le 22/12 de 13 h 00 à 19 h 00 "
        "(travaux)) accueille jusqu'à 2 rendez-vous à la fois le mardi 22/12 de 14 h 00 à 15 h 00 : "
        "l'entretien individuel du mardi 22/12 à 14 h 00 et l'entretien individuel du mardi 22/12 à 14 h 00"]


def test_live_check_names_the_holiday_like_the_week_check() -> None:
    problem = _problem([Absence("A1", "professional", "P3", date(2026, 12, 21), date(2026, 12, 31), reason="congé")])
    index = WeekIndex(problem, [])
    found = index.check_candidate(_meeting("X", FRI, "PARIS"))
    assert {v.message for v in found} == {
        "L'entretien individuel du vendredi 25/12 à 10 h 00 : congé d'Inès Roy du 21/12 au 31/12",
        "L'entretien individuel du vendredi 25/12 à 10 h 00 : le 25/12 est férié (Noël) : le site Bureau de Paris "
        "est fermé"}
    assert {v.rule for v in found} == {"H4", "H5"}


def test_dated_conflicts_pair_each_meeting_with_its_reason() -> None:
    problem = _problem()
    pairs = dated_conflicts(problem, [_meeting("M1", FRI, "PARIS"), _meeting("M2", 2, "PARIS")])
    assert [(m.id, describe(w)) for m, w in pairs] == [("M1", "le 25/12 est férié (Noël) : le site PARIS est fermé")]


def test_absences_outside_the_week_are_ignored() -> None:
    before = Absence("A", "professional", "P3", date(2026, 12, 1), date(2026, 12, 20))
    assert [w for w in week_windows(CHRISTMAS_WEEK, {}, [before])] == []
