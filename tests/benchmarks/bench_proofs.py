"""Proof figures (issue 14) on the demo region's October 2026: the invoice's proof list, the line
explanations, the missing-proof texts, the board's months, and the proof bundle (time, pages, size).

Run: ``.venv/bin/python tests/benchmarks/bench_proofs.py [BENEFICIARIES]`` (default 60: the demo size;
2000 for the large demo, built once in a temporary folder).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.proofs import proofs_of
from sosdesk.invoicing.workbench import board_months, explain_lines, missing_items
from sosdesk.store import models as m
from sosdesk.store import open_store
from sosdesk.store.demo import build_demo

TODAY = date(2026, 11, 20)


def timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    beneficiaries = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db", create=True)
        timed(f"demo ({beneficiaries} bénéficiaires)", lambda: build_demo(store, beneficiaries=beneficiaries,
                                                                          today=TODAY))
        with store.session() as s:
            region = s.scalars(select(m.Region.id)).first()
            admin = s.scalars(select(m.User.id).where(m.User.role == "regional_admin")).first()
        store.set_user(admin)
        invoice, _ = timed("brouillon régional", lambda: regional_draft(store, actor_for(store), region, "2026-10"))
        proofs = timed("liste des justificatifs", lambda: proofs_of(store, invoice))
        print(f"  {len(proofs.entries)} éléments, {len(proofs.scans())} fichiers, {len(proofs.missing())} manquants")
        timed("explication des lignes", lambda: explain_lines(store, invoice))
        timed("justificatifs manquants en clair", lambda: missing_items(store, invoice))
        timed("mois du tableau", lambda: board_months(store, TODAY))
        out = Path(tmp) / "justificatifs.pdf"
        timed("dossier des justificatifs", lambda: export_invoice(store, invoice, "proofs", out))
        print(f"  {len(PdfReader(out).pages)} pages, {out.stat().st_size / 1e6:.1f} Mo")
        store.close()


if __name__ == "__main__":
    main()
