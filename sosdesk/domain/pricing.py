"""Billing rules of pricing.md §3–§6: one meeting's outcome and price, travel per professional-day,
expenses, and the month's invoice lines. Rate tables live in ``rate_tables``, lines and totals in
``invoice_lines`` (both re-exported here). Pure: plain values in, integer cents out."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from sosdesk.domain.attendance import missing_reason
from sosdesk.domain.errors import ProblemList
from sosdesk.domain.invoice_lines import (  # noqa: F401  (re-exported: moved to invoice_lines)
    Line,
    Totals,
    check_amounts,
    custom_line,
    totals,
)
from sosdesk.domain.rate_tables import (  # noqa: F401  (re-exported: moved to rate_tables)
    CATEGORY_LABELS,
    MAX_CENTS,
    UNITS,
    RateSchedule,
    RateTable,
    TravelRate,
    TypeRate,
    billed_minutes,
    billed_quantity,
    cents_or_decimal,
    meeting_amount,
    professionals_billed,
    round_cents,
    version_in_force,
)
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import (  # noqa: F401  (money formatters: kept importable from pricing)
    BEFORE_UNIT,
    EXPENSE_CATEGORY_LABELS,
    LINE_KIND_LABELS,
    MINUS,
    MISSING_KIND_LABELS,
    OUTCOME_LABELS,
    THOUSANDS,
    UNIT_LABELS,
    and_list,
    day_text,
    euros,
    euros_text,
    format_decimal,
    meeting_text,
)


@dataclass(frozen=True, slots=True)
class BillableMeeting:
    """A meeting as billing sees it: its site's kind and coefficient and its type's kind included."""

    id: str
    type: str
    type_kind: str  # individual | collective | law_enforcement
    start: datetime  # aware UTC
    minutes: int
    site: str
    site_kind: str = "office"
    site_coefficient: Decimal = Decimal(1)
    professionals: tuple[str, ...] = ()
    professionals_present: tuple[str, ...] | None = None
    beneficiaries: tuple[str, ...] = ()
    status: str = "planned"
    cancelled_at: datetime | None = None
    attendance: Mapping[str, str] = field(default_factory=dict)
    has_proof: bool = False

    @property
    def local_date(self) -> date:
        return utc_to_local(self.start).date()

    def present(self) -> tuple[str, ...]:
        if self.professionals_present is not None:
            return self.professionals_present
        return self.professionals if self.status == "held" else ()


@dataclass(frozen=True, slots=True)
class BillableExpense:
    id: str
    date: date
    category: str
    amount_cents: int
    label: str = ""
    has_receipt: bool = False
    meeting: str | None = None


def annex_outcome(row: Mapping[str, object]) -> str:
    """An annex meeting's result in words; a late cancellation is billed as a no-show but says what it was."""
    if row.get("status") == "cancelled":
        return "annulation tardive"
    outcome = str(row.get("outcome") or "")
    return OUTCOME_LABELS.get(outcome, outcome)


def travel_stops(sites: Iterable[str]) -> list[str]:
    """A travel day's sites for reading: two meetings in a row at the same site are one stop."""
    stops: list[str] = []
    for site in sites:
        if not stops or stops[-1] != site:
            stops.append(site)
    return stops


def missing_text(item: Mapping[str, str] | MissingProof) -> str:
    """A missing-proof entry as people read it: « L'entretien psychologique du mardi 03/11/2026 à 10 h 00
    avec Alice Martin et Paul Morel : réunion facturée sans justificatif… » (entries stored before names
    were given keep « Rendez-vous M12 : … »)."""
    if isinstance(item, MissingProof):
        kind, ident, reason, label = item.kind, item.id, item.reason, item.label
    else:
        kind, ident, reason, label = item["kind"], item["id"], item["reason"], item.get("label", "")
    if label:
        return f"{label[:1].upper()}{label[1:]} : {reason}"
    return f"{MISSING_KIND_LABELS.get(kind, kind)} {ident} : {reason}"


def meeting_label(m: BillableMeeting, type_labels: Mapping[str, str], people: Mapping[str, str]) -> str:
    """« l'entretien psychologique du mardi 03/11/2026 à 10 h 00 avec Alice Martin et Paul Morel »."""
    text = meeting_text(type_labels.get(m.type, ""), utc_to_local(m.start), year=True)
    who = [people.get(x, x) for x in (*m.beneficiaries, *m.professionals)]
    return f"{text} avec {and_list(who)}" if who else text


def expense_label(e: BillableExpense) -> str:
    """« frais du 05/11/2026 (Location de salle, 120,00 €) »."""
    what = ", ".join(x for x in (CATEGORY_LABELS.get(e.category, e.category), e.label, euros(e.amount_cents)) if x)
    return f"frais du {day_text(e.date)} ({what})"


