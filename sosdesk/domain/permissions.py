"""Who may do what (DESIGN: roles limit who sees and does what). One table, checked everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from sosdesk.domain.errors import UserError

ROLE_LABELS = {
    "regional_admin": "Administrateur régional",
    "regional_validator": "Valideur régional",
    "national_coordinator": "Coordinateur national",
}

ACTIONS: dict[str, frozenset[str]] = {
    "plan": frozenset({"regional_admin", "national_coordinator"}),
    "edit_people": frozenset({"regional_admin", "national_coordinator"}),
    "record_attendance": frozenset({"regional_admin"}),
    "invoice_draft": frozenset({"regional_admin"}),
    "invoice_submit": frozenset({"regional_admin", "national_coordinator"}),
    "invoice_approve": frozenset({"regional_validator"}),
    "invoice_reject": frozenset({"regional_validator"}),
    "invoice_national": frozenset({"national_coordinator"}),
    "invoice_validate": frozenset({"national_coordinator"}),
    "invoice_mark_paid": frozenset({"national_coordinator"}),
    "invoice_credit_note": frozenset({"national_coordinator"}),
    "invoice_send": frozenset({"national_coordinator"}),
    "edit_rates": frozenset({"national_coordinator"}),
    "edit_reference": frozenset({"national_coordinator"}),
    "merge_region_files": frozenset({"national_coordinator"}),
    "edit_reminders": frozenset({"regional_admin", "national_coordinator"}),
    # Data protection (issue 16): copies, erasure and the people's rights are administrators' acts.
    "backup": frozenset({"regional_admin", "national_coordinator"}),
    "restore": frozenset({"regional_admin", "national_coordinator"}),
    "purge": frozenset({"regional_admin", "national_coordinator"}),
    "person_export": frozenset({"regional_admin", "national_coordinator"}),
    "read_access_log": frozenset({"regional_admin", "national_coordinator"}),
}

ACTION_LABELS = {
    "plan": "planifier",
    "edit_people": "modifier les personnes",
    "record_attendance": "saisir les présences",
    "invoice_draft": "préparer une facture régionale",
    "invoice_submit": "soumettre une facture",
    "invoice_approve": "approuver une facture régionale",
    "invoice_reject": "rejeter une facture régionale",
    "invoice_national": "préparer la facture nationale",
    "invoice_validate": "valider la facture nationale",
    "invoice_mark_paid": "marquer une facture payée",
    "invoice_credit_note": "émettre un avoir",
    "invoice_send": "envoyer une facture à Chorus Pro",
    "edit_rates": "modifier les grilles tarifaires",
    "edit_reference": "modifier les données de référence",
    "merge_region_files": "fusionner des fichiers régionaux",
    "edit_reminders": "modifier les rappels",
    "backup": "sauvegarder le fichier de données",
    "restore": "restaurer une sauvegarde",
    "purge": "effacer des données personnelles",
    "person_export": "exporter le dossier d'une personne",
    "read_access_log": "consulter le journal des accès",
}


class PermissionDenied(UserError):
    """The current role may not do this; the message says who may."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: user id, role and (for regional roles) region."""

    user_id: str
    role: str
    region: str | None = None


def can(role: str, action: str) -> bool:
    return role in ACTIONS.get(action, frozenset())


def require(actor: Actor, action: str, region: str | None = None) -> None:
    """Raise PermissionDenied (French) unless ``actor`` may do ``action`` (in ``region``)."""
    if not can(actor.role, action):
        allowed = ", ".join(sorted(ROLE_LABELS[r] for r in ACTIONS.get(action, ())))
        raise PermissionDenied(
            f"{ROLE_LABELS.get(actor.role, actor.role)} ne peut pas {ACTION_LABELS.get(action, action)}"
            + (f" (réservé à : {allowed})" if allowed else ""))
    if region is not None and actor.role != "national_coordinator" and actor.region not in (None, region):
        raise PermissionDenied(f"action limitée à votre région ({actor.region}), pas {region}")


# What each role finds with the search box (issue 14). The validator checks invoices, the work and
# expenses they bill; people files and judicial measures stay with those who plan.
SEARCH_KINDS: dict[str, frozenset[str]] = {
    "regional_admin": frozenset({"beneficiary", "professional", "measure", "meeting", "invoice", "expense"}),
    "regional_validator": frozenset({"meeting", "invoice", "expense"}),
    "national_coordinator": frozenset({"beneficiary", "professional", "measure", "meeting", "invoice",
                                       "expense"}),
}
ALL_SEARCH_KINDS = SEARCH_KINDS["national_coordinator"]


def search_scope(actor: Actor | None) -> tuple[frozenset[str], str | None]:
    """The kinds ``actor`` may find and the one region they are limited to (None: every region).

    No actor (a file with no users): everything, as before users existed."""
    if actor is None:
        return ALL_SEARCH_KINDS, None
    kinds = SEARCH_KINDS.get(actor.role, frozenset())
    if actor.role == "national_coordinator":
        return kinds, None
    return kinds, actor.region or ""
