"""The one French vocabulary: one way to write durations, hours, money, dates, percentages and
quantities, and the French names of the codes people see (issue 13 item 4, issue 10 item 5)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.model import Meeting, MeetingType, PlanningProblem, Professional, Site
from sosdesk.domain.names import Names

NNBSP, NBSP = "\u202f", "\u00a0"


def parse_euros(text: str) -> int:
    """Read « −25 582,55 € » back into cents (what a person would type into a spreadsheet)."""
    assert text.endswith(NBSP + "€"), text
    number = text[:-2].replace(NNBSP, "").replace(voc.MINUS, "-").replace(",", ".")
    return int(Decimal(number) * 100)


def test_money_hours_durations_dates_and_percentages_have_one_form() -> None:
    assert voc.euros(2558255) == f"25{NNBSP}582,55{NBSP}€"
    assert voc.euros(-150) == f"{voc.MINUS}1,50{NBSP}€"
    assert voc.euros(None) == "—"
    assert voc.duration(90) == "1 h 30" and voc.duration(60) == "1 h" and voc.duration(45) == "0 h 45"
    assert voc.hours(2100) == f"35{NBSP}h" and voc.hours(90) == f"1,5{NBSP}h" and voc.hours(0) == f"0{NBSP}h"
    assert voc.clock(600) == "10 h 00" and voc.clock(570) == "9 h 30"
    assert voc.time_range(600, 690) == "10 h 00–11 h 30"
    # One quantity: unit codes from the table or French words, always a no-break space before the unit.
    assert voc.quantity(Decimal("7.5"), "heure") == f"7,5{NBSP}heures" and voc.quantity(1, "heure") == f"1{NBSP}heure"
    assert voc.quantity(Decimal("7.5"), "hour") == f"7,5{NBSP}heures" and voc.quantity("1.5", "hour") == f"1,5{NBSP}heure"
    assert voc.quantity(3, "meeting") == f"3{NBSP}rendez-vous" and voc.quantity(2, "expense") == f"2{NBSP}frais"
    assert voc.quantity(2, "cheval", "chevaux") == f"2{NBSP}chevaux"
    assert voc.weekday_day_text(date(2026, 10, 5)) == "lun. 05/10/2026"
    assert voc.day_month_text(date(2026, 12, 25)) == "25/12"
    assert voc.percent(Decimal("85.4")) == f"85{NBSP}%" and voc.percent(12.55, 1) == f"12,6{NBSP}%"
    assert voc.count(0, "participant") == "0 participant" and voc.count(3, "participant") == "3 participants"
    assert voc.month_label("2026-11") == "novembre 2026"
    assert voc.week_text("2026-W48") == "semaine du 23 au 29 novembre 2026"
    assert voc.week_text("2026-W49") == "semaine du 30 novembre au 6 décembre 2026"
    assert voc.week_text("2026-W53") == "semaine du 28 décembre 2026 au 3 janvier 2027"
    assert voc.day_text(date(2026, 11, 24)) == "24/11/2026" and voc.short_day(date(2026, 11, 24)) == "mardi 24/11"
    assert voc.moment_text(datetime(2026, 11, 24, 10, 0)) == "mardi 24/11/2026 à 10 h 00"


def test_labels_of_codes_are_french() -> None:
    assert voc.skill_label("psychologist") == "psychologue"
    assert voc.skill_label("social_worker") == "travailleur social"
    assert voc.skill_label("art_therapist") == "art therapist"  # an unknown skill never shows underscores
    assert voc.skills_text(("facilitator", "speaker")) == "animateur, intervenant"
    assert voc.meeting_status_label("held") == "réalisé" and voc.attendance_label(None) == "non saisie"
    assert voc.attendance_label("absent_unexcused") == "absent(e) non excusé(e)"
    assert voc.site_kind_label("detention") == "Détention"
    assert voc.invoice_status_label("validated") == "validée"
    assert voc.expense_category_label("room_rental") == "Location de salle"
    assert voc.REQUIRED == "Requis"


def test_meetings_are_named_by_type_day_and_time() -> None:
    assert voc.with_article("Entretien psychologique") == "l'entretien psychologique"
    assert voc.with_article("Groupe de parole") == "le groupe de parole"
    assert voc.with_article("Convocation justice / police") == "la convocation justice / police"
    assert voc.of("le groupe de parole") == "du groupe de parole" and voc.of("Alice Martin") == "d'Alice Martin"
    assert voc.meeting_text("Entretien socio-éducatif", datetime(2026, 11, 24, 10, 0)) == (
        "l'entretien socio-éducatif du mardi 24/11 à 10 h 00")
    assert voc.appointment_text("Atelier collectif", datetime(2026, 11, 24, 14, 15)) == (
        "le rendez-vous « Atelier collectif » du mardi 24/11/2026 à 14 h 15")


def test_names_of_a_week_come_from_the_problem_and_fall_back_to_ids() -> None:
    problem = PlanningProblem(
        week="2026-W48", sites={"S1": Site("S1", name="Antenne Lyon 3")},
        meeting_types={"IND": MeetingType("IND", "individual", 60, "psychologist", label="Entretien psychologique"),
                       "RAW": MeetingType("RAW", "individual", 60, "psychologist")},
        professionals={"P1": Professional("P1", first_name="Paul", last_name="Morel"), "P2": Professional("P2")},
        beneficiaries={})
    names = Names.from_problem(problem)
    assert names.person("P1") == "Paul Morel" and names.person("P2") == "P2" and names.person("P9") == "P9"
    assert names.persons(["P1", "P2"]) == "Paul Morel et P2"
    assert names.site("S1") == "Antenne Lyon 3" and names.type("IND") == "Entretien psychologique"
    assert names.meeting(Meeting("M1", "IND", 2, 600, 60, "S1")) == "l'entretien psychologique du mardi 24/11 à 10 h 00"
    assert names.meeting(Meeting("M2", "RAW", 2, 600, 60, "S1")) == "le rendez-vous du mardi 24/11 à 10 h 00"
    assert names.span(2, 600, 660) == "mardi 24/11 de 10 h 00 à 11 h 00"


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_money_reads_back_to_the_same_cents(cents: int) -> None:
    text = voc.euros(cents)
    assert parse_euros(text) == cents
    assert re.fullmatch(rf"{voc.MINUS}?\d{{1,3}}({NNBSP}\d{{3}})*,\d\d{NBSP}€", text), text


@given(st.integers(min_value=0, max_value=100 * 60))
def test_durations_read_back_to_the_same_minutes(minutes: int) -> None:
    text = voc.duration(minutes)
    match = re.fullmatch(r"(\d+) h(?: (\d\d))?", text)
    assert match is not None, text
    assert int(match[1]) * 60 + int(match[2] or 0) == minutes
    assert (match[2] is None) == (minutes % 60 == 0)  # « 1 h », never « 1 h 00 »


@given(st.integers(min_value=0, max_value=24 * 60 - 1))
def test_clock_reads_back(minute: int) -> None:
    h, mn = voc.clock(minute).split(" h ")
    assert int(h) * 60 + int(mn) == minute