@dataclass(frozen=True, slots=True)
class MissingProof:
    """Something that blocks submission, with what to do about it (French)."""

    kind: str  # meeting | expense
    id: str
    reason: str
    label: str = ""  # what it is, for people (type, date, time, names); the id stays for programs

    def to_json(self) -> dict[str, str]:
        out = {"kind": self.kind, "id": self.id, "reason": self.reason}
        return {**out, "label": self.label} if self.label else out


def outcome(m: BillableMeeting, table: RateTable | None, now: datetime,
            notice_hours: int | None = None) -> tuple[str | None, str]:
    """('held' | 'no_show' | None, missing-proof reason or '') — the table of pricing.md §3."""
    if m.status == "planned":
        return None, missing_reason(m.status, m.beneficiaries, m.attendance, m.start, m.minutes, now)
    if m.status == "cancelled":
        if m.cancelled_at is None:
            return None, ""  # no cancellation instant: treated as cancelled in time (docs/billing.md)
        hours = notice_hours if notice_hours is not None else (table.notice_hours if table else 24)
        late = m.start - m.cancelled_at < timedelta(hours=hours)
        return ("no_show" if late else None), ""
    # held
    reason = missing_reason(m.status, m.beneficiaries, m.attendance, m.start, m.minutes, now)
    if reason:
        return None, reason
    values = [m.attendance.get(b) for b in m.beneficiaries]
    if "present" in values:
        return "held", ""
    if m.type_kind == "collective":
        return "no_show", ""  # nobody present at a session: no-show ratio (pricing.md §3)
    if "absent_unexcused" in values:
        return "no_show", ""
    return None, ""  # excused absence: not billed


@dataclass(frozen=True, slots=True)
class PricedMeeting:
    """One billed meeting: its rate, outcome, billed quantity, unit price and rounded amount."""

    meeting: BillableMeeting
    outcome: str
    unit: str
    quantity: Decimal
    unit_price_cents: Decimal
    amount_cents: int
    professionals_billed: int
    valid_from: date


def price_meeting(m: BillableMeeting, table: RateTable, result: str) -> PricedMeeting:
    rate = table.meeting_types[m.type]
    k = len(m.professionals if m.status == "cancelled" else m.present())
    ratio = table.no_show_ratio if result == "no_show" else Decimal(1)
    exact = meeting_amount(rate, m.minutes, k, m.site_coefficient, ratio)
    return PricedMeeting(
        meeting=m, outcome=result, unit=rate.unit, quantity=billed_quantity(rate, m.minutes, k),
        unit_price_cents=rate.price_cents * m.site_coefficient * ratio, amount_cents=round_cents(exact),
        professionals_billed=professionals_billed(rate, k) if rate.unit == "professional_hour" else 0,
        valid_from=table.valid_from)


# --- travel --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TravelDay:
    professional: str
    day: date
    sites: tuple[str, ...]
    meetings: tuple[str, ...]
    raw_minutes: int
    billed_minutes: int
    amount_cents: int
    price_cents_per_hour: Decimal


TravelLookup = Mapping[tuple[str, str], int]


def _travel_minutes(a: str, b: str, matrix: TravelLookup, problems: ProblemList, who: str) -> int:
    if a == b:
        return 0
    found = matrix.get((a, b), matrix.get((b, a)))
    if found is None:
        problems.add(f"travel_minutes[{a}→{b}]",
                     f"temps de trajet inconnu entre {a} et {b} (déplacement de {who}) : "
                     "renseignez-le dans les temps de trajet")
        return 0
    return found


def travel_days(priced: Sequence[PricedMeeting], schedule: RateSchedule, homes: Mapping[str, str | None],
                matrix: TravelLookup) -> list[TravelDay]:
    """Travel per professional and local day (pricing.md §4), capped and rounded once per day."""
    chains: dict[tuple[str, date], list[BillableMeeting]] = defaultdict(list)
    for p in priced:
        m = p.meeting
        table = schedule.table_for(m.local_date)
        if m.status != "held" or table is None or m.site_kind not in table.travel.billable_site_kinds:
            continue
        for pro in m.present():
            chains[(pro, m.local_date)].append(m)
    problems = ProblemList()
    days: list[TravelDay] = []
    for (pro, day), meetings in sorted(chains.items()):
        table = schedule.table_for(day)
        assert table is not None
        meetings.sort(key=lambda x: (x.start, x.id))
        stops = [x.site for x in meetings]
        home = homes.get(pro)
        path = ([home] if home else []) + stops + ([home] if home else [])
        raw = sum(_travel_minutes(a, b, matrix, problems, pro) for a, b in pairwise(path))
        rate = table.travel
        step = max(rate.rounding_minutes, 1)
        billed = math.ceil(raw / step) * step
        if rate.max_minutes_per_day is not None:
            billed = min(billed, rate.max_minutes_per_day)
        amount = round_cents(rate.price_cents_per_hour * Decimal(billed) / Decimal(60))
        days.append(TravelDay(pro, day, tuple(stops), tuple(x.id for x in meetings), raw, billed, amount,
                              rate.price_cents_per_hour))
    problems.raise_if_any()
    return days


