"""The typed invoice document (pricing.md §6–§8): header, parties, lines, totals, VAT, payment terms,
missing proofs, proof annex and scanned-proof references of one invoice.

``sosdesk.invoicing.document.build_document`` builds it once from a stored invoice; the renderers take
it: the ``sosdesk-invoice/1`` JSON and the frozen content hash (here), the CSV export
(``invoicing.exports``), the PDF (``printing.invoice_pdf``) and the Factur-X XML (``invoicing.facturx_xml``).
The stored invoice keeps its lines, missing proofs and annex as JSON (a row is the unit of sync): the
``*_json`` / ``*_from_json`` pairs below are that one storage shape, the same as the §8 export's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sosdesk.domain.invoice_workflow import content_hash, invoice_title, month_label
from sosdesk.domain.pricing import Line, MissingProof, Totals, cents_or_decimal, travel_stops
from sosdesk.domain.vocabulary import OUTCOME_LABELS, meeting_text

FORMAT = "sosdesk-invoice/1"
# Mentions of article L. 441-9 du code de commerce: printed under the totals and BT-21/BT-22 of the XML.
LEGAL_NOTES = (
    ("PMT", "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €."),
    ("PMD", "Pénalités de retard : taux d'intérêt légal en vigueur majoré de 8 points (art. 1er du décret "
            "n° 2013-269)."),
    ("AAB", "Pas d'escompte pour paiement anticipé."),
)


# -- lines ------------------------------------------------------------------------------------------


def quantity_text(value: Decimal) -> str:
    """A decimal string without exponent or useless zeros ("12.5", "2", "0.25")."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def line_json(line: Line) -> dict[str, Any]:
    """A line in the §8 shape (stored and exported): type/outcome on meeting lines, category on expense
    lines, justification on custom lines."""
    out: dict[str, Any] = {"label": line.label, "kind": line.kind}
    if line.kind == "meeting":
        out["type"] = line.type
        out["outcome"] = line.outcome
    if line.kind == "expense":
        out["category"] = line.category
    out.update({"quantity": quantity_text(line.quantity), "unit": line.unit,
                "unit_price_cents": cents_or_decimal(line.unit_price_cents),
                "amount_cents": line.amount_cents, "items": list(line.items)})
    if line.kind == "custom":
        out["justification"] = line.justification
    return out


def line_from_json(data: Mapping[str, Any]) -> Line:
    price = data.get("unit_price_cents")
    return Line(kind=data["kind"], label=data["label"], quantity=Decimal(str(data["quantity"])),
                unit=data.get("unit", "item"), unit_price_cents=None if price is None else Decimal(str(price)),
                amount_cents=int(data["amount_cents"]), items=tuple(data.get("items", ())),
                type=data.get("type"), outcome=data.get("outcome"), category=data.get("category"),
                justification=data.get("justification", ""))


def negated(line: Line) -> Line:
    """The credit-note counterpart of a line: same items, opposite quantity and amount."""
    return Line(line.kind, f"Avoir — {line.label}", -line.quantity, line.unit, line.unit_price_cents,
                -line.amount_cents, line.items, line.type, line.outcome, line.category, line.justification)


def with_label(line: Line, label: str) -> Line:
    """The same line under another label (a region's line in the national invoice)."""
    return Line(line.kind, label, line.quantity, line.unit, line.unit_price_cents, line.amount_cents,
                line.items, line.type, line.outcome, line.category, line.justification)


def missing_from_json(data: Mapping[str, Any]) -> MissingProof:
    return MissingProof(str(data["kind"]), str(data["id"]), str(data.get("reason", "")), str(data.get("label") or ""))


# -- the proof annex: one row per billed meeting, travel day and expense ----------------------------


@dataclass(frozen=True, slots=True)
class AnnexMeeting:
    """A billed meeting; beneficiaries as initials + id, never full names (GDPR art. 10)."""

    id: str
    region: str
    date: date
    time: str  # « 09:30 »
    minutes: int
    type: str
    type_label: str
    site: str
    site_name: str
    professionals: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    status: str
    outcome: str
    quantity: str
    amount_cents: int
    holiday: str = ""  # the public holiday's name when it fell on one
    kind: str = field(default="meeting", init=False)

    @property
    def outcome_text(self) -> str:
        """Its result in words; a late cancellation is billed as a no-show but says what it was."""
        if self.status == "cancelled":
            return "annulation tardive"
        return OUTCOME_LABELS.get(self.outcome, self.outcome)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "meeting", "id": self.id, "region": self.region, "date": self.date.isoformat(),
                "time": self.time, "minutes": self.minutes, "type": self.type, "type_label": self.type_label,
                "site": self.site, "site_name": self.site_name, "professionals": list(self.professionals),
                "beneficiaries": list(self.beneficiaries), "status": self.status, "outcome": self.outcome,
                "quantity": self.quantity, "amount_cents": self.amount_cents,
                **({"holiday": self.holiday} if self.holiday else {})}


