"""Minute spans of one day: the arithmetic behind candidate windows.

Free time is a list of spans sorted by start, none inside another, each lying inside ONE window of
the person (or site): spans may overlap where the windows do, so that a meeting inside any one
window lies inside one span (the rules engine's reading of H3/H4/H5), while a meeting straddling two
windows lies inside none. ``normalise`` merges them into disjoint spans where only minutes count
(the bounds)."""

from __future__ import annotations

from collections.abc import Iterable

from sosdesk.domain.model import Window
from sosdesk.domain.timegrid import MINUTES_PER_DAY

Span = tuple[int, int]
WHOLE_DAY: list[Span] = [(0, MINUTES_PER_DAY)]


def normalise(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping or touching spans; drop empty ones."""
    out: list[Span] = []
    for a, b in sorted(s for s in spans if s[0] < s[1]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def of_windows(windows: Iterable[Window], day: int) -> list[Span]:
    return normalise((w.start, w.end) for w in windows if w.day == day)


def covers(spans: Iterable[Span], lo: int, hi: int) -> bool:
    """Whether a meeting from ``lo`` to ``hi`` lies inside one of the spans."""
    return any(a <= lo and hi <= b for a, b in spans)


def maximal(spans: Iterable[Span]) -> list[Span]:
    """Sorted by start, empty spans and spans inside another dropped; overlapping ones kept."""
    out: list[Span] = []
    for a, b in sorted((s for s in spans if s[0] < s[1]), key=lambda s: (s[0], -s[1])):
        if not out or b > out[-1][1]:
            out.append((a, b))
    return out


def of_available(windows: Iterable[Window], day: int) -> list[Span]:
    """The ``available``/``open`` windows of ``day`` as spans: a window inside another is dropped,
    overlapping or touching ones are kept apart (a meeting must lie inside ONE window, the rules
    engine's reading of H3/H4/H5: inside either of two overlapping windows is proposed, straddling
    two is not)."""
    return maximal((w.start, w.end) for w in windows if w.day == day)


def intersect(a: list[Span], b: list[Span]) -> list[Span]:
    """Where a meeting lies inside one span of ``a`` and one span of ``b``: the pairwise overlaps."""
    out: list[Span] = []
    for a0, a1 in a:
        for b0, b1 in b:
            if b0 >= a1:
                break
            lo, hi = max(a0, b0), min(a1, b1)
            if lo < hi:
                out.append((lo, hi))
    return maximal(out) if len(out) > 1 else out


def subtract(a: list[Span], blocked: list[Span]) -> list[Span]:
    """What is left of each span of ``a`` outside ``blocked``."""
    out: list[Span] = []
    blocked = normalise(blocked)
    for lo, hi in a:
        cur = lo
        for b0, b1 in blocked:
            if b1 <= cur or b0 >= hi:
                continue
            if b0 > cur:
                out.append((cur, b0))
            cur = max(cur, b1)
        if cur < hi:
            out.append((cur, hi))
    return maximal(out) if len(a) > 1 else out


def total(spans: Iterable[Span]) -> int:
    """Minutes covered (overlapping spans counted once)."""
    return sum(b - a for a, b in normalise(spans))


def starts(spans: list[Span], minutes: int, step: int, slot: int) -> list[int]:
    """Grid start minutes of a ``minutes``-long meeting inside the spans: every ``step`` from each
    span's first grid point, plus the latest start so a span's end is never wasted."""
    out: set[int] = set()
    for lo0, hi in spans:
        lo = -(-lo0 // slot) * slot
        last = (hi - minutes) // slot * slot
        if last < lo:
            continue
        out.update(range(lo, last + 1, step))
        out.add(last)
    return sorted(out)
