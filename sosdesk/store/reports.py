"""Report queries for the Rapports page and exports: staffing, obligations coverage, activity.

Definitions (chosen where the issue leaves room, kept here so CSV readers can check them):

- Staffing (one ISO week): *planned* = minutes of the week's non-cancelled meetings listing the
  professional; *held* = minutes of held meetings where they were present
  (``present_professionals()``); *load* = planned / ``max_minutes_per_week`` in %.
- Obligations (one month): the weekly requirement is prorated by the month's days that fall
  inside the measure (``measure_start``..``measure_end``): required = weekly × days / 7, rounded
  half-up to the minute. *Planned* = non-cancelled meetings of that type in the month listing the
  beneficiary; *held* = held meetings where the beneficiary's attendance is ``present``.
- Activity (one month, per region and meeting type): *held* = held meetings with at least one
  beneficiary present; *no-show* = held meetings with nobody present; *cancelled* = cancelled;
  *attendance to record* = held meetings where some beneficiary's attendance is not recorded (the
  rule of ``domain.attendance``, the same as billing's missing proof): neither held nor no-show.
- Billed (one month): the amounts of the month's invoices as invoicing stored them (regional,
  national, credit notes, every edition and status), per region; never recomputed here.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.attendance import held_incomplete
from sosdesk.domain.invoice_workflow import STATUS_LABELS
from sosdesk.domain.timegrid import local_to_utc, month_bounds, week_bounds_utc
from sosdesk.domain.vocabulary import INVOICE_KIND_LABELS, REQUIRED, month_label, week_text
from sosdesk.store import models as m
from sosdesk.store.csv_export import Cell
from sosdesk.store.invoice_models import Invoice

HUNDRED = Decimal(100)


def name_key(name: str) -> str:
    """Sort key for French names: « Élodie » sorts with « Elodie », not after « Zoé »."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def hours(minutes: int) -> Decimal:
    """Minutes as decimal hours, 2 places (Excel sums them)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent(part: int, whole: int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * HUNDRED / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Table:
    """A report ready to show or export: French headers, rows of plain cells."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class StaffingRow:
    professional: str
    name: str
    region: str
    planned_minutes: int
    held_minutes: int
    cap_minutes: int | None

    @property
    def load_percent(self) -> Decimal | None:
        return percent(self.planned_minutes, self.cap_minutes)


@dataclass(frozen=True, slots=True)
class ObligationRow:
    beneficiary: str
    name: str
    region: str
    type: str
    required_minutes: int
    planned_minutes: int
    held_minutes: int
    type_label: str = ""  # the type's name (« Entretien psychologique »)

    @property
    def coverage_percent(self) -> Decimal | None:
        return percent(self.held_minutes, self.required_minutes)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    region: str
    type: str
    label: str
    held_count: int
    held_minutes: int
    no_show_count: int
    no_show_minutes: int
    cancelled_count: int
    cancelled_minutes: int
    missing_count: int = 0  # held with some attendance not recorded (domain.attendance)
    missing_minutes: int = 0


def _meetings(session: Session, start: Any, end: Any, region: str | None) -> list[m.Meeting]:
    q = select(m.Meeting).where(m.Meeting.deleted.is_(False), m.Meeting.start >= start,
                                m.Meeting.start < end)
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    return list(session.scalars(q.order_by(m.Meeting.start, m.Meeting.id)))


def _month_utc(month: str) -> tuple[date, date, Any, Any]:
    first, nxt = month_bounds(month)
    return first, nxt, local_to_utc(first, 0), local_to_utc(nxt, 0)


def _people(session: Session, model: Any, region: str | None, ids: set[str]) -> list[Any]:
    """Live rows of the scope, plus archived ones that still appear in the period's meetings."""
    q = select(model)
    if region is not None:
        q = q.where(model.region_id == region)
    return [r for r in session.scalars(q) if not r.deleted or r.id in ids]


