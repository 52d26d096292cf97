"""The proofs of an invoice (issue 14): for each billed meeting and expense of its annex, the scan
that proves it — the meeting's own sheet, else its site's sheet of the day; the expense's receipt —
or « justificatif manquant ». Read by the proof viewer (next/previous across a month's proofs),
the proof bundle (``export --format proofs``) and the invoice PDF annex, which print the same
SHA-256: the attachment's id (``store_attachment``), the ``sha256`` of sosdesk-data/1 attachments.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import ProofRef
from sosdesk.domain.pricing import CATEGORY_LABELS, annex_outcome
from sosdesk.domain.proof_files import ProofRefused, check_proof
from sosdesk.domain.vocabulary import day_text, duration, euros
from sosdesk.invoicing.drafts import get_invoice
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import AttendanceSheet, Invoice

MISSING = "justificatif manquant"
NOT_NEEDED = "sans objet : annulation tardive, pas de feuille à signer"
SOURCE_LABELS = {"meeting": "feuille du rendez-vous", "day_sheet": "feuille du jour", "receipt": "reçu"}


@dataclass(frozen=True, slots=True)
class ProofScan:
    """One stored file (its SHA-256 is its id), as listed in an index."""

    sha256: str
    filename: str
    media_type: str


@dataclass(frozen=True, slots=True)
class ProofEntry:
    """One billed item and the scan(s) that prove it (none: missing)."""

    kind: str  # meeting | expense
    item_id: str
    region: str
    day: date
    time: str                 # « 09:30 » for meetings, "" for expenses
    title: str                # « Entretien individuel — réalisé », « Location de salle — Salle des fêtes »
    place: str                # the site's name (meetings)
    people: str               # « Hélène Durand · J. Ç. (B1) »
    amount_cents: int
    minutes: int = 0
    source: str = ""          # meeting | day_sheet | receipt
    scans: tuple[ProofScan, ...] = ()
    reason: str = ""          # why it is missing (from the invoice's missing-proof list)
    needed: bool = True       # a late cancellation has no sheet to sign (docs/billing.md)

    @property
    def missing(self) -> bool:
        return self.needed and not self.scans

    @property
    def source_label(self) -> str:
        if self.scans:
            return SOURCE_LABELS.get(self.source, "")
        return MISSING if self.needed else NOT_NEEDED

    def heading(self) -> str:
        """« Mardi 06/10/2026 09:30 — Entretien individuel — CMP Lyon » for the viewer's title."""
        when = f"{day_text(self.day)} {self.time}".strip()
        return " — ".join(x for x in (when, self.title, self.place) if x)


@dataclass
class InvoiceProofs:
    """An invoice's proof list in index order (day, then meetings by time, then expenses)."""

    invoice_id: str
    entries: list[ProofEntry] = field(default_factory=list)

    def scans(self) -> list[ProofScan]:
        """Each distinct file once, in order of first use (a day sheet proves several meetings)."""
        seen: dict[str, ProofScan] = {}
        for entry in self.entries:
            for scan in entry.scans:
                seen.setdefault(scan.sha256, scan)
        return list(seen.values())

    def missing(self) -> list[ProofEntry]:
        return [e for e in self.entries if e.missing]


def _annex_title(row: dict[str, Any]) -> str:
    if row["kind"] == "meeting":
        return f"{row.get('type_label') or row.get('type', '')} — {annex_outcome(row)}"
    category = CATEGORY_LABELS.get(row.get("category", ""), row.get("category", ""))
    return f"{category} — {row['label']}" if row.get("label") else category


