"""The calendar office (tests/store/calendar_office.py) with rates, a held meeting with its signed
sheet, and helpers to open the November draft or submit it (issue 13: protected meetings).

Imported as ``tests.store.protected_office``."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sosdesk.domain.permissions import Actor
from sosdesk.invoicing.drafts import regional_draft
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice
from tests.store.calendar_office import add_meeting, build_office

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)  # Wednesday of 2026-W48
ADMIN = Actor("U1", "regional_admin", "R1")
SHEET = b"%PDF-1.4 feuille signee"
RATES: dict[str, Any] = {
    "meeting_types": {
        "IND": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                "rounding_minutes": 15, "max_professionals_billed": 1},
        "COL": {"unit": "session_hour", "price_cents": 9000, "min_billed_minutes": 60, "rounding_minutes": 15},
        "LAW": {"unit": "flat", "price_cents": 4500},
    },
    "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
               "billable_site_kinds": ["detention", "external"]},
    "no_show": {"ratio": "0.5", "notice_hours": 24},
    "vat": {"rate": "0", "mention": "TVA non applicable, art. 261 du CGI"},
}


def build_protected(path: Path) -> Store:
    """M1 (Tue 24/11 10:00, B1) held with a proof; M2 (Tue 14:00, B2) planned, past; M5 (Fri 27/11
    10:00, B5) planned, future."""
    store = build_office(path)
    add_meeting(store, "M1")
    add_meeting(store, "M2", start=14 * 60, pros=("P2",), bens=("B2",))
    add_meeting(store, "M5", day=5, start=10 * 60, pros=("P1",), bens=("B5",))
    sha = hashlib.sha256(SHEET).hexdigest()
    with store.transaction("fixture") as (s, _):
        s.add(m.RateTable(id="2026-01-01", valid_from=date(2026, 1, 1), content=RATES))
        s.add(m.Attachment(id=sha, filename="emargement.pdf", media_type="application/pdf", content=SHEET))
        row = s.get(m.Meeting, "M1")
        assert row is not None
        row.status, row.attendance, row.proof = "held", {"B1": "present"}, sha
    return store


def open_draft(store: Store, month: str = "2026-11") -> str:
    return regional_draft(store, ADMIN, "R1", month, now=NOW)[0]


def draft_total(store: Store, month: str = "2026-11") -> int:
    """Regenerate the draft from the current data and return its total (cents)."""
    open_draft(store, month)
    with store.session() as s:
        inv = s.scalars(select(Invoice).where(Invoice.month == month)).one()
        return inv.total_ttc_cents


def set_invoice_status(store: Store, status: str, month: str = "2026-11") -> None:
    with store.transaction("fixture") as (s, _):
        inv = s.scalars(select(Invoice).where(Invoice.month == month)).one()
        inv.status = status
