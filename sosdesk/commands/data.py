"""Data commands: ``demo`` (sample region), ``load``/``dump`` (sosdesk-data/1), ``check`` (H1–H14)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.errors import InputError, os_reason, write_error
from sosdesk.domain.model import ObligationStatus, PlanningProblem, Violation
from sosdesk.domain.names import Names
from sosdesk.domain.timegrid import parse_week


def _db(args: argparse.Namespace) -> Path:
    from sosdesk.paths import db_path

    return db_path(args)


def _user(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="construit une région de démonstration",
                       description="Construit une région de démonstration réaliste (Auvergne-Rhône-Alpes).")
    p.add_argument("--seed", type=int, default=0, help="graine du hasard (même graine, même région)")
    p.add_argument("--beneficiaries", type=int, default=60, metavar="N", help="nombre de bénéficiaires")
    p.add_argument("--weeks", type=int, default=6, metavar="N",
                   help="semaines de rendez-vous, jusqu'à la semaine courante incluse")
    p.add_argument("--today", metavar="AAAA-MM-JJ", help="date du jour à simuler (pour des essais)")
    p.add_argument("--force", action="store_true", help="remplace un fichier de données non vide")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("load", parents=[common], help="charge un fichier sosdesk-data/1",
                       description="Ajoute ou met à jour tout le contenu d'un fichier sosdesk-data/1, "
                                   "en une seule transaction.")
    p.add_argument("file", metavar="FICHIER.json")
    add_protected_options(p)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("dump", parents=[common], help="écrit toute la base en sosdesk-data/1",
                       description="Écrit toute la base au format sosdesk-data/1 (sortie standard ou --out).")
    p.add_argument("--out", metavar="FICHIER.json", help="fichier à écrire (par défaut : sortie standard)")
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("check", parents=[common], help="contrôle les règles H1–H14 d'une semaine",
                       description="Liste les violations des règles H1–H14 d'une semaine et, pour chaque "
                                   "bénéficiaire, les minutes prévues et requises. Code 1 si une règle "
                                   "est violée.")
    p.add_argument("--week", required=True, metavar="AAAA-Wss", help="semaine ISO, par ex. 2026-W48")
    p.add_argument("--region", metavar="ID", help="limiter à une région")
    p.set_defaults(func=cmd_check)


def require_region(store: Any, region: str | None) -> None:
    """A ``--region`` that names no region is bad input, not an empty result."""
    from sosdesk.store.models import Region

    if region is None:
        return
    with store.session() as s:
        row = s.get(Region, region)
    if row is None or row.deleted:
        raise InputError(f"région inconnue : {region}", "--region")


# --- demo ---------------------------------------------------------------------------------------------


def _has_data(path: Path) -> bool:
    from sqlalchemy import func, select

    from sosdesk.store import open_store
    from sosdesk.store.models import SYNCED_MODELS

    store = open_store(path)
    try:
        with store.session() as s:
            return any(s.scalar(select(func.count()).select_from(model)) for model in SYNCED_MODELS)
    finally:
        store.close()


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        target = path.with_name(path.name + suffix)
        if target.exists():
            target.unlink()


def cmd_demo(args: argparse.Namespace) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.store import open_store
    from sosdesk.store.demo import build_demo

    path = _db(args)
    if args.beneficiaries < 1 or args.weeks < 1:
        raise InputError("--beneficiaries et --weeks doivent être au moins 1")
    today: date | None = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise InputError(f"date invalide « {args.today} » (attendu AAAA-MM-JJ)", "--today") from None
    if path.exists() and path.stat().st_size > 0:
        if not args.force and _has_data(path):
            raise CommandError(f"{path} contient déjà des données : ajoutez --force pour le remplacer.")
        if args.force:
            _remove_db(path)
    store = open_store(path)
    try:
        summary = build_demo(store, seed=args.seed, beneficiaries=args.beneficiaries, weeks=args.weeks,
                             today=today)
    finally:
        store.close()
    print(f"Région de démonstration écrite dans {path} : {summary}", file=sys.stderr)
    return 0


# --- load / dump ------------------------------------------------------------------------------------

FORCE_HINT = ("Relancez avec --force-protected --reason \"motif\" pour modifier ces rendez-vous "
              "(le motif est inscrit au journal des modifications ; voir docs/protected-meetings.md).")


def add_protected_options(p: argparse.ArgumentParser) -> None:
    """``--force-protected`` / ``--reason`` of ``load`` and ``import`` (docs/protected-meetings.md)."""
    p.add_argument("--force-protected", action="store_true",
                   help="modifie aussi les rendez-vous protégés (tenus, avec présences ou justificatif, ou "
                        "facturés dans un brouillon) ; jamais ceux d'un mois dont la facture est soumise ou validée")
    p.add_argument("--reason", default="", metavar="TEXTE",
                   help="motif de la modification, inscrit au journal (obligatoire avec --force-protected)")


def cmd_load(args: argparse.Namespace) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.domain.permissions import PermissionDenied
    from sosdesk.store import open_store
    from sosdesk.usecases.data import load_text
    from sosdesk.usecases.gate import current_actor
    from sosdesk.usecases.meeting_edits import ConfirmationRequired

    source = Path(args.file)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"fichier introuvable : {source}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{source} n'est pas un texte UTF-8 (octet {exc.start})") from None
    except OSError as exc:
        raise CommandError(f"{source} ne peut pas être lu : {os_reason(exc)}") from None
    store = open_store(_db(args), user_id=_user(args))
    try:
        from datetime import UTC, datetime

        from sosdesk.usecases.backups import automatic_backup

        automatic_backup(store.path, datetime.now(UTC), "chargement")  # docs/data-protection.md
        loaded = load_text(store, current_actor(store), text, force_protected=args.force_protected,
                           reason=args.reason,
                           progress=lambda phase: print(f"… {phase}", file=sys.stderr, flush=True))
    except PermissionDenied as exc:
        raise CommandError(f"{source} n'est pas chargé : {exc}") from None
    except ConfirmationRequired as exc:
        raise CommandError(f"{source} n'est pas chargé : {exc}\n{FORCE_HINT}") from None
    finally:
        store.close()
    counts = loaded.counts()
    detail = ", ".join(f"{t} {n}" for t, n in counts.items()) or "aucun changement"
    print(f"Chargé {source} : {detail}", file=sys.stderr)
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from sosdesk.store import open_store
    from sosdesk.store.interchange import dump_store

    store = open_store(_db(args), user_id=_user(args), create=False)
    try:
        text = dump_store(store)
    finally:
        store.close()
    if args.out:
        try:
            Path(args.out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise write_error(args.out, exc) from None
    else:
        sys.stdout.write(text)
    return 0


# --- check --------------------------------------------------------------------------------------------


def _table(problem: PlanningProblem, violations: list[Violation], obligations: list[ObligationStatus]) -> str:
    """The check verdict for a person: rules broken in French sentences, then each beneficiary's
    planned vs required time, by names (ids stay in ``--json``)."""
    names = Names.from_problem(problem)
    broken = voc.count(len(violations), "règle enfreinte", "règles enfreintes") if violations else "aucune règle enfreinte"
    lines = [f"{voc.week_text(problem.week)[:1].upper()}{voc.week_text(problem.week)[1:]} : {broken}"]
    for v in violations:
        lines.append(f"  {v.rule:<4} {v.message}")
    lines.append("")
    lines.append(f"Obligations (prévu / {voc.REQUIRED.lower()})")
    rows = [(names.person(o.beneficiary), names.type(o.type), voc.duration(o.planned_minutes),
             voc.duration(o.required_minutes), _gap(o.planned_minutes - o.required_minutes)) for o in obligations]
    rows.sort(key=lambda r: (r[0].casefold(), r[1].casefold()))
    width = max([len("bénéficiaire"), *(len(r[0]) for r in rows)])
    type_width = max([len("type"), *(len(r[1]) for r in rows)])
    lines.append(f"  {'bénéficiaire':<{width}}  {'type':<{type_width}}  {'prévu':>7}  {voc.REQUIRED.lower():>7}  écart")
    for who, label, planned, required, note in rows:
        lines.append(f"  {who:<{width}}  {label:<{type_width}}  {planned:>7}  {required:>7}  {note}")
    return "\n".join(lines) + "\n"


def _gap(minutes: int) -> str:
    if minutes == 0:
        return ""
    return f"manque {voc.duration(-minutes)}" if minutes < 0 else f"dépasse de {voc.duration(minutes)}"


def cmd_check(args: argparse.Namespace) -> int:
    from sosdesk.domain.rules import check_week, obligations
    from sosdesk.store import open_store
    from sosdesk.store.week import load_week

    try:
        parse_week(args.week)
    except ValueError as exc:
        raise InputError(str(exc), "--week") from None
    store = open_store(_db(args), user_id=_user(args), create=False)
    try:
        require_region(store, args.region)
        with store.session() as s:
            problem, meetings = load_week(s, args.week, args.region)
    finally:
        store.close()
    violations = check_week(problem, meetings)
    status = obligations(problem, meetings)
    if getattr(args, "json", False):
        out = {"week": args.week, "violations": [v.to_json() for v in violations],
               "obligations": [o.to_json() for o in status]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_table(problem, violations, status))
    return 1 if violations else 0
