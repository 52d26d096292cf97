"""Free-time spans keep the rules engine's reading of windows: a meeting lies inside ONE window.

Checked against a direct reading of the windows on random days (hypothesis), so the planner never
loses a place that is valid (inside the second of two overlapping windows) nor proposes one that is
not (straddling two)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sosdesk.domain.model import Window
from sosdesk.planning import spans as sp

GRID = 15
minutes = st.integers(0, 24 * 60 // GRID).map(lambda k: k * GRID)
span = st.tuples(minutes, minutes).filter(lambda s: s[0] < s[1])
spans_list = st.lists(span, max_size=5)


def inside_one(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(a <= lo and hi <= b for a, b in spans)


def meetings() -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(minutes, st.sampled_from((30, 45, 60, 90, 120))).map(lambda x: (x[0], x[0] + x[1]))


@settings(max_examples=300, deadline=None)
@given(spans_list, meetings())
def test_of_available_reads_windows_one_at_a_time(raw: list[tuple[int, int]], meeting: tuple[int, int]) -> None:
    windows = [Window(day=1, start=a, end=b) for a, b in raw]
    free = sp.of_available(windows, 1)
    assert inside_one(free, *meeting) == inside_one(raw, *meeting)
    assert [a for a, _ in free] == sorted(a for a, _ in free)


@settings(max_examples=300, deadline=None)
@given(spans_list, spans_list, spans_list, meetings())
def test_intersect_and_subtract_keep_every_valid_place(a: list[tuple[int, int]], b: list[tuple[int, int]],
                                                       blocked: list[tuple[int, int]],
                                                       meeting: tuple[int, int]) -> None:
    lo, hi = meeting
    left_a, left_b = sp.maximal(a), sp.maximal(b)
    both = sp.intersect(left_a, left_b)
    assert inside_one(both, lo, hi) == (inside_one(a, lo, hi) and inside_one(b, lo, hi))
    free = sp.subtract(both, blocked)
    clear = not any(x < hi and lo < y for x, y in blocked)
    assert inside_one(free, lo, hi) == (inside_one(a, lo, hi) and inside_one(b, lo, hi) and clear)


def test_the_second_of_two_overlapping_windows_keeps_its_own_end() -> None:
    windows = [Window(day=2, start=12 * 60 + 30, end=15 * 60), Window(day=2, start=14 * 60, end=15 * 60 + 30)]
    free = sp.of_available(windows, 2)
    assert free == [(750, 900), (840, 930)]
    assert sp.starts(free, 60, 15, 15)[-1] == 14 * 60 + 30  # 14:30–15:30, inside the second window
    assert sp.total(free) == 180
