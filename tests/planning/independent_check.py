"""An independent re-check of the hard rules of planning.md (H1–H14), written from the spec alone.

It shares no code with ``sosdesk.domain.rules`` (nor with the planner): brute force over pairs and
over every minute boundary, so a bug in the rules engine cannot hide the same bug in the planner.
Law-enforcement meetings skip the office rules (H3, H4, H5 open hours, H6, H7, H10), but take a
place at their site (H5 capacity counts every meeting held there) and bind their people (H1, H2, H9,
H11, H14). Returns short strings ``"H5 S1 day 1 at 630: 3 > 2"`` naming what is broken.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from sosdesk.domain.model import Meeting, PlanningProblem, Window


def _inside(windows: tuple[Window, ...], m: Meeting) -> bool:
    """Inside one window (the rules engine's reading: straddling two touching windows is not)."""
    return any(w.day == m.day and w.start <= m.start and m.start + m.minutes <= w.end for w in windows)


def _overlap(a: Meeting, b: Meeting) -> bool:
    return a.day == b.day and a.start < b.start + b.minutes and b.start < a.start + a.minutes


def _forbidden(p: PlanningProblem, x: str, y: str) -> bool:
    return y in p.beneficiaries[x].forbidden_with or x in p.beneficiaries[y].forbidden_with


def _travel(p: PlanningProblem, a: str, b: str) -> int | None:
    return p.travel.minutes(a, b)


def hard_rule_breaches(p: PlanningProblem, meetings: list[Meeting]) -> list[str]:
    live = [m for m in meetings if m.status != "cancelled"]
    out: list[str] = []
    law = {t.id for t in p.meeting_types.values() if t.kind == "law_enforcement"}
    # H1, H2, H8 (same meeting), H9, H14 buffers: pairs of meetings sharing a person or a site
    for a, b in combinations(live, 2):
        if a.day != b.day:
            continue
        for who in set(a.beneficiaries) & set(b.beneficiaries):
            if _overlap(a, b):
                out.append(f"H1 {who} {a.id}/{b.id}")
        for who in set(a.professionals) & set(b.professionals):
            if _overlap(a, b):
                out.append(f"H2 {who} {a.id}/{b.id}")
        first, second = (a, b) if a.start <= b.start else (b, a)
        gap = second.start - (first.start + first.minutes)
        for who in (set(a.beneficiaries) & set(b.beneficiaries)) | (set(a.professionals) & set(b.professionals)):
            if a.site != b.site and gap >= 0:
                between = [m for m in live if m.day == a.day and who in (*m.beneficiaries, *m.professionals)
                           and m.id not in (a.id, b.id) and first.start + first.minutes <= m.start
                           and m.start + m.minutes <= second.start]
                if not between:
                    need = _travel(p, first.site, second.site)
                    if need is None or gap < need:
                        out.append(f"H9 {who} {first.id}->{second.id}")
            if who in p.beneficiaries and gap >= 0:
                buf = max(first.buffer_minutes if first.fixed else 0, second.buffer_minutes if second.fixed else 0)
                fixed_buf = {f.id: f.buffer_minutes for f in p.fixed}
                buf = max(buf, fixed_buf.get(first.id, 0), fixed_buf.get(second.id, 0))
                if gap < buf:
                    out.append(f"H14 buffer {who} {first.id}/{second.id}")
        if a.site == b.site and _overlap(a, b) and not (a.type in law and b.type in law):
            for x in a.beneficiaries:
                for y in b.beneficiaries:
                    if x != y and _forbidden(p, x, y):
                        out.append(f"H8 {x}/{y} {a.id}/{b.id}")
    for m in live:
        t = p.meeting_types[m.type]
        if m.type in law:
            continue
        for i, x in enumerate(m.beneficiaries):
            for y in m.beneficiaries[i + 1:]:
                if _forbidden(p, x, y):
                    out.append(f"H8 {x}/{y} in {m.id}")
        for b in m.beneficiaries:
            ben = p.beneficiaries[b]
            if ben.available and not _inside(ben.available, m):
                out.append(f"H3 {b} {m.id}")
            if any(_overlap(m, Meeting("w", m.type, w.day, w.start, w.end - w.start, m.site, (), ()))
                   for w in ben.unavailable):
                out.append(f"H3 unavailable {b} {m.id}")
            if ben.sites and m.site not in ben.sites:
                out.append(f"H10 {b} {m.id}")
        for x in m.professionals:
            pro = p.professionals[x]
            if pro.available and not _inside(pro.available, m):
                out.append(f"H4 {x} {m.id}")
            if t.skill not in pro.skills:
                out.append(f"H6 skill {x} {m.id}")
            if pro.sites and m.site not in pro.sites:
                out.append(f"H10 {x} {m.id}")
        site = p.sites[m.site]
        if site.open and not _inside(site.open, m):
            out.append(f"H5 open {m.site} {m.id}")
        if len(m.professionals) != t.professionals:
            out.append(f"H6 count {m.id}")
        if not t.min_participants <= len(m.beneficiaries) <= t.max_participants:
            out.append(f"H7 {m.id}")
    # H5 capacity: every meeting held at the site counts, whatever its type
    by_site: dict[tuple[str, int], list[Meeting]] = defaultdict(list)
    for m in live:
        by_site[(m.site, m.day)].append(m)
    for (site, day), ms in sorted(by_site.items()):
        cap = p.sites[site].capacity
        for t0 in sorted({m.start for m in ms}):
            n = sum(1 for m in ms if m.start <= t0 < m.start + m.minutes)
            if n > cap:
                out.append(f"H5 {site} day {day} at {t0}: {n} > {cap}")
    # H11, H12, H13
    per_day: dict[tuple[str, int], int] = defaultdict(int)
    planned: dict[tuple[str, str], int] = defaultdict(int)
    pro_minutes: dict[str, int] = defaultdict(int)
    for m in live:
        for b in set(m.beneficiaries):
            per_day[(b, m.day)] += 1
            planned[(b, m.type)] += m.minutes
        for x in set(m.professionals):
            pro_minutes[x] += m.minutes
    for (b, day), n in per_day.items():
        if n > p.beneficiaries[b].max_meetings_per_day:
            out.append(f"H11 {b} day {day}: {n}")
    for x, minutes in pro_minutes.items():
        cap = p.professionals[x].max_minutes_per_week
        if cap is not None and minutes > cap:
            out.append(f"H12 {x}: {minutes} > {cap}")
    required = {(b.id, r.type): r.minutes for b in p.beneficiaries.values() for r in b.requirements}
    for (b, tid), minutes in planned.items():
        t = p.meeting_types[tid]
        if t.kind == "law_enforcement" or ((b, tid) not in required and t.kind != "individual"):
            continue
        if minutes - required.get((b, tid), 0) >= t.minutes:
            out.append(f"H13 {b} {tid}: {minutes}")
    # H14: fixed meetings stay as given
    given = {(m.id, m.type, m.day, m.start, m.minutes, m.site, frozenset(m.professionals),
              frozenset(m.beneficiaries)) for m in live}
    for f in p.fixed:
        if f.status == "cancelled":
            continue
        key = (f.id, f.type, f.day, f.start, f.minutes, f.site, frozenset(f.professionals), frozenset(f.beneficiaries))
        if key not in given:
            out.append(f"H14 moved {f.id}")
    return out


def new_breaches(p: PlanningProblem, meetings: list[Meeting]) -> list[str]:
    """Breaches of the plan that the fixed meetings alone do not already have."""
    before = set(hard_rule_breaches(p, [m for m in meetings if m.fixed]))
    return [x for x in hard_rule_breaches(p, meetings) if x not in before]
