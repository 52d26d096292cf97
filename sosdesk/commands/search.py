"""`sosdesk search TEXT`: search people, measures, meetings, invoices and expenses (issue 14),
with the same use case as the window's Ctrl+K box."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search", parents=[common], help="cherche partout (personnes, mesures, rendez-vous, factures, dépenses)",
        description="Cherche dans les personnes, mesures, rendez-vous (date, personne, site, note), "
                    "factures (numéro, mois, région) et dépenses. Majuscules et accents indifférents ; "
                    "chaque mot peut être un début de mot. Seul ce que votre rôle peut voir est cherché.")
    p.add_argument("text", nargs="*", metavar="TEXTE", help="mots cherchés (par ex. « helene 07/12 »)")
    p.add_argument("--limit", type=int, default=30, metavar="N", help="nombre de résultats au plus (30)")
    p.add_argument("--rebuild", action="store_true", help="reconstruit l'index de recherche d'abord")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.paths import db_path
    from sosdesk.store import open_store
    from sosdesk.usecases import search as uc

    text = " ".join(args.text).strip()
    if not text and not args.rebuild:
        raise CommandError("indiquez le texte à chercher, par ex. : sosdesk search dupont", 2)
    if args.limit < 1:
        raise CommandError("--limit : un nombre entier positif est attendu", 2)
    store = open_store(db_path(args), getattr(args, "user", None), create=False)
    try:
        if args.rebuild:
            count = uc.rebuild(store)
            print(f"index de recherche reconstruit : {count} élément(s)", file=sys.stderr)
            if not text:
                return 0
        hits = uc.search(store, text, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            print(f"{hit.kind_label:<14} {hit.label}" + (f"  ({hit.detail})" if hit.detail else ""))
    if not hits:
        print(f"aucun résultat pour « {text} »", file=sys.stderr)
    return 0