def invoice_proofs(s: Session, inv: Invoice) -> InvoiceProofs:
    """The proof of each billed meeting and expense of ``inv`` (its annex), read from the store now."""
    rows = [r for r in inv.annex if r["kind"] in ("meeting", "expense")]
    meeting_ids = [r["id"] for r in rows if r["kind"] == "meeting"]
    expense_ids = [r["id"] for r in rows if r["kind"] == "expense"]
    # Plain columns, not ORM rows: a large month has thousands of meetings (the viewer opens at once).
    meetings = {i: (proof, site) for i, proof, site in s.execute(select(
        m.Meeting.id, m.Meeting.proof, m.Meeting.site_id).where(m.Meeting.id.in_(meeting_ids)))} if meeting_ids else {}
    expenses: dict[str, str | None] = {i: receipt for i, receipt in s.execute(select(
        m.Expense.id, m.Expense.receipt).where(m.Expense.id.in_(expense_ids)))} if expense_ids else {}
    days = {date.fromisoformat(r["date"]) for r in rows if r["kind"] == "meeting"}
    sheets: dict[tuple[str, date], list[str]] = defaultdict(list)
    if days:
        for site_id, day, sha in s.execute(select(
                AttendanceSheet.site_id, AttendanceSheet.date, AttendanceSheet.attachment_id).where(
                AttendanceSheet.deleted.is_(False), AttendanceSheet.date >= min(days),
                AttendanceSheet.date <= max(days)).order_by(AttendanceSheet.updated_at, AttendanceSheet.id)):
            sheets[(site_id, day)].append(sha)
    wanted = {proof for proof, _site in meetings.values() if proof} | {x for x in expenses.values() if x}
    wanted |= {sha for shas in sheets.values() for sha in shas}
    files = {a.id: ProofScan(a.id, a.filename, a.media_type) for a in s.execute(
        select(m.Attachment.id, m.Attachment.filename, m.Attachment.media_type).where(
            m.Attachment.id.in_(wanted), m.Attachment.deleted.is_(False)))} if wanted else {}
    reasons = {(p["kind"], p["id"]): p.get("reason", "") for p in inv.missing_proof}
    entries: list[ProofEntry] = []
    for r in rows:
        day = date.fromisoformat(r["date"])
        scans: tuple[ProofScan, ...] = ()
        source = ""
        if r["kind"] == "meeting":
            proof, site = meetings.get(r["id"], (None, None))
            if proof is not None and proof in files:
                scans, source = (files[proof],), "meeting"
            elif site is not None:
                scans = tuple(files[sha] for sha in sheets.get((site, day), []) if sha in files)
                source = "day_sheet" if scans else ""
            people = " · ".join([*r.get("professionals", []), *r.get("beneficiaries", [])])
            entries.append(ProofEntry("meeting", r["id"], r.get("region", ""), day, r.get("time", ""),
                                      _annex_title(r), r.get("site_name", ""), people, int(r["amount_cents"]),
                                      int(r.get("minutes", 0)), source, scans, reasons.get(("meeting", r["id"]), ""),
                                      needed=r.get("status") != "cancelled"))
        else:
            receipt = expenses.get(r["id"])
            if receipt is not None and receipt in files:
                scans, source = (files[receipt],), "receipt"
            entries.append(ProofEntry("expense", r["id"], r.get("region", ""), day, "", _annex_title(r), "", "",
                                      int(r["amount_cents"]), 0, source, scans,
                                      reasons.get(("expense", r["id"]), "")))
    entries.sort(key=lambda e: (e.day, e.kind != "meeting", e.time, e.item_id))
    return InvoiceProofs(inv.id, entries)


def proofs_of(store: Store, invoice_id: str) -> InvoiceProofs:
    """The proof list of an invoice (the viewer's next/previous)."""
    with store.session() as s:
        return invoice_proofs(s, get_invoice(s, invoice_id))


def scan_content(store: Store, sha256: str) -> tuple[str, str, bytes] | None:
    """(file name, media type, bytes) of a stored scan, None when absent."""
    with store.session() as s:
        row = s.get(m.Attachment, sha256)
        if row is None or row.deleted:
            return None
        return row.filename, row.media_type, bytes(row.content)


def proof_refs(proofs: InvoiceProofs) -> tuple[ProofRef, ...]:
    """What the invoice PDF annex prints about each distinct scan: file, items it proves, SHA-256."""
    uses: dict[str, int] = defaultdict(int)
    for entry in proofs.entries:
        for scan in entry.scans:
            uses[scan.sha256] += 1
    return tuple(ProofRef(x.sha256, x.filename, uses[x.sha256]) for x in proofs.scans())


# -- the bundle ---------------------------------------------------------------------------------


