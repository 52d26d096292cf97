"""Writing a plan (``sosdesk plan --apply``, the window's « Accepter le plan »): role checked,
every meeting checked against the hard rules with the week's existing meetings, undoable."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sosdesk.domain import model as dm
from sosdesk.domain.permissions import Actor
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.ops_meetings import insert_meetings
from sosdesk.usecases.gate import allow


@dataclass(frozen=True, slots=True)
class PlanApplied:
    """The planned meetings written (their ids) and what changed."""

    ids: list[str]
    changes: Changes


def apply_plan(store: Store, actor: Actor | None, week: str, meetings: Iterable[dm.Meeting],
               label: str = "Planification") -> PlanApplied:
    """Write the proposed (non-fixed) meetings of ``week`` as planned meetings, in one transaction.

    Refused, with nothing written, when ``actor`` may not plan in the sites' regions
    (``PermissionDenied``) or when a meeting breaks a hard rule H1–H14 together with the week's
    meetings (``EditRefused``). Undoable as any edit (``usecases.undo``: the change log's entries).
    """
    proposed = [mt for mt in meetings if not mt.fixed]
    with store.transaction(label) as (session, changes):
        regions = set()
        for mt in proposed:
            site = session.get(m.Site, mt.site)
            if site is not None:
                regions.add(site.region_id)
        allow(actor, "plan", regions)
        ids = insert_meetings(session, [(week, mt) for mt in proposed])
    return PlanApplied(ids, changes)
