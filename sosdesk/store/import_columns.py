"""Which spreadsheet column feeds which field: default French and English headers per kind
(case-, accent- and punctuation-insensitive), overridden by a mapping file {"Colonne": "champ"}."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.vocabulary import RECORD_KINDS_LABELS

KINDS = ("beneficiaries", "professionals", "meetings", "unavailabilities")
KIND_LABELS = RECORD_KINDS_LABELS
KIND_ALIASES = {"beneficiaires": "beneficiaries", "professionnels": "professionals", "rendez vous": "meetings",
                "rdv": "meetings", "indisponibilites": "unavailabilities", "absences": "unavailabilities",
                "conges": "unavailabilities", "fermetures": "unavailabilities"}

_PEOPLE: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifiant", "n dossier", "numero de dossier", "numero dossier", "dossier", "reference",
           "ref", "code"),
    "region": ("region",),
    "last_name": ("nom", "nom de famille", "nom d usage", "last name", "surname", "family name"),
    "first_name": ("prenom", "prenoms", "first name", "given name"),
    "phone": ("telephone", "tel", "portable", "mobile", "telephone portable", "numero de telephone",
              "phone", "phone number"),
    "email": ("courriel", "e mail", "email", "mail", "adresse mail", "adresse e mail", "adresse email",
              "adresse electronique"),
    "available": ("disponibilites", "disponibilite", "available", "availability"),
}

# Fields that are not interchange fields but build one: meetings' date + time (+ end time) → start and
# minutes; professionals' weekly hours → max_minutes_per_week.
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "beneficiaries": {
        **_PEOPLE,
        "birth_date": ("date de naissance", "ne e le", "ne le", "nee le", "naissance", "date naissance",
                       "birth date", "date of birth", "birthdate", "dob"),
        "measure": ("mesure", "type de mesure", "mesure judiciaire", "measure"),
        "measure_start": ("debut de mesure", "debut mesure", "date de debut", "date debut", "debut",
                          "date de debut de mesure", "measure start", "start date"),
        "measure_end": ("fin de mesure", "fin mesure", "date de fin", "date fin", "fin",
                        "date de fin de mesure", "measure end", "end date"),
        "sms_consent": ("consentement sms", "accord sms", "sms", "sms consent", "rappels sms"),
        "email_consent": ("consentement courriel", "consentement e mail", "consentement email",
                          "consentement mail", "accord courriel", "accord e mail", "email consent",
                          "rappels courriel"),
        "requirements": ("obligations", "obligation", "exigences", "suivi requis", "requirements"),
        "unavailable": ("indisponibilites", "indisponibilite", "unavailable"),
        "sites": ("site", "sites", "lieu", "lieux", "antenne"),
        "forbidden_with": ("interdit avec", "interdits", "incompatible avec", "interdiction de contact",
                           "ne pas mettre avec", "forbidden with"),
        "referent": ("referent", "referente", "referent e", "professionnel referent", "referent"),
        "max_meetings_per_day": ("rdv max par jour", "rendez vous max par jour", "max rdv par jour",
                                 "max meetings per day"),
    },
    "professionals": {
        **_PEOPLE,
        "skills": ("competences", "competence", "qualification", "qualifications", "metier", "fonction",
                   "skills"),
        "home_site": ("site de rattachement", "site principal", "rattachement", "home site"),
        "sites": ("sites", "site", "lieux", "lieu", "lieux d intervention", "sites d intervention"),
        "max_minutes_per_week": ("minutes max par semaine", "max minutes per week"),
        "max_hours_per_week": ("heures max par semaine", "heures par semaine", "heures hebdomadaires",
                               "temps de travail", "max hours per week", "hours per week"),
    },
    "meetings": {
        "id": _PEOPLE["id"],
        "type": ("type", "type de rendez vous", "type de rdv", "prestation", "meeting type"),
        "date": ("date", "jour", "date du rendez vous", "date rdv"),
        "time": ("heure", "heure de debut", "debut", "horaire", "time", "start time"),
        "start": ("date et heure", "debut du rendez vous", "start", "date heure"),
        "end_time": ("heure de fin", "fin", "end time"),
        "minutes": ("duree", "duree en minutes", "minutes", "duration"),
        "site": ("site", "lieu", "antenne"),
        "professionals": ("professionnels", "professionnel", "intervenants", "intervenant", "professionals"),
        "beneficiaries": ("beneficiaires", "beneficiaire", "participants", "participant", "personnes suivies",
                          "beneficiaries"),
        "status": ("statut", "etat", "status"),
        "note": ("note", "notes", "commentaire", "commentaires", "remarque", "remarques", "observations"),
    },
    # Leave, absences, closures (issue 12): one of professional / beneficiary / site per row.
    "unavailabilities": {
        "id": _PEOPLE["id"],
        "region": ("region",),
        "professional": ("professionnel", "professionnelle", "intervenant", "salarie", "professional"),
        "beneficiary": ("beneficiaire", "personne suivie", "beneficiary"),
        "site": ("site", "lieu", "antenne"),
        "first": ("du", "debut", "date de debut", "premier jour", "date", "a partir du", "from date", "first"),
        "last": ("au", "fin", "date de fin", "dernier jour", "jusqu au", "to date", "last"),
        "from": ("heure de debut", "de", "from"),
        "to": ("heure de fin", "a", "to"),
        "reason": ("motif", "raison", "nature", "type d absence", "type", "reason"),
        "capacity": ("capacite", "capacite reduite", "capacity"),
    },
}

# French names of the fields, for messages and the documentation.
FIELD_LABELS = {
    "id": "Identifiant", "region": "Région", "last_name": "Nom", "first_name": "Prénom",
    "phone": "Téléphone", "email": "Courriel", "available": "Disponibilités",
    "birth_date": "Date de naissance", "measure": "Mesure", "measure_start": "Début de mesure",
    "measure_end": "Fin de mesure", "sms_consent": "Consentement SMS",
    "email_consent": "Consentement courriel", "requirements": "Obligations",
    "unavailable": "Indisponibilités", "sites": "Sites", "forbidden_with": "Interdit avec",
    "referent": "Référent", "max_meetings_per_day": "RDV max par jour", "skills": "Compétences",
    "home_site": "Site de rattachement", "max_minutes_per_week": "Minutes max par semaine",
    "max_hours_per_week": "Heures max par semaine", "type": "Type", "date": "Date", "time": "Heure",
    "start": "Date et heure", "end_time": "Heure de fin", "minutes": "Durée", "site": "Site",
    "professionals": "Professionnels", "beneficiaries": "Bénéficiaires", "status": "Statut", "note": "Note",
    "professional": "Professionnel", "beneficiary": "Bénéficiaire", "first": "Du", "last": "Au",
    "from": "Heure de début", "to": "Heure de fin", "reason": "Motif", "capacity": "Capacité",
}


def norm(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: « Né(e) le » → "ne e le"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _without_parens(text: str) -> str:
    return norm(re.sub(r"\([^)]*\)", " ", text))


def alias_index(kind: str) -> dict[str, str]:
    """Normalised header → field for ``kind`` (field names themselves are accepted too)."""
    out: dict[str, str] = {}
    for name, aliases in FIELDS[kind].items():
        for alias in (name, FIELD_LABELS.get(name, name), *aliases):
            out.setdefault(norm(alias), name)
    return out


def field_for(kind: str, header: str, index: dict[str, str] | None = None) -> str | None:
    index = index if index is not None else alias_index(kind)
    return index.get(norm(header)) or index.get(_without_parens(header))


def kind_from_text(text: str) -> str:
    key = norm(text)
    kind = key if key in KINDS else KIND_ALIASES.get(key)
    if kind is None:
        raise ValueError(f"type d'import inconnu « {text} » (attendu : {', '.join(KINDS)})")
    return kind


# --- mapping file ---------------------------------------------------------------------------------


def read_mapping(path: Path, kind: str) -> dict[str, str | None]:
    """``{"Colonne du fichier": "champ" | null}``; the field may be a field name or a known header."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"fichier de correspondance introuvable : {path}", "--mapping") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} ne peut pas être lu ({exc})", "--mapping") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"JSON invalide ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}",
                         path.name) from None
    return check_mapping(data, kind, path.name)


