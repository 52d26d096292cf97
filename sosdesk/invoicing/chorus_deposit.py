"""Sending validated invoices to Chorus Pro and following their status (national coordinator).

Never two deposits of one invoice: the attempt is recorded (``sending``) before the file leaves; when
the answer is lost, Chorus Pro is asked whether it has the invoice (by its number) before any new
deposit. Each change of state is a line of the invoice's history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_workflow import WorkflowError
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.timegrid import now_utc, utc_to_local
from sosdesk.domain.vocabulary import day_text, moment_text
from sosdesk.invoicing.chorus_pro import SETTINGS_KEY, AnswerLost, ChorusClient, ChorusError, config_from
from sosdesk.invoicing.drafts import get_invoice, record
from sosdesk.invoicing.exports import facturx_bytes
from sosdesk.store.chorus_models import ChorusDeposit
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice

STATE_LABELS = {
    "sending": "envoi en cours", "uncertain": "envoyée sans réponse de Chorus Pro (à vérifier)",
    "not_sent": "non envoyée (échec)", "deposited": "déposée sur Chorus Pro",
    "available": "mise à disposition de l'acheteur", "rejected": "rejetée par Chorus Pro", "paid": "payée",
}
# Chorus Pro invoice statuses → (our state, French label)
CHORUS_STATUSES: dict[str, tuple[str, str]] = {
    "DEPOSEE": ("deposited", "déposée"), "EN_COURS_ACHEMINEMENT": ("deposited", "en cours d'acheminement"),
    "MISE_A_DISPOSITION": ("available", "mise à disposition de l'acheteur"),
    "A_RECYCLER": ("available", "à recycler"), "SUSPENDUE": ("available", "suspendue"),
    "COMPLETEE": ("available", "complétée"), "SERVICE_FAIT": ("available", "service fait"),
    "MANDATEE": ("available", "mandatée"), "COMPTABILISEE": ("available", "comptabilisée"),
    "REJETEE": ("rejected", "rejetée"), "MISE_EN_PAIEMENT": ("paid", "mise en paiement"),
}
FLUX_REJECTED = ("IN_REJETE", "IN_INCIDENTE")
DONE = ("deposited", "available", "paid", "rejected")
SENDABLE_KINDS = ("national", "credit_note")

ClientFactory = Callable[[Store], ChorusClient]


@dataclass(frozen=True)
class DepositView:
    invoice_id: str
    number: str | None
    state: str
    state_label: str
    chorus_status: str
    flux_number: str
    chorus_id: str
    reason: str
    attempts: int
    environment: str
    deposited_at: datetime | None
    checked_at: datetime | None

    def sentence(self) -> str:
        """« Facture SOS-2026-000001 : mise à disposition de l'acheteur (flux 123, déposée le 05/11/2026) »."""
        label = CHORUS_STATUSES.get(self.chorus_status, ("", self.state_label))[1]
        details = [f"flux {self.flux_number}"] if self.flux_number else []
        if self.deposited_at:
            details.append(f"déposée le {moment_text(utc_to_local(self.deposited_at))}")
        text = f"Facture {self.number or self.invoice_id} : {label}" + (f" ({', '.join(details)})" if details else "")
        return text + (f" — motif : {self.reason}" if self.reason else "")

    def as_json(self) -> dict[str, Any]:
        return {"invoice": self.invoice_id, "number": self.number, "state": self.state,
                "chorus_status": self.chorus_status or None, "flux_number": self.flux_number or None,
                "chorus_id": self.chorus_id or None, "reason": self.reason or None, "attempts": self.attempts,
                "environment": self.environment,
                "deposited_at": self.deposited_at.isoformat() if self.deposited_at else None,
                "checked_at": self.checked_at.isoformat() if self.checked_at else None}


def default_client(store: Store) -> ChorusClient:
    return ChorusClient(config_from(store.get_state(SETTINGS_KEY, {}) or {}))


