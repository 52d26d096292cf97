"""Erasure of people past retention (issue 16): plan (what would go), then erase in one transaction.

Retention: a beneficiary's data goes ``retention_years`` (setting, default 5) after the end of
their follow-up. Invoices are never erased (accounting evidence); validated ones keep billing the
person under a pseudonym. A person whose meetings an invoice not yet validated bills is not erased:
the whole purge is refused until that invoice is validated or regenerated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sosdesk.domain.errors import CommandError, InputError
from sosdesk.domain.permissions import Actor
from sosdesk.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    subtract_years,
)
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.purge import PurgeCandidate, candidates, erase
from sosdesk.usecases.gate import allow

SETTINGS_ID = "settings"
RETENTION_KEY = "retention_years"


@dataclass
class PurgePlan:
    """Who would be erased, and the cutoff used (follow-ups ended before it)."""

    cutoff: date
    years: int | None
    people: list[PurgeCandidate]
    person: str | None = None

    @property
    def blocked(self) -> list[PurgeCandidate]:
        return [p for p in self.people if p.blocking_invoices]


def retention_years(store: Store) -> int:
    with store.session() as s:
        row = s.get(m.Setting, SETTINGS_ID)
        value = (row.data or {}).get(RETENTION_KEY) if row is not None else None
    return value if isinstance(value, int) and MIN_RETENTION_YEARS <= value <= MAX_RETENTION_YEARS \
        else DEFAULT_RETENTION_YEARS


def set_retention_years(store: Store, actor: Actor | None, years: int) -> Changes:
    """Change the retention (national reference data: the national coordinator)."""
    allow(actor, "edit_reference")
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise InputError(f"durée de conservation entre {MIN_RETENTION_YEARS} et {MAX_RETENTION_YEARS} ans",
                         "--years")

    def write(s: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        row = s.get(m.Setting, SETTINGS_ID)
        if row is None:
            row = m.Setting(id=SETTINGS_ID, data={})
            s.add(row)
        row.data = {**(row.data or {}), RETENTION_KEY: years}

    return store.edit(write, "Durée de conservation")[1]


def plan_purge(store: Store, actor: Actor | None, today: date, before: date | None = None,
               person: str | None = None) -> PurgePlan:
    """Who would go: follow-ups ended before ``before`` (default: today minus the retention), or
    the one ``person`` named (an erasure asked by the person, whatever the dates)."""
    allow(actor, "purge")
    years = None if before else retention_years(store)
    cutoff = before or subtract_years(today, years or DEFAULT_RETENTION_YEARS)
    if cutoff > today:
        raise InputError("--before ne peut pas être dans le futur", "--before")
    with store.session() as s:
        people = candidates(s, cutoff, person)
    if person is not None and not people:
        raise InputError(f"bénéficiaire inconnu ou déjà effacé : {person}", "--person")
    regions = {p.region_id for p in people}
    allow(actor, "purge", regions)
    return PurgePlan(cutoff, years, people, person)


def run_purge(store: Store, actor: Actor | None, plan: PurgePlan, today: date) -> Changes:
    """Erase everyone of ``plan`` in one transaction; refused whole if an open invoice bills one."""
    allow(actor, "purge", {p.region_id for p in plan.people})
    if plan.blocked:
        lines = [f"{p.name} : {', '.join(p.blocking_invoices)}" for p in plan.blocked]
        raise CommandError("effacement refusé, rien n'a été effacé : des factures non encore validées "
                           "facturent des réunions de ces personnes (validez-les ou régénérez-les "
                           "d'abord) — " + " ; ".join(lines))
    with store.transaction("Effacement (durée de conservation)") as (s, changes):
        # Again under the write lock: a meeting billed meanwhile must not slip through.
        fresh = candidates(s, plan.cutoff, plan.person)
        if any(p.blocking_invoices for p in fresh):
            raise CommandError("effacement refusé, rien n'a été effacé : une facture non validée "
                               "vient d'être préparée pour ces personnes ; recommencez.")
        erase(s, fresh, today)
    store.checkpoint()  # the old pages leave the WAL file too
    return changes
