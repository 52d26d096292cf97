"""The invoices of sosdesk-data/1: dumped in the sosdesk-invoice/1 shape, loaded only into an empty base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.domain.errors import InputError
from sosdesk.invoicing import interchange_section
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step, verify
from sosdesk.store import Store, open_store
from sosdesk.store.invoice_models import Invoice
from tests.invoicing.invoicing_world import NOW, add_meeting

interchange = pytest.importorskip("sosdesk.store.interchange")


def test_dump_then_load_into_an_empty_database(world: Store, tmp_path: Path) -> None:
    interchange_section.register()
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    data = json.loads(interchange.dump_store(world))
    assert {d["format"] for d in data["invoices"]} == {"sosdesk-invoice/1"}
    assert {d["status"] for d in data["invoices"]} == {"approved", "validated"}

    fresh = open_store(tmp_path / "fresh.db")
    interchange.load_data(fresh, data)
    with fresh.session() as s:
        loaded = s.get(Invoice, nat)
        assert loaded is not None and loaded.number == "SOS-2026-000001" and verify(loaded)
    with pytest.raises(InputError, match="déjà des factures"):
        interchange.load_data(fresh, data)
    fresh.close()


def test_tampered_validated_invoice_is_refused(world: Store, tmp_path: Path) -> None:
    interchange_section.register()
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    data = json.loads(interchange.dump_store(world))
    national = next(d for d in data["invoices"] if d["kind"] == "national")
    national["total_ht_cents"] += 1
    fresh = open_store(tmp_path / "fresh.db")
    with pytest.raises(InputError, match="empreinte"):
        interchange.load_data(fresh, data)
    fresh.close()
