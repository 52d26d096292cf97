"""Geometry of the week grid (no Qt): columns per day × resource, minutes ↔ y on the 15-min grid,
which meetings a column shows, side-by-side lanes, and the shaded (unbookable) intervals."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sosdesk.domain import model as dm

SLOT = 15
GUTTER = 52.0
HEADER = 44.0
SLOT_HEIGHT = 12.0       # at least: a 15-minute meeting keeps one readable line
MAX_SLOT_HEIGHT = 22.0
MIN_COLUMN = 26.0
READABLE_COLUMN = 64.0   # a working column never gets narrower ("09:00" and a name stay whole): the
                         # scene scrolls sideways instead, the hours gutter and day header stay put
NARROW_WEIGHT = 0.4
DAY_LABEL_MIN = 88.0

# View modes: whose calendar is shown
PROFESSIONAL, BENEFICIARY, SITE, PROFESSIONALS = "professional", "beneficiary", "site", "professionals"


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    day: int
    resource: str
    x: float
    width: float


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """What the calendar shows: a mode and its resources (several only for PROFESSIONALS)."""

    mode: str
    resources: tuple[str, ...]

    def shows(self, meeting: dm.Meeting, resource: str) -> bool:
        if self.mode in (PROFESSIONAL, PROFESSIONALS):
            return resource in meeting.professionals
        if self.mode == BENEFICIARY:
            return resource in meeting.beneficiaries
        return meeting.site == resource


class WeekLayout:
    """Columns laid out left to right (day-major), time top to bottom from ``first`` to ``last``.

    ``narrow`` columns (a whole day closed, nothing booked) get a third of a normal width, and the
    slots grow to fill ``height`` when the day would otherwise leave the view half empty."""

    def __init__(self, days: Sequence[int], resources: Sequence[str], width: float,
                 first: int = 7 * 60, last: int = 21 * 60, height: float = 0.0,
                 narrow: Collection[int] = (), min_column: float = READABLE_COLUMN) -> None:
        self.days = list(days)
        self.requested_width, self.requested_height = width, height
        self.resources = list(resources) or [""]
        self.first, self.last = first, last
        count = len(self.days) * len(self.resources)
        thin = [i in narrow for i in range(count)]
        n_thin, n_wide = sum(thin), count - sum(thin)
        avail = width - GUTTER
        unit = avail / max(n_wide + NARROW_WEIGHT * n_thin, 1.0)
        thin_w = unit * NARROW_WEIGHT
        if thin_w < MIN_COLUMN and n_wide:
            thin_w = MIN_COLUMN
            unit = (avail - n_thin * thin_w) / n_wide
        # a closed day keeps room for its header ("sam. 14/11")
        thin_w = max(thin_w, DAY_LABEL_MIN / len(self.resources))
        if n_wide and thin_w * n_thin + unit * n_wide > avail:
            unit = (avail - n_thin * thin_w) / n_wide
        unit, thin_w = max(unit, min_column), max(thin_w, MIN_COLUMN)
        self.columns: list[Column] = []
        x = GUTTER
        for i, (day, res) in enumerate((d, r) for d in self.days for r in self.resources):
            w = thin_w if thin[i] else unit
            self.columns.append(Column(i, day, res, x, w))
            x += w
        self.col_width = unit
        self.width = x if x > width + 0.01 else min(x, width)  # float sums must not add a scroll bar
        self._starts = [c.x for c in self.columns]
        slots = max((last - first) / SLOT, 1)
        self.slot_height = max(SLOT_HEIGHT, min(MAX_SLOT_HEIGHT, (height - HEADER - 2) / slots))
        self.height = HEADER + self.y_span(first, last)

    def y_span(self, start: int, end: int) -> float:
        return (end - start) / SLOT * self.slot_height

    def y_of(self, minute: int) -> float:
        return HEADER + self.y_span(self.first, minute)

    def minute_at(self, y: float, snap: bool = True) -> int:
        raw = self.first + (y - HEADER) / self.slot_height * SLOT
        minute = int(round(raw / SLOT) * SLOT) if snap else int(raw // SLOT * SLOT)
        return max(0, min(24 * 60, minute))

    def slot_at(self, y: float) -> int:
        """The slot containing y (floor), for clicks."""
        return self.minute_at(y, snap=False)

    def column_at(self, x: float) -> Column | None:
        if x < GUTTER or not self.columns or x >= self.width:
            return None
        return self.columns[bisect_right(self._starts, x) - 1]

    def scrolls_sideways(self) -> bool:
        return self.width > self.requested_width + 0.5

    def column_of(self, day: int, resource: str) -> Column | None:
        for c in self.columns:
            if c.day == day and c.resource == resource:
                return c
        return None

    def rect(self, column: Column, start: int, minutes: int, lane: int = 0, lanes: int = 1
             ) -> tuple[float, float, float, float]:
        lane_w = (column.width - 4) / max(lanes, 1)
        return (column.x + 2 + lane * lane_w, self.y_of(start), lane_w - 1, self.y_span(start, start + minutes))


def lanes(meetings: Iterable[dm.Meeting]) -> dict[str, tuple[int, int]]:
    """Side-by-side lanes for overlapping meetings of one column: id → (lane, lanes in its cluster)."""
    items = sorted(meetings, key=lambda m: (m.start, -m.minutes, m.id))
    out: dict[str, tuple[int, int]] = {}
    cluster: list[tuple[dm.Meeting, int]] = []
    cluster_end = -1
    lane_ends: list[int] = []

    def flush() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        for mt, lane in cluster:
            out[mt.id] = (lane, width)

    for mt in items:
        if cluster and mt.start >= cluster_end:
            flush()
            cluster, lane_ends, cluster_end = [], [], -1
        for i, end in enumerate(lane_ends):
            if end <= mt.start:
                lane_ends[i] = mt.end
                cluster.append((mt, i))
                break
        else:
            lane_ends.append(mt.end)
            cluster.append((mt, len(lane_ends) - 1))
        cluster_end = max(cluster_end, mt.end)
    if cluster:
        flush()
    return out


def _complement(windows: Sequence[dm.Window], day: int) -> list[tuple[int, int]]:
    inside = sorted((w.start, w.end) for w in windows if w.day == day)
    out, cursor = [], 0
    for start, end in inside:
        if start > cursor:
            out.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < 24 * 60:
        out.append((cursor, 24 * 60))
    return out


def shaded(problem: dm.PlanningProblem, spec: ViewSpec, resource: str, day: int,
           fixed: Iterable[dm.Meeting] = ()) -> list[tuple[int, int]]:
    """Intervals of the day when the column's resource cannot be booked (H3, H4, H5, H14)."""
    if day_closure(problem, spec, resource, day) is not None:
        return [(0, 24 * 60)]
    out: list[tuple[int, int]] = []
    if spec.mode in (PROFESSIONAL, PROFESSIONALS):
        pro = problem.professionals.get(resource)
        if pro is not None and pro.available:
            out += _complement(pro.available, day)
    elif spec.mode == SITE:
        site = problem.sites.get(resource)
        if site is not None and site.open:
            out += _complement(site.open, day)
    elif spec.mode == BENEFICIARY:
        ben = problem.beneficiaries.get(resource)
        if ben is not None:
            if ben.available:
                out += _complement(ben.available, day)
            out += [(w.start, w.end) for w in ben.unavailable if w.day == day]
            out += [(m.start - m.buffer_minutes, m.end + m.buffer_minutes) for m in fixed
                    if m.day == day and resource in m.beneficiaries]
    return out


