"""« Modifier cette occurrence / toute la série » (issue 12): edits of weekly series through the one
protection gate (``usecases.meeting_edits``).

- This occurrence: an ordinary move or cancel; the meeting keeps its series and becomes an
  exception (``store.series``), left alone by later series-wide edits and by extensions.
- The whole series: this occurrence and the later planned ones that still look like it get the
  same change; one that would then break a rule (a holiday, a closure, someone's leave) stays where
  it was and is listed, like « Répéter chaque semaine » and « Copier → semaine suivante » do.
"""

from __future__ import annotations

from datetime import datetime

from sosdesk.domain import model as dm
from sosdesk.domain.protection import REFUSE
from sosdesk.store import ops_meetings as ops
from sosdesk.store import series as store_series
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.usecases import meeting_edits as gate

__all__ = ["cancel_occurrence", "cancel_series", "check_series_update", "following_ids", "occurrences", "update_occurrence",
           "update_series"]


def occurrences(store: Store, meeting_id: str) -> list[store_series.Occurrence]:
    """The meeting's series, each occurrence flagged when it is an exception."""
    with store.session() as s:
        return store_series.occurrences(s, meeting_id)


def in_series(store: Store, meeting_id: str) -> bool:
    """The meeting has other occurrences (the calendar then offers « toute la série »)."""
    return len(occurrences(store, meeting_id)) > 1


def update_occurrence(store: Store, week: str, meeting: dm.Meeting, note: str | None = None,
                      *, confirmed: bool = False, reason: str = "",
                      now: datetime | None = None) -> Changes:
    """« Modifier cette occurrence »: the gate's ordinary edit (the series is kept)."""
    notes = None if note is None else {meeting.id: note}
    return gate.update_meetings(store, week, [meeting], "Modifier cette occurrence", notes,
                                confirmed=confirmed, reason=reason, now=now)


def cancel_occurrence(store: Store, meeting_id: str, *,
                      confirmed: bool = False, reason: str = "", now: datetime | None = None) -> Changes:
    """« Annuler cette occurrence »: the series goes on without it."""
    return gate.cancel_meetings(store, [meeting_id], now, confirmed=confirmed, reason=reason, now=now)


def _placements(store: Store, week: str, meeting: dm.Meeting) -> list[tuple[str, dm.Meeting]]:
    with store.session() as s:
        return store_series.series_placements(s, meeting.id, meeting)


def check_series_update(store: Store, week: str, meeting: dm.Meeting, now: datetime | None = None
                        ) -> gate.EditCheck:
    """Dry run of « toute la série »: the worst protection level over the occurrences touched."""
    checks: list[gate.EditCheck] = []
    by_week: dict[str, list[dm.Meeting]] = {}
    for w, mt in _placements(store, week, meeting):
        by_week.setdefault(w, []).append(mt)
    for w, items in by_week.items():
        checks.append(gate.check_update(store, w, items, now))
    order = {REFUSE: 0, "confirm": 1, "open": 2}
    return min(checks, key=lambda c: order.get(c.level, 3), default=gate.EditCheck("open"))


def update_series(store: Store, week: str, meeting: dm.Meeting, *,
                  confirmed: bool = False, reason: str = "", now: datetime | None = None
                  ) -> tuple[ops.CopyReport, Changes]:
    """« Modifier toute la série »: apply ``meeting`` (the new form of one occurrence, in ``week``)
    to it and to the later planned occurrences that look like it; returns moved and skipped ones."""
    why = gate.gate(check_series_update(store, week, meeting, now), confirmed, reason)
    placements = _placements(store, week, meeting)
    return store_series.move_series(store, placements, "Modifier toute la série", meeting.id, why)


def following_ids(store: Store, meeting_id: str) -> list[str]:
    """This occurrence and every later planned one (what « annuler la série à partir d'ici » cancels)."""
    with store.session() as s:
        return [r.id for r in store_series.following(s, meeting_id, include_exceptions=True)]


def cancel_series(store: Store, meeting_id: str, *,
                  confirmed: bool = False, reason: str = "", now: datetime | None = None) -> Changes:
    """« Annuler la série à partir d'ici »: this and every later planned occurrence, exceptions too."""
    ids = following_ids(store, meeting_id)
    return gate.cancel_meetings(store, ids, now, confirmed=confirmed, reason=reason, now=now)

