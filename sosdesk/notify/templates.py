"""French message templates: known placeholders, validation on save, rendering, defaults.

A template is checked when saved: an unknown placeholder (``{prénom}`` for ``{prenom}``) is
refused with a message naming it, so a typo never reaches a beneficiary as raw braces.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import datetime

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import REMINDER_CHANNEL_LABELS, REMINDER_EVENT_LABELS, long_day

CHANNELS: tuple[str, ...] = ("sms", "email")
EVENTS: tuple[str, ...] = ("reminder", "update", "cancellation")

CHANNEL_LABELS = REMINDER_CHANNEL_LABELS
EVENT_LABELS = REMINDER_EVENT_LABELS

PLACEHOLDERS: dict[str, str] = {
    "prenom": "prénom du bénéficiaire",
    "date": "date du rendez-vous (mardi 24 novembre 2026)",
    "heure": "heure du rendez-vous (14h30)",
    "duree": "durée (60 min)",
    "site": "nom du lieu",
    "adresse": "adresse du lieu",
    "professionnel": "professionnel(s) présent(s)",
    "type": "type de rendez-vous",
    "ancienne_date": "date avant modification",
    "ancienne_heure": "heure avant modification",
    "organisation": "nom de la structure",
}


DEFAULT_TEMPLATES: dict[tuple[str, str], tuple[str, str]] = {
    ("sms", "reminder"): ("", "Bonjour {prenom}, rappel : rendez-vous le {date} à {heure}, {adresse}, "
                              "avec {professionnel}. En cas d'empêchement, prévenez-nous."),
    ("sms", "update"): ("", "Bonjour {prenom}, votre rendez-vous du {ancienne_date} à {ancienne_heure} "
                            "est déplacé au {date} à {heure}, {adresse}."),
    ("sms", "cancellation"): ("", "Bonjour {prenom}, votre rendez-vous du {date} à {heure} est annulé. "
                                  "Nous vous recontacterons."),
    ("email", "reminder"): ("Rappel : rendez-vous le {date} à {heure}",
                            "Bonjour {prenom},\n\nNous vous rappelons votre rendez-vous le {date} à "
                            "{heure} ({duree}) :\n{site}\n{adresse}\navec {professionnel}.\n\n"
                            "En cas d'empêchement, merci de nous prévenir.\n\n{organisation}"),
    ("email", "update"): ("Rendez-vous déplacé au {date} à {heure}",
                          "Bonjour {prenom},\n\nVotre rendez-vous du {ancienne_date} à {ancienne_heure} "
                          "est déplacé au {date} à {heure} ({duree}) :\n{site}\n{adresse}\n"
                          "avec {professionnel}.\n\n{organisation}"),
    ("email", "cancellation"): ("Rendez-vous du {date} annulé",
                                "Bonjour {prenom},\n\nVotre rendez-vous du {date} à {heure} est annulé. "
                                "Nous vous recontacterons pour en fixer un autre.\n\n{organisation}"),
}


@dataclass(frozen=True, slots=True)
class Template:
    channel: str
    event: str
    subject: str
    body: str

    @property
    def id(self) -> str:
        return template_id(self.channel, self.event)


def template_id(channel: str, event: str) -> str:
    return f"{channel}:{event}"


def french_date(instant: datetime) -> str:
    """'mardi 24 novembre 2026' in Europe/Paris."""
    return long_day(utc_to_local(instant).date(), year=True)


def french_time(instant: datetime) -> str:
    """'14h30' / '9h00' in Europe/Paris."""
    local = utc_to_local(instant)
    return f"{local.hour}h{local.minute:02d}"


def placeholders_in(text: str) -> list[str]:
    """Field names used in ``text``; raises ValueError (French) on malformed braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError("accolades mal formées (une « { » ou « } » seule ? doublez-la : {{ ou }})") from None
    names = []
    for _literal, field, spec, conv in parsed:
        if field is None:
            continue
        if field == "" or spec or conv:
            raise ValueError(f"champ « {{{field}}} » invalide : écrivez seulement {{nom}}")
        names.append(field)
    return names


def validate_template(template: Template) -> None:
    """Raise InputError naming every unknown placeholder (or malformed text) of the template."""
    problems = ProblemList()
    if template.channel not in CHANNELS:
        problems.add("canal", f"canal inconnu « {template.channel} »")
    if template.event not in EVENTS:
        problems.add("événement", f"événement inconnu « {template.event} »")
    if not template.body.strip():
        problems.add("texte", "le texte du message est vide")
    if template.channel == "email" and not template.subject.strip():
        problems.add("objet", "l'objet de l'e-mail est vide")
    for path, text in (("objet", template.subject), ("texte", template.body)):
        try:
            names = placeholders_in(text)
        except ValueError as exc:
            problems.add(path, str(exc))
            continue
        for name in dict.fromkeys(names):
            if name not in PLACEHOLDERS:
                known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
                problems.add(path, f"champ inconnu « {{{name}}} » (champs possibles : {known})")
    problems.raise_if_any()


def render(text: str, values: dict[str, str]) -> str:
    """Fill a validated template; a placeholder without a value becomes empty, never raw braces."""
    full = {name: values.get(name, "") for name in PLACEHOLDERS}
    try:
        return text.format_map(full)
    except (KeyError, ValueError, IndexError) as exc:
        raise InputError(f"modèle invalide : {exc}") from None


def default_template(channel: str, event: str) -> Template:
    subject, body = DEFAULT_TEMPLATES[(channel, event)]
    return Template(channel, event, subject, body)


SAMPLE_VALUES: dict[str, str] = {
    "prenom": "Anaïs", "date": "mardi 24 novembre 2026", "heure": "14h30", "duree": "60 min",
    "site": "Antenne de Lyon", "adresse": "12 rue Garibaldi, 69003 Lyon",
    "professionnel": "Hélène Moreau", "type": "Entretien individuel",
    "ancienne_date": "lundi 23 novembre 2026", "ancienne_heure": "10h00", "organisation": "Association",
}
"""Example values for the editor's preview."""
