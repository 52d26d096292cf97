"""ISO weeks and Europe/Paris conversions, including the DST weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from sosdesk.domain import timegrid as tg


def test_week_parsing_and_dates() -> None:
    assert tg.parse_week("2026-W48") == (2026, 48)
    assert tg.week_monday("2026-W48") == date(2026, 11, 23)
    assert tg.week_dates("2026-W01")[0] == date(2025, 12, 29)
    assert tg.shift_week("2026-W52", 1) == "2026-W53"
    assert tg.shift_week("2026-W53", 1) == "2027-W01"


@pytest.mark.parametrize("bad", ["2026-48", "2026-W00", "2025-W53", "W48", ""])
def test_bad_weeks_are_refused_in_french(bad: str) -> None:
    with pytest.raises(ValueError, match="semaine"):
        tg.parse_week(bad)


def test_hhmm() -> None:
    assert tg.parse_hhmm("08:30") == 510
    assert tg.parse_hhmm("24:00") == 1440
    assert tg.format_hhmm(510) == "08:30"
    for bad in ("8:30", "25:00", "12:60", "24:15"):
        with pytest.raises(ValueError):
            tg.parse_hhmm(bad)


def test_dst_week_keeps_wall_clock_times() -> None:
    # Last week of October 2026: clocks go back on Sunday 25 October (week 2026-W43 ends that day).
    before = tg.week_slot_to_utc("2026-W43", 6, 9 * 60)  # Saturday 24 Oct 09:00 CEST
    after = tg.week_slot_to_utc("2026-W44", 1, 9 * 60)   # Monday 26 Oct 09:00 CET
    assert before == datetime(2026, 10, 24, 7, 0, tzinfo=UTC)
    assert after == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert tg.local_day_minute(after) == (date(2026, 10, 26), 540)
    start, end = tg.week_bounds_utc("2026-W43")
    assert (end - start).total_seconds() == (7 * 24 + 1) * 3600  # the week has one extra hour


def test_instants_need_an_offset() -> None:
    assert tg.parse_instant("2026-10-05T09:00:00+02:00") == datetime(2026, 10, 5, 7, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="décalage"):
        tg.parse_instant("2026-10-05T09:00:00")
    assert tg.format_instant(datetime(2026, 10, 5, 7, 0, tzinfo=UTC)) == "2026-10-05T09:00:00+02:00"


def test_months() -> None:
    assert tg.month_bounds("2026-12") == (date(2026, 12, 1), date(2027, 1, 1))
    with pytest.raises(ValueError, match="mois"):
        tg.parse_month("2026-13")
