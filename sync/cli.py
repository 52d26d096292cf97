"""`sosdesk-sync`: run the central service, make enrolment codes, list and revoke devices, rotate
the token signing key, audit the signed steps of an invoice, manage a person's registered key."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Engine

from sync import auth, db


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.app import create_app

    app = create_app(db.normalise_url(args.db) if args.db else db.default_url(), docs=args.docs or None)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _engine(args: argparse.Namespace) -> Engine:
    engine = db.make_engine(db.normalise_url(args.db) if args.db else db.default_url())
    db.upgrade(engine)
    with db.write(engine) as conn:
        auth.ensure_secret(conn)
    return engine


def _enrol_code(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with db.write(engine) as conn:
            code = auth.make_code(conn, args.region, args.role)
    except auth.AuthError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"Code d'enrôlement ({args.role}, région {args.region or 'toutes'}), valable "
          f"{auth.CODE_DAYS} jours, utilisable une fois :", file=sys.stderr)
    print(code)
    return 0


def _revoke(args: argparse.Namespace) -> int:
    engine = _engine(args)
    with db.write(engine) as conn:
        done = auth.revoke(conn, args.device)
    engine.dispose()
    if not done:
        print(f"erreur : appareil inconnu : {args.device}", file=sys.stderr)
        return 2
    print(f"Appareil {args.device} révoqué.", file=sys.stderr)
    return 0


def _devices(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with db.read(engine) as conn:
            found = auth.list_devices(conn)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(found, default=str, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Aucun appareil enrôlé.", file=sys.stderr)
        return 0
    print(f"{'appareil':36}  {'région':10}  {'rôle':20}  {'vu pour la dernière fois':24}  état / copies")
    for d in found:
        seen = d["last_seen"].strftime("%d/%m/%Y %H:%M UTC") if d["last_seen"] else "jamais"
        state = "révoqué" if d["revoked"] else "actif"
        parent = f", copie de {d['parent_device']}" if d["parent_device"] not in (None, auth.OFFLINE) else ""
        clones = f", {len(d['clones'])} copie(s)" if d["clones"] else ""
        print(f"{d['device_id']:36}  {d['region_id'] or 'national':10}  {d['role']:20}  {seen:24}  "
              f"{state}{parent}{clones}")
    return 0


def _rotate_key(args: argparse.Namespace) -> int:
    path = Path(args.key_file)
    if not path.parent.is_dir():
        print(f"erreur : dossier introuvable : {path.parent}", file=sys.stderr)
        return 2
    try:
        auth.write_key_file(path)
    except OSError as exc:
        print(f"erreur : impossible d'écrire {path} : {exc.strerror or exc.__class__.__name__}", file=sys.stderr)
        return 2
    print(f"Nouvelle clé de signature écrite dans {path}. Redémarrez chaque processus du service "
          f"(SOSDESK_SYNC_KEY_FILE={path}) : les jetons d'accès en cours sont refusés et les postes en "
          "obtiennent un nouveau d'eux-mêmes ; les enrôlements restent valables.", file=sys.stderr)
    return 0


def _reminders_region(args: argparse.Namespace) -> int:
    from sync import reminders_service

    engine = _engine(args)
    try:
        with db.write(engine) as conn:
            mode = reminders_service.enrol(conn, args.region, args.service)
    finally:
        engine.dispose()
    labels = {"office": "le poste de l'antenne envoie", "to_service": "le service enverra dès que le poste de "
              "l'antenne lui aura passé le relais (à sa prochaine tournée de rappels)",
              "service": "le service envoie", "to_office": "le service n'envoie plus ; le poste de l'antenne "
              "reprendra à sa prochaine tournée de rappels"}
    print(f"Rappels de la région {args.region} : {labels[mode]}.", file=sys.stderr)
    print(mode)
    return 0


def _reminders_config(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from sync import reminders_service

    try:
        config = json.loads(Path(args.file).read_text(encoding="utf-8"))
        if not isinstance(config, dict):
            raise ValueError("un objet JSON est attendu")
    except (OSError, ValueError) as exc:
        print(f"erreur : configuration {args.file} illisible : {exc}", file=sys.stderr)
        return 2
    engine = _engine(args)
    try:
        with db.write(engine) as conn:
            reminders_service.set_config(conn, config)
    finally:
        engine.dispose()
    print("Configuration d'envoi des rappels enregistrée.", file=sys.stderr)
    return 0


def _reminders_run(args: argparse.Namespace) -> int:
    import time
    from datetime import datetime

    from sync import reminders_service
    from sync.phone_common import now

    engine = _engine(args)
    try:
        while True:
            at = datetime.fromisoformat(args.now) if args.now else now()
            for region, report in reminders_service.run_all(engine, at).items():
                print(f"{region} : {report.created} créé(s), {report.count('sent')} envoyé(s), "
                      f"{report.count('failed')} en échec", file=sys.stderr)
            if not args.every:
                return 0
            time.sleep(args.every)
    finally:
        engine.dispose()


def _audit(args: argparse.Namespace) -> int:
    from sync.audit import audit_invoice

    engine = _engine(args)
    try:
        with db.read(engine) as conn:
            steps = audit_invoice(conn, args.invoice)
    finally:
        engine.dispose()
    if steps is None:
        print(f"erreur : facture inconnue du service : {args.invoice}", file=sys.stderr)
        return 2
    bad = [s for s in steps if s.verdict == "invalid"]
    if args.json:
        print(json.dumps({"invoice": args.invoice, "steps": [s.to_json() for s in steps]}, ensure_ascii=False,
                         indent=2))
    else:
        if not steps:
            print("Aucune étape enregistrée pour cette facture.", file=sys.stderr)
        for s in steps:
            moved = f" ({s.from_status} → {s.to_status})" if s.from_status != s.to_status else ""
            print(f"{s.at[:19].replace('T', ' ')}  {s.action}{moved}  {s.user_name or s.user_id}  — {s.text}")
    if bad:
        print(f"{len(bad)} étape(s) à la signature invalide : l'historique de cette facture a été altéré.",
              file=sys.stderr)
    return 1 if bad else 0


def _person_key(args: argparse.Namespace) -> int:
    from sync.audit import clear_person_key, person_key

    engine = _engine(args)
    try:
        if args.clear:
            with db.write(engine) as conn:
                done = clear_person_key(conn, args.user)
            if not done:
                print(f"erreur : personne inconnue du service : {args.user}", file=sys.stderr)
                return 2
            print(f"Clé de signature de {args.user} retirée : la prochaine clé envoyée par son antenne sera "
                  "enregistrée.", file=sys.stderr)
            return 0
        with db.read(engine) as conn:
            found = person_key(conn, args.user)
    finally:
        engine.dispose()
    if found is None:
        print(f"erreur : personne inconnue du service : {args.user}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        key = found["signing_key"] or "aucune (ses étapes ne sont pas signées)"
        print(f"{found['name']} ({found['role']}, région {found['region'] or 'nationale'}) : clé {key}")
    return 0


def _office_key(args: argparse.Namespace) -> int:
    """Issue an office key (file written owner-only), or revoke one."""
    import os

    from sync import senders

    engine = _engine(args)
    try:
        if args.revoke:
            with db.write(engine) as conn:
                done = senders.revoke_key(conn, args.revoke)
            if not done:
                print(f"erreur : clé inconnue : {args.revoke}", file=sys.stderr)
                return 2
            print(f"Clé {args.revoke} révoquée : les fichiers régionaux qu'elle signe sont refusés.", file=sys.stderr)
            return 0
        if not args.region or not args.out:
            print("erreur : --region et --out sont nécessaires pour émettre une clé d'antenne", file=sys.stderr)
            return 2
        out = Path(args.out)
        if out.exists():
            print(f"erreur : {out} existe déjà (une clé n'est jamais écrasée)", file=sys.stderr)
            return 2
        try:
            with db.write(engine) as conn:
                text = senders.issue_office_key(conn, args.region, args.role)
                fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(text)
        except senders.SenderRefused as exc:
            print(f"erreur : {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"erreur : impossible d'écrire {out} : {exc.strerror or exc.__class__.__name__}", file=sys.stderr)
            return 2
    finally:
        engine.dispose()
    kid = json.loads(text)["key_id"]
    print(f"Clé d'antenne {kid} (région {args.region}, {args.role}) écrite dans {out}. Remettez-la à l'antenne "
          "(« sosdesk import-office-key --in FICHIER »), puis détruisez ce fichier.", file=sys.stderr)
    print(kid)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from sosdesk import __version__

    parser = argparse.ArgumentParser(prog="sosdesk-sync", description="Service central de synchronisation sosdesk.")
    parser.add_argument("--version", action="version", version=f"sosdesk-sync {__version__}",
                        help="affiche la version et quitte")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    serve = sub.add_parser("serve", help="lancer le service")
    serve.add_argument("--db", help="URL SQLAlchemy ou fichier SQLite (par défaut : fichier local)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--docs", action="store_true", help="publier /docs et /openapi.json (développement)")
    serve.set_defaults(func=_serve)
    code = sub.add_parser("enrol-code", help="créer un code d'enrôlement à usage unique")
    code.add_argument("--db")
    code.add_argument("--region", help="région de l'antenne (facultatif pour le rôle national)")
    code.add_argument("--role", required=True, choices=auth.ROLES)
    code.set_defaults(func=_enrol_code)
    revoke = sub.add_parser("revoke", help="révoquer un appareil")
    revoke.add_argument("--db")
    revoke.add_argument("--device", required=True)
    revoke.set_defaults(func=_revoke)
    devices = sub.add_parser("devices", help="lister les appareils (région, rôle, dernière visite, copies)")
    devices.add_argument("--db")
    devices.add_argument("--json", action="store_true", help="sortie JSON")
    devices.set_defaults(func=_devices)
    rotate = sub.add_parser("rotate-key", help="écrire une nouvelle clé de signature des jetons")
    rotate.add_argument("--key-file", required=True, help="fichier de la clé (SOSDESK_SYNC_KEY_FILE)")
    rotate.set_defaults(func=_rotate_key)
    reg = sub.add_parser("reminders-region", help="qui envoie les rappels d'une région (service ou antenne)")
    reg.add_argument("--db")
    reg.add_argument("--region", required=True)
    side = reg.add_mutually_exclusive_group(required=True)
    side.add_argument("--service", action="store_true", help="le service central envoie")
    side.add_argument("--office", dest="service", action="store_false", help="le poste de l'antenne envoie")
    reg.set_defaults(func=_reminders_region)
    cfg = sub.add_parser("reminders-config", help="configuration d'envoi des rappels (coordinateur national)")
    cfg.add_argument("--db")
    cfg.add_argument("--file", required=True, help="JSON : {\"settings\": {…}, \"rules\": […]}")
    cfg.set_defaults(func=_reminders_config)
    run = sub.add_parser("reminders-run", help="envoyer les rappels dus des régions confiées au service")
    run.add_argument("--db")
    run.add_argument("--now", help="instant ISO (tests)")
    run.add_argument("--every", type=float, default=0, help="recommencer toutes les N secondes")
    run.set_defaults(func=_reminders_run)
    audit = sub.add_parser("audit", help="vérifier les signatures des étapes d'une facture (clés enregistrées)")
    audit.add_argument("--db")
    audit.add_argument("--invoice", required=True, help="identifiant de la facture")
    audit.add_argument("--json", action="store_true", help="sortie JSON")
    audit.set_defaults(func=_audit)
    pkey = sub.add_parser("person-key", help="clé de signature enregistrée d'une personne (--clear : la retirer)")
    pkey.add_argument("--db")
    pkey.add_argument("--user", required=True, help="identifiant de la personne (utilisateur)")
    pkey.add_argument("--clear", action="store_true",
                      help="retirer la clé enregistrée (après une réinitialisation du mot de passe)")
    pkey.add_argument("--json", action="store_true", help="sortie JSON")
    pkey.set_defaults(func=_person_key)
    okey = sub.add_parser("office-key", help="émettre une clé d'antenne qui signe ses fichiers régionaux "
                          "(antenne jamais en ligne), ou la révoquer")
    okey.add_argument("--db")
    okey.add_argument("--region", help="région de l'antenne")
    okey.add_argument("--role", default="regional_admin", choices=("regional_admin", "regional_validator"))
    okey.add_argument("--out", help="fichier de clé à remettre à l'antenne (créé, lisible par vous seul)")
    okey.add_argument("--revoke", metavar="CLE", help="révoquer la clé d'antenne CLE")
    okey.set_defaults(func=_office_key)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