def _view(inv: Invoice, row: ChorusDeposit) -> DepositView:
    return DepositView(inv.id, inv.number, row.state, STATE_LABELS.get(row.state, row.state), row.chorus_status,
                       row.flux_number, row.chorus_id, row.reason, row.attempts, row.environment,
                       row.deposited_at, row.checked_at)


def deposit_view(store: Store, invoice_id: str) -> DepositView | None:
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        row = s.get(ChorusDeposit, inv.id)
        return _view(inv, row) if row else None


def deposit_labels(session: Session) -> dict[str, str]:
    """Invoice id → short French status, for the invoice board."""
    out = {}
    for row in session.scalars(select(ChorusDeposit)):
        label = CHORUS_STATUSES.get(row.chorus_status, ("", STATE_LABELS.get(row.state, row.state)))[1]
        out[row.invoice_id] = f"Chorus Pro : {label}"
    return out


def _update(store: Store, actor: Actor, invoice_id: str, at: datetime, **fields: Any) -> DepositView:
    """Write the deposit row; a change of state or of Chorus Pro status is a line of the history."""

    def apply(s: Session) -> DepositView:
        inv = get_invoice(s, invoice_id)
        row = s.get(ChorusDeposit, inv.id)
        assert row is not None
        before = (row.state, row.chorus_status)
        for key, value in fields.items():
            setattr(row, key, value)
        row.updated_at = at
        view = _view(inv, row)
        if (row.state, row.chorus_status) != before and row.state not in ("sending",):
            record(s, actor, inv, "chorus", inv.status, view.sentence())
        return view

    return store.edit(apply, "Chorus Pro")[0]


def _reconcile(client: ChorusClient, number: str) -> dict[str, Any] | None:
    """Does Chorus Pro already hold this invoice? (after an answer was lost)"""
    try:
        return client.find_invoice(number)
    except ChorusError:
        return None


def _status_fields(found: dict[str, Any]) -> dict[str, Any]:
    code = str(found.get("statut") or "DEPOSEE")
    state = CHORUS_STATUSES.get(code, ("deposited", code))[0]
    reason = str(found.get("motifRejet") or found.get("commentaire") or "") if state == "rejected" else ""
    return {"state": state, "chorus_status": code, "chorus_id": str(found.get("idFacture") or ""), "reason": reason}


