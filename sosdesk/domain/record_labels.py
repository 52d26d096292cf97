"""How a person reads a synced row and its fields: « Rendez-vous du 12/11 de Camille Petit »,
« Bénéficiaire Paul Durand », « date de naissance » — never a table name, a row id or a column name
(sync page, conflict and refusal lists; DESIGN: ids only in ``--json`` and logs).

Pure: the caller gives the row's values and a ``name_of(table, id)`` lookup (filled from the store).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.timegrid import utc_to_local

# One row of each synced table, as a noun (the start of its description).
TABLE_LABELS: dict[str, str] = {
    "settings": "Réglages", "regions": "Région", "users": "Utilisateur", "meeting_types": "Type de rendez-vous",
    "rate_tables": "Grille tarifaire", "sites": "Site", "travel_minutes": "Temps de trajet",
    "professionals": "Professionnel(le)", "beneficiaries": "Bénéficiaire", "unavailabilities": "Absence",
    "closed_days": "Jour de fermeture", "meetings": "Rendez-vous", "expenses": "Frais",
    "attachments": "Pièce jointe", "invoices": "Facture", "invoice_events": "Étape de facture",
    "attendance_sheets": "Feuille d'émargement",
}

# Column → French field name, shared by every synced table (a name means the same thing everywhere).
FIELD_LABELS: dict[str, str] = {
    "region_id": "région", "first_name": "prénom", "last_name": "nom", "birth_date": "date de naissance",
    "measure": "mesure", "measure_start": "début de mesure", "measure_end": "fin de mesure",
    "phone": "téléphone", "email": "e-mail", "sms_consent": "accord SMS", "email_consent": "accord e-mail",
    "requirements": "obligations", "available": "disponibilités", "unavailable": "indisponibilités",
    "sites": "sites", "forbidden_with": "contacts interdits", "referent_id": "référent",
    "max_meetings_per_day": "rendez-vous max. par jour", "skills": "compétences",
    "home_site_id": "site de rattachement", "max_minutes_per_week": "plafond hebdomadaire (minutes)",
    "name": "nom", "kind": "type", "address": "adresse", "capacity": "capacité",
    "rate_coefficient": "coefficient tarifaire", "open": "horaires d'ouverture", "deleted": "archivé",
    "type_id": "type de rendez-vous", "start": "début", "minutes": "durée (minutes)", "site_id": "site",
    "professionals": "professionnels", "beneficiaries": "bénéficiaires", "status": "statut",
    "cancelled_at": "annulé le", "attendance": "présences", "professionals_present": "professionnels présents",
    "proof": "justificatif", "note": "note", "fixed": "verrouillé", "buffer_minutes": "battement (minutes)",
    "series_id": "série", "color": "couleur", "date": "date", "category": "catégorie",
    "amount_cents": "montant", "label": "libellé", "receipt": "justificatif", "meeting_id": "rendez-vous lié",
    "filename": "nom du fichier", "media_type": "format", "content": "contenu", "role": "rôle",
    "valid_from": "en vigueur le", "from_site": "site de départ", "to_site": "site d'arrivée",
    "skill": "compétence", "min_participants": "participants min.", "max_participants": "participants max.",
    "data": "réglages", "scope": "périmètre", "month": "mois", "number": "numéro", "lines": "lignes",
    "comment": "commentaire", "attachment_id": "pièce jointe", "reason": "motif", "edition": "édition",
    "issued_at": "émise le", "subject_id": "personne", "subject": "concerne", "first_day": "premier jour",
    "last_day": "dernier jour", "first_date": "premier jour", "last_date": "dernier jour",
    "start_time": "heure de début", "end_time": "heure de fin", "professional_id": "professionnel(le)",
    "beneficiary_id": "bénéficiaire", "invoice_id": "facture", "step": "étape", "purged_at": "effacé le", "signing_key": "clé de signature",
}

ACTION_LABELS: dict[str, str] = {"insert": "création", "update": "modification", "delete": "suppression"}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_label(name: str) -> str:
    """« date de naissance » for ``birth_date`` (a column never listed is shown as it is)."""
    return FIELD_LABELS.get(name, name.replace("_", " "))


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def local_day(value: Any) -> date | None:
    """A stored day or instant (ISO text on the wire) as the local day."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime):
        return utc_to_local(value).date() if value.tzinfo else value.date()
    return value if isinstance(value, date) else None


def record_subject(table: str, values: Mapping[str, Any], name_of: Callable[[str, str], str]) -> str:
    """« Rendez-vous du 12/11 de Camille Petit », « Bénéficiaire Paul Durand », « Frais du 03/11 (Location
    de salle) »: what a person reads for a row. ``values`` are the row's fields (either version)."""
    noun = table_label(table)
    if table in ("beneficiaries", "professionals"):
        who = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
        return f"{noun} {who}" if who else noun
    if table in ("sites", "regions", "users"):
        return f"{noun} {values['name']}" if values.get("name") else noun
    if table == "meeting_types":
        return f"{noun} « {values['label']} »" if values.get("label") else noun
    day = local_day(values.get("start") if table == "meetings" else values.get("date") or values.get("valid_from"))
    when = f" du {day:%d/%m}" if day else ""
    if table == "meetings":
        people = [name_of("beneficiaries", str(b)) for b in values.get("beneficiaries") or ()]
        return f"{noun}{when}" + (f" de {voc.and_list(people)}" if people else "")
    if table == "expenses":
        category = values.get("category")
        return f"{noun}{when}" + (f" ({voc.expense_category_label(str(category))})" if category else "")
    if table == "attendance_sheets":
        site = values.get("site_id")
        return f"{noun}{when}" + (f" — {name_of('sites', str(site))}" if site else "")
    if table == "rate_tables":
        return f"{noun} en vigueur le {day:%d/%m/%Y}" if day else noun
    if table == "closed_days":
        return f"{noun}{when}" + (f" ({values['label']})" if values.get("label") else "")
    if table == "travel_minutes" and values.get("from_site") and values.get("to_site"):
        return f"{noun} {name_of('sites', str(values['from_site']))} → {name_of('sites', str(values['to_site']))}"
    if table == "invoices":
        number = values.get("number")
        month = values.get("month")
        return noun + (f" n° {number}" if number else "") + (f" de {voc.month_label(str(month))}" if month else "")
    if table == "attachments":
        return f"{noun} {values['filename']}" if values.get("filename") else noun
    if table == "unavailabilities":
        first = local_day(values.get("first_date"))
        who = next((name_of(t, str(values[k])) for k, t in (("beneficiary_id", "beneficiaries"),
                    ("professional_id", "professionals"), ("site_id", "sites")) if values.get(k)), "")
        return noun + (f" de {who}" if who else "") + (f" à partir du {first:%d/%m}" if first else "")
    return noun
