"""Invoicing figures: regional draft of a ~2,000-meeting month, national consolidation, PDF with the
full annex, Factur-X, peak memory.

Run: ``.venv/bin/python tests/benchmarks/bench_invoicing.py [BENEFICIARIES]`` (default 2,000). The month
is October 2026 of the demo region (``sosdesk.store.demo.build_demo``, about 2,500 billed meetings);
without the demo builder, generated rows (one meeting per beneficiary) stand in. Meetings the demo
leaves without proof get their day's attendance sheet attached, as an office would before submitting.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from sosdesk.domain.timegrid import local_to_utc
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice

MONTH = "2026-10"

RATES = {
    "meeting_types": {
        "IND_PSY": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                    "rounding_minutes": 15, "max_professionals_billed": 1},
        "COL_WORK": {"unit": "session_hour", "price_cents": 9000, "min_billed_minutes": 60, "rounding_minutes": 15},
        "LAW_ENF": {"unit": "flat", "price_cents": 4500},
    },
    "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
               "billable_site_kinds": ["detention", "external"]},
    "no_show": {"ratio": "0.5", "notice_hours": 24},
    "vat": {"rate": "0", "mention": "TVA non applicable, art. 261 du CGI"},
}


DEMO_TODAY = date(2026, 11, 6)  # a Friday: every October day of the demo's six weeks is past


def build_from_demo(path: Path, beneficiaries: int) -> tuple[Store, str, dict[str, str]] | None:
    """The demo region, or None when the demo builder is not there (yet)."""
    try:
        from sosdesk.store.demo import ADMIN_ID, build_demo
        from sosdesk.store.demo_people import REGION
    except ImportError:
        return None
    store = open_store(path)
    print(f"demo: {build_demo(store, seed=0, beneficiaries=beneficiaries, weeks=6, today=DEMO_TODAY)}")
    return store, REGION, {"admin": ADMIN_ID, "validator": "U-VALID", "national": "U-NAT"}


def complete_missing_proof(store: Store, invoice_id: str) -> int:
    """Attach one day sheet per (site, local day) of the meetings still missing proof, and the
    receipts of expenses without one; returns the number of day sheets."""
    from sosdesk.domain.timegrid import utc_to_local
    from sosdesk.invoicing.day_sheets import attach_day_sheet
    from sosdesk.store.invoice_models import Invoice

    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        ids = [p["id"] for p in inv.missing_proof if p["kind"] == "meeting"]
        days = {(r.site_id, utc_to_local(r.start).date()) for r in s.scalars(
            select(m.Meeting).where(m.Meeting.id.in_(ids)))} if ids else set()
        expenses = [p["id"] for p in inv.missing_proof if p["kind"] == "expense"]
    from sosdesk.store.demo_docs import tiny_pdf

    for site, day in sorted(days):  # real one-page PDFs: attach checks the content (domain/proof_files)
        attach_day_sheet(store, site, day, f"emargement-{site}-{day}.pdf", tiny_pdf([f"scan {site} {day}"]))
    if expenses:
        receipt = tiny_pdf(["recu scanne"])
        with store.transaction("Reçus") as (s, _):
            s.merge(m.Attachment(id=hashlib.sha256(receipt).hexdigest(), filename="recu.pdf", content=receipt))
            for row in s.scalars(select(m.Expense).where(m.Expense.id.in_(expenses))):
                row.receipt = hashlib.sha256(receipt).hexdigest()
    return len(days)


def build(path: Path, meetings: int = 2000, beneficiaries: int = 2000, pros: int = 40) -> Store:
    """A region with ``meetings`` held or cancelled meetings in October 2026, all with proof."""
    rng = random.Random(0)
    store = open_store(path)
    proof = b"scan"
    sha = hashlib.sha256(proof).hexdigest()
    with store.transaction("bench") as (s, _):
        s.add(m.Setting(id="settings", data={"organisation": "Association Été", "siret": "12345678200010",
                                             "address": "1 rue de la Paix, 91000 Évry", "vat_regime": "exempt",
                                             "tax_registration_id": "FR11123456782",
                                             "payment": {"iban": "FR7630006000011234567890189"},
                                             "invoice_prefix": "SOS", "buyer": {
                                                 "name": "Ministère de la Justice", "siret": "11000201100044",
                                                 "service_code": "SERV", "commitment_number": "EJ-1"}}))
        s.add(m.Region(id="IDF", name="Île-de-France"))
        s.add(m.User(id="adm", name="Admin", role="regional_admin", region_id="IDF"))
        s.add(m.User(id="val", name="Valideur", role="regional_validator", region_id="IDF"))
        s.add(m.User(id="nat", name="National", role="national_coordinator"))
        kinds = ["office", "office", "detention", "external", "rented"]
        for i in range(10):
            s.add(m.Site(id=f"S{i}", region_id="IDF", name=f"Site {i} — Évry", kind=kinds[i % 5],
                         rate_coefficient="1.10" if kinds[i % 5] == "detention" else "1.00"))
        for i in range(10):
            for j in range(i + 1, 10):
                s.add(m.TravelTime(id=f"S{i}|S{j}", from_site=f"S{i}", to_site=f"S{j}", minutes=rng.randint(10, 70)))
        for tid, kind, minutes in (("IND_PSY", "individual", 60), ("COL_WORK", "collective", 90),
                                   ("LAW_ENF", "law_enforcement", 30)):
            s.add(m.MeetingType(id=tid, label=tid, kind=kind, minutes=minutes))
        for i in range(pros):
            s.add(m.Professional(id=f"P{i}", region_id="IDF", first_name="Léa", last_name=f"N{i}",
                                 home_site_id=f"S{i % 10}"))
        for i in range(beneficiaries):
            s.add(m.Beneficiary(id=f"B{i}", region_id="IDF", first_name="Zoé", last_name=f"B{i}"))
        s.add(m.RateTable(id="2026-01-01", valid_from=date(2026, 1, 1), content=RATES))
        s.add(m.Attachment(id=sha, filename="scan.pdf", content=proof))
        for k in range(meetings):
            day = date(2026, 10, 1) + timedelta(days=rng.randrange(31))
            start = local_to_utc(day, rng.choice(range(8 * 60, 17 * 60, 15)))
            tid = rng.choices(["IND_PSY", "COL_WORK", "LAW_ENF"], [6, 2, 2])[0]
            bens = [f"B{rng.randrange(beneficiaries)}" for _ in range(4 if tid == "COL_WORK" else 1)]
            att = {b: rng.choices(["present", "absent_unexcused", "absent_excused"], [8, 1, 1])[0] for b in bens}
            cancelled = rng.random() < 0.05
            s.add(m.Meeting(id=f"M{k}", region_id="IDF", type_id=tid, start=start,
                            minutes={"IND_PSY": 60, "COL_WORK": 90, "LAW_ENF": 30}[tid], site_id=f"S{rng.randrange(10)}",
                            professionals=[f"P{rng.randrange(pros)}"], beneficiaries=bens,
                            status="cancelled" if cancelled else "held", attendance={} if cancelled else att,
                            cancelled_at=start - timedelta(hours=rng.choice([2, 48])) if cancelled else None,
                            proof=sha))
    return store


def timed(label: str, fn: object) -> object:
    t0 = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<42} {time.perf_counter() - t0:7.2f} s")
    return result


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        built = build_from_demo(Path(tmp) / "bench.db", count)
        if built is None:
            store, region = build(Path(tmp) / "bench.db", meetings=count, beneficiaries=count), "IDF"
            users = {"admin": "adm", "validator": "val", "national": "nat"}
            print("demo builder not available: generated rows")
        else:
            store, region, users = built
        print(f"{'build (' + str(count) + ' beneficiaries)':<42} {time.perf_counter() - t0:7.2f} s")
        adm, val, nat_user = users["admin"], users["validator"], users["national"]
        reg = timed("regional draft (month)", lambda: regional_draft(store, actor_for(store, adm), region, MONTH)[0])
        sheets = timed("attach day sheets / receipts missing", lambda: complete_missing_proof(store, str(reg)))
        print(f"{'  day sheets attached':<42} {sheets:7d}")
        timed("regenerate the same draft", lambda: regional_draft(store, actor_for(store, adm), region, MONTH))
        with store.session() as s:
            inv = s.get(Invoice, str(reg))
            assert inv is not None
            billed = sum(1 for r in inv.annex if r["kind"] == "meeting")
        print(f"{'  billed meetings in the month':<42} {billed:7d}")
        timed("submit (re-prices) + approve", lambda: (
            apply_step(store, actor_for(store, adm), str(reg), "submit"),
            apply_step(store, actor_for(store, val), str(reg), "approve")))
        nat = timed("national consolidation", lambda: national_draft(store, actor_for(store, nat_user), MONTH)[0])
        timed("submit + validate national", lambda: (
            apply_step(store, actor_for(store, nat_user), str(nat), "submit"),
            apply_step(store, actor_for(store, nat_user), str(nat), "validate")))
        out = Path(os.environ.get("SOSDESK_BENCH_OUT") or tmp)  # set it to keep the files and look at them
        timed("json export", lambda: export_invoice(store, str(nat), "json", out / "f.json"))
        timed("csv export (lines + annex)", lambda: export_invoice(store, str(nat), "csv", out / "f.csv"))
        timed("pdf with full annex", lambda: export_invoice(store, str(nat), "pdf", out / "f.pdf"))
        timed("factur-x (PDF/A-3 + XSD check)", lambda: export_invoice(store, str(nat), "facturx", out / "fx.pdf"))
        import pypdf

        print(f"{'pdf pages':<42} {len(pypdf.PdfReader(out / 'f.pdf').pages):7d}")
        print(f"{'pdf size':<42} {(out / 'f.pdf').stat().st_size / 1e6:7.2f} MB")
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (max RSS)':<42} {peak:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
