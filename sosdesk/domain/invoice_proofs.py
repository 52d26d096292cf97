"""The proofs of an invoice as values (issue 14): each billed meeting and expense with the scan(s) that
prove it, or « justificatif manquant ». Built by ``sosdesk.invoicing.proofs`` from the store; read by the
proof viewer, the proof bundle (printing) and the invoice document's proof references.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sosdesk.domain.vocabulary import day_text

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
