"""A first-fit pass over the candidates: CP-SAT's warm start, and the fallback when the search
finds nothing in time. It respects the same restrictions as the model (one site a day)."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable

from sosdesk.domain.model import Meeting
from sosdesk.planning.candidates import Availability, Candidates, Item
from sosdesk.planning.plan_eval import score

# The guided order values a candidate by the LP's meetings at its start and, half, a quarter of an
# hour either side (the LP's grid is finer than the first fit's).
GUIDE_SHIFTS = ((0, 1.0), (-15, 0.5), (15, 0.5))
GUIDE_EPSILON = 1e-6

Guide = dict[tuple[object, ...], float]


def grid_slots(start: int, end: int, slot: int) -> range:
    """Every grid slot a meeting touches (one off the grid counts in each: H5 is never exceeded)."""
    return range(start // slot, (max(end, start + 1) - 1) // slot + 1)


def guide_value(it: Item, guide: Guide) -> float:
    """The LP's meetings at the candidate's start, half those a quarter of an hour before or after
    (the LP's grid is coarser than the candidates')."""
    head: tuple[object, ...] = (it.type, it.site, it.day) if it.grouped else (it.bens[0], it.type, it.site, it.day)
    return sum(guide.get((*head, it.start + shift), 0.0) * weight for shift, weight in GUIDE_SHIFTS)


class _State:
    def __init__(self, av: Availability, cands: Candidates) -> None:
        self.av = av
        self.cands = cands
        self.busy: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
        self.site_of_day: dict[tuple[str, int], str] = {}
        # H5: meetings present in each grid slot of a site-day, every meeting held there included (a
        # meeting off the grid counts in every slot it touches: never more than the site holds).
        self.slot = av.p.slot_minutes
        self.site_use: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0] * (24 * 60 // self.slot + 1))
        for (site, day), fixed in av.fixed_by_site.items():
            for f in fixed:
                self._occupy(site, day, f.start, f.end)
        self.count: dict[tuple[str, str], int] = defaultdict(int)
        self.per_day: dict[tuple[str, int], int] = defaultdict(int)
        for b, ms in av.fixed_by_person.items():
            for f in ms:
                if b in f.beneficiaries:
                    self.per_day[(b, f.day)] += 1
        self.minutes: dict[str, int] = defaultdict(int)
        for p, ms in av.fixed_by_person.items():
            self.minutes[p] += sum(f.minutes for f in ms if p in f.professionals)

    def _occupy(self, site: str, day: int, start: int, end: int) -> None:
        use = self.site_use[(site, day)]
        for k in grid_slots(start, end, self.slot):
            use[k] += 1

    def person_ok(self, who: str, it: Item) -> bool:
        site = self.site_of_day.get((who, it.day))
        if site is not None and site != it.site:
            return False
        return all(e <= it.start or it.end <= s for s, e, _ in self.busy[(who, it.day)])

    def ben_ok(self, b: str, it: Item) -> bool:
        p = self.av.p
        if self.count[(b, it.type)] >= self.cands.max_new[(b, it.type)]:
            return False
        if self.per_day[(b, it.day)] >= p.beneficiaries[b].max_meetings_per_day:
            return False
        for o in self.av.forbidden(b):
            if any(s < it.end and it.start < e and site == it.site for s, e, site in self.busy[(o, it.day)]):
                return False
        return self.person_ok(b, it)

    def frame_ok(self, it: Item) -> bool:
        p = self.av.p
        for pro in it.pros:
            cap = p.professionals[pro].max_minutes_per_week
            if not self.person_ok(pro, it) or (cap is not None and self.minutes[pro] + it.end - it.start > cap):
                return False
        use = self.site_use[(it.site, it.day)]
        return all(use[k] < self.av.capacity(it.site, it.day, k * self.slot) for k in grid_slots(it.start, it.end, self.slot))

    def take(self, it: Item, bens: tuple[str, ...]) -> None:
        for who in (*it.pros, *bens):
            self.busy[(who, it.day)].append((it.start, it.end, it.site))
            self.site_of_day[(who, it.day)] = it.site
        for b in bens:
            self.count[(b, it.type)] += 1
            self.per_day[(b, it.day)] += 1
        for pro in it.pros:
            self.minutes[pro] += it.end - it.start
        self._occupy(it.site, it.day, it.start, it.end)


def _chronological(it: Item) -> tuple[int | str, ...]:
    return (not it.grouped, it.day, it.start, it.index)


Key = Callable[[Item], tuple[int | str, ...]]
Joiners = Callable[[Item], tuple[str, ...]]


def first_fit(av: Availability, cands: Candidates, items: list[Item], order: Key = _chronological,
              deadline: float | None = None, joiners: Joiners | None = None) -> dict[int, tuple[str, ...]]:
    """Chosen item index → participants, taking each candidate in ``order`` when it still fits
    (sessions first, then day and time by default); past ``deadline`` what is chosen so far.
    ``joiners``: whom a session asks first (and who may join it at all); its ``bens`` otherwise."""
    state = _State(av, cands)
    chosen: dict[int, tuple[str, ...]] = {}
    ordered = sorted(items, key=order)
    for n, it in enumerate(ordered):
        if deadline is not None and not n % 2048 and time.monotonic() > deadline:
            break
        t = av.p.meeting_types[it.type]
        if not state.frame_ok(it):
            continue
        who: list[str] = []
        for b in it.bens if joiners is None or not it.grouped else joiners(it):
            if len(who) < t.max_participants and state.ben_ok(b, it) and \
                    not any(o in av.forbidden(b) for o in who):
                who.append(b)
        if len(who) >= max(t.min_participants, 1):
            chosen[it.index] = tuple(who)
            state.take(it, tuple(who))
    return chosen



def _orders(av: Availability, items: list[Item], guide: Guide | None = None,
            sessions: dict[int, tuple[str, ...]] | None = None) -> list[tuple[Key, Joiners | None]]:
    """A few fixed orders; which fills a week best depends on the week (measured on S/M/L). With a
    ``guide`` (``bound_slots.slot_guide``), two orders of the LP's solution come first, in place of
    the last two fixed ones: sessions ask whom the LP puts in them first, then (first order) anyone
    free or (second) nobody else unless the LP puts nobody there. With ``sessions`` chosen together
    (``sessions.choose_sessions``: item index → participants), three orders take those sessions
    first, with their participants, then the individual meetings in the guided, fewest-options and
    chronological orders, other sessions last; the four plain orders follow as they were (the best
    of the seven is kept: docs/planning.md, « Round 20 »)."""
    plain = _plain_orders(av, items, guide)
    if not sessions:
        return plain
    chosen = sessions

    def first(key: Key) -> Key:  # the chosen sessions, then individual meetings, then other sessions
        return lambda it: (0, it.index) if it.index in chosen else (1 + it.grouped, *key(it))

    def joiners(base: Joiners | None) -> Joiners:
        return lambda it: chosen[it.index] if it.index in chosen else (base(it) if base is not None else it.bens)

    own = plain[0] if guide is not None else plain[1]  # guided, or fewest options first
    extra = [(first(key), joiners(base)) for key, base in (own, plain[-1], (_chronological, None))]
    return [*extra, *plain]


def _plain_orders(av: Availability, items: list[Item], guide: Guide | None) -> list[tuple[Key, Joiners | None]]:
    options = Counter((it.bens[0], it.type) for it in items if not it.grouped)

    def off_referent(it: Item) -> int:
        return int(not it.grouped and av.p.beneficiaries[it.bens[0]].referent not in it.pros)

    def scarce_first(it: Item) -> tuple[int | str, ...]:  # fewest options first, referent first
        if it.grouped:
            return (0, 0, "", 0, it.day, it.start, it.index)
        return (1, options[(it.bens[0], it.type)], it.bens[0], off_referent(it), it.day, it.start, it.index)

    def time_of_day(it: Item) -> tuple[int | str, ...]:
        return (not it.grouped, it.start, it.day, it.index)

    def chronological_referent(it: Item) -> tuple[int | str, ...]:
        return (not it.grouped, it.day, it.start, off_referent(it), it.index)

    if guide is None:
        return [(_chronological, None), (scarce_first, None), (time_of_day, None), (chronological_referent, None)]

    def guided(it: Item) -> tuple[int | str, ...]:  # sessions first, then where the LP holds meetings
        return (not it.grouped, -round(guide_value(it, guide) * 100), *scarce_first(it))

    def ranked(it: Item) -> tuple[tuple[str, ...], dict[str, float]]:
        """The session's candidates, whom the LP puts in it most first, and the LP's share of each."""
        share = {b: guide.get((b, it.type, it.site, it.day, it.start), 0.0) for b in it.bens}
        return tuple(sorted(it.bens, key=lambda b: -share[b])), share

    def lp_first(it: Item) -> tuple[str, ...]:
        return ranked(it)[0]

    def lp_only(it: Item) -> tuple[str, ...]:
        order, share = ranked(it)
        return tuple(b for b in order if share[b] > GUIDE_EPSILON) or it.bens

    return [(guided, lp_first), (guided, lp_only), (_chronological, None), (scarce_first, None)]


def best_first_fit(av: Availability, cands: Candidates, required: dict[tuple[str, str], int],
                   max_orders: int = 4, deadline: float | None = None,
                   hard_deadline: float | None = None, guide: Guide | None = None,
                   sessions: dict[int, tuple[str, ...]] | None = None) -> tuple[list[Meeting], bool]:
    """The best (coverage, then travel, then continuity) of up to ``max_orders`` first-fit orders,
    as meetings, and whether all of them ran: past ``deadline`` no further order starts; past
    ``hard_deadline`` the running order stops where it is."""
    best: tuple[tuple[int, int, int], list[Meeting]] | None = None
    fixed = [m for m in av.p.fixed if m.status != "cancelled"]
    complete = True
    for k, (order, joiners) in enumerate(_orders(av, cands.items, guide, sessions)[:max_orders]):
        if k and deadline is not None and time.monotonic() > deadline:
            complete = False
            break
        chosen = first_fit(av, cands, cands.items, order, hard_deadline, joiners)
        if hard_deadline is not None and time.monotonic() > hard_deadline:
            complete = False
        planned = [Meeting(f"ff{it.index}", it.type, it.day, it.start, it.end - it.start, it.site, it.pros,
                           chosen[it.index]) for it in cands.items if it.index in chosen]
        key = score(av.p, required, [*fixed, *planned]).key()
        if best is None or key > best[0]:
            best = (key, planned)
    return (best[1] if best is not None else []), complete