def staffing(session: Session, week: str, region: str | None = None) -> list[StaffingRow]:
    """Planned and held minutes per professional in ``week`` against their weekly cap."""
    start, end = week_bounds_utc(week)
    planned: dict[str, int] = defaultdict(int)
    held: dict[str, int] = defaultdict(int)
    for mt in _meetings(session, start, end, region):
        if mt.status == "cancelled":
            continue
        for pid in set(mt.professionals):
            planned[pid] += mt.minutes
        if mt.status == "held":
            for pid in set(mt.present_professionals()):
                held[pid] += mt.minutes
    rows = [StaffingRow(p.id, p.display_name, p.region_id, planned.get(p.id, 0), held.get(p.id, 0),
                        p.max_minutes_per_week)
            for p in _people(session, m.Professional, region, set(planned) | set(held))]
    return sorted(rows, key=lambda r: (r.region, name_key(r.name), r.professional))


def _days_inside(first: date, nxt: date, start: date | None, end: date | None) -> int:
    lo = max(first, start) if start else first
    hi = min(nxt, end + timedelta(days=1)) if end else nxt
    return max(0, (hi - lo).days)


def obligations_coverage(session: Session, month: str, region: str | None = None) -> list[ObligationRow]:
    """Required (prorated), planned and held minutes per beneficiary and meeting type in ``month``."""
    first, nxt, start, end = _month_utc(month)
    planned: dict[tuple[str, str], int] = defaultdict(int)
    held: dict[tuple[str, str], int] = defaultdict(int)
    for mt in _meetings(session, start, end, region):
        if mt.status == "cancelled":
            continue
        for bid in set(mt.beneficiaries):
            planned[(bid, mt.type_id)] += mt.minutes
            if mt.status == "held" and mt.attendance.get(bid) == "present":
                held[(bid, mt.type_id)] += mt.minutes
    seen = {bid for bid, _ in planned}
    labels = {t.id: t.label or t.id for t in session.scalars(select(m.MeetingType))}
    rows: list[ObligationRow] = []
    for b in _people(session, m.Beneficiary, region, seen):
        days = _days_inside(first, nxt, b.measure_start, b.measure_end)
        required = {str(r["type"]): int((Decimal(int(r["minutes"])) * days / 7).quantize(
            Decimal(1), rounding=ROUND_HALF_UP)) for r in b.requirements}
        types = set(required) | {t for bid, t in planned if bid == b.id}
        for tid in sorted(types):
            req = required.get(tid, 0)
            if not req and not planned.get((b.id, tid)):
                continue
            rows.append(ObligationRow(b.id, b.display_name, b.region_id, tid, req,
                                      planned.get((b.id, tid), 0), held.get((b.id, tid), 0), labels.get(tid, tid)))
    return sorted(rows, key=lambda r: (r.region, name_key(r.name), r.beneficiary, r.type))


def activity(session: Session, month: str, region: str | None = None) -> list[ActivityRow]:
    """Counts and minutes of held / no-show / cancelled meetings per region and type in ``month``."""
    _, _, start, end = _month_utc(month)
    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 8)
    for mt in _meetings(session, start, end, region):
        if held_incomplete(mt.status, mt.beneficiaries, mt.attendance or {}):
            slot = 6  # neither held nor no-show until every attendance is recorded
        elif mt.status == "held":
            present = any(v == "present" for v in mt.attendance.values())
            slot = 0 if present else 2
        elif mt.status == "cancelled":
            slot = 4
        else:
            continue
        counts = acc[(mt.region_id, mt.type_id)]
        counts[slot] += 1
        counts[slot + 1] += mt.minutes
    labels = {t.id: t.label or t.id for t in session.scalars(select(m.MeetingType))}
    return [ActivityRow(reg, tid, labels.get(tid, tid), *acc[(reg, tid)]) for reg, tid in sorted(acc)]


@dataclass(frozen=True, slots=True)
class BilledRow:
    scope: str
    kind: str
    edition: int
    number: str
    status: str
    ht_cents: int
    vat_cents: int
    ttc_cents: int


