"""`sosdesk-sync`: run the central service, make enrolment codes, revoke a device."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.engine import Engine

from sync import auth, db


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.app import create_app

    app = create_app(db.normalise_url(args.db) if args.db else db.default_url())
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
