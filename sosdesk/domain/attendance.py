"""The one rule "attendance missing" (pricing.md §3 missing proof), used by the calendar marker,
``ops_meetings.missing_attendance``, the activity report and billing (``pricing.outcome``).

A meeting's attendance is missing when it has ended and is still planned, or when it is held and
some beneficiary has no attendance recorded (1 of 2 recorded is still missing: billing cannot tell
whether the other was present). A cancelled meeting, or one not yet over, misses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

PLANNED_PAST = "réunion planifiée dont l'heure est passée : saisir les présences (réalisée) ou l'annuler"
HELD_INCOMPLETE = "réunion réalisée sans présences saisies : saisir la présence de chaque bénéficiaire"


def missing_reason(status: str, beneficiaries: Iterable[str], attendance: Mapping[str, str],
                   start: datetime, minutes: int, now: datetime) -> str:
    """Why this meeting's attendance is missing (French), or ``""`` when nothing is missing."""
    if status == "cancelled":
        return ""
    if status == "planned":
        return PLANNED_PAST if start + timedelta(minutes=minutes) <= now else ""
    return HELD_INCOMPLETE if held_incomplete(status, beneficiaries, attendance) else ""


def held_incomplete(status: str, beneficiaries: Iterable[str], attendance: Mapping[str, str]) -> bool:
    """A held meeting with some beneficiary's attendance not recorded (needs no clock)."""
    bens = list(beneficiaries)
    return status == "held" and (not bens or any(attendance.get(b) is None for b in bens))
