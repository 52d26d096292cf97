"""Data protection commands (issue 16): ``backup``, ``restore``, ``purge``, ``retention``,
``person export`` and ``access-log``. docs/data-protection.md describes them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError, write_error


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="copie de sauvegarde du fichier de données",
                       description="Écrit une copie cohérente du fichier de données, même pendant que la "
                                   "fenêtre l'utilise, puis la contrôle (intégrité). Sans --out : une copie "
                                   "datée dans le dossier backups/ à côté du fichier.")
    p.add_argument("--out", metavar="FICHIER", help="fichier de la copie")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="remplace le fichier par une sauvegarde",
                       description="Contrôle la sauvegarde (base sosdesk intacte, schéma connu), garde une "
                                   "copie du fichier actuel dans backups/, puis le remplace d'un coup. "
                                   "Fermez d'abord la fenêtre.")
    p.add_argument("--from", dest="source", required=True, metavar="FICHIER", help="la sauvegarde")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("purge", parents=[common], help="efface les personnes dont la durée de conservation "
                                                       "est passée",
                       description="Efface les données des bénéficiaires dont le suivi a pris fin avant la "
                                   "date limite (par défaut : aujourd'hui moins la durée de conservation). "
                                   "Les factures validées gardent leurs montants, la personne y devient un "
                                   "pseudonyme. Synchronisé comme toute modification.")
    p.add_argument("--dry-run", action="store_true", help="liste seulement ce qui serait effacé")
    p.add_argument("--before", metavar="AAAA-MM-JJ", help="suivis terminés avant cette date")
    p.add_argument("--person", metavar="ID", help="effacer cette personne seulement (demande d'effacement)")
    p.add_argument("--today", metavar="AAAA-MM-JJ", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("retention", parents=[common], help="durée de conservation des dossiers",
                       description="Affiche ou change (coordinateur national) le nombre d'années pendant "
                                   "lesquelles un dossier est gardé après la fin du suivi.")
    p.add_argument("--years", type=int, metavar="N", help="nouvelle durée en années")
    p.set_defaults(func=cmd_retention)

    p = sub.add_parser("person", parents=[common], help="droit d'accès : dossier d'une personne",
                       description="Tout ce que le fichier contient sur une personne.")
    inner = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    e = inner.add_parser("export", parents=[common], help="exporte le dossier d'une personne",
                         description="Écrit tout ce que le fichier contient sur un bénéficiaire : JSON "
                                     "sosdesk-person/1 ou, si --out finit par .pdf, un PDF lisible. "
                                     "L'export est inscrit au journal des accès.")
    e.add_argument("--person", "--beneficiary", dest="person", required=True, metavar="ID",
                   help="identifiant du bénéficiaire")
    e.add_argument("--out", required=True, metavar="FICHIER.json|FICHIER.pdf")
    e.add_argument("--reason", default="", metavar="TEXTE", help="motif (inscrit au journal des accès)")
    e.set_defaults(func=cmd_person_export)

    p = sub.add_parser("access-log", parents=[common], help="journal des accès aux dossiers",
                       description="Qui a consulté, exporté ou imprimé le dossier de qui, et quand.")
    p.add_argument("--person", metavar="ID", help="seulement les accès à ce dossier")
    p.set_defaults(func=cmd_access_log)


def _now() -> datetime:
    return datetime.now(UTC)


def _open(args: argparse.Namespace) -> Any:
    from sosdesk.paths import db_path
    from sosdesk.store import open_store

    return open_store(db_path(args), getattr(args, "user", None), create=False)


def _actor(store: Any) -> Any:
    from sosdesk.usecases.gate import current_actor

    return current_actor(store)


def _size(n: int) -> str:
    from sosdesk.domain.vocabulary import file_size

    return file_size(n)


# --- backup / restore -----------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from sosdesk.store.backup import backup_dir, private_dir
    from sosdesk.usecases.backups import backup_to

    store = _open(args)
    try:
        out = Path(args.out) if args.out else private_dir(backup_dir(store.path)) / (
            f"{store.path.stem}.manuelle.{_now():%Y%m%d-%H%M%S}.db")
        try:
            info = backup_to(store, _actor(store), out)
        except OSError as exc:
            raise write_error(str(out), exc) from None
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps({"out": str(info.path), "schema": info.revision, "size": info.size}))
    else:
        print(f"Copie contrôlée écrite dans {info.path} ({_size(info.size)}).", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.store.engine import StoreError
    from sosdesk.usecases.backups import restore

    path, source = db_path(args), Path(args.source)
    actor = None
    if path.is_file() and path.stat().st_size > 0:
        try:
            store = _open(args)
        except StoreError:
            store = None  # damaged or unknown: nobody can be checked against it (docs)
        if store is not None:
            try:
                actor = _actor(store)
                from sosdesk.usecases.gate import allow

                allow(actor, "restore")
            finally:
                store.close()
    info, kept = restore(path, source, actor, _now())
    if getattr(args, "json", False):
        print(json.dumps({"restored": str(path), "from": str(source), "schema": info.revision,
                          "previous_kept": str(kept) if kept else None}))
    else:
        print(f"{path} remplacé par la sauvegarde {source} (contrôlée)."
              + (f" L'ancien fichier est gardé dans {kept}." if kept else ""), file=sys.stderr)
    return 0


# --- purge / retention ----------------------------------------------------------------------------


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date invalide « {text} » (attendu AAAA-MM-JJ)", option) from None


def cmd_purge(args: argparse.Namespace) -> int:
    from sosdesk.domain.vocabulary import day_text
    from sosdesk.usecases.backups import automatic_backup
    from sosdesk.usecases.purge import plan_purge, run_purge

    today = _date(args.today, "--today") or _now().date()
    before = _date(args.before, "--before")
    store = _open(args)
    try:
        actor = _actor(store)
        plan = plan_purge(store, actor, today, before, args.person)
        if not args.dry_run and plan.people:
            if not plan.blocked:
                automatic_backup(store.path, _now(), "effacement")
            run_purge(store, actor, plan, today)  # a blocked plan raises the French refusal (exit 2)
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps({"cutoff": plan.cutoff.isoformat(), "retention_years": plan.years,
                          "dry_run": bool(args.dry_run), "people": [p.to_json() for p in plan.people]},
                         ensure_ascii=False, indent=2))
        return 1 if args.dry_run and plan.blocked else 0
    verb = "seraient effacées" if args.dry_run else "effacées"
    rule = ("effacement demandé" if args.person else f"suivi terminé depuis plus de {plan.years} ans"
            if plan.years else f"suivi terminé avant le {day_text(plan.cutoff)}")
    lines = [f"{len(plan.people)} personne(s) {verb} ({rule}) :"]
    for p in plan.people:
        kept = f", {len(p.billed_meetings)} gardée(s) sous pseudonyme (facture validée)" if p.billed_meetings else ""
        block = f" — BLOQUÉ : facture non validée {', '.join(p.blocking_invoices)}" if p.blocking_invoices else ""
        lines.append(f"  {p.name} ({p.region_name}), fin du suivi le {day_text(p.follow_up_end)} : "
                     f"{len(p.meetings)} réunion(s){kept}{block}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if args.dry_run and plan.blocked else 0


def cmd_retention(args: argparse.Namespace) -> int:
    from sosdesk.usecases.purge import retention_years, set_retention_years

    store = _open(args)
    try:
        if args.years is not None:
            set_retention_years(store, _actor(store), args.years)
        years = retention_years(store)
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps({"retention_years": years}))
    else:
        print(f"Les dossiers sont effacés {years} ans après la fin du suivi (sosdesk purge).")
    return 0


# --- person export / access log -------------------------------------------------------------------


def _write_private(out: Path, data: bytes) -> None:
    """Write ``out`` readable by its owner only, whole or not at all (personal data)."""
    from sosdesk.store.backup import private_file

    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        private_file(tmp)
        with tmp.open("wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_error(str(out), exc) from None


def cmd_person_export(args: argparse.Namespace) -> int:
    from sosdesk.usecases.person_file import person_file

    out = Path(args.out)
    if out.is_dir():
        raise InputError(f"{out} est un dossier : indiquez le nom du fichier", "--out")
    pdf = out.suffix.lower() == ".pdf"
    store = _open(args)
    try:
        record = person_file(store, _actor(store), args.person, _now(), args.reason, out.name)
    finally:
        store.close()
    if pdf:
        from sosdesk.printing.person_file import person_file_pdf

        _write_private(out, person_file_pdf(record))
    else:
        _write_private(out, (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"Dossier de {record['person']['first_name']} {record['person']['last_name']} écrit dans {out} "
          "(inscrit au journal des accès).", file=sys.stderr)
    return 0


def cmd_access_log(args: argparse.Namespace) -> int:
    from sosdesk.domain.timegrid import utc_to_local
    from sosdesk.domain.vocabulary import day_time_text
    from sosdesk.usecases.person_file import ACCESS_ACTIONS, access_log

    store = _open(args)
    try:
        entries = access_log(store, _actor(store), args.person)
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("Aucun accès enregistré.")
        return 0
    for e in entries:
        why = f" — motif : {e.reason}" if e.reason else ""
        what = f" ({e.detail})" if e.detail else ""
        print(f"{day_time_text(utc_to_local(e.at))}  {e.user_name} : {ACCESS_ACTIONS.get(e.action, e.action)}, "
              f"{e.person_name}{what}{why}")
    return 0
