"""Builders for small planning weeks, and a judge that checks a week both ways (week and candidate).

Imported by the rules tests as ``rules_world`` (tests/domain has no ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sosdesk.domain.model import (
    Beneficiary,
    Meeting,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
    TravelMatrix,
    Violation,
    Window,
)
from sosdesk.domain.rules import WeekIndex, check_week
from sosdesk.domain.timegrid import parse_hhmm

REQUIRED = (Requirement("IND", 120), Requirement("COL", 240))
# Everyone has a name: messages name people, never their ids (issue 13).
NAMES = {"B1": ("Alice", "Martin"), "B2": ("Bruno", "Petit"), "B3": ("Chloé", "Durand"),
         "B4": ("David", "Leroy"), "B5": ("Emma", "Moreau"), "B6": ("Farid", "Simon"),
         "B7": ("Gaël", "Roux"), "B8": ("Hugo", "Blanc"), "B9": ("Inès", "Girard"),
         "B10": ("Jade", "Bonnet"), "P1": ("Paul", "Morel"), "P2": ("Sarah", "Lambert"),
         "P3": ("Léa", "Garnier"), "P4": ("Marc", "Faure")}
SITE_NAMES = {"S1": "Bureau Nord", "S2": "Bureau Sud", "S3": "Antenne Est", "COURT": "Tribunal"}


def named(pid: str, kw: dict[str, Any]) -> dict[str, Any]:
    first, last = NAMES.get(pid, ("", ""))
    return {"first_name": first, "last_name": last, **kw}


def win(day: int, start: str, end: str) -> Window:
    return Window(day, parse_hhmm(start), parse_hhmm(end))


class Week:
    """A small office: sites S1–S3 and a court, an individual, a collective and a court type;
    B1..B10 each need 120 min of IND and 240 min of COL."""

    def __init__(self) -> None:
        self.sites: dict[str, Site] = {
            "S1": Site("S1", capacity=2, open=tuple(win(d, "08:00", "20:00") for d in range(1, 7)),
                       name="Bureau Nord"),
            "S2": Site("S2", capacity=2, name="Bureau Sud"),
            "S3": Site("S3", capacity=1, name="Antenne Est"),
            "COURT": Site("COURT", capacity=1, kind="external", open=(win(1, "09:00", "10:00"),),
                          name="Tribunal"),
        }
        self.types: dict[str, MeetingType] = {
            "IND": MeetingType("IND", "individual", 60, "psychologist", label="Entretien individuel"),
            "COL": MeetingType("COL", "collective", 120, "facilitator", professionals=2,
                               min_participants=3, max_participants=8, label="Atelier collectif"),
            "LAW": MeetingType("LAW", "law_enforcement", 60, "judge", professionals=0,
                               label="Convocation au tribunal"),
        }
        self.pros: dict[str, Professional] = {
            pid: Professional(pid, skills=(skill,), **named(pid, {}))
            for pid, skill in (("P1", "psychologist"), ("P2", "psychologist"),
                               ("P3", "facilitator"), ("P4", "facilitator"))
        }
        self.bens: dict[str, Beneficiary] = {f"B{i}": Beneficiary(f"B{i}", requirements=REQUIRED,
                                                                  **named(f"B{i}", {}))
                                             for i in range(1, 11)}
        self.travel: list[tuple[str, str, int]] = [("S1", "S2", 30), ("S2", "S3", 20)]
        self.fixed: list[Meeting] = []

    def ben(self, bid: str, **kw: Any) -> None:
        kw.setdefault("requirements", REQUIRED)
        self.bens[bid] = Beneficiary(bid, **named(bid, kw))

    def need(self, bid: str, **minutes: int) -> None:
        """Replace a beneficiary's requirements, e.g. ``need("B1", IND=300)``."""
        ben = self.bens[bid]
        self.bens[bid] = Beneficiary(**{**{f: getattr(ben, f) for f in ben.__slots__},
                                        "requirements": tuple(Requirement(t, m) for t, m in minutes.items())})

    def pro(self, pid: str, **kw: Any) -> None:
        self.pros[pid] = Professional(pid, **named(pid, kw))

    def site(self, sid: str, **kw: Any) -> None:
        self.sites[sid] = Site(sid, **{"name": SITE_NAMES.get(sid, ""), **kw})

    @staticmethod
    def meeting(mid: str, type: str = "IND", day: int = 2, start: str = "10:00", minutes: int = 60,
                site: str = "S1", pros: Sequence[str] = ("P1",), bens: Sequence[str] = ("B1",),
                **kw: Any) -> Meeting:
        """An individual meeting P1 + B1 at S1, Tuesday 10:00–11:00, unless told otherwise."""
        return Meeting(mid, type, day, parse_hhmm(start), minutes, site, tuple(pros), tuple(bens), **kw)

    @staticmethod
    def col(mid: str, bens: Sequence[str] = ("B1", "B2", "B3"), **kw: Any) -> Meeting:
        """A collective session (P3 + P4, 120 min) at S1, Tuesday 10:00."""
        kw.setdefault("minutes", 120)
        kw.setdefault("pros", ("P3", "P4"))
        return Week.meeting(mid, "COL", bens=bens, **kw)

    def problem(self, week: str = "2026-W48") -> PlanningProblem:
        return PlanningProblem(week=week, sites=dict(self.sites), meeting_types=dict(self.types),
                               professionals=dict(self.pros), beneficiaries=dict(self.bens),
                               travel=TravelMatrix.build(self.travel), fixed=tuple(self.fixed))


def judge_week(problem: PlanningProblem, meetings: Sequence[Meeting]) -> list[Violation]:
    """check_week's verdict, after asserting each meeting's candidate check is its share of it."""
    verdict = check_week(problem, meetings)
    index = WeekIndex(problem, meetings)
    for m in meetings:
        if m.status == "cancelled":
            continue
        mine = [v for v in verdict if m.id in v.meetings]
        assert index.check_candidate(m) == mine, m.id
    return verdict


Judge = Callable[..., list[Violation]]


def rule_ids(verdict: Sequence[Violation]) -> list[str]:
    return [v.rule for v in verdict]
