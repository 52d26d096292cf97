"""Reference data of the demo region (Auvergne-Rhône-Alpes): sites, travel, meeting types,
professionals and beneficiaries with judicial constraints, as ORM rows built deterministically."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sosdesk.store import models as m
from sosdesk.store.demo_names import email, mobile, person

REGION = "ARA"
COLLECTIVE_SITES = ("LYON3", "VILLEU", "STET")


def win(days: range | tuple[int, ...], start: str, end: str) -> list[dict[str, Any]]:
    return [{"day": d, "from": start, "to": end} for d in days]


WEEKDAYS = range(1, 6)
OFFICE_OPEN = [*win(WEEKDAYS, "08:30", "19:00"), *win((6,), "09:00", "12:30")]
DETENTION_OPEN = [*win(WEEKDAYS, "09:00", "11:30"), *win(WEEKDAYS, "14:00", "17:00")]

# id, name, kind, address, base capacity, coefficient, open, area for homes
SITE_DATA: tuple[tuple[str, str, str, str, int, str, list[dict[str, Any]]], ...] = (
    ("LYON3", "Antenne Lyon 3 – Part-Dieu", "office", "27 rue Paul Bert, 69003 Lyon", 3, "1.00", OFFICE_OPEN),
    ("VILLEU", "Antenne Villeurbanne – Gratte-Ciel", "office",
     "14 avenue Henri Barbusse, 69100 Villeurbanne", 2, "1.00", OFFICE_OPEN),
    ("STET", "Salle louée – Maison des associations de Saint-Étienne", "rented",
     "4 rue André Malraux, 42000 Saint-Étienne", 2, "1.00", win(range(1, 7), "09:00", "18:00")),
    ("CORBAS", "Centre pénitentiaire de Lyon-Corbas", "detention", "18 rue Marcel Mérieux, 69960 Corbas",
     2, "1.20", DETENTION_OPEN),
    ("TJLYON", "Tribunal judiciaire de Lyon", "external", "67 rue Servient, 69003 Lyon", 20, "1.00",
     win(WEEKDAYS, "08:30", "18:00")),
)
TRAVEL = (("LYON3", "VILLEU", 20), ("LYON3", "CORBAS", 30), ("VILLEU", "CORBAS", 35), ("LYON3", "STET", 60),
          ("VILLEU", "STET", 70), ("CORBAS", "STET", 55), ("TJLYON", "LYON3", 10), ("TJLYON", "VILLEU", 25),
          ("TJLYON", "CORBAS", 30), ("TJLYON", "STET", 65))
TYPES = (
    ("IND_PSY", "Entretien psychologique", "individual", 60, "psychologist", 1, 1, 1, "#4e79a7"),
    ("IND_SOC", "Entretien socio-éducatif", "individual", 45, "social_worker", 1, 1, 1, "#59a14f"),
    ("COL_WORK", "Atelier collectif", "collective", 120, "facilitator", 2, 3, 8, "#f28e2b"),
    ("COL_TALK", "Groupe de parole", "collective", 90, "speaker", 1, 4, 12, "#b07aa1"),
    # Court or police appointment: the office plans around it, no professional attends (H6/H7 skip it).
    ("LAW_ENF", "Convocation justice / police", "law_enforcement", 60, "", 0, 1, 1, "#9c755f"),
)
# professional skill pattern, repeated: 4 psychologists, 4 social workers, 3 facilitators, 1 speaker
SKILL_CYCLE = (("psychologist",), ("social_worker",), ("psychologist",), ("social_worker", "facilitator"),
               ("facilitator",), ("facilitator",), ("speaker",), ("psychologist",), ("social_worker",),
               ("facilitator", "speaker"), ("social_worker",), ("psychologist",))
HOME_CYCLE = ("LYON3", "VILLEU", "LYON3", "STET", "LYON3", "VILLEU")
MEASURES = (("sursis probatoire", 0.45), ("semi-liberté", 0.2), ("placement extérieur", 0.13),
            ("détention à domicile sous surveillance électronique", 0.14),
            ("détention – préparation à la sortie", 0.08))


@dataclass
class Reference:
    """Everything of the region but meetings, as rows ready to add."""

    region: m.Region
    sites: list[m.Site] = field(default_factory=list)
    travel: list[m.TravelTime] = field(default_factory=list)
    types: list[m.MeetingType] = field(default_factory=list)
    professionals: list[m.Professional] = field(default_factory=list)
    beneficiaries: list[m.Beneficiary] = field(default_factory=list)

    def rows(self) -> list[m.Base]:
        return [self.region, *self.sites, *self.travel, *self.types, *self.professionals, *self.beneficiaries]


def professional_count(beneficiaries: int) -> int:
    """12 for up to 60 beneficiaries, then one more per 12: a beneficiary needs about 2.6 professional
    hours a week (individual meetings, a share of collective sessions), a professional gives about 30
    (174 professionals for 2,000 beneficiaries, so a large week is plannable, not starved)."""
    return 12 + max(0, math.ceil((beneficiaries - 60) / 12))


def extra_rooms(n_benef: int) -> int:
    """Rooms added to each office beyond the base capacity: one per 70 beneficiaries beyond 60
    (about 100 rooms in all for 2,000 beneficiaries, as many as the staff can use at once)."""
    return max(0, n_benef - 60) // 70


def build_sites(n_benef: int) -> tuple[list[m.Site], list[m.TravelTime]]:
    extra = extra_rooms(n_benef)
    sites = [m.Site(id=sid, region_id=REGION, name=name, kind=kind, address=addr,
                    capacity=cap + (0 if kind == "external" else extra // (2 if kind == "detention" else 1)),
                    rate_coefficient=coef, open=list(open_))
             for sid, name, kind, addr, cap, coef, open_ in SITE_DATA]
    travel = [m.TravelTime(id=f"{a}|{b}", from_site=a, to_site=b, minutes=mins) for a, b, mins in TRAVEL]
    return sites, travel


def build_types() -> list[m.MeetingType]:
    return [m.MeetingType(id=tid, label=label, kind=kind, minutes=mins, skill=skill, professionals=pros,
                          min_participants=lo, max_participants=hi, color=color)
            for tid, label, kind, mins, skill, pros, lo, hi, color in TYPES]


def build_professionals(rng: random.Random, count: int) -> list[m.Professional]:
    out = []
    for i in range(count):
        skills = SKILL_CYCLE[i % len(SKILL_CYCLE)]
        home = HOME_CYCLE[i % len(HOME_CYCLE)]
        first, last, _ = person(rng)
        if "facilitator" in skills or "speaker" in skills:
            sites = sorted({home, "LYON3", "VILLEU"})
        else:
            sites = sorted({home, rng.choice(("LYON3", "VILLEU", "STET")), *(["CORBAS"] if i % 3 == 0 else [])})
        part_time = i % 5 == 4
        if part_time:
            available = win((1, 2, 4), "09:00", "17:00")
            cap = 1260
        elif "speaker" in skills:
            available = [*win((2, 3, 4, 5), "09:00", "17:30"), *win((6,), "09:00", "12:30")]
            cap = 1800
        else:
            available = win(WEEKDAYS, "09:00", "17:30")
            cap = 2100
        out.append(m.Professional(
            id=f"P{i + 1:03d}", region_id=REGION, first_name=first, last_name=last, skills=list(skills),
            home_site_id=home, sites=sites, email=email(first, last, rng, "sos-accompagnement.example.org"),
            phone=mobile(rng), max_minutes_per_week=cap, available=available))
    return out


def _measure(rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for name, weight in MEASURES:
        acc += weight
        if r < acc:
            return name
    return MEASURES[0][0]


def _constraints(rng: random.Random, measure: str) -> tuple[list[Any], list[Any], list[str], str]:
    """(available, unavailable, sites, home area) typical of a judicial measure."""
    home = rng.choice(("LYON3", "LYON3", "VILLEU", "STET"))
    near = {"LYON3": ["LYON3", "VILLEU"], "VILLEU": ["VILLEU", "LYON3"], "STET": ["STET"]}[home]
    sites = near if rng.random() < 0.5 else near[:1]
    available: list[Any] = []
    unavailable: list[Any] = []
    if measure == "sursis probatoire":
        shape = rng.random()
        if shape < 0.3:
            unavailable = win(WEEKDAYS, "08:00", "12:00")            # morning job
        elif shape < 0.55:
            unavailable = win(WEEKDAYS, "13:30", "17:30")            # afternoon job
        elif shape < 0.7:
            unavailable = win((1, 2, 3), "08:00", "17:00")           # three full days of work
    elif measure == "semi-liberté":
        # Day parole: out of the centre on weekday afternoons only.
        available = win(WEEKDAYS, "13:00", "18:30")
        sites = ["LYON3", "VILLEU"] if home != "STET" else ["STET"]
    elif measure == "placement extérieur":
        available = win(WEEKDAYS, "09:00", "17:00")
        unavailable = win((1, 3), "09:00", "12:00")                  # insertion worksite
    elif measure.startswith("détention à domicile"):
        # Electronic monitoring: fixed authorised hours outside home.
        available = [*win(WEEKDAYS, "10:00", "12:00"), *win(WEEKDAYS, "14:00", "16:00")]
    else:
        sites, home = ["CORBAS"], "CORBAS"
    return available, unavailable, sites, home


def _requirements(rng: random.Random, detained: bool) -> list[dict[str, Any]]:
    minutes = {"IND_SOC": rng.choice((45, 90))}
    if rng.random() < 0.75 or detained:
        minutes["IND_PSY"] = rng.choice((60, 60, 120))
    if not detained and rng.random() < 0.45:
        minutes["COL_WORK"] = rng.choice((120, 120, 240))
    if not detained and rng.random() < 0.3:
        minutes["COL_TALK"] = rng.choice((90, 180))
    while sum(minutes.values()) < 120:  # at least 2 hours a week
        minutes["IND_SOC"] += 45
    return [{"type": t, "minutes": n} for t, n in minutes.items()]


def build_beneficiaries(rng: random.Random, count: int, pros: list[m.Professional], first_monday: date
                        ) -> list[m.Beneficiary]:
    out: list[m.Beneficiary] = []
    for i in range(count):
        measure = _measure(rng)
        available, unavailable, sites, home = _constraints(rng, measure)
        first, last, _ = person(rng)
        start = first_monday - timedelta(days=rng.randrange(0, 300))
        referents = [p for p in pros if {"psychologist", "social_worker"} & set(p.skills)
                     and set(sites) & set(p.sites)]
        has_mail = rng.random() < 0.7
        out.append(m.Beneficiary(
            id=f"B{i + 1:04d}", region_id=REGION, first_name=first, last_name=last,
            birth_date=date(rng.randrange(1962, 2005), rng.randrange(1, 13), rng.randrange(1, 29)),
            measure=measure, measure_start=start, measure_end=start + timedelta(days=rng.randrange(365, 731)),
            phone=mobile(rng) if rng.random() < 0.93 else "", email=email(first, last, rng) if has_mail else "",
            sms_consent=rng.random() < 0.8, email_consent=has_mail and rng.random() < 0.6,
            requirements=_requirements(rng, home == "CORBAS"), available=available, unavailable=unavailable,
            sites=sites, forbidden_with=[], referent_id=rng.choice(referents).id if referents else None,
            max_meetings_per_day=1 if rng.random() < 0.15 else 2))
    _forbid(rng, out)
    return out


def _forbid(rng: random.Random, bens: list[m.Beneficiary]) -> None:
    """Co-defendants and victims: several pairs that must never meet (H8), some listed on both sides."""
    if len(bens) < 2:
        return
    pairs = max(3, len(bens) // 20)
    for _ in range(pairs):
        a, b = rng.sample(bens, 2)
        a.forbidden_with = sorted({*a.forbidden_with, b.id})
        if rng.random() < 0.5:
            b.forbidden_with = sorted({*b.forbidden_with, a.id})
