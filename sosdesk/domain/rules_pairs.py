"""Rules judged on two meetings of one day: H1, H2, H8 (same site), H14 (buffer) and H9 (travel)."""

from __future__ import annotations

from collections.abc import Sequence

from sosdesk.domain.model import Meeting
from sosdesk.domain.rules_base import (
    RuleContext,
    Violation,
    violation,
)
from sosdesk.domain.vocabulary import clock, of


def in_order(a: Meeting, b: Meeting) -> tuple[Meeting, Meeting]:
    """The pair in a canonical order, so both meetings' points of view give the same violation."""
    return (a, b) if (a.start, a.end, a.id) <= (b.start, b.end, b.id) else (b, a)


def overlapping(a: Meeting, b: Meeting) -> bool:
    return a.day == b.day and a.start < b.end and b.start < a.end


def pair_violations(ctx: RuleContext, a: Meeting, b: Meeting) -> list[Violation]:
    """H1/H2 overlaps, H8 same-site crossings and H14 buffers between two distinct meetings."""
    if a.day != b.day or a.id == b.id:
        return []
    if a.start < b.start + b.minutes and b.start < a.start + a.minutes:
        return _overlap(ctx, *in_order(a, b))
    if not (a.buffer_minutes or b.buffer_minutes or a.id in ctx.fixed or b.id in ctx.fixed):
        return []  # apart in time and no buffer to respect
    return _buffer(ctx, *in_order(a, b))


def _overlap(ctx: RuleContext, a: Meeting, b: Meeting) -> list[Violation]:
    n = ctx.names
    out: list[Violation] = []
    for rule, shared in (
        ("H1", sorted(set(a.beneficiaries).intersection(b.beneficiaries))),
        ("H2", sorted(set(a.professionals).intersection(b.professionals))),
    ):
        if shared:
            both = f"{n.meeting(a)} et {n.meeting(b)}"
            verb = "a" if len(shared) == 1 else "ont"
            message = f"{n.persons(shared)} {verb} deux rendez-vous en même temps : {both}"
            out.append(violation(rule, [a.id, b.id], shared, message))
    if a.site == b.site and ctx.forbidden and not (ctx.is_law(a) and ctx.is_law(b)):
        pairs = {
            tuple(sorted((x, y)))
            for x in a.beneficiaries
            for y in b.beneficiaries
            if x != y and ctx.is_forbidden(x, y)
        }
        crossing = n.span(a.day, max(a.start, b.start), min(a.end, b.end))
        for x, y in sorted(pairs):
            message = (
                f"{n.persons([x, y])} ne doivent pas se croiser : {n.meeting(a)} et {n.meeting(b)} "
                f"ont lieu au même site ({n.site(a.site)}) le {crossing}"
            )
            out.append(violation("H8", [a.id, b.id], [x, y], message))
    return out


def _buffer(ctx: RuleContext, a: Meeting, b: Meeting) -> list[Violation]:
    """H14: ``a`` ends before ``b`` starts; a shared beneficiary needs the larger buffer free."""
    shared = sorted(set(a.beneficiaries) & set(b.beneficiaries))
    if not shared:
        return []
    guarded, other = (a, b) if ctx.buffer(a) >= ctx.buffer(b) else (b, a)
    buffer = ctx.buffer(guarded)
    if b.start - a.end >= buffer:
        return []
    n = ctx.names
    around = n.fixed_meeting(guarded) if guarded.fixed or guarded.id in ctx.fixed else n.meeting(guarded)
    verb = "doit" if len(shared) == 1 else "doivent"
    message = (
        f"{n.persons(shared)} {verb} avoir {buffer} min libres autour {of(around)} : "
        f"{n.meeting(other)} est trop proche"
    )
    return [violation("H14", [a.id, b.id], shared, message)]


def travel_pairs(
    ctx: RuleContext, members: Sequence[Meeting], focus: Meeting | None = None
) -> list[tuple[Meeting, Meeting]]:
    """H9 for one person's meetings of one day: consecutive pairs (nothing of theirs in between)
    at different sites without enough travel time. With ``focus``, only pairs that include it."""
    ordered = sorted(members, key=lambda m: (m.start, m.end, m.id))
    found: list[tuple[Meeting, Meeting]] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if focus is not None and focus.id not in (a.id, b.id):
                continue
            first, second = (a, b) if a.end <= b.start else (b, a)
            if first.end > second.start or first.site == second.site or first.id == second.id:
                continue
            if not (ctx.site_known(first.site) and ctx.site_known(second.site)):
                continue
            travel = ctx.problem.travel.minutes(first.site, second.site)
            if travel is not None and second.start - first.end >= travel:
                continue
            between = any(
                m.id not in (first.id, second.id) and first.end <= m.start and m.end <= second.start
                for m in ordered
            )
            if not between:
                found.append(in_order(first, second))
    return found


def travel_violation(ctx: RuleContext, a: Meeting, b: Meeting, people: Sequence[str]) -> Violation:
    """The H9 sentence for a pair found by ``travel_pairs`` (``a`` first) and everyone concerned."""
    who = sorted(set(people))
    n = ctx.names
    verb = "n'a" if len(who) == 1 else "n'ont"
    travel = ctx.problem.travel.minutes(a.site, b.site)
    if travel is None:
        can = "ne peut" if len(who) == 1 else "ne peuvent"
        message = (
            f"{n.persons(who)} {can} pas aller {of(n.site(a.site))} à {n.site(b.site)} dans la journée "
            f"(trajet non renseigné) : {n.meeting(a)} puis {n.meeting(b)}"
        )
    else:
        message = (
            f"{n.persons(who)} {verb} pas le temps d'aller {of(n.site(a.site))} à {n.site(b.site)} : "
            f"{n.meeting(a)} finit à {clock(a.end)}, {n.meeting(b)} commence à "
            f"{clock(b.start)} (trajet {travel} min)"
        )
    return violation("H9", [a.id, b.id], who, message)
