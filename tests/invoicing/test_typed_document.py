"""The typed invoice document (issue 10, item 5) renders exactly what the dict builders it replaced
rendered: the sosdesk-invoice/1 JSON byte for byte (a public contract), the content hash stored at
validation, the credit note's lines and the stored shapes — on a demo office's invoices of four
months: regional drafts, approved regional invoices, validated national invoices with free lines, a
validated credit note and the period's next edition.

The ``legacy_*`` functions are the removed builders (``invoice_json``, ``frozen_document``, ``negated``
of sosdesk/invoicing before the typed document), kept here verbatim as the reference.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sosdesk.domain.invoice_document import (
    document_hash,
    invoice_json,
    line_json,
    quantity_text,
)
from sosdesk.domain.invoice_workflow import content_hash
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.drafts import actor_for, add_custom_line, national_draft, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.workflow import apply_step, credit_note, verify
from sosdesk.store import Store, open_store
from sosdesk.store.cipher import open_file
from sosdesk.store.demo import build_demo
from sosdesk.store.invoice_models import Invoice

NOW = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
MONTHS = ("2026-08", "2026-09", "2026-10", "2026-11")


def legacy_invoice_json(inv: Invoice) -> dict[str, Any]:
    return {"format": "sosdesk-invoice/1", "id": inv.id, "number": inv.number, "scope": inv.scope,
            "month": inv.month, "status": inv.status, "lines": [dict(line) for line in inv.lines],
            "total_ht_cents": inv.total_ht_cents, "vat_cents": inv.vat_cents,
            "total_ttc_cents": inv.total_ttc_cents, "missing_proof": [dict(p) for p in inv.missing_proof]}


def legacy_frozen_hash(inv: Invoice) -> str:
    doc = legacy_invoice_json(inv)
    doc["issued_at"] = inv.issued_at.isoformat() if inv.issued_at else None
    return content_hash(doc)


def legacy_negated(line: dict[str, Any]) -> dict[str, Any]:
    out = dict(line)
    out["quantity"] = quantity_text(-Decimal(str(line["quantity"])))
    out["amount_cents"] = -int(line["amount_cents"])
    out["label"] = f"Avoir — {line['label']}"
    return out


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    path = tmp_path_factory.mktemp("demo") / "office.db"
    store = open_store(path)
    build_demo(store, seed=7, beneficiaries=30, weeks=14, today=date(2026, 11, 20))
    admin, nat = actor_for(store, "U-ADMIN"), actor_for(store, "U-NAT")
    ids = {f"reg-{month}": regional_draft(store, admin, "ARA", month, NOW)[0] for month in MONTHS}
    add_custom_line(store, admin, ids["reg-2026-10"], "Supervision d'équipe", Decimal("2.5"), Decimal("4333.33"),
                    "séance imprévue")
    store.close()
    # The demo's months lack some proofs: approve two of them as a validator would have once complete.
    with open_file(path) as db:
        db.execute("update invoices set status = 'approved' where month in ('2026-09', '2026-10')")
    store = open_store(path)
    for month in ("2026-09", "2026-10"):
        nid = ids[f"nat-{month}"] = national_draft(store, nat, month, NOW)[0]
        add_custom_line(store, nat, nid, "Coordination nationale", Decimal(1), Decimal(15000))
        apply_step(store, nat, nid, "submit", now=NOW)
        apply_step(store, nat, nid, "validate", now=NOW)
    ids["credit"] = credit_note(store, nat, ids["nat-2026-09"], "erreur de périmètre", now=NOW)[0]
    apply_step(store, nat, ids["credit"], "submit", now=NOW)
    apply_step(store, nat, ids["credit"], "validate", now=NOW)
    ids["nat-2026-09-ed2"] = national_draft(store, nat, "2026-09", NOW)[0]
    yield store, ids
    store.close()


def _invoices(store: Store) -> list[Invoice]:
    with store.session() as s:
        return list(s.query(Invoice).order_by(Invoice.month, Invoice.kind, Invoice.edition))


def test_the_office_has_every_kind_of_invoice(office: tuple[Store, dict[str, str]]) -> None:
    store, _ = office
    rows = _invoices(store)
    assert {(r.kind, r.status) for r in rows} >= {("regional", "draft"), ("regional", "approved"),
                                                  ("national", "validated"), ("credit_note", "validated"),
                                                  ("national", "draft")}
    assert sum(len(r.lines) for r in rows) > 20 and sum(len(r.annex) for r in rows) > 500


def test_json_export_is_byte_identical_to_the_legacy_builder(office: tuple[Store, dict[str, str]],
                                                             tmp_path: Path) -> None:
    store, _ = office
    for inv in _invoices(store):
        legacy = json.dumps(legacy_invoice_json(inv), ensure_ascii=False, indent=2) + "\n"
        assert json.dumps(invoice_json(build_document(inv)), ensure_ascii=False, indent=2) + "\n" == legacy
        (out,) = export_invoice(store, inv.id, "json", tmp_path / f"{inv.id}.json")
        assert out.read_text(encoding="utf-8") == legacy


def test_stored_hashes_still_verify(office: tuple[Store, dict[str, str]]) -> None:
    store, _ = office
    frozen = [inv for inv in _invoices(store) if inv.status == "validated"]
    assert len(frozen) == 3
    for inv in frozen:
        assert inv.content_hash == legacy_frozen_hash(inv) == document_hash(build_document(inv))
        assert verify(inv)
    for inv in _invoices(store):  # the hash a signed step carries for a draft (no issue instant)
        assert document_hash(build_document(inv), frozen=False) == content_hash(legacy_invoice_json(inv))


def test_a_changed_validated_invoice_no_longer_verifies(office: tuple[Store, dict[str, str]]) -> None:
    store, ids = office
    with store.session() as s:
        inv = s.get(Invoice, ids["nat-2026-10"])
        assert inv is not None and verify(inv)
        s.expunge(inv)
    inv.lines = [{**inv.lines[0], "amount_cents": inv.lines[0]["amount_cents"] + 1}, *inv.lines[1:]]
    assert not verify(inv)


def test_credit_note_lines_are_the_originals_negated(office: tuple[Store, dict[str, str]]) -> None:
    store, ids = office
    with store.session() as s:
        original, note = s.get(Invoice, ids["nat-2026-09"]), s.get(Invoice, ids["credit"])
        assert original is not None and note is not None
        assert note.lines == [legacy_negated(x) for x in original.lines]
        assert note.total_ttc_cents == -original.total_ttc_cents != 0


def test_stored_shapes_read_back_unchanged(office: tuple[Store, dict[str, str]]) -> None:
    """Lines, missing proofs and annex rows parsed into the document give back the stored JSON."""
    store, _ = office
    for inv in _invoices(store):
        doc = build_document(inv)
        assert [line_json(line) for line in doc.lines] == inv.lines
        assert [p.to_json() for p in doc.missing_proof] == inv.missing_proof
        assert [row.to_json() for row in doc.annex] == inv.annex
        assert doc.custom_count == len(inv.custom_lines)