def send_invoice(store: Store, actor: Actor, invoice_id: str, client_factory: ClientFactory = default_client,
                 now: datetime | None = None) -> DepositView:
    """Deposit a validated national invoice or credit note; raises WorkflowError / ChorusError (French)."""
    require(actor, "invoice_send")
    at = now or now_utc()
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        if inv.kind not in SENDABLE_KINDS:
            raise WorkflowError("seules la facture nationale et les avoirs partent vers Chorus Pro "
                                "(une facture régionale est consolidée dans la nationale)")
        if inv.status != "validated" or not inv.number:
            raise WorkflowError("seule une facture validée (numérotée) peut être envoyée à Chorus Pro")
        number = inv.number
        row = s.get(ChorusDeposit, inv.id)
        previous = (row.state, row.flux_number, row.deposited_at) if row else None
        reason = row.reason if row else ""
    if previous and previous[0] == "rejected":
        raise WorkflowError(f"facture {number} rejetée par Chorus Pro" + (f" ({reason})" if reason else "")
                            + " : une facture rejetée ne se redépose pas ; corrigez par un avoir puis une "
                              "nouvelle facture")
    if previous and previous[0] in DONE:
        when = f" le {day_text(utc_to_local(previous[2]))}" if previous[2] else ""
        raise WorkflowError(f"facture {number} déjà déposée sur Chorus Pro{when}"
                            + (f" (flux {previous[1]})" if previous[1] else "")
                            + " : « sosdesk invoice status » donne son état")
    pdf, _doc = facturx_bytes(store, invoice_id)  # a setting missing is caught before anything leaves
    client = client_factory(store)
    try:
        if previous and previous[0] in ("sending", "uncertain"):
            found = _reconcile(client, number)
            if found is not None:  # the earlier deposit did arrive: never a second one
                return _update(store, actor, invoice_id, at, deposited_at=at, checked_at=at, last_error="",
                               **_status_fields(found))
        file_name = f"{number}.pdf"

        def begin(s: Session) -> None:
            row = s.get(ChorusDeposit, invoice_id)
            if row is None:
                row = ChorusDeposit(invoice_id=invoice_id, state="sending", environment=client.config.environment,
                                    file_name=file_name, attempts=0, flux_number="", chorus_id="",
                                    chorus_status="", reason="", last_error="")
                s.add(row)
            row.state, row.attempts, row.updated_at = "sending", row.attempts + 1, at

        store.edit(begin, "Chorus Pro : envoi")  # recorded before the file leaves
        try:
            answer = client.deposit(pdf, file_name)
        except AnswerLost as exc:
            found = _reconcile(client, number)
            if found is not None:
                return _update(store, actor, invoice_id, at, deposited_at=at, checked_at=at, last_error="",
                               **_status_fields(found))
            _update(store, actor, invoice_id, at, state="uncertain", last_error=str(exc))
            raise ChorusError(f"{exc} : l'envoi de la facture {number} est enregistré « à vérifier » ; "
                              "relancez « sosdesk invoice send » ou « status » plus tard : Chorus Pro sera "
                              "interrogé avant tout nouveau dépôt, jamais deux dépôts") from None
        except ChorusError as exc:
            _update(store, actor, invoice_id, at, state="not_sent", last_error=str(exc))
            raise
        return _update(store, actor, invoice_id, at, state="deposited", chorus_status="DEPOSEE",
                       flux_number=str(answer.get("numeroFluxDepot") or ""), deposited_at=at, checked_at=at,
                       last_error="")
    finally:
        client.close()


def refresh_status(store: Store, actor: Actor, invoice_id: str, client_factory: ClientFactory = default_client,
                   now: datetime | None = None) -> DepositView:
    """Ask Chorus Pro where the invoice stands; a payment marks the invoice paid."""
    require(actor, "invoice_send")
    at = now or now_utc()
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        row = s.get(ChorusDeposit, inv.id)
        if row is None or row.state == "not_sent":
            raise WorkflowError(f"la facture {inv.number or inv.id} n'a pas été déposée sur Chorus Pro : "
                                "« sosdesk invoice send » l'envoie")
        number, flux, state = inv.number or "", row.flux_number, row.state
    client = client_factory(store)
    try:
        fields: dict[str, Any] = {"checked_at": at}
        if flux and state in ("deposited", "sending", "uncertain"):
            report = client.flux_report(flux)
            if str(report.get("etatCourantFlux")) in FLUX_REJECTED:
                fields.update(state="rejected", chorus_status=str(report["etatCourantFlux"]),
                              reason=str(report.get("motifRejet") or report.get("libelle") or "flux rejeté"))
                return _update(store, actor, invoice_id, at, **fields)
        found = client.find_invoice(number)
        if found is not None:
            fields.update(_status_fields(found))
            if state in ("sending", "uncertain"):
                fields["deposited_at"] = at
        elif state in ("sending", "uncertain"):
            fields["state"] = "uncertain"
        view = _update(store, actor, invoice_id, at, **fields)
    finally:
        client.close()
    if view.state == "paid":
        _mark_paid(store, actor, invoice_id, at)
    return view


def _mark_paid(store: Store, actor: Actor, invoice_id: str, at: datetime) -> None:
    from sosdesk.invoicing.workflow import apply_step

    with store.session() as s:
        status = get_invoice(s, invoice_id).status
    if status == "validated":
        apply_step(store, actor, invoice_id, "paid", "paiement constaté sur Chorus Pro", now=at)
