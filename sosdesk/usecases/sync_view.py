"""The Synchronisation page's lists in a person's words: each open conflict and each refused change
named by what it is (« Rendez-vous du 12/11 de Camille Petit »), its fields by their French names;
the table and row id kept apart for a tooltip (issue 13)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sosdesk.contract import fields as contract_fields
from sosdesk.contract import tables
from sosdesk.contract.reasons import REASONS
from sosdesk.domain import vocabulary as voc
from sosdesk.domain.names import person_name
from sosdesk.domain.record_labels import action_label, field_label, local_day, record_subject
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.store.engine import Store
from sosdesk.store.sync_models import SyncConflict, SyncRejected
from sosdesk.syncclient import conflicts


@dataclass(frozen=True, slots=True)
class ConflictItem:
    id: int
    subject: str             # « Bénéficiaire Paul Durand »
    fields: tuple[str, ...]  # French names of the fields both sides changed
    ident: str               # « beneficiaries B12 »: tooltip and logs only
    conflict: SyncConflict
    labels: Mapping[str, str]                  # column → French field name
    values: Mapping[str, tuple[str, str]]      # column → (mine, theirs) as a person reads them

    @property
    def text(self) -> str:
        return f"{self.subject} ({', '.join(self.fields)})" if self.fields else self.subject


@dataclass(frozen=True, slots=True)
class RejectedItem:
    id: int
    subject: str
    action: str              # « modification »
    reason: str              # « valeur invalide (date de naissance) »
    ident: str


def reason_text(reason: str) -> str:
    """« valeur invalide (date de naissance) » for ``invalid_value:birth_date``."""
    code, _, name = reason.partition(":")
    label = REASONS.get(code, code)
    return f"{label} ({field_label(name)})" if name else label


class _Names:
    """Names of the rows a description mentions, read once per list."""

    def __init__(self, session: Any) -> None:
        self.s = session
        self.cache: dict[tuple[str, str], str] = {}

    def row(self, table: str, row_id: str) -> dict[str, Any]:
        model = tables.synced_models().get(table)
        obj = self.s.get(model, row_id) if model is not None else None
        if model is None or obj is None:
            return {}
        return {c.key: getattr(obj, c.key) for c in model.__mapper__.column_attrs}

    def __call__(self, table: str, row_id: str) -> str:
        key = (table, row_id)
        if key not in self.cache:
            values = self.row(table, row_id)
            if table in ("beneficiaries", "professionals"):
                text = person_name(values.get("first_name") or "", values.get("last_name") or "", "")
            else:
                text = str(values.get("name") or values.get("label") or "")
            self.cache[key] = text or "?"
        return self.cache[key]

    def value(self, table: str, name: str, value: Any) -> str:
        """A field's value in words: names instead of ids, French dates, oui/non."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return "oui" if value else "non"
        spec = contract_fields.specs(table).get(name)
        if spec is not None and spec.ref:
            ids = value if isinstance(value, list) else [value]
            return voc.and_list(self(spec.ref, str(i)) for i in ids) or "—"
        if spec is not None and spec.kind == "date" and isinstance(value, str):
            day = local_day(value)
            return f"{day:%d/%m/%Y}" if day is not None else value
        if spec is not None and spec.kind == "datetime" and isinstance(value, str):
            try:
                return voc.day_time_text(utc_to_local(datetime.fromisoformat(value)))
            except ValueError:
                return value
        return str(value)

    def subject(self, table: str, row_id: str, *versions: Mapping[str, Any]) -> str:
        values: dict[str, Any] = {}
        for version in (self.row(table, row_id), *versions):   # the latest known values win
            values.update({k: v for k, v in version.items() if v not in (None, "")})
        return record_subject(table, values, self)


def _new_values(op_fields: Mapping[str, Any] | None) -> dict[str, Any]:
    """The values an op wanted to write (its fields are ``[old, new]`` pairs)."""
    return {k: v[1] if isinstance(v, list) and len(v) == 2 else v for k, v in (op_fields or {}).items()}


def conflict_items(store: Store) -> list[ConflictItem]:
    open_ = conflicts.open_list(store)
    with store.session() as s:
        names = _Names(s)
        items = []
        for c in open_:
            differing = conflicts.differing_fields(c)
            items.append(ConflictItem(
                c.id, names.subject(c.table_name, c.row_id, c.mine, c.theirs),
                tuple(field_label(f) for f in c.fields), f"{c.table_name} {c.row_id}", c,
                {f: field_label(f) for f in differing},
                {f: (names.value(c.table_name, f, c.mine.get(f)), names.value(c.table_name, f, c.theirs.get(f)))
                 for f in differing}))
        return items


def rejected_items(store: Store) -> list[RejectedItem]:
    rows: list[SyncRejected] = conflicts.rejected_list(store)
    with store.session() as s:
        names = _Names(s)
        return [RejectedItem(r.id, names.subject(r.table_name, r.row_id, _new_values(r.fields)), action_label(r.action),
                             reason_text(r.reason), f"{r.table_name} {r.row_id}") for r in rows]
