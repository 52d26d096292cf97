"""Sorted, disjoint minute spans of one day: the arithmetic behind candidate windows."""

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


def of_available(windows: Iterable[Window], day: int) -> list[Span]:
    """Disjoint pieces of ``available``/``open`` windows where a meeting lying inside one piece lies
    inside ONE window (the rules engine's reading of H3/H4/H5): a window inside another is dropped,
    an overlapping one is cut where the previous ends, touching pieces are never merged. A meeting
    straddling two overlapping windows is thus not proposed (conservative)."""
    out: list[Span] = []
    for a, b in sorted(((w.start, w.end) for w in windows if w.day == day), key=lambda s: (s[0], -s[1])):
        if out:
            a = max(a, out[-1][1])
        if a < b:
            out.append((a, b))
    return out


def intersect(a: list[Span], b: list[Span]) -> list[Span]:
    out: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(a: list[Span], blocked: list[Span]) -> list[Span]:
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
    return out


def total(spans: Iterable[Span]) -> int:
    return sum(b - a for a, b in spans)


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
