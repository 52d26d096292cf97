"""Search everywhere (issue 14): the one query behind ``sosdesk search`` and the window's Ctrl+K box.

Case and accents do not matter, every word is a prefix, a user only finds what their role and
region may see (``domain.permissions.search_scope``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sosdesk.domain.permissions import Actor, search_scope
from sosdesk.store import search_index
from sosdesk.store.engine import Store
from sosdesk.usecases.gate import current_actor

KIND_LABELS = {"beneficiary": "Bénéficiaire", "professional": "Professionnel", "measure": "Mesure",
               "meeting": "Rendez-vous", "invoice": "Facture", "expense": "Dépense"}
KIND_ORDER = search_index.KIND_ORDER
DEFAULT_LIMIT = 30
DATED = frozenset({"meeting", "invoice", "expense"})


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: ``kind`` and ``id`` say where to jump, ``label``/``detail`` what to show."""

    kind: str
    id: str
    label: str
    detail: str
    region: str
    when: str = ""   # meetings: local « 2026-12-07T14:30 »; expenses: the date; invoices: the month

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def search(store: Store, text: str, limit: int = DEFAULT_LIMIT, actor: Actor | None = None,
           use_file_user: bool = True) -> list[SearchHit]:
    """Hits for ``text``, best first, at most ``limit``; ``actor`` defaults to the file's user."""
    if actor is None and use_file_user:
        actor = current_actor(store)
    kinds, region = search_scope(actor)
    expression = search_index.match_expression(text)
    if not expression:
        return []
    with store.session() as s:
        hits = search_index.query(s.connection(), expression, kinds,
                                  None if region is None else [region], max(1, limit))
    return [SearchHit(h.kind, h.id, h.label, h.detail, h.region, h.happens) for h in hits]


def grouped(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits by kind in a fixed order (people first); people keep the rank order, dated things
    (meetings, invoices, expenses) come most recent first."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    for kind, group in groups.items():
        if kind in DATED:
            group.sort(key=lambda h: h.when, reverse=True)
    return [(k, groups[k]) for k in KIND_ORDER if k in groups]


def rebuild(store: Store) -> int:
    """Rebuild the whole index (after a repair); returns the number of documents."""
    with store.session() as s, s.begin():
        return search_index.rebuild(s.connection())
