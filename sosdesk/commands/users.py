"""`sosdesk user list|add|passwd`: the users of a data file and their window passwords.

Headless commands trust the operating-system account: they act as ``--user`` / the current user
without asking a password; only the window asks one (sosdesk/store/users.py).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from sosdesk.domain.errors import InputError, Problem

OPTIONS = {"name": "--name", "role": "--role", "region": "--region", "email": "--email", "id": "ID",
           "password": "mot de passe"}
PASSWORD_ENV = "SOSDESK_PASSWORD"


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
    a.set_defaults(func=cmd_add)

    pw = inner.add_parser("passwd", parents=[common], help="définit le mot de passe d'un utilisateur",
                          description=f"Définit le mot de passe demandé par la fenêtre (lu dans "
                                      f"{PASSWORD_ENV} ou demandé deux fois).")
    pw.add_argument("id", metavar="ID", help="identifiant de l'utilisateur")
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
    from sosdesk.store.users import add_user

    def work(store: Any) -> int:
        user_id, _changes = add_user(store, args.name, args.role, args.region, args.email)
        print(f"utilisateur créé : {args.name}", file=sys.stderr)
        print(user_id)
        return 0

    return _run(args, work)


def _read_password() -> str:
    """From SOSDESK_PASSWORD, or typed twice (never echoed)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    first = getpass.getpass("Nouveau mot de passe : ")
    if getpass.getpass("Confirmez le mot de passe : ") != first:
        raise InputError("les deux mots de passe diffèrent", "password")
    return first


def cmd_passwd(args: argparse.Namespace) -> int:
    from sosdesk.store.users import set_password

    def work(store: Any) -> int:
        set_password(store, args.id, _read_password())
        print("mot de passe enregistré", file=sys.stderr)
        return 0

    return _run(args, work)
