"""How messages name things: people by first and last name, sites by name, meeting types by their
label, meetings by type, day and time (« l'entretien psychologique du mardi 24/11 à 10 h 00 »).

Built from the planning problem (the caller fills it from the store, names included), so rules,
planner and billing word a message the same way. An id only shows when no name is known (an
instance file without names): never a crash, never an empty name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.model import Meeting, PlanningProblem


def person_name(first_name: str, last_name: str, fallback: str) -> str:
    """« Camille Petit », as the app shows people (the fallback when both parts are empty)."""
    return f"{first_name} {last_name}".strip() or fallback


def _monday(week: str) -> date | None:
    try:
        year, num = week.split("-W")
        return date.fromisocalendar(int(year), int(num), 1)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Names:
    """id → display name lookups for one week's messages."""

    people: Mapping[str, str] = field(default_factory=dict)
    sites: Mapping[str, str] = field(default_factory=dict)
    types: Mapping[str, str] = field(default_factory=dict)
    monday: date | None = None

    @staticmethod
    def from_problem(problem: PlanningProblem) -> Names:
        people = {b.id: person_name(b.first_name, b.last_name, b.id) for b in problem.beneficiaries.values()}
        people.update({p.id: person_name(p.first_name, p.last_name, p.id) for p in problem.professionals.values()})
        return Names(people=people,
                     sites={s.id: s.name or s.id for s in problem.sites.values()},
                     types={t.id: t.label for t in problem.meeting_types.values() if t.label},
                     monday=_monday(problem.week))

    def person(self, pid: str) -> str:
        return self.people.get(pid) or pid

    def persons(self, ids: Iterable[str]) -> str:
        """« Camille Petit », « Camille Petit et Jean Durand », « A, B et C »."""
        return voc.and_list(self.person(i) for i in ids)

    def site(self, sid: str) -> str:
        return self.sites.get(sid) or sid

    def type(self, tid: str) -> str:
        """The type's label (« Entretien psychologique »)."""
        return self.types.get(tid) or tid

    def day(self, day: int) -> str:
        """ISO weekday of the week → « mardi 24/11 » (« mardi » when the week is unknown)."""
        if not 1 <= day <= 7:
            return f"jour {day}"
        if self.monday is None:
            return voc.weekday(day)
        return voc.short_day(self.monday + timedelta(days=day - 1))

    def span(self, day: int, start: int, end: int) -> str:
        """« mardi 24/11 de 10 h 00 à 11 h 00 »."""
        return f"{self.day(day)} de {voc.clock(start)} à {voc.clock(end)}"

    def meeting(self, m: Meeting) -> str:
        """« l'entretien psychologique du mardi 24/11 à 10 h 00 »."""
        label = self.types.get(m.type, "")
        return f"{voc.with_article(label)} du {self.day(m.day)} à {voc.clock(m.start)}"

    def fixed_meeting(self, m: Meeting) -> str:
        """« le rendez-vous fixe « Convocation au tribunal » du mardi 24/11 à 10 h 00 »."""
        label = self.types.get(m.type, "")
        quoted = f" « {label} »" if label else ""
        return f"le rendez-vous fixe{quoted} du {self.day(m.day)} à {voc.clock(m.start)}"

    def meetings(self, ms: Iterable[Meeting]) -> str:
        return voc.and_list(self.meeting(m) for m in ms)
