"""Rules judged on a group of meetings: H5 capacity (site, day), H11 (beneficiary, day),
H12 (professional, week) and H13 (beneficiary, type)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from sosdesk.domain.closures import describe
from sosdesk.domain.model import DatedWindow, Meeting
from sosdesk.domain.names import Names
from sosdesk.domain.rules_base import (
    INDIVIDUAL,
    RuleContext,
    Violation,
    chronological,
    violation,
)
from sosdesk.domain.vocabulary import duration, of


def capacity_violations(ctx: RuleContext, site_id: str, day: int, members: Sequence[Meeting]) -> list[Violation]:
    """H5: one violation per maximal stretch where the site holds more than ``capacity`` meetings.

    Involved meetings are those present during the stretch. Every meeting held at the site counts,
    fixed and law-enforcement ones included (planning.md H5: a court or police station is a site of
    its own, and a court appointment held in an office room takes that room).
    """
    site = ctx.problem.sites.get(site_id)
    if site is None:
        return []
    counted = [m for m in members if m.site == site_id and m.day == day and m.end > m.start]
    reduced = [w for w in ctx.dated_on("site", site_id, day) if w.capacity]
    n = ctx.names
    if reduced:
        return _reduced_capacity_violations(n, site_id, site.capacity, day, counted, reduced)
    if len(counted) <= site.capacity:
        return []
    events: dict[int, int] = {}
    for m in counted:
        events[m.start] = events.get(m.start, 0) + 1
        events[m.end] = events.get(m.end, 0) - 1
    stretches: list[tuple[int, int, int]] = []  # start, end, peak
    load, opened, peak = 0, -1, 0
    for t in sorted(events):
        load += events[t]
        if load > site.capacity and opened < 0:
            opened, peak = t, load
        elif load > site.capacity:
            peak = max(peak, load)
        elif opened >= 0:
            stretches.append((opened, t, peak))
            opened = -1
    out: list[Violation] = []
    for start, end, peak in stretches:
        present = chronological(m for m in counted if m.start < end and start < m.end)
        people = [p for m in present for p in (*m.beneficiaries, *m.professionals)]
        message = (
            f"Le site {n.site(site_id)} (capacité {site.capacity}) accueille jusqu'à {peak} rendez-vous à "
            f"la fois le {n.span(day, start, end)} : {n.meetings(present)}"
        )
        out.append(violation("H5", [m.id for m in present], people, message))
    return out


def _reduced_capacity_violations(n: Names, site_id: str, capacity: int, day: int, counted: Sequence[Meeting],
                                 reduced: Sequence[DatedWindow]) -> list[Violation]:
    """H5 on a day when the site's capacity is reduced for some hours (room works): the capacity
    at each instant is the smallest one in force; one violation per maximal overloaded stretch."""
    points = sorted({t for m in counted for t in (m.start, m.end)} | {t for w in reduced for t in (w.start, w.end)})
    stretches: list[tuple[int, int, int, DatedWindow | None]] = []
    for a, b in pairwise(points):
        load = sum(1 for m in counted if m.start <= a < m.end)
        limits = [w for w in reduced if w.start <= a < w.end]
        rule = min(limits, key=lambda w: w.capacity or 0) if limits else None
        cap = rule.capacity if rule is not None and rule.capacity is not None else capacity
        if load <= cap:
            continue
        if stretches and stretches[-1][1] == a and stretches[-1][3] == rule:
            s0, _e, peak, _r = stretches[-1]
            stretches[-1] = (s0, b, max(peak, load), rule)
        else:
            stretches.append((a, b, load, rule))
    out: list[Violation] = []
    for start, end, peak, rule in stretches:
        present = chronological(m for m in counted if m.start < end and start < m.end)
        people = [p for m in present for p in (*m.beneficiaries, *m.professionals)]
        cap_text = f"{describe(rule, n.site(site_id))}" if rule is not None else f"capacité {capacity}"
        message = (
            f"Le site {n.site(site_id)} ({cap_text}) accueille jusqu'à {peak} rendez-vous à la fois "
            f"le {n.span(day, start, end)} : {n.meetings(present)}"
        )
        out.append(violation("H5", [m.id for m in present], people, message))
    return out


def day_count_violations(ctx: RuleContext, ben_id: str, day: int, members: Sequence[Meeting]) -> list[Violation]:
    """H11: at most ``max_meetings_per_day`` meetings for a beneficiary on one day."""
    ben = ctx.problem.beneficiaries.get(ben_id)
    mine = chronological(m for m in members if m.day == day and ben_id in m.beneficiaries)
    if ben is None or len(mine) <= ben.max_meetings_per_day:
        return []
    n = ctx.names
    message = (
        f"{n.person(ben_id)} a {len(mine)} rendez-vous le {n.day(day)} pour un maximum de "
        f"{ben.max_meetings_per_day} : {n.meetings(mine)}"
    )
    return [violation("H11", [m.id for m in mine], [ben_id], message)]


def week_minutes_violations(ctx: RuleContext, pro_id: str, members: Sequence[Meeting]) -> list[Violation]:
    """H12: a professional's planned minutes in the week stay within ``max_minutes_per_week``."""
    pro = ctx.problem.professionals.get(pro_id)
    if pro is None or pro.max_minutes_per_week is None:
        return []
    mine = chronological(m for m in members if pro_id in m.professionals)
    total = sum(m.minutes for m in mine)
    if total <= pro.max_minutes_per_week:
        return []
    message = (
        f"{ctx.names.person(pro_id)} a {duration(total)} de rendez-vous dans la semaine pour un maximum de "
        f"{duration(pro.max_minutes_per_week)} : retirez-lui {duration(total - pro.max_minutes_per_week)}"
    )
    return [violation("H12", [m.id for m in mine], [pro_id], message)]


def over_planning_violations(
    ctx: RuleContext, ben_id: str, type_id: str, members: Sequence[Meeting]
) -> list[Violation]:
    """H13: planned − required must stay below one meeting of the type.

    Without a requirement, only individual types count as required 0; collective and
    law-enforcement meetings a beneficiary is not required to attend are fine.
    """
    mtype = ctx.problem.meeting_types.get(type_id)
    if mtype is None or ben_id not in ctx.problem.beneficiaries:
        return []
    required = ctx.required.get((ben_id, type_id))
    if required is None and mtype.kind != INDIVIDUAL:
        return []
    required = required or 0
    mine = chronological(m for m in members if m.type == type_id and ben_id in m.beneficiaries)
    planned = sum(m.minutes for m in mine)
    if planned - required < mtype.minutes:
        return []
    n = ctx.names
    label = n.type(type_id)
    what = of(label[:1].lower() + label[1:] if not label.split()[0].isupper() else label)
    if required == 0:
        verb = "est planifiée" if planned < 120 else "sont planifiées"
        message = (f"{n.person(ben_id)} n'a pas d'obligation {what} mais {duration(planned)} en {verb}")
    else:
        message = (
            f"{n.person(ben_id)} a {duration(planned)} {what} planifiées pour {duration(required)} "
            f"requises : au moins une séance de {duration(mtype.minutes)} est en trop"
        )
    return [violation("H13", [m.id for m in mine], [ben_id], message)]