def check_mapping(data: Any, kind: str, where: str = "mapping") -> dict[str, str | None]:
    problems = ProblemList()
    if not isinstance(data, dict):
        raise InputError("objet {\"Colonne du fichier\": \"champ\"} attendu", where)
    index = alias_index(kind)
    out: dict[str, str | None] = {}
    for column, target in data.items():
        if target is None or (isinstance(target, str) and not target.strip()):
            out[column] = None
            continue
        name = field_for(kind, target, index) if isinstance(target, str) else None
        if name is None:
            problems.add(f"{where}.{column}", f"champ inconnu « {target} » pour {KIND_LABELS[kind]} "
                                              f"(champs : {', '.join(FIELDS[kind])})")
            continue
        out[column] = name
    problems.raise_if_any()
    return out


# --- the column plan ------------------------------------------------------------------------------


@dataclass
class ColumnPlan:
    """Column index → field, the header each field came from, and the columns left aside."""

    columns: dict[int, str] = field(default_factory=dict)
    header_of: dict[str, str] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan_columns(kind: str, headers: list[str], mapping: dict[str, str | None] | None = None) -> ColumnPlan:
    """Match each header (mapping first, then the default names); unknown headers are ignored."""
    index = alias_index(kind)
    mapped = {norm(k): v for k, v in (mapping or {}).items()}
    plan = ColumnPlan()
    for key, original in ((norm(k), k) for k in (mapping or {})):
        if key not in {norm(h) for h in headers}:
            plan.warnings.append(f"colonne « {original} » du fichier de correspondance absente du fichier")
    for i, header in enumerate(headers):
        if not header:
            continue
        key = norm(header)
        name = mapped[key] if key in mapped else field_for(kind, header, index)
        if name is None:
            plan.ignored.append(header)
            continue
        if name in plan.header_of:
            plan.warnings.append(f"colonne « {header} » ignorée : « {plan.header_of[name]} » donne déjà "
                                 f"le champ {FIELD_LABELS.get(name, name)}")
            plan.ignored.append(header)
            continue
        plan.columns[i] = name
        plan.header_of[name] = header
    return plan


def is_known_header(kind: str, mapping: dict[str, str | None] | None = None) -> Any:
    """A predicate for the header-row search: does this cell name a column we know?"""
    index = alias_index(kind)
    mapped = {norm(k) for k in (mapping or {})}

    def known(text: str) -> bool:
        return bool(text) and (norm(text) in mapped or field_for(kind, text, index) is not None)
    return known
