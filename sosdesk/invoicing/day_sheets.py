"""Day attendance sheets (pricing.md §3): one scanned signed sheet for a site and local day proves
every meeting held there that day, instead of attaching a scan to each meeting.

The scan is kept once by its SHA-256 (``store_attachment`` of the calendar's meeting operations);
refusals raise the calendar's ``EditRefused`` so the day view handles them like its other edits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import ProblemList
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.proof_files import check_proof
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import AttendanceSheet
from sosdesk.store.ops_meetings import EditRefused, store_attachment


def _require(store: Store, session: Session, region: str) -> None:
    """Same right as recording attendance, in the site's region; a file without user may edit."""
    uid = store.user_id
    user = session.get(m.User, uid) if uid else None
    if user is not None:
        require(Actor(user.id, user.role, user.region_id), "record_attendance", region)


def attach_day_sheet(store: Store, site_id: str, day: date, filename: str, content: bytes,
                     media_type: str = "application/pdf", note: str = "") -> tuple[str, Changes]:
    """Attach the scanned attendance sheet of ``site_id`` for local ``day``; returns the sheet's id.

    Attaching the same scan again for the same site and day changes nothing and returns the same id."""
    proof = check_proof(filename, content)  # PDF/JPEG/PNG/TIFF by content: a refusal stores nothing
    with store.transaction("Joindre la feuille d'émargement du jour") as (session, changes):
        site = session.get(m.Site, site_id)
        if site is None or site.deleted:
            raise EditRefused(message=f"lieu introuvable : {site_id}")
        _require(store, session, site.region_id)
        sha = store_attachment(session, filename, content, proof.media_type)
        existing = session.scalars(select(AttendanceSheet).where(
            AttendanceSheet.site_id == site_id, AttendanceSheet.date == day,
            AttendanceSheet.attachment_id == sha, AttendanceSheet.deleted.is_(False))).first()
        if existing is not None:
            if note and existing.note != note:
                existing.note = note
            return existing.id, changes
        sheet = AttendanceSheet(id=str(uuid.uuid4()), region_id=site.region_id, site_id=site_id, date=day,
                                attachment_id=sha, note=note)
        session.add(sheet)
    return sheet.id, changes


def day_sheets(session: Session, day: date, site_ids: Iterable[str] | None = None) -> list[AttendanceSheet]:
    """The sheets attached for local ``day`` (at the given sites), oldest first: for the day view."""
    query = select(AttendanceSheet).where(AttendanceSheet.date == day, AttendanceSheet.deleted.is_(False))
    if site_ids is not None:
        query = query.where(AttendanceSheet.site_id.in_(list(site_ids)))
    return list(session.scalars(query.order_by(AttendanceSheet.updated_at, AttendanceSheet.id)))


def proven_site_days(session: Session, first: date, end: date) -> set[tuple[str, date]]:
    """(site, local day) pairs in [first, end) with a sheet whose scan is stored: proof for billing."""
    rows = session.execute(select(AttendanceSheet.site_id, AttendanceSheet.date).join(
        m.Attachment, m.Attachment.id == AttendanceSheet.attachment_id).where(
        AttendanceSheet.deleted.is_(False), m.Attachment.deleted.is_(False),
        AttendanceSheet.date >= first, AttendanceSheet.date < end))
    return {(site, day) for site, day in rows}


# -- sosdesk-data/1 section ``attendance_sheets`` (the scans themselves travel in ``attachments``) --

SECTION = "attendance_sheets"


def dump_sheets(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(AttendanceSheet).where(AttendanceSheet.deleted.is_(False))
                           .order_by(AttendanceSheet.date, AttendanceSheet.site_id, AttendanceSheet.id))
    return [{"id": r.id, "region": r.region_id, "site": r.site_id, "date": r.date.isoformat(),
             "attachment": r.attachment_id, "note": r.note} for r in rows]


def load_sheets(session: Session, items: list[Any], problems: ProblemList) -> None:
    """Add each sheet whose site and scan exist (in the file or the database), naming every bad one."""
    for i, doc in enumerate(items):
        path = f"{SECTION}[{i}]"
        try:
            sheet = AttendanceSheet(id=str(doc["id"]), region_id=str(doc["region"]), site_id=str(doc["site"]),
                                    date=date.fromisoformat(doc["date"]), attachment_id=str(doc["attachment"]),
                                    note=str(doc.get("note", "")))
        except (KeyError, TypeError, ValueError) as exc:
            problems.add(path, f"feuille d'émargement mal formée ({exc})")
            continue
        site = session.get(m.Site, sheet.site_id)
        if site is None or site.region_id != sheet.region_id:
            problems.add(f"{path}.site", f"lieu inconnu dans la région {sheet.region_id} : {sheet.site_id}")
        elif session.get(m.Attachment, sheet.attachment_id) is None:
            problems.add(f"{path}.attachment", f"pièce jointe absente du fichier : {sheet.attachment_id}")
        elif session.get(AttendanceSheet, sheet.id) is not None:
            problems.add(f"{path}.id", f"feuille d'émargement déjà présente : {sheet.id}")
        else:
            session.add(sheet)
