"""``sosdesk load`` (a sosdesk-data/1 file): every section the file writes is checked against the
role of the acting user before anything is written (same table as the window and the other
commands: ``sosdesk.domain.permissions``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import Actor
from sosdesk.store import interchange
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.usecases.gate import allow
from sosdesk.usecases.load_gate import load_guard

# What writing each section of sosdesk-data/1 needs. Sections not listed (a future one) need the
# national coordinator's reference-data right: the strictest, until someone decides otherwise.
SECTION_ACTIONS: dict[str, str] = {
    "settings": "edit_reference",
    "regions": "edit_reference",
    "sites": "edit_reference",
    "travel_minutes": "edit_reference",
    "meeting_types": "edit_reference",
    "users": "edit_reference",
    "professionals": "edit_people",
    "beneficiaries": "edit_people",
    "meetings": "plan",
    "expenses": "record_attendance",
    "attachments": "record_attendance",
    "attendance_sheets": "record_attendance",
    "rate_tables": "edit_rates",
    "invoices": "invoice_national",
}


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a load changed, and the row count per table (for the summary line)."""

    changes: Changes

    def counts(self) -> dict[str, int]:
        return {t: len(self.changes.ids(t)) for t in sorted(self.changes.tables())}


def _authorize(actor: Actor | None) -> Callable[[dict[str, set[str]]], None]:
    def check(sections: dict[str, set[str]]) -> None:
        for name in sorted(sections):
            allow(actor, SECTION_ACTIONS.get(name, "edit_reference"), sections[name])
    return check


def load_data(store: Store, actor: Actor | None, data: Any,
              label: str = "Chargement d'un fichier sosdesk-data/1", *, force_protected: bool = False,
              reason: str = "", now: datetime | None = None,
              progress: Callable[[str], None] | None = None) -> Loaded:
    """Add or update everything in ``data`` in one transaction, if ``actor`` may write each section
    and no protected meeting changes (``load_gate.load_guard``: a locked month is refused; a
    held / attended / proved or draft-billed meeting needs ``force_protected`` and a ``reason``);
    a long document goes through a staging copy (``progress`` hears its phases)."""
    _refuse_erased(store, data)
    if force_protected and not reason.strip():
        raise InputError("indiquez le motif (--reason) pour modifier des rendez-vous protégés", "--reason")
    return Loaded(interchange.load_data(store, data, label, authorize=_authorize(actor), progress=progress,
                                        protect=load_guard(force_protected, now), reason=reason.strip()))


def load_text(store: Store, actor: Actor | None, text: str,
              label: str = "Chargement d'un fichier sosdesk-data/1", *, force_protected: bool = False,
              reason: str = "", now: datetime | None = None,
              progress: Callable[[str], None] | None = None) -> Loaded:
    """Decode (line and column of malformed JSON) then ``load_data``."""
    return load_data(store, actor, interchange.parse_text(text), label, force_protected=force_protected,
                     reason=reason, now=now, progress=progress)


def _refuse_erased(store: Store, data: Any) -> None:
    """An old file must not bring back a person erased at the end of retention (issue 16)."""
    from sqlalchemy import select

    from sosdesk.store.models import Beneficiary

    items = data.get("beneficiaries") if isinstance(data, dict) else None
    ids = sorted({str(i["id"]) for i in items or [] if isinstance(i, dict) and "id" in i})
    if not ids:
        return
    with store.session() as s:
        erased = list(s.scalars(select(Beneficiary.id).where(Beneficiary.id.in_(ids[:30000]),
                                                             Beneficiary.purged_at.is_not(None))))
    if erased:
        raise InputError(f"ce fichier contient des personnes effacées (durée de conservation) : "
                         f"{', '.join(erased[:10])}{' …' if len(erased) > 10 else ''} — rien n'a été chargé",
                         "beneficiaries")