CLOSED, UNAVAILABLE = "closed", "unavailable"
WORKDAY = (8 * 60, 18 * 60)   # hours shown collapsed when nothing says otherwise


def working_span(problem: dm.PlanningProblem, spec: ViewSpec, days: Iterable[int],
                 meetings: Iterable[dm.Meeting]) -> tuple[int, int]:
    """The hours worth showing (collapsed view): those of the shown meetings and of the shown
    people's or sites' opening hours on the shown days, on whole hours; 08:00–18:00 for whoever
    has no hours set, and when nothing is shown."""
    wanted = set(days)
    spans: list[tuple[int, int]] = [(m.start, m.end) for m in meetings if m.day in wanted]
    for res in spec.resources:
        if spec.mode in (PROFESSIONAL, PROFESSIONALS):
            pro = problem.professionals.get(res)
            windows: Sequence[dm.Window] = pro.available if pro else ()
        elif spec.mode == SITE:
            site = problem.sites.get(res)
            windows = site.open if site else ()
        else:
            ben = problem.beneficiaries.get(res)
            windows = ben.available if ben else ()
        if not windows:  # no hours given means no limit: a usual working day
            spans.append(WORKDAY)
        spans += [(w.start, w.end) for w in windows if w.day in wanted]
    if not spans:
        return WORKDAY
    first = min(s for s, _ in spans) // 60 * 60
    last = -(-max(e for _, e in spans) // 60) * 60
    if last - first < 4 * 60:  # a short day still shows a readable morning or afternoon
        last = min(24 * 60, first + 4 * 60)
    return first, last


def dated_bands(problem: dm.PlanningProblem, spec: ViewSpec, resource: str, day: int
                ) -> list[tuple[int, int, str, bool]]:
    """Dated windows drawn as labelled bands in a column (issue 12): (start, end, label, closes).

    A site shows its own; a person their leave or absences plus the public holidays and closed
    days of the sites they work at (their home site, else their sites)."""
    from sosdesk.domain.closures import label

    if spec.mode == SITE:
        mine = [w for w in problem.dated if w.subject == "site" and w.who == resource and w.day == day]
    else:
        subject = "beneficiary" if spec.mode == BENEFICIARY else "professional"
        if subject == "professional":
            pro = problem.professionals.get(resource)
            sites = ([pro.home_site] if pro and pro.home_site else list(pro.sites) if pro else [])
        else:
            ben = problem.beneficiaries.get(resource)
            sites = list(ben.sites) if ben else []
        sites = sites or list(problem.sites)
        mine = [w for w in problem.dated if w.day == day and (
            (w.subject == subject and w.who == resource)
            or (w.subject == "site" and w.kind != "absence" and w.who in sites))]
    out: dict[tuple[int, int, str], bool] = {}
    for w in sorted(mine, key=lambda w: (w.start, w.end, w.kind)):
        out[(w.start, w.end, label(w))] = w.closes
    return [(a, b, text, closes) for (a, b, text), closes in out.items()]


def _no_window(windows: Sequence[dm.Window], day: int) -> bool:
    """A non-empty set of windows (empty means no limit) with none on that day."""
    return bool(windows) and not any(w.day == day for w in windows)


def _sites_closed(problem: dm.PlanningProblem, site_ids: Iterable[str], day: int) -> bool:
    sites = [problem.sites[s] for s in dict.fromkeys(site_ids) if s in problem.sites]
    return bool(sites) and all(_no_window(s.open, day) for s in sites)


def day_closure(problem: dm.PlanningProblem, spec: ViewSpec, resource: str, day: int) -> str | None:
    """Why a whole column is unbookable: CLOSED (the site, or every site the person works at, is
    closed that day), UNAVAILABLE (the person has no hours that day), or None."""
    if spec.mode == SITE:
        site = problem.sites.get(resource)
        return CLOSED if site is not None and _no_window(site.open, day) else None
    if spec.mode == BENEFICIARY:
        ben = problem.beneficiaries.get(resource)
        if ben is None:
            return None
        if _sites_closed(problem, ben.sites, day):
            return CLOSED
        return UNAVAILABLE if _no_window(ben.available, day) else None
    pro = problem.professionals.get(resource)
    if pro is None:
        return None
    if _sites_closed(problem, [*([pro.home_site] if pro.home_site else []), *pro.sites], day):
        return CLOSED
    return UNAVAILABLE if _no_window(pro.available, day) else None
