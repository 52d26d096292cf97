"""ISO weeks, local Europe/Paris times and the 15-minute grid (planning spec § Time).

Inside a week, times are (ISO weekday 1..7, minute of the local day). Instants are stored
in UTC; conversions go through zoneinfo so DST weeks keep a 60-minute meeting 60 minutes.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
DEFAULT_SLOT = 15
MINUTES_PER_DAY = 24 * 60

_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_hhmm(text: str) -> int:
    """'08:30' → 510. '24:00' is allowed as the end of a day. Raises ValueError in French."""
    m = _HHMM.match(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"heure invalide « {text} » (attendu HH:MM)")
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    if minutes > MINUTES_PER_DAY:
        raise ValueError(f"heure invalide « {text} »")
    return minutes


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_week(text: str) -> tuple[int, int]:
    """'2026-W48' → (2026, 48); refuses weeks that do not exist in that ISO year."""
    m = _WEEK.match(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"semaine invalide « {text} » (attendu AAAA-Wss, par ex. 2026-W48)")
    year, week = int(m.group(1)), int(m.group(2))
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"la semaine {text} n'existe pas") from None
    return year, week


def format_week(year: int, week: int) -> str:
    return f"{year:04d}-W{week:02d}"


def week_of(d: date) -> str:
    iso = d.isocalendar()
    return format_week(iso.year, iso.week)


def week_monday(week: str) -> date:
    year, num = parse_week(week)
    return date.fromisocalendar(year, num, 1)


def week_dates(week: str) -> list[date]:
    monday = week_monday(week)
    return [monday + timedelta(days=i) for i in range(7)]


def shift_week(week: str, delta: int) -> str:
    return week_of(week_monday(week) + timedelta(weeks=delta))


def parse_month(text: str) -> tuple[int, int]:
    m = _MONTH.match(text) if isinstance(text, str) else None
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"mois invalide « {text} » (attendu AAAA-MM, par ex. 2026-10)")
    return int(m.group(1)), int(m.group(2))


def month_bounds(month: str) -> tuple[date, date]:
    """First day and first day of the next month (end excluded), local dates."""
    year, mon = parse_month(month)
    first = date(year, mon, 1)
    nxt = date(year + 1, 1, 1) if mon == 12 else date(year, mon + 1, 1)
    return first, nxt


def local_to_utc(d: date, minute: int, tz: ZoneInfo = PARIS) -> datetime:
    """A local wall-clock time on a date → an aware UTC instant."""
    local = datetime.combine(d, time(0, 0), tzinfo=tz) + timedelta(minutes=minute)
    # Adding a timedelta to an aware datetime keeps wall-clock arithmetic; rebuild to fix the offset.
    local = datetime(local.year, local.month, local.day, local.hour, local.minute, tzinfo=tz)
    return local.astimezone(UTC)


def week_slot_to_utc(week: str, day: int, minute: int, tz: ZoneInfo = PARIS) -> datetime:
    return local_to_utc(week_monday(week) + timedelta(days=day - 1), minute, tz)


def utc_to_local(instant: datetime, tz: ZoneInfo = PARIS) -> datetime:
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(tz)


def local_day_minute(instant: datetime, tz: ZoneInfo = PARIS) -> tuple[date, int]:
    """An instant → (local date, minute of the local day)."""
    local = utc_to_local(instant, tz)
    return local.date(), local.hour * 60 + local.minute


def week_bounds_utc(week: str, tz: ZoneInfo = PARIS) -> tuple[datetime, datetime]:
    """Start (Monday 00:00 local) and end (next Monday 00:00 local) of a week, in UTC."""
    monday = week_monday(week)
    return local_to_utc(monday, 0, tz), local_to_utc(monday + timedelta(days=7), 0, tz)


def parse_instant(text: str) -> datetime:
    """ISO 8601 with an offset → aware UTC datetime. Naive instants are refused."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"instant invalide « {text} » (attendu ISO 8601 avec décalage)") from None
    if value.tzinfo is None:
        raise ValueError(f"instant « {text} » sans décalage horaire (ajoutez +01:00 ou +02:00)")
    return value.astimezone(UTC)


def format_instant(instant: datetime, tz: ZoneInfo = PARIS) -> str:
    """UTC instant → local ISO 8601 with offset, seconds precision."""
    return utc_to_local(instant, tz).isoformat(timespec="seconds")


def now_utc() -> datetime:
    return datetime.now(UTC)
