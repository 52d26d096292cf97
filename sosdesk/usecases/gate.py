"""Who acts, and the one role check every use case runs before writing."""

from __future__ import annotations

from collections.abc import Iterable

from sosdesk.domain.permissions import Actor, PermissionDenied, require
from sosdesk.store import models as m
from sosdesk.store.engine import Store


def current_actor(store: Store) -> Actor | None:
    """The acting user of ``store`` (``--user`` or the file's current user).

    ``None`` when the file names no user (a single office PC: every edit allowed, as before users
    existed). A user id that names nobody is refused: it must never act with no role at all.
    """
    uid = store.user_id
    if not uid:
        return None
    with store.session() as s:
        user = s.get(m.User, uid)
    if user is None or user.deleted:
        raise PermissionDenied(f"utilisateur inconnu : {uid}")
    return Actor(user.id, user.role, user.region_id)


def allow(actor: Actor | None, action: str, regions: Iterable[str] = ()) -> None:
    """Raise ``PermissionDenied`` (French) unless ``actor`` may do ``action`` in every region."""
    if actor is None:
        return
    require(actor, action)
    for region in sorted(set(regions)):
        require(actor, action, region)
