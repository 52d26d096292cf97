"""Retention rules (docs/data-protection.md): which backups to keep, when a person's file must go.

Pure rules, shared by the store (backup rotation), the purge use case and the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# Automatic backups kept in the data directory's ``backups/`` folder.
DAILY_KEEP = 7       # one copy per day, the last 7 days that had one
WEEKLY_KEEP = 5      # one copy per ISO week, the last 5 weeks that had one
BEFORE_KEEP = 5      # copies taken before a risky operation (load, import, purge, restore)

# A beneficiary's file is erased this many years after the end of their follow-up (the later of
# the end of the measure and their last meeting). Setting ``retention_years`` overrides it.
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 30


@dataclass(frozen=True, slots=True)
class BackupName:
    """One automatic backup: its kind (daily, weekly, before) and the key it is kept by."""

    kind: str
    key: str  # daily: AAAA-MM-JJ; weekly: AAAA-Wss; before: AAAAMMJJ-HHMMSS-raison


def daily_key(now: datetime) -> str:
    return now.date().isoformat()


def weekly_key(now: datetime) -> str:
    year, week, _ = now.date().isocalendar()
    return f"{year}-W{week:02d}"


def before_key(now: datetime, reason: str) -> str:
    return f"{now:%Y%m%d-%H%M%S}-{reason}"


def to_drop(names: list[BackupName]) -> list[BackupName]:
    """The backups past the rotation: keys sort chronologically, the newest of each kind stay."""
    keep = {"daily": DAILY_KEEP, "weekly": WEEKLY_KEEP, "before": BEFORE_KEEP}
    dropped: list[BackupName] = []
    for kind, count in keep.items():
        mine = sorted((n for n in names if n.kind == kind), key=lambda n: n.key, reverse=True)
        dropped.extend(mine[count:])
    return dropped


def subtract_years(day: date, years: int) -> date:
    """``day`` minus ``years`` (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def follow_up_end(measure_end: date | None, last_meeting: date | None) -> date | None:
    """When a person's follow-up ended: the end of the measure, or their last meeting if later.
    ``None`` while the measure has no end date (still followed: never purged)."""
    if measure_end is None:
        return None
    return max(measure_end, last_meeting) if last_meeting else measure_end


def past_retention(end: date | None, cutoff: date) -> bool:
    """True when a follow-up that ended on ``end`` ended before ``cutoff`` (erasure due)."""
    return end is not None and end < cutoff


def pseudonym(person_id: str) -> str:
    """The name an erased person keeps where a validated invoice still refers to them."""
    return f"Personne effacée {person_id}"
