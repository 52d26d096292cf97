"""`sosdesk feed` and `sosdesk field-link`: a professional's calendar feed URL and one-time sign-in
link to the mobile page, both served by the central service (docs/mobile.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sosdesk.domain.vocabulary import of
from sosdesk.store import open_store
from sosdesk.syncclient.transport import SyncError


def _run(args: argparse.Namespace, fn: Any) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.paths import db_path

    store = open_store(db_path(args), create=False)
    try:
        try:
            link = fn(store)
        except SyncError as exc:
            raise CommandError(str(exc), exc.code) from None
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps(link.to_json(), ensure_ascii=False, indent=1))
        return 0
    return int(args.show(link) or 0)


def _named(store: Any, args: argparse.Namespace) -> bool:
    """Look the professional's name up for the messages (``args.name``); always true."""
    from sosdesk.store.naming import person_name

    with store.session() as s:
        args.name = person_name(s, args.professional)
    return True


def _feed(args: argparse.Namespace) -> int:
    from sosdesk.syncclient.phone import feed_link

    action = "revoke" if args.revoke else "renew" if args.renew else "show"

    def show(link: Any) -> None:
        if link.url is None:
            print(f"Calendrier {of(args.name)} révoqué : l'ancienne adresse ne répond plus.", file=sys.stderr)
            return
        if args.renew:
            print("Nouvelle adresse : l'ancienne ne répond plus.", file=sys.stderr)
        print("Adresse d'abonnement (à garder pour soi : elle donne accès au planning) :", file=sys.stderr)
        print(link.url)
        print(link.webcal)

    args.show = show
    return _run(args, lambda store: feed_link(store, args.professional, action) if _named(store, args) else None)


def _field_link(args: argparse.Namespace) -> int:
    from sosdesk.syncclient.phone import field_link

    def show(link: Any) -> None:
        if link.url is None:
            print(f"Liens et téléphones connectés {of(args.name)} révoqués.", file=sys.stderr)
            return
        print(f"Lien de connexion à usage unique, valable jusqu'au {link.expires_at[:16].replace('T', ' ')} "
              "UTC (les liens précédents non utilisés ne marchent plus) :", file=sys.stderr)
        print(link.url)
        print(f"Code à saisir sur la page si le lien ne s'ouvre pas : {link.code}", file=sys.stderr)

    args.show = show
    return _run(args, lambda store: field_link(store, args.professional, args.revoke) if _named(store, args) else None)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("feed", parents=[common], help="adresse d'abonnement au calendrier d'un(e) professionnel(le)",
                       description="Affiche l'adresse (HTTPS et webcal://) du calendrier d'un(e) professionnel(le), "
                                   "servi par le service central ; --renew en crée une nouvelle, --revoke la coupe.")
    p.add_argument("--professional", required=True, metavar="ID")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--renew", action="store_true", help="nouvelle adresse (l'ancienne cesse de répondre)")
    g.add_argument("--revoke", action="store_true", help="couper l'accès au calendrier")
    p.set_defaults(func=_feed)
    p = sub.add_parser("field-link", parents=[common], help="lien de connexion à la page mobile d'un(e) professionnel(le)",
                       description="Crée un lien de connexion à usage unique (72 h) vers la page mobile ; "
                                   "--revoke coupe tous ses liens et téléphones connectés.")
    p.add_argument("--professional", required=True, metavar="ID")
    p.add_argument("--revoke", action="store_true", help="révoquer liens et sessions")
    p.set_defaults(func=_field_link)
