"""Fixtures of the invoicing tests: a small billing world in a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.domain.invoice_document import InvoiceDocument
from sosdesk.store import Store
from tests.invoicing.invoicing_world import build_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Store]:
    store = build_world(tmp_path / "office.db")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def en16931_on_every_facturx(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """Every Factur-X an invoicing test exports is checked against the EN 16931 business rules (0 fatal)."""
    from sosdesk.invoicing import exports
    from tests.invoicing.en16931 import fatal

    checked: list[bytes] = []
    real = exports.embed_facturx

    def embed_checked(pdf: bytes, xml: bytes, doc: InvoiceDocument) -> bytes:
        problems = fatal(xml)
        assert not problems, "\n".join(str(p) for p in problems)
        checked.append(xml)
        return real(pdf, xml, doc)

    monkeypatch.setattr(exports, "embed_facturx", embed_checked)
    yield checked
