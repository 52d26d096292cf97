"""A proven upper bound on coverage, computed apart from the search so the reported gap is honest.

It is a linear relaxation of the true problem — not of the planner's own restrictions (one site
per day, candidate grid) — whose value is the Lagrangian bound of the LP solver's duals
(``bound_slots.LagrangianLp``: GLOP on small LPs, PDLP on office-scale ones). Minutes are pooled in time buckets of
``BUCKET_MINUTES`` per day; every plan that keeps H1–H14 gives a feasible point, so the LP optimum
is ≥ the best coverage. Variables: ``x[b, t, s, d, k]`` minutes of requirement (b, t) at site s
in bucket k of day d; ``y[p, skill, s, d, k]`` minutes professional p spends on that skill there.

Kept (as capacities): the requirement's missing minutes (H13, coverage cap); the beneficiary's
free minutes per bucket and site (H1, H3, H10, H14 buffers and travel around fixed meetings, site
open hours H5) with at most ``⌊free span / duration⌋`` whole meetings per site-day span; meetings a
day (H11, counted fractionally); professionals' free minutes per bucket (H2, H4, H10) and weekly cap
(H12); skilled professional-minutes at the site in the bucket ≥ ``professionals / max_participants``
× participant-minutes of each type (H6, H7 upper side); room-minutes of the site in the bucket
(H5, capacity minus fixed meetings) ≥ participant-minutes / ``max_participants``.
A requirement's minutes only count where one of its meetings can lie at all (``bound_slots.Usable``):
an individual meeting inside the beneficiary's free time and ONE skilled professional's free time
over its whole length, a session where ``min_participants`` of those who need it are free together.
Room-minutes leave out dated closures and public holidays and follow dated capacity reductions.
Relaxed: meetings may be split across buckets and be fractional; collective sessions are assumed
full once possible; forbidden pairs (H8) and travel between planned meetings (H9) are ignored.

This quick bound comes first; the start-indexed LP of ``bound_slots`` then tightens it group by
group with the time left (each group keeps the smaller of its two bounds).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from sosdesk.planning import spans as sp
from sosdesk.planning.bound_slots import LagrangianLp, Usable, slot_bound
from sosdesk.planning.candidates import DAYS, Availability, Candidates, is_grouped
from sosdesk.planning.spans import Span

BUCKET_MINUTES = 60
# Coarser buckets keep the relaxation valid (only looser): at office scale the LP with hour buckets
# does not even solve in a minute (2,000 beneficiaries: 173k columns), with day buckets in 12 s.
BUCKET_CHOICES = (60, 120, 240, 1440)
MAX_LP_COLUMNS = 80_000
# The simplex (GLOP) up to this many columns, PDLP beyond (office weeks: 28 s → a few seconds); the
# value is the Lagrangian bound of the duals either way (``bound_slots.LagrangianLp``).
QUICK_SIMPLEX_MAX_COLUMNS = 30_000


_bucket = [BUCKET_MINUTES]


def _per_bucket(spans: list[Span]) -> dict[int, int]:
    """Minutes of ``spans`` inside each bucket index of the day."""
    size = _bucket[0]
    out: dict[int, int] = defaultdict(int)
    for lo, hi in spans:
        k = lo // size
        while k * size < hi:
            a, b = max(lo, k * size), min(hi, (k + 1) * size)
            if b > a:
                out[k] += b - a
            k += 1
    return out


def _bucket_for(av: Availability, need: dict[tuple[str, str], int]) -> int:
    """The finest bucket whose LP stays under ``MAX_LP_COLUMNS`` (estimated: site-days × buckets
    of a ten-hour day per requirement)."""
    site_days = sum(len(av.ben_sites(b)) * 5 for b, _t in need)
    for size in BUCKET_CHOICES:
        if site_days * max(600 // size, 1) <= MAX_LP_COLUMNS:
            return size
    return BUCKET_CHOICES[-1]


def _room_minutes(av: Availability, site: str, day: int, slot: int) -> dict[int, int]:
    """Room-minutes per bucket: capacity (a dated reduction lowers it) minus every fixed meeting held
    there, over open hours less dated closures and public holidays."""
    s = av.p.sites[site]
    open_spans = sp.intersect(sp.of_windows(s.open, day) if s.open else list(sp.WHOLE_DAY), av.horizon(day))
    open_spans = sp.subtract(open_spans, av.dated_off("site", site, day))
    fixed = av.fixed_by_site.get((site, day), [])
    out: dict[int, int] = defaultdict(int)
    for lo, hi in open_spans:
        for t in range(lo, hi, slot):
            used = sum(1 for m in fixed if m.start < t + slot and t < m.end)
            out[t // _bucket[0]] += max(av.capacity(site, day, t) - used, 0) * min(slot, hi - t)
    return out


def site_groups(av: Availability) -> list[set[str]]:
    """Sites linked by a person who may go to both: the relaxation splits along these groups."""
    parent = {s: s for s in av.p.sites}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links = [av.ben_sites(b) for b in av.p.beneficiaries] + [sorted(av.pro_sites(x)) for x in av.p.professionals]
    for group in links:
        for other in group[1:]:
            a, b = find(group[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    out: dict[str, set[str]] = defaultdict(set)
    for s in av.p.sites:
        out[find(s)].add(s)
    return [out[k] for k in sorted(out)]


def coverage_bound(av: Availability, cands: Candidates, time_limit: float = 20.0,
                   on_bound: Callable[[int, bool], None] | None = None, tight: bool = True,
                   continuity: bool = False, on_larger: Callable[[int], None] | None = None) -> tuple[int, bool]:
    """Upper bound on the new coverage minutes (beyond fixed meetings) any valid plan reaches, and
    whether it is the LP's (False: a group ran out of time and only its cheap bound counts).

    The minute-pooling LP comes first (``on_bound`` gets it at once); the start-indexed LP of
    ``bound_slots`` then tightens each group with the time left (unless not ``tight``).
    ``continuity`` (the bound's child process, which has the time): once every group has its
    start-indexed bound (``on_bound`` gets the total again, then each tightening), the larger LP that keeps one
    professional over a whole meeting tightens each group with the time still left; ``on_larger``
    first gets the start-indexed LPs' column count (what the larger ones will cost, two to four
    times that)."""
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    deadline = time.monotonic() + time_limit
    _bucket[0] = _bucket_for(av, need) if need else BUCKET_MINUTES
    complete = True
    usable = Usable(av)
    parts: list[tuple[set[str], dict[tuple[str, str], int], int]] = []
    groups = needs_by_group(av, need)
    for k, (group, part) in enumerate(groups):
        value, done = _group_bound(av, part, group, _share(deadline, [len(x[1]) for x in groups[k:]]), usable)
        parts.append((group, part, value))
        complete = complete and done
    if on_bound is not None:
        on_bound(sum(value for _g, _p, value in parts), complete)
    # Then, with the time left, the start-indexed LP (much tighter on sessions and short windows):
    # each group keeps the smaller of its two proven bounds.
    values: list[int] = []
    sizes: list[int | None] = []  # each group's start-indexed LP columns (its cost), None when not solved
    ordered = sorted(parts, key=lambda x: len(x[1]))
    for k, (group, part, value) in enumerate(ordered):
        columns: list[int] = []
        until = _share(deadline, [len(x[1]) for x in ordered[k:]])
        tighter = slot_bound(av, part, group, until, usable=usable, columns=columns) \
            if tight and time.monotonic() < deadline else None
        values.append(value if tighter is None else min(value, tighter))
        sizes.append(columns[0] if tighter is not None and columns else None)
    if continuity and tight and time.monotonic() < deadline:
        if on_bound is not None:
            on_bound(sum(values), complete)
        if on_larger is not None:
            on_larger(sum(n for n in sizes if n is not None))
        # Cheapest first: the time left tightens as many groups as it can (a group whose first LP
        # was too large or late is not tried: this one is two to four times larger).
        solved = {i: n for i, n in enumerate(sizes) if n is not None}
        # The searches may end at any moment: each tighter bound is sent as soon as it is proven.
        for i in sorted(solved, key=solved.__getitem__):
            group, part, _value = ordered[i]

            def tightened(tighter: int, i: int = i) -> None:
                if tighter < values[i]:
                    values[i] = tighter
                    if on_bound is not None:
                        on_bound(sum(values), complete)

            if time.monotonic() < deadline:
                slot_bound(av, part, group, deadline, usable=usable, per_professional=True, on_value=tightened)
    return sum(values), complete


def _share(deadline: float, sizes: list[int]) -> float:
    """The deadline of the first of the groups left (``sizes``: their requirements): its share of
    the time left. A large group whose PDLP is stopped by the clock still has a proven bound, and
    leaves the others their time."""
    now = time.monotonic()
    return now + (deadline - now) * sizes[0] / max(sum(sizes), 1)


def trivial_bound(av: Availability, cands: Candidates) -> int:
    """The missing minutes of every requirement: the bound when nothing better was computed."""
    return sum(missing_minutes(av, cands).values())


def _group_bound(av: Availability, need: dict[tuple[str, str], int], group: set[str],
                 deadline: float, usable: Usable) -> tuple[int, bool]:
    """The LP optimum of one group of sites, or a cheap bound when the LP is not proven by
    ``deadline``: per requirement, the whole meetings that fit each day (at most the meetings a day
    allowed, H11) in the beneficiary's free time at their sites while a skilled professional is free."""
    p = av.p
    slot = p.slot_minutes
    lp = LagrangianLp()
    cheap: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    Terms = list[tuple[int, float]]
    by_req: dict[tuple[str, str], Terms] = defaultdict(list)
    ben_bucket: dict[tuple[str, int, int], Terms] = defaultdict(list)
    ben_day: dict[tuple[str, int], Terms] = defaultdict(list)
    demand: dict[tuple[str, str, int, int], Terms] = defaultdict(list)
    room_use: dict[tuple[str, int, int], Terms] = defaultdict(list)
    use = usable
    here: dict[tuple[str, str], list[str]] = defaultdict(list)  # who needs a session type there
    for b, type_id in sorted(need):
        if is_grouped(p.meeting_types[type_id]):
            for site in av.ben_sites(b):
                here[(type_id, site)].append(b)

    def cheap_bound(read: set[tuple[str, str]] | None = None) -> int:
        """Requirements not ``read`` yet count in full."""
        total = 0
        for (b, type_id), missing in need.items():
            if read is not None and (b, type_id) not in read:
                total += missing
                continue
            minutes = p.meeting_types[type_id].minutes
            per_day = p.beneficiaries[b].max_meetings_per_day
            total += min(missing, sum(min(fit, per_day * minutes) for fit in cheap[(b, type_id)].values()))
        return total

    ordered = sorted(need)
    for n, (b, type_id) in enumerate(ordered):
        if not n % 64 and time.monotonic() > deadline:
            return cheap_bound(set(ordered[:n])), False
        t = p.meeting_types[type_id]
        coef = t.professionals / max(t.max_participants, 1)
        for site in av.ben_sites(b):
            for day in DAYS:
                free = use.meeting_spans(b, type_id, site, day, here[(type_id, site)])
                fit = sum((hi - lo) // t.minutes * t.minutes for lo, hi in free)
                if fit <= 0:
                    continue
                cheap[(b, type_id)][day] += fit
                buckets = _per_bucket(free)
                xs: Terms = []
                for k, ub in sorted(buckets.items()):
                    x = lp.var(ub, 1.0)
                    xs.append((x, 1.0))
                    by_req[(b, type_id)].append((x, 1.0))
                    ben_bucket[(b, day, k)].append((x, 1.0))
                    ben_day[(b, day)].append((x, 1 / t.minutes))
                    if coef:
                        demand[(t.skill, site, day, k)].append((x, coef))
                    room_use[(site, day, k)].append((x, 1 / max(t.max_participants, 1)))
                if fit < sum(buckets.values()):
                    lp.at_most(xs, fit)
    if not by_req:
        return 0, True
    if time.monotonic() > deadline:
        return cheap_bound(), False
    for key, terms in by_req.items():
        lp.at_most(terms, need[key])
    ben_union: dict[tuple[str, int], dict[int, int]] = {}
    for (b, day, k), terms in ben_bucket.items():
        if len(terms) > 1:
            if (b, day) not in ben_union:
                spans = [s for site in av.ben_sites(b) for s in av.ben_free(b, day, site)]
                ben_union[(b, day)] = _per_bucket(sp.normalise(spans))
            lp.at_most(terms, ben_union[(b, day)].get(k, 0))
    for (b, day), terms in ben_day.items():
        fixed_n = av.fixed_meetings(b, day)
        lp.at_most(terms, max(p.beneficiaries[b].max_meetings_per_day - fixed_n, 0))
    rooms: dict[tuple[str, int], dict[int, int]] = {}
    for (site, day, k), terms in room_use.items():
        if (site, day) not in rooms:
            rooms[(site, day)] = _room_minutes(av, site, day, slot)
        lp.at_most(terms, rooms[(site, day)].get(k, 0))
    # Supply of skilled professional-minutes at the site in the bucket.
    pro_bucket: dict[tuple[str, int, int], Terms] = defaultdict(list)
    pro_week: dict[str, Terms] = defaultdict(list)
    free_buckets: dict[tuple[str, int, str], dict[int, int]] = {}
    for n, ((skill, site, day, k), terms) in enumerate(demand.items()):
        if not n % 256 and time.monotonic() > deadline:
            return cheap_bound(), False
        supply: Terms = []
        for pro in av.skilled(skill):
            if site not in av.pro_sites(pro):
                continue
            if (pro, day, site) not in free_buckets:
                free_buckets[(pro, day, site)] = _per_bucket(sp.normalise(use.pro_spans(pro, day, site)))
            ub = free_buckets[(pro, day, site)].get(k, 0)
            if ub <= 0:
                continue
            y = lp.var(ub)
            supply.append((y, -1.0))
            pro_bucket[(pro, day, k)].append((y, 1.0))
            pro_week[pro].append((y, 1.0))
        lp.at_most(terms + supply, 0)
    pro_union: dict[tuple[str, int], dict[int, int]] = {}
    for (pro, day, k), ys in pro_bucket.items():
        if len(ys) > 1:
            if (pro, day) not in pro_union:
                spans = [s for site in sorted(av.pro_sites(pro)) for s in av.pro_free(pro, day, site)]
                pro_union[(pro, day)] = _per_bucket(sp.normalise(spans))
            lp.at_most(ys, pro_union[(pro, day)].get(k, 0))
    for pro, ys in pro_week.items():
        cap = p.professionals[pro].max_minutes_per_week
        if cap is not None:
            fixed_min = av.fixed_minutes(pro)
            lp.at_most(ys, max(cap - fixed_min, 0))
    fallback = cheap_bound()
    value = lp.solve(deadline, QUICK_SIMPLEX_MAX_COLUMNS)
    if value is None:
        return fallback, False  # nothing solved in time: only the cheap bound is honest
    # A PDLP stopped by the clock still proved its value, but the phase was cut.
    return min(value, fallback), not lp.stopped_early


def missing_minutes(av: Availability, cands: Candidates) -> dict[tuple[str, str], int]:
    """Missing minutes of each requirement once fixed meetings count (law types cannot be planned)."""
    out: dict[tuple[str, str], int] = {}
    for b in av.p.beneficiaries.values():
        for req in b.requirements:
            t = av.p.meeting_types[req.type]
            missing = max(req.minutes - cands.fixed_minutes.get((b.id, req.type), 0), 0)
            out[(b.id, req.type)] = 0 if t.kind == "law_enforcement" else missing
    return out


def needs_by_group(av: Availability, need: dict[tuple[str, str], int]) -> list[tuple[set[str], dict[tuple[str, str], int]]]:
    """``need`` split along the groups of sites (``site_groups``), groups nobody needs left out."""
    out = []
    for group in site_groups(av):
        part = {k: v for k, v in need.items() if av.ben_sites(k[0])[0] in group}
        if part:
            out.append((group, part))
    return out


__all__ = ["BUCKET_MINUTES", "coverage_bound", "missing_minutes", "needs_by_group", "trivial_bound"]
