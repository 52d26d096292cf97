"""The proofs of an invoice (issue 14): for each billed meeting and expense of its annex, the scan
that proves it — the meeting's own sheet, else its site's sheet of the day; the expense's receipt —
or « justificatif manquant ». Read by the proof viewer (next/previous across a month's proofs),
the proof bundle (``export --format proofs``) and the invoice PDF annex, which print the same
SHA-256: the attachment's id (``store_attachment``), the ``sha256`` of sosdesk-data/1 attachments.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import AnnexExpense, AnnexMeeting, ProofRef
from sosdesk.domain.invoice_proofs import (  # noqa: F401  (MISSING, SOURCE_LABELS: kept importable here)
    MISSING,
    SOURCE_LABELS,
    InvoiceProofs,
    ProofEntry,
    ProofScan,
)
from sosdesk.domain.pricing import CATEGORY_LABELS
from sosdesk.domain.proof_files import ProofRefused, check_proof
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.drafts import get_invoice
from sosdesk.printing.proof_bundle import BundleScan, ProofBundle
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import AttendanceSheet, Invoice


def _annex_title(row: AnnexMeeting | AnnexExpense) -> str:
    if isinstance(row, AnnexMeeting):
        return f"{row.type_label or row.type} — {row.outcome_text}"
    category = CATEGORY_LABELS.get(row.category, row.category)
    return f"{category} — {row.label}" if row.label else category


def invoice_proofs(s: Session, inv: Invoice) -> InvoiceProofs:
    """The proof of each billed meeting and expense of ``inv`` (its annex), read from the store now."""
    doc = build_document(inv)
    rows = [r for r in doc.annex if isinstance(r, AnnexMeeting | AnnexExpense)]
    meeting_ids = [r.id for r in rows if isinstance(r, AnnexMeeting)]
    expense_ids = [r.id for r in rows if isinstance(r, AnnexExpense)]
    # Plain columns, not ORM rows: a large month has thousands of meetings (the viewer opens at once).
    meetings = {i: (proof, site) for i, proof, site in s.execute(select(
        m.Meeting.id, m.Meeting.proof, m.Meeting.site_id).where(m.Meeting.id.in_(meeting_ids)))} if meeting_ids else {}
    expenses: dict[str, str | None] = {i: receipt for i, receipt in s.execute(select(
        m.Expense.id, m.Expense.receipt).where(m.Expense.id.in_(expense_ids)))} if expense_ids else {}
    days = {r.date for r in rows if isinstance(r, AnnexMeeting)}
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
    reasons = {(p.kind, p.id): p.reason for p in doc.missing_proof}
    entries: list[ProofEntry] = []
    for r in rows:
        scans: tuple[ProofScan, ...] = ()
        source = ""
        if isinstance(r, AnnexMeeting):
            proof, site = meetings.get(r.id, (None, None))
            if proof is not None and proof in files:
                scans, source = (files[proof],), "meeting"
            elif site is not None:
                scans = tuple(files[sha] for sha in sheets.get((site, r.date), []) if sha in files)
                source = "day_sheet" if scans else ""
            people = " · ".join([*r.professionals, *r.beneficiaries])
            entries.append(ProofEntry("meeting", r.id, r.region, r.date, r.time, _annex_title(r), r.site_name,
                                      people, r.amount_cents, r.minutes, source, scans,
                                      reasons.get(("meeting", r.id), ""), needed=r.status != "cancelled"))
        else:
            receipt = expenses.get(r.id)
            if receipt is not None and receipt in files:
                scans, source = (files[receipt],), "receipt"
            entries.append(ProofEntry("expense", r.id, r.region, r.date, "", _annex_title(r), "", "",
                                      r.amount_cents, 0, source, scans, reasons.get(("expense", r.id), "")))
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


def bundle_data(store: Store, invoice_id: str) -> ProofBundle:
    """An invoice's proof bundle: its document (title, period, totals, missing proofs), its proof list
    and every scan with its bytes and page count."""
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        doc = build_document(inv, s)
        proofs = invoice_proofs(s, inv)
        contents = {a.id: bytes(a.content) for a in s.scalars(select(m.Attachment).where(
            m.Attachment.id.in_([x.sha256 for x in proofs.scans()])))} if proofs.entries else {}
    scans = []
    for scan in proofs.scans():
        content = contents.get(scan.sha256, b"")
        try:  # a file stored before the attach check (or carried by an old region file) may not read
            pages, problem = check_proof(scan.filename, content).pages, ""
        except ProofRefused as exc:
            pages, problem = 0, str(exc)
        scans.append(BundleScan(scan, content, pages, problem))
    return ProofBundle(doc, proofs, tuple(scans))


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
