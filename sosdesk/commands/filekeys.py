"""``sosdesk key``: the office file's encryption key (status, recovery key, opening a file brought
from another PC). docs/security.md, « Chiffrement du fichier de données »."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

RECOVERY_NOTICE = (
    "Clé de secours du fichier de données (affichée une seule fois) : {text}\n"
    "Imprimez-la ou recopiez-la et gardez-la sous clé, loin du PC : sans elle, le fichier (et ses "
    "sauvegardes) ne s'ouvre sur aucun autre poste. Pour la réafficher : sosdesk key show.")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("key", parents=[common], help="clé de chiffrement du fichier de données",
                       description="Le fichier de données est chiffré (SQLCipher) avec une clé gardée "
                                   "dans le trousseau du système. La clé de secours permet de l'ouvrir "
                                   "sur un autre poste.")
    inner = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    s = inner.add_parser("status", parents=[common], help="le fichier est-il chiffré, et avec quelle clé",
                         description="Dit si le fichier est chiffré et si une clé de ce poste l'ouvre.")
    s.set_defaults(func=cmd_status)
    s = inner.add_parser("show", parents=[common], help="affiche (ou écrit) la clé de secours",
                         description="Affiche la clé de secours du fichier (administrateur régional ou "
                                     "coordinateur national), ou l'écrit dans un fichier lisible par "
                                     "vous seul avec --out, à imprimer puis effacer.")
    s.add_argument("--out", metavar="FICHIER", help="écrire la clé de secours dans ce fichier")
    s.set_defaults(func=cmd_show)
    s = inner.add_parser("recover", parents=[common], help="ouvrir sur ce poste un fichier chiffré ailleurs",
                         description="Enregistre dans le trousseau de ce poste la clé d'un fichier venu d'un "
                                     "autre poste (ou d'une sauvegarde), lue dans le fichier de clé de "
                                     "secours ou tapée au clavier, après avoir vérifié qu'elle l'ouvre.")
    s.add_argument("--file", metavar="FICHIER", help="fichier contenant la clé de secours")
    s.set_defaults(func=cmd_recover)


def _path(args: argparse.Namespace) -> Path:
    from sosdesk.paths import db_path

    return db_path(args)


def cmd_status(args: argparse.Namespace) -> int:
    from sosdesk.usecases.filekeys import status

    st = status(_path(args))
    if getattr(args, "json", False):
        print(json.dumps({"db": str(st.path), "encrypted": st.encrypted, "encryption_available": st.available,
                          "key_id": st.key_id}))
        return 0
    if not st.path.is_file():
        print(f"{st.path} n'existe pas encore : il sera chiffré à sa création"
              + ("." if st.available else " si le module sqlcipher3 est installé."))
    elif st.encrypted and st.key_id:
        print(f"{st.path} est chiffré ; la clé de ce poste l'ouvre (empreinte {st.key_id}).")
    elif st.encrypted:
        print(f"{st.path} est chiffré avec une clé absente de ce poste : sosdesk key recover --file FICHIER.")
    else:
        print(f"{st.path} est en clair" + (" ; il sera chiffré à sa prochaine ouverture."
                                           if st.available else " : le module de chiffrement sqlcipher3 "
                                           "n'est pas installé (docs/security.md)."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from sosdesk.domain.errors import write_error
    from sosdesk.store import open_store
    from sosdesk.usecases.filekeys import recovery_key
    from sosdesk.usecases.gate import current_actor

    store = open_store(_path(args), getattr(args, "user", None), create=False)
    try:
        text = recovery_key(store, current_actor(store))
    finally:
        store.close()
    if not args.out:
        print(text)
        return 0
    out = Path(args.out)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"Clé de secours sosdesk du fichier {store.path.name} : {text}\n")
    except OSError as exc:
        raise write_error(str(out), exc) from None
    print(f"Clé de secours écrite dans {out} : imprimez-la, gardez-la sous clé, puis effacez ce fichier.",
          file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from sosdesk.store import filekey
    from sosdesk.usecases.filekeys import recover

    if args.file:
        key = filekey.read_recovery_file(args.file)
    elif sys.stdin is not None and sys.stdin.isatty():
        key = filekey.parse_recovery(getpass.getpass("Clé de secours : "))
    else:
        from sosdesk.domain.errors import CommandError

        raise CommandError("clé de secours requise : --file FICHIER (ou tapez-la dans un terminal)")
    path = _path(args)
    kid = recover(path, key)
    print(f"Clé enregistrée dans le trousseau de ce poste (empreinte {kid}) : {path} s'ouvre maintenant.",
          file=sys.stderr)
    return 0


def show_pending_recovery_key() -> None:
    """After a command that made this PC's key: the recovery key, once, on the terminal."""
    from sosdesk.usecases.filekeys import pending_recovery_key

    text = pending_recovery_key()
    if text:
        print(RECOVERY_NOTICE.format(text=text), file=sys.stderr)
