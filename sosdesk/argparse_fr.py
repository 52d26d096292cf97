"""French messages for argparse (usage, help and errors), so the whole CLI speaks French.

argparse looks its messages up through module-level ``_``/``ngettext`` (gettext) at call time;
we route them through this table. Unknown messages fall back to the original English text.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version et quitte",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "not allowed with argument %s": "incompatible avec %s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unexpected option string: %s": "option inattendue : %s",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("%s valeur attendue", "%s valeurs attendues"),
}


def _french(message: str) -> str:
    return MESSAGES.get(message, message)


def _french_plural(singular: str, plural: str, n: int) -> str:
    fr = PLURALS.get((singular, plural))
    if fr is None:
        return singular if n == 1 else plural
    return fr[0] if n <= 1 else fr[1]


def install() -> None:
    """Route argparse's messages through the French table (idempotent)."""
    argparse._ = _french  # type: ignore[attr-defined]
    argparse.ngettext = _french_plural  # type: ignore[attr-defined]
