"""`sosdesk sync`, `enrol`, `export-region`, `merge` (cli.md). Headless: no Qt import."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from sosdesk.domain.errors import os_reason
from sosdesk.store import open_store
from sosdesk.syncclient.service import K_SERVER, SyncReport, enrol, status, sync_now
from sosdesk.syncclient.transport import HttpTransport, SyncError

PASS_ENV = "SOSDESK_REGION_PASSPHRASE"
STATUS_LABELS = {"applied": "appliquées", "merged": "fusionnées", "duplicate": "déjà reçues",
                 "conflict": "en conflit", "rejected": "refusées"}


def _error(exc: SyncError) -> Exception:
    from sosdesk.domain.errors import CommandError

    return CommandError(str(exc), exc.code)


def _database_error(exc: DBAPIError) -> Exception:
    """A French message for a database failure, without the statement or its values (names, phones
    and birth dates must never reach a terminal or a log through a traceback)."""
    text = str(exc.orig).lower() if exc.orig is not None else ""
    if "locked" in text or "busy" in text:
        why = ("la base est verrouillée par un autre programme (fenêtre sosdesk ou autre commande) : "
               "fermez-le ou attendez qu'il ait fini, puis relancez")
    elif "disk" in text or "full" in text:
        why = "le disque est plein : libérez de la place, puis relancez (rien n'a été perdu)"
    else:
        why = f"erreur de la base de données ({exc.orig.__class__.__name__ if exc.orig else 'inconnue'})"
    return _error(SyncError(f"Synchronisation interrompue : {why}."))


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else "ce n'est pas un fichier texte"
            raise SyncError(f"fichier de phrase de passe {args.passphrase_file} illisible : {reason}") from None
    if os.environ.get(PASS_ENV):
        return os.environ[PASS_ENV]
    first = getpass.getpass("Phrase de passe du fichier régional : ")
    if confirm and getpass.getpass("Confirmez la phrase de passe : ") != first:
        raise SyncError("Les deux phrases de passe diffèrent.")
    return first


def _print_report(report: SyncReport, as_json: bool, extra: dict[str, object] | None = None) -> None:
    for warning in report.warnings:
        print(f"attention : {warning}", file=sys.stderr)
    data = {"pushed": report.pushed, "results": report.results, "pulled": report.pulled,
            "snapshot_rows": report.snapshot_rows, "skew_seconds": report.skew_seconds,
            "relayed": report.relayed, "verified": report.verified, "mismatch": report.mismatch,
            "warnings": report.warnings, **(extra or {})}
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    done = ", ".join(f"{n} {STATUS_LABELS.get(k, k)}" for k, n in sorted(report.results.items())) or "rien"
    print(f"Envoyées : {report.pushed} ({done})")
    print(f"Reçues : {report.pulled + report.snapshot_rows}")
    if report.relayed:
        print(f"Fichiers régionaux transmis : {report.relayed} modification(s)")
    if report.verified is not None:
        print("Contrôle de cohérence : " + ("conforme" if report.verified else
                                            "DIFFÉRENCES avec le service (" + ", ".join(report.mismatch) + ")"))


def _sync(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path

    store = open_store(db_path(args), create=False)
    try:
        if args.server:
            store.set_state(K_SERVER, args.server)
        try:
            report = sync_now(store)
        except SyncError as exc:
            raise _error(exc) from None
        except DBAPIError as exc:
            raise _database_error(exc) from None
        state = status(store)
        _print_report(report, bool(getattr(args, "json", False)), {"status": state})
        if state["conflicts"] or state["rejected"]:
            print(f"{state['conflicts']} conflit(s) et {state['rejected']} refus attendent une décision "
                  "(page Synchronisation).", file=sys.stderr)
            return 1
        return 1 if report.verified is False else 0
    finally:
        store.close()


def _enrol(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path

    store = open_store(db_path(args))
    try:
        try:
            cred = enrol(store, args.server, args.code, HttpTransport(args.server))
        except SyncError as exc:
            raise _error(exc) from None
        print(f"Poste enrôlé : appareil {cred.device_id}, rôle {cred.role}, "
              f"région {cred.region or 'toutes'}.", file=sys.stderr)
        print(cred.device_id)
        return 0
    finally:
        store.close()


def _export(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.syncclient.regionfile import export_region

    store = open_store(db_path(args), create=False)
    try:
        try:
            key_file = Path(args.key_file) if getattr(args, "key_file", None) else None
            count = export_region(store, Path(args.out), _passphrase(args, confirm=True), args.region, key_file)
        except SyncError as exc:
            raise _error(exc) from None
        print(f"{count} modification(s) en attente écrite(s) dans {args.out}.", file=sys.stderr)
        return 0
    finally:
        store.close()


def _merge(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.syncclient.regionfile import merge_region_files

    store = open_store(db_path(args), create=False)
    try:
        try:
            merged, report = merge_region_files(store, [Path(p) for p in args.inputs],
                                                _passphrase(args, confirm=False))
        except SyncError as exc:
            raise _error(exc) from None
        except DBAPIError as exc:
            raise _database_error(exc) from None
        if getattr(args, "json", False):
            print(json.dumps({"files": merged.files}, ensure_ascii=False, indent=1))
        else:
            for f in merged.files:
                if f.get("error"):
                    print(f"{f['file']} : REFUSÉ — {f['error']}")
                else:
                    done = ", ".join(f"{n} {STATUS_LABELS.get(k, k)}" for k, n in sorted(f["results"].items()))
                    print(f"{f['file']} (région {f['region']}) : {f['ops']} modification(s) — {done or 'rien'}")
        for warning in report.warnings:
            print(f"attention : {warning}", file=sys.stderr)
        return 1 if merged.problems else 0
    finally:
        store.close()


def _import_office_key(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.syncclient.regionfile import import_office_key

    store = open_store(db_path(args), create=False)
    try:
        try:
            office = import_office_key(store, Path(args.key_in))
        except SyncError as exc:
            raise _error(exc) from None
        print(f"Clé d'antenne importée (région {office['region']}) : les fichiers régionaux de ce poste en "
              "seront signés. Détruisez maintenant le fichier de clé.", file=sys.stderr)
        print(office["key_id"])
        return 0
    finally:
        store.close()


def _office_key(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.syncclient.regionfile import issue_office_key

    store = open_store(db_path(args), create=False)
    try:
        try:
            kid = issue_office_key(store, args.region, args.role, Path(args.out))
        except SyncError as exc:
            raise _error(exc) from None
        print(f"Clé d'antenne de la région {args.region} écrite dans {args.out} : remettez-la à l'antenne "
              "(« sosdesk import-office-key »), puis détruisez ce fichier. Elle sera enregistrée auprès du "
              "service à la prochaine synchronisation.", file=sys.stderr)
        print(kid)
        return 0
    finally:
        store.close()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="envoyer puis recevoir les modifications")
    p.add_argument("--server", metavar="URL", help="adresse du service (sinon celle de l'enrôlement)")
    p.set_defaults(func=_sync)
    p = sub.add_parser("enrol", parents=[common], help="enrôler ce poste auprès du service central")
    p.add_argument("--server", metavar="URL", required=True)
    p.add_argument("--code", required=True, help="code d'enrôlement à usage unique")
    p.set_defaults(func=_enrol)
    p = sub.add_parser("export-region", parents=[common],
                       help="écrire les modifications en attente dans un fichier régional chiffré")
    p.add_argument("--out", required=True, metavar="FICHIER.sosdesk")
    p.add_argument("--region", help="région de l'antenne si ce poste n'a jamais été enrôlé")
    p.add_argument("--passphrase-file", metavar="FICHIER",
                   help=f"fichier contenant la phrase de passe (sinon ${PASS_ENV} ou saisie)")
    p.add_argument("--key-file", metavar="FICHIER",
                   help="signer avec ce fichier de clé d'antenne (poste sans trousseau système) au lieu "
                        "de la clé importée")
    p.set_defaults(func=_export)
    p = sub.add_parser("merge", parents=[common], help="fusionner des fichiers régionaux (national)")
    p.add_argument("--in", dest="inputs", action="append", required=True, metavar="FICHIER.sosdesk",
                   help="fichier régional (répétable)")
    p.add_argument("--passphrase-file", metavar="FICHIER")
    p.set_defaults(func=_merge)
    p = sub.add_parser("import-office-key", parents=[common],
                       help="importer la clé d'antenne remise par le coordinateur national (poste jamais en ligne)")
    p.add_argument("--in", dest="key_in", required=True, metavar="FICHIER",
                   help="fichier écrit par « sosdesk-sync office-key »")
    p.set_defaults(func=_import_office_key)
    p = sub.add_parser("office-key", parents=[common],
                       help="émettre la clé d'une antenne jamais en ligne, qui signe ses fichiers régionaux (national)")
    p.add_argument("--region", required=True)
    p.add_argument("--role", default="regional_admin", choices=("regional_admin", "regional_validator"))
    p.add_argument("--out", required=True, metavar="FICHIER", help="fichier de clé à remettre à l'antenne")
    p.set_defaults(func=_office_key)
