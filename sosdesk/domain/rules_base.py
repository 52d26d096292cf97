"""What every hard rule needs: the problem's precomputed lookups and French wording helpers.

Shared by the per-meeting, pair and group rule modules so that ``check_week`` and
``WeekIndex.check_candidate`` build byte-identical violations for the same problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.model import DatedWindow, Meeting, PlanningProblem, Violation, Window
from sosdesk.domain.names import Names
from sosdesk.domain.vocabulary import WEEKDAYS_SHORT

DAY_ABBR: tuple[str, ...] = WEEKDAYS_SHORT
LAW = "law_enforcement"
INDIVIDUAL = "individual"


def day_name(day: int) -> str:
    return DAY_ABBR[day - 1] if 1 <= day <= 7 else f"jour {day}"


def span(day: int, start: int, end: int) -> str:
    """'mar. 14 h 00–15 h 00' (local week coordinates)."""
    return f"{day_name(day)} {voc.time_range(start, end)}"


def when(meeting: Meeting) -> str:
    return span(meeting.day, meeting.start, meeting.end)


def windows_text(windows: Iterable[Window]) -> str:
    texts = [span(w.day, w.start, w.end) for w in sorted(windows, key=lambda w: (w.day, w.start, w.end))]
    return ", ".join(texts) if texts else "aucun créneau"


def and_list(ids: Iterable[str]) -> str:
    """'B3', 'B3 et B7', 'B3, B5 et B7'."""
    return voc.and_list(ids)


def sentence(text: str) -> str:
    """The first letter in capitals (a message that starts with « l'entretien … »)."""
    return text[:1].upper() + text[1:]


def violation(rule: str, meetings: Iterable[str], people: Iterable[str], message: str) -> Violation:
    """A violation with deduplicated meeting ids (order kept) and sorted people ids."""
    return Violation(rule, tuple(dict.fromkeys(meetings)), tuple(sorted(set(people))), message)


def violation_key(v: Violation) -> tuple[int, tuple[str, ...], tuple[str, ...], str]:
    """Report order: rule number, then meetings, people and message."""
    number = int(v.rule[1:]) if v.rule[1:].isdigit() else 99
    return (number, v.meetings, v.people, v.message)


def chronological(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.day, m.start, m.end, m.id))


def required_minutes(problem: PlanningProblem) -> dict[tuple[str, str], int]:
    """Required minutes per (beneficiary, type), several requirements of one type summed."""
    required: dict[tuple[str, str], int] = {}
    for ben in problem.beneficiaries.values():
        for req in ben.requirements:
            required[(ben.id, req.type)] = required.get((ben.id, req.type), 0) + req.minutes
    return required


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Lookups computed once per problem: symmetric forbidden pairs, fixed meetings, requirements."""

    problem: PlanningProblem
    forbidden: dict[str, frozenset[str]]
    fixed: dict[str, Meeting]
    law_types: frozenset[str]
    required: dict[tuple[str, str], int]
    # (subject, id, day) → dated windows of that day (leave, closures, holidays): issue 12
    dated: dict[tuple[str, str, int], tuple[DatedWindow, ...]]
    names: Names

    @staticmethod
    def build(problem: PlanningProblem) -> RuleContext:
        pairs: dict[str, set[str]] = {}
        for ben in problem.beneficiaries.values():
            for other in ben.forbidden_with:
                if other != ben.id:
                    pairs.setdefault(ben.id, set()).add(other)
                    pairs.setdefault(other, set()).add(ben.id)
        return RuleContext(
            problem=problem,
            forbidden={k: frozenset(v) for k, v in pairs.items()},
            fixed={m.id: m for m in problem.fixed},
            law_types=frozenset(t.id for t in problem.meeting_types.values() if t.kind == LAW),
            required=required_minutes(problem),
            dated=_dated_index(problem),
            names=Names.from_problem(problem),
        )

    def is_law(self, meeting: Meeting) -> bool:
        return meeting.type in self.law_types

    def is_forbidden(self, a: str, b: str) -> bool:
        return b in self.forbidden.get(a, ())

    def buffer(self, meeting: Meeting) -> int:
        """Buffer around a meeting: its own, or the one given for it in ``problem.fixed``."""
        given = self.fixed.get(meeting.id)
        return max(meeting.buffer_minutes, given.buffer_minutes if given is not None else 0)

    def dated_on(self, subject: str, who: str, day: int) -> tuple[DatedWindow, ...]:
        return self.dated.get((subject, who, day), ())

    def site_known(self, site: str) -> bool:
        return site in self.problem.sites


def _dated_index(problem: PlanningProblem) -> dict[tuple[str, str, int], tuple[DatedWindow, ...]]:
    out: dict[tuple[str, str, int], list[DatedWindow]] = {}
    for w in problem.dated:
        out.setdefault((w.subject, w.who, w.day), []).append(w)
    return {k: tuple(v) for k, v in out.items()}
