"""The arithmetic of the reports, kept apart so tests, docs and every output share one formula."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

# A professional with no weekly cap counts as a full-time French week (35 h) when sizing hires.
DEFAULT_WEEKLY_MINUTES = 35 * 60
CHRONIC_THRESHOLD = Decimal(50)   # % of the weekly requirement held
CHRONIC_WEEKS = 3                 # consecutive finished weeks under the threshold


def hires_needed(demand_minutes: int, available_minutes: int, average_minutes: int) -> int:
    """ceil((weekly demand − weekly available) / average weekly hours of one professional), ≥ 0."""
    gap = demand_minutes - available_minutes
    if gap <= 0:
        return 0
    return math.ceil(gap / max(average_minutes, 1))


def rate(part: int, whole: int) -> Decimal | None:
    """``part`` / ``whole`` in %, one decimal, half-up; None when nothing to divide."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def hours(minutes: int | Decimal) -> Decimal:
    """Minutes as decimal hours, 2 places (what the tables and Excel show)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def longest_run_below(percents: Sequence[Decimal | None], threshold: Decimal = CHRONIC_THRESHOLD) -> int:
    """Longest run of consecutive weeks whose coverage is known and below ``threshold``."""
    best = run = 0
    for value in percents:
        run = run + 1 if value is not None and value < threshold else 0
        best = max(best, run)
    return best
