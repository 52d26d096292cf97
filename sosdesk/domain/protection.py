"""What protects a meeting from being moved, resized or cancelled (issue 13 « protect what happened »).

Pure rule, no store: the use case (``sosdesk.usecases.meeting_edits``) gathers the facts of each
touched meeting and of its month's regional invoice, asks ``protection`` which level applies, and
then either writes, asks the user to confirm (with the consequence and a reason), or refuses.

Levels (docs/protected-meetings.md):

- ``REFUSE`` — the month's invoice left the draft state (submitted, approved, validated, paid):
  what it bills is what the validator saw; a change needs the invoice rejected back to draft (or a
  credit note once validated). Cancelling a held meeting is also refused: it happened, so it cannot
  be « cancelled » (pricing would bill it as an unexcused no-show); correct its attendance instead.
- ``CONFIRM`` — the meeting was held, has attendance or a proof, or is already billable (started)
  in a month that has an invoice draft: the edit goes through once the user confirms with a reason.
- ``OPEN`` — anything else (a future planned meeting): edited freely, as before. Recording
  attendance (``ATTENDANCE``) is open too, except in a locked month (refused like the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sosdesk.domain.vocabulary import month_label

OPEN, CONFIRM, REFUSE = "open", "confirm", "refuse"
_RANK = {OPEN: 0, CONFIRM: 1, REFUSE: 2}
# Invoice statuses after which the month's billed meetings no longer change (pricing.md §7).
LOCKED_INVOICE_STATUSES = frozenset({"submitted", "approved", "validated", "paid"})
INVOICE_STATUS_WORDS = {"submitted": "soumise", "approved": "approuvée", "validated": "validée",
                        "paid": "payée"}
MOVE, CANCEL, ATTENDANCE = "move", "cancel", "attendance"


@dataclass(frozen=True)
class MeetingFacts:
    """One touched meeting as the rule sees it; ``invoice_status`` is that of its month's regional
    invoice (``None`` when there is none, or when a credit note reopened the period)."""

    meeting_id: str
    status: str  # planned | held | cancelled
    has_attendance: bool
    has_proof: bool
    started: bool  # its start is in the past
    month: str  # YYYY-MM (local date)
    invoice_status: str | None = None


@dataclass(frozen=True)
class Protection:
    level: str
    reasons: tuple[str, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.level == CONFIRM

    @property
    def refused(self) -> bool:
        return self.level == REFUSE


def billed_in_draft(month: str) -> str:
    """The reason naming a draft month (the use case appends the priced consequence to it)."""
    return f"est facturé dans le brouillon de {month_label(month)}"


def happened(f: MeetingFacts) -> bool:
    return f.status == "held" or f.has_attendance or f.has_proof


def protection_of(f: MeetingFacts, action: str) -> Protection:
    """The level for one meeting and action (``MOVE`` covers resize and every other field edit)."""
    if f.invoice_status in LOCKED_INVOICE_STATUSES:
        word = INVOICE_STATUS_WORDS.get(f.invoice_status, f.invoice_status)
        return Protection(REFUSE, (
            f"tombe en {month_label(f.month)}, dont la facture est {word} : il ne peut plus changer "
            "(faites rejeter la facture pour la corriger, ou émettez un avoir si elle est validée)",))
    if action == ATTENDANCE:  # recording what happened is normal work, until the month is billed
        return Protection(OPEN)
    if action == CANCEL and f.status == "held":
        return Protection(REFUSE, (
            "a eu lieu : il ne peut pas être annulé (il serait facturé comme une absence non excusée) ; "
            "s'il n'a pas eu lieu, corrigez ses présences",))
    reasons: list[str] = []
    if happened(f):
        what = [w for w, on in (("a eu lieu", f.status == "held"), ("a des présences saisies", f.has_attendance),
                                ("a un justificatif", f.has_proof)) if on]
        reasons.append(", ".join(what))
    if f.invoice_status is not None and (f.started or happened(f)):
        reasons.append(billed_in_draft(f.month))
    return Protection(CONFIRM if reasons else OPEN, tuple(reasons))


def combine(items: Iterable[Protection]) -> Protection:
    """The strictest level of several meetings, with every distinct reason of that level."""
    level, reasons = OPEN, list[str]()
    for p in items:
        if _RANK[p.level] > _RANK[level]:
            level, reasons = p.level, []
        if p.level == level:
            reasons += [r for r in p.reasons if r not in reasons]
    return Protection(level, tuple(reasons))