@dataclass(frozen=True, slots=True)
class AnnexTravel:
    """One professional's travel of one day: the sites in order and the meetings it served."""

    id: str  # « P3|2026-10-06 »
    region: str
    date: date
    professional: str
    sites: tuple[str, ...]
    meetings: tuple[str, ...]
    raw_minutes: int
    minutes: int  # billed
    amount_cents: int
    kind: str = field(default="travel", init=False)

    @property
    def stops(self) -> list[str]:
        return travel_stops(self.sites)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "travel", "id": self.id, "region": self.region, "date": self.date.isoformat(),
                "professional": self.professional, "sites": list(self.sites), "meetings": list(self.meetings),
                "raw_minutes": self.raw_minutes, "minutes": self.minutes, "amount_cents": self.amount_cents}


@dataclass(frozen=True, slots=True)
class AnnexExpense:
    id: str
    region: str
    date: date
    category: str
    label: str
    receipt: bool
    amount_cents: int
    kind: str = field(default="expense", init=False)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "expense", "id": self.id, "region": self.region, "date": self.date.isoformat(),
                "category": self.category, "label": self.label, "receipt": self.receipt,
                "amount_cents": self.amount_cents}


AnnexRow = AnnexMeeting | AnnexTravel | AnnexExpense


def holiday_rows(annex: Iterable[AnnexRow]) -> list[AnnexMeeting]:
    """The annex meetings held on a public holiday: a warning to check, not a refusal (issue 12)."""
    return [r for r in annex if isinstance(r, AnnexMeeting) and r.holiday]


def holiday_warnings(annex: Iterable[AnnexRow]) -> list[str]:
    """« L'entretien psychologique du vendredi 25/12/2026 à 10 h 00 (Maison d'arrêt) : jour férié (Noël),
    à vérifier » for each annex meeting held on a public holiday."""
    out: list[str] = []
    for r in holiday_rows(annex):
        text = meeting_text(r.type_label, datetime.combine(r.date, time.fromisoformat(r.time or "00:00")), year=True)
        out.append(f"{text[:1].upper()}{text[1:]} ({r.site_name or r.site}) : jour férié ({r.holiday}), à vérifier")
    return out


def annex_from_json(data: Mapping[str, Any]) -> AnnexRow:
    """A stored annex row (``Invoice.annex``) as its type."""
    day = date.fromisoformat(str(data["date"]))
    region = str(data.get("region", ""))
    if data["kind"] == "meeting":
        return AnnexMeeting(str(data["id"]), region, day, str(data.get("time", "")), int(data.get("minutes", 0)),
                            str(data.get("type", "")), str(data.get("type_label", "")),
                            str(data.get("site", "")), str(data.get("site_name", "")),
                            tuple(data.get("professionals", ())), tuple(data.get("beneficiaries", ())),
                            str(data.get("status", "")), str(data.get("outcome") or ""),
                            str(data.get("quantity", "")), int(data["amount_cents"]), str(data.get("holiday") or ""))
    if data["kind"] == "travel":
        return AnnexTravel(str(data["id"]), region, day, str(data.get("professional", "")),
                           tuple(data.get("sites", ())), tuple(data.get("meetings", ())),
                           int(data.get("raw_minutes", 0)), int(data.get("minutes", 0)), int(data["amount_cents"]))
    return AnnexExpense(str(data["id"]), region, day, str(data.get("category", "")), str(data.get("label", "")),
                        bool(data.get("receipt")), int(data["amount_cents"]))


