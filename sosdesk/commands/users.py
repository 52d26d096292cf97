"""`sosdesk user list|add|passwd`: the users of a data file and their passwords.

Like every command, these act as a signed-in person (sosdesk/commands/signin.py); a new password
is read from SOSDESK_NEW_PASSWORD, ``--new-password-file FILE`` or typed twice.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sosdesk.domain.errors import InputError, Problem

OPTIONS = {"name": "--name", "role": "--role", "region": "--region", "email": "--email", "id": "ID",
           "password": "mot de passe"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", parents=[common], help="utilisateurs du fichier et mots de passe",
                       description="Lister et créer les utilisateurs, définir leur mot de passe (demandé "
                                   "par la fenêtre ; les commandes agissent en tant que --user).")
    inner = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    ls = inner.add_parser("list", parents=[common], help="liste les utilisateurs",
                          description="Liste les utilisateurs (identifiant, nom, rôle, région, mot de passe).")
    ls.set_defaults(func=cmd_list)

    a = inner.add_parser("add", parents=[common], help="crée un utilisateur",
                         description="Crée un utilisateur ; affiche son identifiant.")
    a.add_argument("--name", required=True, help="nom affiché")
    a.add_argument("--role", required=True, metavar="RÔLE",
                   help="regional_admin, regional_validator ou national_coordinator")
    a.add_argument("--region", metavar="ID", help="région (obligatoire pour les rôles régionaux)")
    a.add_argument("--email", default="", help="adresse e-mail (facultative)")
    a.add_argument("--new-password-file", metavar="FICHIER",
                   help="mot de passe initial (fichier protégé : obligatoire ; ou SOSDESK_NEW_PASSWORD)")
    a.set_defaults(func=cmd_add)

    pw = inner.add_parser("passwd", parents=[common], help="change ou réinitialise un mot de passe",
                          description="Change votre mot de passe (l'ancien est demandé comme pour toute "
                                      "connexion) ou, coordinateur national, réinitialise celui d'une autre "
                                      "personne. Nouveau mot de passe : SOSDESK_NEW_PASSWORD, "
                                      "--new-password-file ou saisi deux fois.")
    pw.add_argument("id", metavar="ID", help="identifiant de l'utilisateur")
    pw.add_argument("--new-password-file", metavar="FICHIER", help="fichier du nouveau mot de passe")
    pw.set_defaults(func=cmd_passwd)


def _run(args: argparse.Namespace, work: Callable[[Any], int]) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.domain.permissions import PermissionDenied
    from sosdesk.paths import db_path
    from sosdesk.store import open_store

    store = open_store(db_path(args), getattr(args, "user", None), create=False)
    try:
        return int(work(store))
    except PermissionDenied as exc:
        raise CommandError(str(exc)) from None
    except InputError as exc:
        raise InputError([Problem(OPTIONS.get(p.path, p.path), p.message) for p in exc.problems]) from None
    finally:
        store.close()


def cmd_list(args: argparse.Namespace) -> int:
    from sosdesk.domain.permissions import ROLE_LABELS
    from sosdesk.store.users import list_users

    def work(store: Any) -> int:
        users = list_users(store)
        if getattr(args, "json", False):
            print(json.dumps([{"id": u.id, "name": u.name, "role": u.role, "region": u.region,
                               "email": u.email, "has_password": u.has_password} for u in users],
                             ensure_ascii=False, indent=1))
            return 0
        for u in users:
            print("\t".join((u.id, u.name, ROLE_LABELS.get(u.role, u.role), u.region or "—",
                             "mot de passe" if u.has_password else "sans mot de passe")))
        if not users:
            print("aucun utilisateur", file=sys.stderr)
        return 0

    return _run(args, work)


def cmd_add(args: argparse.Namespace) -> int:
    from sosdesk.commands.signin import read_new_password
    from sosdesk.store.users import add_user, any_password

    def work(store: Any) -> int:
        initial = read_new_password(args) if any_password(store) else None
        user_id, _changes = add_user(store, args.name, args.role, args.region, args.email, initial)
        print(f"utilisateur créé : {args.name}", file=sys.stderr)
        print(user_id)
        return 0

    return _run(args, work)


def cmd_passwd(args: argparse.Namespace) -> int:
    from sosdesk.commands.signin import read_new_password
    from sosdesk.store.users import set_password

    signed = getattr(args, "sign_in", None)

    def work(store: Any) -> int:
        old = signed.password if signed is not None else None
        set_password(store, args.id, read_new_password(args), old_password=old)
        print("mot de passe enregistré", file=sys.stderr)
        return 0

    return _run(args, work)
