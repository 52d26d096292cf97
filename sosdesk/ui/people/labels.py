"""Translatable copies of the store's French labels shown on the Personnes page (column headers,
site kinds, history actions and field names): listed here so lupdate finds them, translated at run
time; a label not listed is shown as the store gives it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PeopleLabels"

LABELS: tuple[object, ...] = (  # only read by lupdate
    # column headers (sosdesk.store.people_rows.HEADERS)
    QT_TRANSLATE_NOOP("PeopleLabels", "Nom"), QT_TRANSLATE_NOOP("PeopleLabels", "Prénom"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Région"), QT_TRANSLATE_NOOP("PeopleLabels", "Téléphone"),
    QT_TRANSLATE_NOOP("PeopleLabels", "E-mail"), QT_TRANSLATE_NOOP("PeopleLabels", "Référent"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Obligations"), QT_TRANSLATE_NOOP("PeopleLabels", "Sites"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Compétences"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Site de rattachement"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Plafond (h/sem.)"), QT_TRANSLATE_NOOP("PeopleLabels", "Type"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Adresse"), QT_TRANSLATE_NOOP("PeopleLabels", "Capacité"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Coefficient"), QT_TRANSLATE_NOOP("PeopleLabels", "Ouverture"),
    # history headers
    QT_TRANSLATE_NOOP("PeopleLabels", "Quand"), QT_TRANSLATE_NOOP("PeopleLabels", "Qui"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Action"), QT_TRANSLATE_NOOP("PeopleLabels", "Champ"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Avant"), QT_TRANSLATE_NOOP("PeopleLabels", "Après"),
    # site kinds (SITE_KIND_LABELS)
    QT_TRANSLATE_NOOP("PeopleLabels", "Bureau"), QT_TRANSLATE_NOOP("PeopleLabels", "Salle louée"),
    QT_TRANSLATE_NOOP("PeopleLabels", "Détention"), QT_TRANSLATE_NOOP("PeopleLabels", "Extérieur"),
    # history actions (ACTION_LABELS)
    QT_TRANSLATE_NOOP("PeopleLabels", "création"), QT_TRANSLATE_NOOP("PeopleLabels", "modification"),
    QT_TRANSLATE_NOOP("PeopleLabels", "archivage"),
    # field names (FIELD_LABELS), shown in the history and in refused saves
    QT_TRANSLATE_NOOP("PeopleLabels", "identifiant"), QT_TRANSLATE_NOOP("PeopleLabels", "région"),
    QT_TRANSLATE_NOOP("PeopleLabels", "prénom"), QT_TRANSLATE_NOOP("PeopleLabels", "nom"),
    QT_TRANSLATE_NOOP("PeopleLabels", "date de naissance"), QT_TRANSLATE_NOOP("PeopleLabels", "mesure"),
    QT_TRANSLATE_NOOP("PeopleLabels", "début de mesure"), QT_TRANSLATE_NOOP("PeopleLabels", "fin de mesure"),
    QT_TRANSLATE_NOOP("PeopleLabels", "téléphone"), QT_TRANSLATE_NOOP("PeopleLabels", "e-mail"),
    QT_TRANSLATE_NOOP("PeopleLabels", "accord SMS"), QT_TRANSLATE_NOOP("PeopleLabels", "accord e-mail"),
    QT_TRANSLATE_NOOP("PeopleLabels", "obligations"), QT_TRANSLATE_NOOP("PeopleLabels", "disponibilités"),
    QT_TRANSLATE_NOOP("PeopleLabels", "indisponibilités"), QT_TRANSLATE_NOOP("PeopleLabels", "sites"),
    QT_TRANSLATE_NOOP("PeopleLabels", "contacts interdits"), QT_TRANSLATE_NOOP("PeopleLabels", "référent"),
    QT_TRANSLATE_NOOP("PeopleLabels", "rendez-vous max. par jour"),
    QT_TRANSLATE_NOOP("PeopleLabels", "compétences"), QT_TRANSLATE_NOOP("PeopleLabels", "site de rattachement"),
    QT_TRANSLATE_NOOP("PeopleLabels", "plafond hebdomadaire (minutes)"),
    QT_TRANSLATE_NOOP("PeopleLabels", "type"), QT_TRANSLATE_NOOP("PeopleLabels", "adresse"),
    QT_TRANSLATE_NOOP("PeopleLabels", "capacité"), QT_TRANSLATE_NOOP("PeopleLabels", "coefficient tarifaire"),
    QT_TRANSLATE_NOOP("PeopleLabels", "horaires d'ouverture"), QT_TRANSLATE_NOOP("PeopleLabels", "archivé"),
    # parts of a field path in a refused save (« Disponibilités, créneau 1, début : … »)
    QT_TRANSLATE_NOOP("PeopleLabels", "créneau"), QT_TRANSLATE_NOOP("PeopleLabels", "ligne"),
    QT_TRANSLATE_NOOP("PeopleLabels", "début"), QT_TRANSLATE_NOOP("PeopleLabels", "fin"),
    QT_TRANSLATE_NOOP("PeopleLabels", "jour"), QT_TRANSLATE_NOOP("PeopleLabels", "minutes"),
)


def tr_label(text: str) -> str:
    """``text`` (a French label of the store) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
