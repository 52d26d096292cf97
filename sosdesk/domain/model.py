"""Plain values shared by the rules engine, the planner, pricing and the store.

Week-local coordinates: ``day`` is the ISO weekday (1 = Monday), times are minutes of the
local day (Europe/Paris). Windows exclude their end. These mirror ``sosdesk-planning/1``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

SiteKind = Literal["office", "rented", "detention", "external"]
TypeKind = Literal["individual", "collective", "law_enforcement"]
MeetingStatus = Literal["planned", "held", "cancelled"]
Attendance = Literal["present", "absent_excused", "absent_unexcused"]
Role = Literal["regional_admin", "regional_validator", "national_coordinator"]

SITE_KINDS: tuple[str, ...] = ("office", "rented", "detention", "external")
TYPE_KINDS: tuple[str, ...] = ("individual", "collective", "law_enforcement")
MEETING_STATUSES: tuple[str, ...] = ("planned", "held", "cancelled")
ATTENDANCE_VALUES: tuple[str, ...] = ("present", "absent_excused", "absent_unexcused")
ROLES: tuple[str, ...] = ("regional_admin", "regional_validator", "national_coordinator")
EXPENSE_CATEGORIES: tuple[str, ...] = ("room_rental", "materials", "transport", "other")


@dataclass(frozen=True, slots=True)
class Window:
    """A weekly window: ISO weekday, start and end minute of the local day (end excluded)."""

    day: int
    start: int
    end: int

    def contains(self, day: int, start: int, end: int) -> bool:
        return self.day == day and self.start <= start and end <= self.end

    def overlaps(self, day: int, start: int, end: int) -> bool:
        return self.day == day and self.start < end and start < self.end


def inside_any(windows: Iterable[Window], day: int, start: int, end: int) -> bool:
    return any(w.contains(day, start, end) for w in windows)


def overlaps_any(windows: Iterable[Window], day: int, start: int, end: int) -> bool:
    return any(w.overlaps(day, start, end) for w in windows)


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    capacity: int = 1
    open: tuple[Window, ...] = ()
    kind: str = "office"
    name: str = ""
    region: str = ""
    address: str = ""
    rate_coefficient: Decimal = Decimal("1")
    # Public holidays: calendar code of ``domain.closures.HOLIDAY_CALENDARS`` ("" = metropolitan
    # France) and whether the site stays open on them (detention: usually yes).
    holiday_calendar: str = ""
    open_on_holidays: bool = False


@dataclass(frozen=True, slots=True)
class MeetingType:
    id: str
    kind: str
    minutes: int
    skill: str
    professionals: int = 1
    min_participants: int = 1
    max_participants: int = 1
    label: str = ""


@dataclass(frozen=True, slots=True)
class Professional:
    id: str
    skills: tuple[str, ...] = ()
    home_site: str | None = None
    sites: tuple[str, ...] = ()
    max_minutes_per_week: int | None = None
    available: tuple[Window, ...] = ()
    region: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True, slots=True)
class Requirement:
    type: str
    minutes: int


@dataclass(frozen=True, slots=True)
class Beneficiary:
    id: str
    requirements: tuple[Requirement, ...] = ()
    available: tuple[Window, ...] = ()
    unavailable: tuple[Window, ...] = ()
    sites: tuple[str, ...] = ()
    forbidden_with: tuple[str, ...] = ()
    referent: str | None = None
    max_meetings_per_day: int = 2
    region: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting placed in the week. ``fixed`` ones must not move (H14)."""

    id: str
    type: str
    day: int
    start: int
    minutes: int
    site: str
    professionals: tuple[str, ...] = ()
    beneficiaries: tuple[str, ...] = ()
    fixed: bool = False
    buffer_minutes: int = 0
    status: str = "planned"

    @property
    def end(self) -> int:
        return self.start + self.minutes


@dataclass(frozen=True, slots=True)
class TravelMatrix:
    """Travel minutes between sites: symmetric unless both directions are given.

    A pair not listed between two different sites is unreachable the same day (None).
    """

    pairs: Mapping[tuple[str, str], int] = field(default_factory=dict)

    @staticmethod
    def build(entries: Iterable[tuple[str, str, int]]) -> TravelMatrix:
        explicit: dict[tuple[str, str], int] = {}
        for a, b, minutes in entries:
            explicit[(a, b)] = minutes
        pairs = dict(explicit)
        for (a, b), minutes in explicit.items():
            pairs.setdefault((b, a), minutes)
        return TravelMatrix(pairs)

    def minutes(self, a: str, b: str) -> int | None:
        if a == b:
            return 0
        return self.pairs.get((a, b))


DATED_SUBJECTS: tuple[str, ...] = ("professional", "beneficiary", "site")
DATED_KINDS: tuple[str, ...] = ("absence", "holiday", "closed_day")


@dataclass(frozen=True, slots=True)
class DatedWindow:
    """Unavailability on one date of the week (issue 12): a person's leave or absence, a site's
    closure, reduced capacity, public holiday or organisation closed day.

    ``day``/``start``/``end`` are week-local like ``Window``; ``first``..``last`` is the whole
    period it belongs to (for messages: « congé de P3 du 21/12 au 31/12 »). For a site,
    ``capacity`` None means closed, a number the reduced capacity during the window.
    """

    subject: str
    who: str
    day: int
    start: int
    end: int
    date: dt.date
    first: dt.date
    last: dt.date
    reason: str = ""
    kind: str = "absence"
    capacity: int | None = None

    def overlaps(self, day: int, start: int, end: int) -> bool:
        return self.day == day and self.start < end and start < self.end

    @property
    def closes(self) -> bool:
        """Nothing may happen during it (a person away, a site closed or reduced to 0)."""
        return not self.capacity


@dataclass(frozen=True, slots=True)
class PlanningProblem:
    """Everything the rules need to judge one week (the ``sosdesk-planning/1`` instance)."""

    week: str
    sites: Mapping[str, Site]
    meeting_types: Mapping[str, MeetingType]
    professionals: Mapping[str, Professional]
    beneficiaries: Mapping[str, Beneficiary]
    travel: TravelMatrix = field(default_factory=TravelMatrix)
    fixed: tuple[Meeting, ...] = ()
    slot_minutes: int = 15
    timezone: str = "Europe/Paris"
    # Dated unavailability inside the week (leave, closures, public holidays): issue 12.
    dated: tuple[DatedWindow, ...] = ()


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken hard rule: its id (H1..H14), who and what, and a French sentence to act on."""

    rule: str
    meetings: tuple[str, ...]
    people: tuple[str, ...]
    message: str

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "meetings": list(self.meetings), "people": list(self.people),
                "message": self.message}


@dataclass(frozen=True, slots=True)
class ObligationStatus:
    beneficiary: str
    type: str
    planned_minutes: int
    required_minutes: int

    def to_json(self) -> dict[str, object]:
        return {"beneficiary": self.beneficiary, "type": self.type,
                "planned_minutes": self.planned_minutes, "required_minutes": self.required_minutes}


OUTSIDE_WEEK = "un rendez-vous reste dans sa semaine et ne passe pas minuit"


def outside_week(meeting: Meeting) -> str:
    """``OUTSIDE_WEEK`` when a placement leaves its week or crosses midnight (or lasts nothing), else ``""``.

    The one check of the calendar's drag preview and of every meeting edit (``ops_meetings``).
    """
    if not 1 <= meeting.day <= 7 or meeting.start < 0 or meeting.end > 24 * 60 or meeting.minutes <= 0:
        return OUTSIDE_WEEK
    return ""
