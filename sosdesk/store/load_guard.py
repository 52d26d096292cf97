"""Who a loaded file may bring in: users of a sosdesk-data/1 file are checked against the office
(docs/data-protection.md). A regional office enrolled with the service only ever holds users of
its own region; on a protected file only the national coordinator loads a national coordinator
or changes someone's role or region (otherwise a load would be a way round sign-in).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import ProblemList
from sosdesk.domain.permissions import ROLE_LABELS
from sosdesk.store import models as m
from sosdesk.store.sync_models import REGION_KEY, ROLE_KEY

NATIONAL = "national_coordinator"


def _state(session: Session, key: str) -> Any:
    row = session.get(m.LocalState, key)
    return None if row is None else row.value


def check_loaded_users(session: Session, items: list[tuple[int, dict[str, Any]]], actor_id: str,
                       problems: ProblemList) -> None:
    """Record a problem for every user of the file this office may not receive."""
    if not items:
        return
    region, role = _state(session, REGION_KEY), _state(session, ROLE_KEY)
    enrolled_regional = bool(region) and role != NATIONAL
    protected = session.scalar(select(m.User.id).where(m.User.deleted.is_(False),
                                                       m.User.password_hash.is_not(None)).limit(1))
    actor = session.get(m.User, actor_id) if actor_id else None
    national_actor = actor is not None and not actor.deleted and actor.role == NATIONAL
    for i, obj in items:
        path = f"users[{i}]"
        if enrolled_regional and (obj["role"] == NATIONAL or obj.get("region") != region):
            problems.add(path, f"ce poste est enrôlé pour la région {region} : il ne reçoit que les "
                               f"utilisateurs de cette région ({ROLE_LABELS.get(obj['role'], obj['role'])}"
                               f", région {obj.get('region') or 'aucune'} refusé)")
            continue
        if protected is None or national_actor:
            continue
        existing = session.get(m.User, obj["id"])
        changes_role = existing is not None and (existing.role != obj["role"]
                                                 or existing.region_id != obj.get("region"))
        if obj["role"] == NATIONAL or changes_role:
            problems.add(path, "seul le coordinateur national peut charger un coordinateur national ou "
                               "changer le rôle ou la région d'un utilisateur")