# --- lines ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthPricing:
    lines: tuple[Line, ...]
    missing_proof: tuple[MissingProof, ...]
    priced: tuple[PricedMeeting, ...]
    travel: tuple[TravelDay, ...]
    expenses: tuple[BillableExpense, ...]
    rate_versions: tuple[date, ...]


def price_month(meetings: Iterable[BillableMeeting], expenses: Iterable[BillableExpense],
                schedule: RateSchedule, homes: Mapping[str, str | None], matrix: TravelLookup,
                now: datetime, require_proof_document: bool = True,
                type_labels: Mapping[str, str] | None = None,
                people: Mapping[str, str] | None = None) -> MonthPricing:
    """Every line of a regional month, or InputError naming each missing rate (nothing half-done).
    ``people`` (id → name) words the missing-proof entries."""
    labels = type_labels or {}
    names = people or {}
    problems = ProblemList()
    missing: list[MissingProof] = []
    priced: list[PricedMeeting] = []
    for m in sorted(meetings, key=lambda x: (x.start, x.id)):
        table = schedule.table_for(m.local_date)
        result, reason = outcome(m, table, now)
        if reason:
            missing.append(MissingProof("meeting", m.id, reason, meeting_label(m, labels, names)))
        if result is None:
            continue
        if table is None:
            problems.add(f"meetings[{m.id}]", f"aucune grille tarifaire en vigueur le {day_text(m.local_date)} "
                         f"(réunion {m.id})")
            continue
        if m.type not in table.meeting_types:
            problems.add(f"rate_tables[{table.valid_from}].meeting_types.{m.type}",
                         f"le type de réunion {m.type} n'a pas de tarif dans la grille en vigueur au "
                         f"{day_text(table.valid_from)} (réunion {m.id} du {day_text(m.local_date)})")
            continue
        if require_proof_document and m.status == "held" and not m.has_proof:
            missing.append(MissingProof("meeting", m.id, "réunion facturée sans justificatif : joindre la "
                                        "feuille d'émargement signée numérisée au rendez-vous ou "
                                        "celle de la journée sur ce lieu", meeting_label(m, labels, names)))
        priced.append(price_meeting(m, table, result))
    problems.raise_if_any()
    trips = travel_days(priced, schedule, homes, matrix)

    groups: dict[tuple[str, str, Decimal, str], list[PricedMeeting]] = defaultdict(list)
    for p in priced:
        groups[(p.meeting.type, p.outcome, p.unit_price_cents, p.unit)].append(p)
    lines: list[Line] = []
    for (type_id, result, price, unit), items in sorted(groups.items(), key=lambda kv: (
            kv[0][0], kv[0][1] != "held", kv[0][2])):
        label = f"{labels.get(type_id) or type_id} — {OUTCOME_LABELS[result]} ({euros(price)})"
        lines.append(Line("meeting", label, sum((p.quantity for p in items), Decimal(0)),
                          "item" if unit == "flat" else "hour", price,
                          sum(p.amount_cents for p in items), tuple(p.meeting.id for p in items),
                          type=type_id, outcome=result))
    if trips:
        prices = {t.price_cents_per_hour for t in trips}
        ids = tuple(dict.fromkeys(mid for t in trips for mid in t.meetings))
        lines.append(Line("travel", "Déplacements", Decimal(sum(t.billed_minutes for t in trips)) / 60,
                          "hour", prices.pop() if len(prices) == 1 else None,
                          sum(t.amount_cents for t in trips), ids))
    bills = sorted(expenses, key=lambda e: (e.date, e.id))
    for e in bills:
        if not e.has_receipt:
            missing.append(MissingProof("expense", e.id, "frais sans justificatif : joindre le reçu ou la facture",
                                        expense_label(e)))
    by_cat: dict[str, list[BillableExpense]] = defaultdict(list)
    for e in bills:
        by_cat[e.category].append(e)
    for cat in sorted(by_cat, key=lambda c: (list(CATEGORY_LABELS).index(c) if c in CATEGORY_LABELS else 99, c)):
        items_e = by_cat[cat]
        amounts = {e.amount_cents for e in items_e}
        lines.append(Line("expense", CATEGORY_LABELS.get(cat, cat), Decimal(len(items_e)), "item",
                          Decimal(amounts.pop()) if len(amounts) == 1 else None,
                          sum(e.amount_cents for e in items_e), tuple(e.id for e in items_e), category=cat))
    check_amounts(lines)
    versions = tuple(sorted({p.valid_from for p in priced}))
    return MonthPricing(tuple(lines), tuple(missing), tuple(priced), tuple(trips), tuple(bills), versions)


def month_total_difference(before: MonthPricing, after: MonthPricing) -> int:
    """Preview of a rate change: how much the month's lines move (cents, after − before)."""
    return sum(line.amount_cents for line in after.lines) - sum(line.amount_cents for line in before.lines)