INVOICE_KINDS = {k: v[:1].upper() + v[1:] for k, v in INVOICE_KIND_LABELS.items()}  # « Facture régionale »


def billed(session: Session, month: str, region: str | None = None) -> list[BilledRow]:
    """The month's invoices with their stored totals; a region sees only its own invoices."""
    month_bounds(month)  # refuses a bad month in French
    q = select(Invoice).where(Invoice.deleted.is_(False), Invoice.month == month)
    if region is not None:
        q = q.where(Invoice.scope == region)
    rows = sorted(session.scalars(q), key=lambda i: (i.scope == "national", i.scope, i.edition,
                                                      i.kind == "credit_note", i.id))
    return [BilledRow(i.scope, i.kind, i.edition, i.number or "", i.status, i.total_ht_cents,
                      i.vat_cents, i.total_ttc_cents) for i in rows]


def euros(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


# --- tables (UI and CSV share them) --------------------------------------------------------

def region_names(session: Session) -> dict[str, str]:
    """Region id → its name, for the « Région » columns."""
    return {r.id: r.name or r.id for r in session.scalars(select(m.Region))}


def staffing_table(rows: Sequence[StaffingRow], week: str, regions: Mapping[str, str] | None = None) -> Table:
    names = regions or {}
    return Table(
        f"Charge des professionnels — {week_text(week)}",
        ("Professionnel", "Région", "Prévu (h)", "Réalisé (h)", "Plafond (h)", "Charge (%)"),
        tuple((r.name, names.get(r.region, r.region), hours(r.planned_minutes), hours(r.held_minutes),
               None if r.cap_minutes is None else hours(r.cap_minutes), r.load_percent)
              for r in rows),
        frozenset({2, 3, 4, 5}))


def obligations_table(rows: Sequence[ObligationRow], month: str, regions: Mapping[str, str] | None = None) -> Table:
    names = regions or {}
    return Table(
        f"Couverture des obligations — {month_label(month)}",
        ("Bénéficiaire", "Région", "Type", f"{REQUIRED} (h)", "Prévu (h)", "Réalisé (h)", "Couverture (%)"),
        tuple((r.name, names.get(r.region, r.region), r.type_label or r.type, hours(r.required_minutes), hours(r.planned_minutes),
               hours(r.held_minutes), r.coverage_percent) for r in rows),
        frozenset({3, 4, 5, 6}))


def activity_table(rows: Sequence[ActivityRow], month: str, regions: Mapping[str, str] | None = None) -> Table:
    names = regions or {}
    return Table(
        f"Activité par type de rendez-vous — {month_label(month)}",
        ("Région", "Type", "Tenus", "Tenus (h)", "Absences", "Absences (h)", "Annulés", "Annulés (h)",
         "Présences à saisir", "Présences à saisir (h)"),
        tuple((names.get(r.region, r.region), r.label, r.held_count, hours(r.held_minutes), r.no_show_count,
               hours(r.no_show_minutes), r.cancelled_count, hours(r.cancelled_minutes), r.missing_count,
               hours(r.missing_minutes)) for r in rows),
        frozenset({2, 3, 4, 5, 6, 7, 8, 9}))


def billed_table(rows: Sequence[BilledRow], month: str, regions: Mapping[str, str] | None = None) -> Table:
    names = regions or {}
    return Table(
        f"Montants facturés — {month_label(month)}",
        ("Périmètre", "Document", "Édition", "Numéro", "Statut", "HT (€)", "TVA (€)", "TTC (€)"),
        tuple(("National" if r.scope == "national" else names.get(r.scope, r.scope), INVOICE_KINDS.get(r.kind, r.kind),
               r.edition, r.number or "brouillon", STATUS_LABELS.get(r.status, r.status),
               euros(r.ht_cents), euros(r.vat_cents), euros(r.ttc_cents)) for r in rows),
        frozenset({2, 5, 6, 7}))
