"""``sosdesk import``: a spreadsheet of beneficiaries, professionals or meetings, with a per-row report
(stdout) and a summary (stderr); any row in error means nothing is written and exit code 2."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _kind(text: str) -> str:
    from sosdesk.store.import_columns import kind_from_text

    try:
        return kind_from_text(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from sosdesk.commands.data import add_protected_options

    p = sub.add_parser(
        "import", parents=[common], help="importe un tableur (.xlsx, .csv) avec un compte rendu par ligne",
        description="Importe les bénéficiaires, professionnels ou rendez-vous d'un tableur Excel (.xlsx) ou "
                    "CSV. Chaque ligne est vérifiée ; si une ligne est en erreur, rien n'est écrit (code 2). "
                    "Réimporter le même fichier met à jour au lieu de dupliquer. Voir docs/import.md.")
    p.add_argument("file", metavar="FICHIER.xlsx|FICHIER.csv")
    p.add_argument("--kind", required=True, type=_kind, metavar="beneficiaries|professionals|meetings|unavailabilities",
                   help="ce que contient le tableur")
    p.add_argument("--mapping", metavar="M.json",
                   help='correspondance des colonnes {"Colonne du fichier": "champ"} (remplace les noms usuels)')
    p.add_argument("--sheet", metavar="NOM", help="feuille du classeur (par défaut : la première)")
    p.add_argument("--region", metavar="ID",
                   help="région des personnes importées (par défaut : celle de l'utilisateur ou la seule)")
    p.add_argument("--dry-run", action="store_true", help="vérifie et affiche le compte rendu sans rien écrire")
    add_protected_options(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from sosdesk.commands.data import FORCE_HINT
    from sosdesk.domain.errors import CommandError
    from sosdesk.domain.permissions import PermissionDenied
    from sosdesk.paths import db_path
    from sosdesk.store import open_store
    from sosdesk.store.import_columns import read_mapping
    from sosdesk.usecases.gate import current_actor
    from sosdesk.usecases.importing import import_spreadsheet
    from sosdesk.usecases.meeting_edits import ConfirmationRequired

    source = Path(args.file)
    if not source.exists():
        raise CommandError(f"fichier introuvable : {source}")
    if source.is_dir():
        raise CommandError(f"{source} est un dossier, pas un tableur")
    mapping = read_mapping(Path(args.mapping), args.kind) if args.mapping else None
    store = open_store(db_path(args), user_id=getattr(args, "user", None), create=False)
    try:
        if not args.dry_run:
            from datetime import UTC, datetime

            from sosdesk.usecases.backups import automatic_backup

            automatic_backup(store.path, datetime.now(UTC), "import")  # docs/data-protection.md
        report = import_spreadsheet(store, current_actor(store), source, args.kind, mapping=mapping, sheet=args.sheet,
                                    region=args.region, dry_run=args.dry_run,
                                    force_protected=args.force_protected, reason=args.reason)
    except PermissionDenied as exc:
        raise CommandError(str(exc)) from None
    except ConfirmationRequired as exc:
        raise CommandError(f"{source} n'est pas importé : {exc}\n{FORCE_HINT}") from None
    finally:
        store.close()
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        lines = report.lines()
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
    for note in report.notes():
        print(note, file=sys.stderr)
    return 0 if report.ok else 2