def bundle_data(store: Store, invoice_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(cover, index entries, scans with their bytes and page counts) of an invoice's proof bundle."""
    from sosdesk.domain.invoice_workflow import STATUS_LABELS, invoice_title, month_label
    from sosdesk.invoicing.document import scope_label

    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        proofs = invoice_proofs(s, inv)
        label = scope_label(s, inv.scope)
        contents = {a.id: bytes(a.content) for a in s.scalars(select(m.Attachment).where(
            m.Attachment.id.in_([x.sha256 for x in proofs.scans()])))} if proofs.entries else {}
        cover = {"title": invoice_title(inv.kind, label) + (f" n° {inv.number}" if inv.number else ""),
                 "number": inv.number or "", "scope": label, "month": month_label(inv.month),
                 "status": STATUS_LABELS.get(inv.status, inv.status),
                 "total_ht": euros(inv.total_ht_cents), "vat": euros(inv.vat_cents),
                 "total_ttc": euros(inv.total_ttc_cents),
                 "meetings": sum(1 for e in proofs.entries if e.kind == "meeting"),
                 "expenses": sum(1 for e in proofs.entries if e.kind == "expense"),
                 "missing": len(proofs.missing()), "other_missing": _other_missing(inv, proofs)}
    scans = []
    for scan in proofs.scans():
        content = contents.get(scan.sha256, b"")
        try:  # a file stored before the attach check (or carried by an old region file) may not read
            pages, problem = check_proof(scan.filename, content).pages, ""
        except ProofRefused as exc:
            pages, problem = 0, str(exc)
        scans.append({"sha256": scan.sha256, "filename": scan.filename, "media_type": scan.media_type,
                      "content": content, "pages": pages, "problem": problem})
    entries = [{"kind": e.kind, "id": e.item_id, "date": e.day.isoformat(), "time": e.time, "title": e.title,
                "place": e.place, "people": e.people, "amount": euros(e.amount_cents),
                "duration": duration(e.minutes) if e.minutes else "", "source": e.source_label,
                "scans": [x.sha256 for x in e.scans], "reason": e.reason, "needed": e.needed}
               for e in proofs.entries]
    return cover, entries, scans


def _other_missing(inv: Invoice, proofs: InvoiceProofs) -> list[str]:
    """Missing-proof entries not about a billed item (attendance not recorded, region not approved)."""
    from sosdesk.domain.pricing import missing_text

    listed = {(e.kind, e.item_id) for e in proofs.entries}
    return [missing_text(p) for p in inv.missing_proof if (p["kind"], p["id"]) not in listed]


# -- one meeting or expense (the viewer opened from the calendar or the expenses page) -------------


def item_proofs(store: Store, kind: str, item_id: str) -> list[ProofEntry]:
    """The proof of one meeting (its own scan, else its site's sheets of the day) or one expense."""
    from sosdesk.domain.pricing import CATEGORY_LABELS as categories
    from sosdesk.domain.timegrid import format_hhmm, local_day_minute

    with store.session() as s:
        if kind == "meeting":
            row = s.get(m.Meeting, item_id)
            if row is None:
                return []
            day, minute = local_day_minute(row.start)
            shas = [str(row.proof)] if row.proof else []
            source = "meeting"
            if not shas:
                shas = list(s.scalars(select(AttendanceSheet.attachment_id).where(
                    AttendanceSheet.site_id == row.site_id, AttendanceSheet.date == day,
                    AttendanceSheet.deleted.is_(False)).order_by(AttendanceSheet.updated_at)))
                source = "day_sheet"
            mtype = s.get(m.MeetingType, row.type_id)
            site = s.get(m.Site, row.site_id)
            pros = [p.display_name for p in s.scalars(select(m.Professional).where(
                m.Professional.id.in_(row.professionals)))]
            entry = ProofEntry("meeting", row.id, row.region_id, day, format_hhmm(minute),
                               mtype.label if mtype else row.type_id, site.name if site else "", " · ".join(pros),
                               0, row.minutes, source, _scans(s, shas))
        else:
            exp = s.get(m.Expense, item_id)
            if exp is None:
                return []
            entry = ProofEntry("expense", exp.id, exp.region_id, exp.date, "",
                               f"{categories.get(exp.category, exp.category)} — {exp.label}", "", "",
                               exp.amount_cents, 0, "receipt", _scans(s, [exp.receipt] if exp.receipt else []))
        return [entry]


def _scans(s: Session, shas: list[str]) -> tuple[ProofScan, ...]:
    rows = {a.id: a for a in s.scalars(select(m.Attachment).where(m.Attachment.id.in_(shas),
                                                                     m.Attachment.deleted.is_(False)))}
    return tuple(ProofScan(x, rows[x].filename, rows[x].media_type) for x in shas if x in rows)


def replace_proof(store: Store, kind: str, item_id: str, filename: str, content: bytes) -> tuple[str, Any]:
    """« Remplacer »: attach a new scan to a meeting (its own proof) or an expense (its receipt),
    through the same checked operations as every attach (type by content, size cap)."""
    from sosdesk.store.ops_expenses import attach_receipt
    from sosdesk.store.ops_meetings import attach_proof

    if kind == "meeting":
        return attach_proof(store, [item_id], filename, content)
    return attach_receipt(store, item_id, filename, content)
