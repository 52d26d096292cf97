"""The hard rules H1–H14 of planning.md, judged once for a whole week or per candidate meeting.

``check_week`` (the CLI's ``sosdesk check`` and the planner's verification) and
``WeekIndex.check_candidate`` (the calendar's live drag check) share the rule modules
``rules_meeting`` (one meeting), ``rules_pairs`` (two meetings of one day) and ``rules_groups``
(a site-day, beneficiary-day, professional-week or beneficiary-type group), so a candidate's
verdict is exactly the part of the week's verdict that names it.

Decisions where the spec leaves room (planning.md H1–H14):

- Cancelled meetings are ignored everywhere. A fixed meeting that is missing or cancelled is an
  H14 violation; a fixed meeting must keep its type, day, start, minutes, site, professionals and
  beneficiaries (people compared as sets).
- Unknown ids never crash: an unknown type, professional or beneficiary is reported as H6, an
  unknown site as H5; the rules that need the unknown object are skipped for it.
- Law-enforcement meetings (type kind ``law_enforcement``: court, police) happen at places the
  person must attend whatever the office plans: H1, H2, H9, H11–H14 apply to them, and they take a
  place at their site (H5 capacity counts every meeting held there); H3, H4, H5 open hours, H6, H7
  and H10 do not apply to them, and H8 is not applied between two of them.
- H1/H2/H8/H9/H14 pair problems are reported once per pair of meetings (H8 once per forbidden
  pair of people), naming every person concerned. Touching intervals (end == start) never overlap.
- H3/H4/H5 windows: a meeting must lie inside ONE window; empty ``available``/``open`` means no
  limit. H5 capacity: one violation per maximal stretch of overload, naming every meeting present.
- H9: two meetings of one person on one day are consecutive when nothing else of theirs lies
  entirely between them; at different sites they need a gap ≥ the travel minutes, and a pair of
  sites with no travel time listed cannot be chained the same day. Unknown sites are left to H5.
- H13: planned − required ≥ the type's duration is over-planning. Without a requirement, an
  individual type counts as required 0; collective and law-enforcement types are then fine.
- H14 buffers: a meeting's buffer is the larger of its own ``buffer_minutes`` and the one given
  for it in ``problem.fixed``; it applies to its beneficiaries on the same day. Overlaps are left
  to H1, so a buffer violation means a gap shorter than the buffer.
- H11 counts every meeting of the day, court appointments included; H12 counts every meeting of
  the professional. A meeting's own length is not compared with its type's (no rule says so).
- Meeting ids are unique within a week; given twice, the last one wins. Violations come sorted
  by rule number, then meeting ids; their people ids are sorted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from sosdesk.domain.model import DatedWindow, Meeting, ObligationStatus, PlanningProblem, Violation
from sosdesk.domain.rules_base import (
    RuleContext,
    required_minutes,
    sentence,
    violation,
    violation_key,
)
from sosdesk.domain.rules_groups import (
    capacity_violations,
    day_count_violations,
    over_planning_violations,
    week_minutes_violations,
)
from sosdesk.domain.rules_meeting import meeting_violations
from sosdesk.domain.rules_pairs import pair_violations, travel_pairs, travel_violation

__all__ = ["WeekIndex", "check_week", "dated_conflicts", "obligations"]

CANCELLED = "cancelled"


def check_week(problem: PlanningProblem, meetings: Sequence[Meeting]) -> list[Violation]:
    """Every violation of H1–H14 among ``meetings`` (cancelled ones ignored), each reported once."""
    return WeekIndex(problem, meetings).violations()


def dated_conflicts(problem: PlanningProblem, meetings: Sequence[Meeting]) -> list[tuple[Meeting, DatedWindow]]:
    """Each (meeting, dated window) where the meeting falls on a participant's leave or absence,
    or on a day or hours its site is closed (issue 12). Law-enforcement and cancelled meetings
    are left out (they happen elsewhere, or not at all)."""
    ctx = RuleContext.build(problem)
    out: list[tuple[Meeting, DatedWindow]] = []
    for m in meetings:
        if m.status == CANCELLED or ctx.is_law(m):
            continue
        subjects = [("beneficiary", b) for b in dict.fromkeys(m.beneficiaries)]
        subjects += [("professional", p) for p in dict.fromkeys(m.professionals)]
        subjects.append(("site", m.site))
        for subject, who in subjects:
            out += [(m, w) for w in ctx.dated_on(subject, who, m.day) if w.closes and w.overlaps(m.day, m.start, m.end)]
    return out


def obligations(problem: PlanningProblem, meetings: Sequence[Meeting]) -> list[ObligationStatus]:
    """Planned vs required minutes per (beneficiary, type), fixed meetings included.

    Pairs with planned minutes but no requirement are listed with required 0.
    """
    required = required_minutes(problem)
    planned: dict[tuple[str, str], int] = defaultdict(int)
    for m in meetings:
        if m.status != CANCELLED:
            for bid in set(m.beneficiaries):
                planned[(bid, m.type)] += m.minutes
    keys = set(required) | {k for k, v in planned.items() if v}
    return [
        ObligationStatus(bid, tid, planned.get((bid, tid), 0), required.get((bid, tid), 0))
        for bid, tid in sorted(keys)
    ]


def _missing_fixed(ctx: RuleContext, fixed: Meeting) -> Violation:
    n = ctx.names
    message = (
        f"{sentence(n.fixed_meeting(fixed))} (à {n.site(fixed.site)}) "
        f"manque ou est annulé : il doit rester tel quel"
    )
    people = [*fixed.beneficiaries, *fixed.professionals]
    if people:
        message += f" (avec {n.persons(people)})"
    return violation("H14", [fixed.id], people, message)


class WeekIndex:
    """Built once for a week (problem + meetings); answers one-candidate checks fast.

    Meetings are indexed by (beneficiary, day), (professional, day), (site, day), professional
    and (beneficiary, type), so a candidate is only compared with the few meetings it can touch.
    """

    def __init__(self, problem: PlanningProblem, meetings: Sequence[Meeting]) -> None:
        self._ctx = RuleContext.build(problem)
        self._by_id: dict[str, Meeting] = {}
        self._ben_day: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._pro_day: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._site_day: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._pro_week: dict[str, set[str]] = defaultdict(set)
        self._ben_type: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in meetings:
            self.replace(m)

    # -- maintenance -------------------------------------------------------------------------

    def _buckets(self, m: Meeting) -> Iterable[set[str]]:
        yield self._site_day[(m.site, m.day)]
        for bid in set(m.beneficiaries):
            yield self._ben_day[(bid, m.day)]
            yield self._ben_type[(bid, m.type)]
        for pid in set(m.professionals):
            yield self._pro_day[(pid, m.day)]
            yield self._pro_week[pid]

    def replace(self, meeting: Meeting) -> None:
        """Update the index after an accepted edit (a cancelled meeting leaves the week)."""
        self.remove(meeting.id)
        if meeting.status == CANCELLED:
            return
        self._by_id[meeting.id] = meeting
        for bucket in self._buckets(meeting):
            bucket.add(meeting.id)

    def remove(self, meeting_id: str) -> None:
        old = self._by_id.pop(meeting_id, None)
        if old is not None:
            for bucket in self._buckets(old):
                bucket.discard(meeting_id)

    def meetings(self) -> list[Meeting]:
        """The indexed (non-cancelled) meetings."""
        return list(self._by_id.values())

    def _members(self, ids: Iterable[str], skip: Collection[str]) -> list[Meeting]:
        return [self._by_id[i] for i in ids if i not in skip]

    # -- checks ------------------------------------------------------------------------------

    def check_candidate(self, candidate: Meeting, ignore: Collection[str] = ()) -> list[Violation]:
        """Violations the candidate would cause or suffer if placed.

        The meeting with the candidate's id and the ids in ``ignore`` count as removed.
        """
        ctx = self._ctx
        if candidate.status == CANCELLED:
            fixed = ctx.fixed.get(candidate.id)
            return [_missing_fixed(ctx, fixed)] if fixed is not None else []
        skip = {*ignore, candidate.id}
        c, day = candidate, candidate.day
        bens, pros = sorted(set(c.beneficiaries)), sorted(set(c.professionals))
        found = meeting_violations(ctx, c)

        neighbour_ids = set(self._site_day.get((c.site, day), ()))
        for bid in bens:
            neighbour_ids |= self._ben_day.get((bid, day), set())
        for pid in pros:
            neighbour_ids |= self._pro_day.get((pid, day), set())
        for other in self._members(neighbour_ids, skip):
            found += pair_violations(ctx, c, other)

        travel_people: dict[tuple[str, str], list[str]] = defaultdict(list)
        pair_of: dict[tuple[str, str], tuple[Meeting, Meeting]] = {}
        for person, bucket in [*((b, self._ben_day) for b in bens), *((p, self._pro_day) for p in pros)]:
            members = [*self._members(bucket.get((person, day), ()), skip), c]
            for a, b in travel_pairs(ctx, members, focus=c):
                travel_people[(a.id, b.id)].append(person)
                pair_of[(a.id, b.id)] = (a, b)
        for key, people in travel_people.items():
            found.append(travel_violation(ctx, *pair_of[key], people))

        site_members = [*self._members(self._site_day.get((c.site, day), ()), skip), c]
        found += [v for v in capacity_violations(ctx, c.site, day, site_members) if c.id in v.meetings]
        for bid in bens:
            found += day_count_violations(ctx, bid, day, [*self._members(self._ben_day.get((bid, day), ()), skip), c])
            found += over_planning_violations(
                ctx, bid, c.type, [*self._members(self._ben_type.get((bid, c.type), ()), skip), c]
            )
        for pid in pros:
            found += week_minutes_violations(ctx, pid, [*self._members(self._pro_week.get(pid, ()), skip), c])
        return sorted(set(found), key=violation_key)

    def violations(self) -> list[Violation]:
        """Every violation of the indexed week, each reported once (what ``check_week`` returns)."""
        ctx, none = self._ctx, frozenset[str]()
        found: list[Violation] = []
        for m in self._by_id.values():
            found += meeting_violations(ctx, m)
        for f in ctx.fixed.values():
            if f.id not in self._by_id:
                found.append(_missing_fixed(ctx, f))

        pairs: set[tuple[str, str]] = set()
        for bucket in (self._site_day, self._ben_day, self._pro_day):
            for ids in bucket.values():
                ordered = sorted(ids)
                pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
        for a_id, b_id in pairs:
            found += pair_violations(ctx, self._by_id[a_id], self._by_id[b_id])

        travel_people: dict[tuple[str, str], list[str]] = defaultdict(list)
        pair_of: dict[tuple[str, str], tuple[Meeting, Meeting]] = {}
        for bucket in (self._ben_day, self._pro_day):
            for (person, _day), ids in bucket.items():
                for a, b in travel_pairs(ctx, self._members(ids, none)):
                    travel_people[(a.id, b.id)].append(person)
                    pair_of[(a.id, b.id)] = (a, b)
        for key, people in travel_people.items():
            found.append(travel_violation(ctx, *pair_of[key], people))

        for (site, day), ids in self._site_day.items():
            found += capacity_violations(ctx, site, day, self._members(ids, none))
        for (bid, day), ids in self._ben_day.items():
            found += day_count_violations(ctx, bid, day, self._members(ids, none))
        for pid, ids in self._pro_week.items():
            found += week_minutes_violations(ctx, pid, self._members(ids, none))
        for (bid, tid), ids in self._ben_type.items():
            found += over_planning_violations(ctx, bid, tid, self._members(ids, none))
        return sorted(set(found), key=violation_key)
