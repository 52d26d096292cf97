"""The French labels of skills and of the usual meeting types, shown in the user's language
(issue 13: « psychologue » and « Entretien psychologique » stayed French in the English window).

Stored values, the CLI and JSON keep the codes and French labels (``sosdesk.domain.vocabulary``);
only what the window shows goes through Qt's translation, context ``Vocabulary``, so the .ts files
carry these labels. A meeting type the office named itself has no translation: it is shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sosdesk.domain.vocabulary import skill_label

CONTEXT = "Vocabulary"

LABELS: tuple[object, ...] = (  # only read by lupdate: the values of vocabulary.SKILL_LABELS …
    QT_TRANSLATE_NOOP("Vocabulary", "psychologue"), QT_TRANSLATE_NOOP("Vocabulary", "travailleur social"),
    QT_TRANSLATE_NOOP("Vocabulary", "animateur"), QT_TRANSLATE_NOOP("Vocabulary", "intervenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "aucune compétence"),
    # … as the reports write them (capitalised) …
    QT_TRANSLATE_NOOP("Vocabulary", "Psychologue"), QT_TRANSLATE_NOOP("Vocabulary", "Travailleur social"),
    QT_TRANSLATE_NOOP("Vocabulary", "Animateur"), QT_TRANSLATE_NOOP("Vocabulary", "Intervenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sans compétence"),
    # … and the meeting types an office starts with (the demo's, sosdesk.store.demo_people.TYPES)
    QT_TRANSLATE_NOOP("Vocabulary", "Entretien psychologique"),
    QT_TRANSLATE_NOOP("Vocabulary", "Entretien socio-éducatif"),
    QT_TRANSLATE_NOOP("Vocabulary", "Entretien individuel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Atelier collectif"), QT_TRANSLATE_NOOP("Vocabulary", "Groupe de parole"),
    QT_TRANSLATE_NOOP("Vocabulary", "Convocation justice / police"),
)


def shown(text: str) -> str:
    """A French skill or meeting-type label in the user's language (as typed when unknown)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def skill_text(code: str) -> str:
    """« psychologist » → « psychologue », « psychologist » in the English window."""
    return shown(skill_label(code))


def skills_shown(text: str) -> str:
    """A « psychologue, animateur » list (``vocabulary.skills_text``) in the user's language."""
    return ", ".join(shown(part) for part in text.split(", ")) if text else text


def skills_of(codes: Iterable[str]) -> str:
    return ", ".join(skill_text(c) for c in codes) or shown("aucune compétence")