# -- the document -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Header:
    """What identifies the invoice: kind, period, scope, status, number and dates."""

    id: str
    kind: str  # regional | national | credit_note
    scope: str  # region id or « national »
    month: str  # « 2026-10 »
    status: str
    number: str | None = None
    issued_at: datetime | None = None  # validation instant (UTC)
    generated_at: datetime | None = None
    scope_label: str = ""  # the region's name, « France entière »
    credited_number: str | None = None  # a credit note: the invoice it cancels
    credited_issued_at: datetime | None = None

    @property
    def place(self) -> str:
        return self.scope_label or self.scope

    @property
    def title(self) -> str:
        """« Facture nationale n° SOS-2026-000001 », « Facture régionale — Auvergne-Rhône-Alpes »."""
        return invoice_title(self.kind, self.place) + (f" n° {self.number}" if self.number else "")

    @property
    def long_title(self) -> str:
        """The title, with the month when it has no number yet (PDF title, Factur-X metadata)."""
        return self.title if self.number else f"{self.title}, {month_label(self.month)}"


@dataclass(frozen=True, slots=True)
class Party:
    """Seller (the organisation) or buyer (the ministry's service), from the billing settings."""

    name: str = ""
    siret: str = ""
    address: str = ""
    vat_id: str = ""  # seller: BT-31
    tax_registration_id: str = ""  # seller: BT-32
    service_code: str = ""  # buyer: Chorus Pro service code (BT-10)
    commitment_number: str = ""  # buyer: legal commitment number (BT-13)


@dataclass(frozen=True, slots=True)
class VatTreatment:
    """The VAT category of every line and of the one breakdown (these invoices carry a single rate)."""

    category: str  # E exempt, O outside the scope, S standard
    percent: str | None  # None for O (BR-O-05, BR-O-09: no rate)
    reason: str  # BT-120, mandatory for E and O (BR-E-10, BR-O-10)


@dataclass(frozen=True, slots=True)
class Vat:
    """The rate of the table valid on the month's last day (pricing.md §6), its printed mention, and
    the e-invoice treatment derived from it and the settings."""

    rate: str = "0"  # as stored (« 0 », « 0.2 »)
    mention: str = ""
    treatment: VatTreatment | None = None  # known once read with the billing settings

    @property
    def rate_decimal(self) -> Decimal:
        return Decimal(self.rate or "0")


@dataclass(frozen=True, slots=True)
class Payment:
    """BT-20 terms, BT-9 due date, BT-81 means code and the account (the same on the PDF and in the XML)."""

    terms: str = ""
    due: date | None = None
    means: str = "30"
    iban: str = ""
    bic: str = ""


@dataclass(frozen=True, slots=True)
class ProofRef:
    """A distinct scanned proof: file name, how many billed items it proves, SHA-256."""

    sha256: str
    filename: str
    items: int


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    header: Header
    lines: tuple[Line, ...]
    totals: Totals
    vat: Vat
    missing_proof: tuple[MissingProof, ...] = ()
    custom_count: int = 0  # the invoice's own free lines are the last ``custom_count`` lines
    annex: tuple[AnnexRow, ...] = ()
    seller: Party = Party()
    buyer: Party = Party()
    issue_date: date | None = None  # validation day (Paris); a draft: the day it was generated
    payment: Payment = Payment()
    mentions: tuple[str, ...] = ()  # printed under the totals: VAT treatment, payment, legal notes
    proofs: tuple[ProofRef, ...] = ()
    einvoice_problems: tuple[str, ...] = ()  # billing settings a Factur-X still needs

    def meetings(self) -> list[AnnexMeeting]:
        return [r for r in self.annex if isinstance(r, AnnexMeeting)]

    def travel(self) -> list[AnnexTravel]:
        return [r for r in self.annex if isinstance(r, AnnexTravel)]

    def expenses(self) -> list[AnnexExpense]:
        return [r for r in self.annex if isinstance(r, AnnexExpense)]


def invoice_json(doc: InvoiceDocument) -> dict[str, Any]:
    """The §8 export: exactly its keys, in its order (a public contract)."""
    h = doc.header
    return {"format": FORMAT, "id": h.id, "number": h.number, "scope": h.scope, "month": h.month,
            "status": h.status, "lines": [line_json(line) for line in doc.lines],
            "total_ht_cents": doc.totals.ht_cents, "vat_cents": doc.totals.vat_cents,
            "total_ttc_cents": doc.totals.ttc_cents, "missing_proof": [p.to_json() for p in doc.missing_proof]}


def document_hash(doc: InvoiceDocument, frozen: bool = True) -> str:
    """SHA-256 of the §8 content (status and missing proofs left out); ``frozen``: with the issue
    instant, as stored at validation (pricing.md §7). Changing this shape breaks every stored hash."""
    data = invoice_json(doc)
    if frozen:
        data["issued_at"] = doc.header.issued_at.isoformat() if doc.header.issued_at else None
    return content_hash(data)
