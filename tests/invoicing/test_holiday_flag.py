"""Billing flags a meeting held on a public holiday (issue 12): a warning the validator sees in the
draft, the CLI and the invoice page, never a refusal; the site's calendar decides (Alsace-Moselle)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.domain.invoice_document import holiday_warnings
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice
from tests.invoicing.invoicing_world import add_meeting

NOW = datetime.fromisoformat("2027-01-05T10:00:00+00:00")


def _draft(store: Store, month: str) -> Invoice:
    invoice_id, _ = regional_draft(store, actor_for(store), "IDF", month, now=NOW)
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        return inv


def test_meeting_on_a_public_holiday_is_flagged_not_refused(world: Store) -> None:
    add_meeting(world, "ARMISTICE", "2026-11-11T10:00:00+01:00", site="S2")  # detention, on 11 November
    add_meeting(world, "ORDINARY", "2026-11-12T10:00:00+01:00")
    inv = _draft(world, "2026-11")
    billed = {item for line in inv.lines for item in line["items"]}
    assert {"ARMISTICE", "ORDINARY"} <= billed  # billed all the same
    rows = {r["id"]: r for r in inv.annex if r["kind"] == "meeting"}
    assert rows["ARMISTICE"]["holiday"] == "Armistice" and "holiday" not in rows["ORDINARY"]
    assert holiday_warnings(build_document(inv).annex) == [
        "L'entretien psychologique du mercredi 11/11/2026 à 10 h 00 (Maison d'arrêt Fresnes) : jour férié "
        "(Armistice), à vérifier"]
    assert not any(p["id"] == "ARMISTICE" for p in inv.missing_proof)


def test_26_december_is_flagged_in_moselle_only(world: Store) -> None:
    add_meeting(world, "STEPHEN", "2026-12-26T10:00:00+01:00")
    assert holiday_warnings(build_document(_draft(world, "2026-12")).annex) == []

    def to_moselle(s: object) -> None:
        site = s.get(m.Site, "S1")  # type: ignore[attr-defined]
        site.holiday_calendar = "57"
    world.edit(to_moselle, "Moselle")
    assert [r["holiday"] for r in _draft(world, "2026-12").annex if r.get("holiday")] == ["Saint-Étienne"]


def test_invoice_show_lists_the_holiday_to_check(world: Store, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "XMAS", "2026-12-25T10:00:00+01:00", site="S2")
    invoice_id = _draft(world, "2026-12").id
    path = world.engine.url.database
    world.close()
    main(["invoice", "show", "--invoice", invoice_id, "--db", str(path)])
    out = capsys.readouterr().out
    assert "À vérifier (jours fériés) :" in out
    assert ("L'entretien psychologique du vendredi 25/12/2026 à 10 h 00 (Maison d'arrêt Fresnes) : jour férié (Noël), "
            "à vérifier") in out
