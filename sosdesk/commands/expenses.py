"""`sosdesk expense add|list|attach`: record the office's expenses and their receipts (pricing.md §5)."""

from __future__ import annotations

import argparse
import json
import mimetypes
import sys
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError, Problem, os_reason
from sosdesk.domain.vocabulary import count, day_text

OPTIONS = {"date": "--date", "category": "--category", "amount": "--amount", "label": "--label",
           "meeting": "--meeting", "region": "--region", "receipt": "--receipt", "id": "ID"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("expense", parents=[common], help="dépenses de la région et leurs justificatifs",
                       description="Saisir les dépenses (location de salle, matériel, transport, autres) "
                                   "et joindre leurs justificatifs.")
    inner = p.add_subparsers(dest="expense_command", metavar="ACTION", required=True)

    a = inner.add_parser("add", parents=[common], help="enregistre une dépense",
                         description="Enregistre une dépense ; affiche son identifiant.")
    a.add_argument("--date", required=True, metavar="JJ/MM/AAAA", help="date de la dépense")
    a.add_argument("--category", required=True, metavar="CAT",
                   help="room_rental, materials, transport ou other")
    a.add_argument("--amount", required=True, metavar="EUROS", help="montant TTC en euros, par ex. 120,50")
    a.add_argument("--label", required=True, help="ce qui a été payé")
    a.add_argument("--meeting", metavar="ID", help="rendez-vous lié (facultatif)")
    a.add_argument("--region", metavar="ID", help="région (par défaut : celle de l'utilisateur)")
    a.add_argument("--receipt", metavar="FICHIER", help="justificatif à joindre (PDF ou image)")
    a.set_defaults(func=cmd_add)

    ls = inner.add_parser("list", parents=[common], help="liste les dépenses",
                          description="Liste les dépenses (date, catégorie, libellé, montant, justificatif).")
    ls.add_argument("--month", metavar="AAAA-MM", help="mois (par défaut : tous)")
    ls.add_argument("--region", metavar="ID", help="limiter à une région")
    ls.add_argument("--missing", action="store_true", help="seulement celles sans justificatif")
    ls.set_defaults(func=cmd_list)

    t = inner.add_parser("attach", parents=[common], help="joint le justificatif d'une dépense",
                         description="Joint un justificatif (PDF ou image) à une dépense.")
    t.add_argument("id", metavar="ID", help="identifiant de la dépense")
    t.add_argument("file", metavar="FICHIER", help="PDF ou image du reçu / de la facture")
    t.set_defaults(func=cmd_attach)


def _options(exc: InputError) -> InputError:
    """The same problems, named by the command's options (« --amount : … »)."""
    return InputError([Problem(OPTIONS.get(p.path, p.path), p.message) for p in exc.problems])


def _read(path_text: str) -> tuple[str, bytes, str]:
    path = Path(path_text)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(f"impossible de lire {path} : {os_reason(exc)}", "--receipt") from None
    return path.name, content, mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _run(args: argparse.Namespace, work: Any) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.domain.permissions import PermissionDenied
    from sosdesk.paths import db_path
    from sosdesk.store import open_store
    from sosdesk.store.invoice_models import InvoiceFrozenError

    store = open_store(db_path(args), getattr(args, "user", None), create=False)
    try:
        return int(work(store))
    except PermissionDenied as exc:
        raise CommandError(str(exc)) from None
    except InvoiceFrozenError:
        raise
    except InputError as exc:
        raise _options(exc) from None
    finally:
        store.close()


def cmd_add(args: argparse.Namespace) -> int:
    from sosdesk.store import ops_expenses as ops

    receipt = _read(args.receipt) if args.receipt else None
    if receipt is not None and not receipt[1]:
        raise InputError(f"le fichier {receipt[0]} est vide", "--receipt")
    values = {"date": args.date, "category": args.category, "amount": args.amount, "label": args.label,
              "meeting": args.meeting or ""}

    def work(store: Any) -> int:
        eid, _ = ops.create_expense(store, values, region=args.region)
        print(eid)
        note = ""
        if receipt is not None:
            ops.attach_receipt(store, eid, *receipt)
            note = f", justificatif {receipt[0]} joint"
        print(f"Dépense enregistrée : {ops.format_euros(ops.parse_euros(args.amount))}{note}", file=sys.stderr)
        return 0

    return _run(args, work)


def cmd_attach(args: argparse.Namespace) -> int:
    from sosdesk.store import ops_expenses as ops

    name, content, media = _read(args.file)

    def work(store: Any) -> int:
        sha, _ = ops.attach_receipt(store, args.id, name, content, media)
        print(sha)
        print(f"Justificatif {name} joint à la dépense {args.id}", file=sys.stderr)
        return 0

    return _run(args, work)


def cmd_list(args: argparse.Namespace) -> int:
    from sosdesk.commands.data import require_region
    from sosdesk.domain.pricing import CATEGORY_LABELS
    from sosdesk.domain.timegrid import parse_month
    from sosdesk.store import ops_expenses as ops

    if args.month:
        try:
            parse_month(args.month)
        except ValueError as exc:
            raise InputError(str(exc), "--month") from None

    def work(store: Any) -> int:
        from sqlalchemy import select

        from sosdesk.store import models as m
        from sosdesk.store.naming import meeting_label

        require_region(store, args.region)
        with store.session() as s:
            rows = ops.list_expenses(s, args.month, args.region, missing_only=args.missing)
            meetings = {r.meeting_id: s.get(m.Meeting, r.meeting_id) for r in rows if r.meeting_id}
            what = {mid: meeting_label(s, row) for mid, row in meetings.items() if row is not None}
            regions = {r.id: r.name for r in s.scalars(select(m.Region))}
        if getattr(args, "json", False):
            json.dump([{"id": r.id, "region": r.region, "date": r.date.isoformat(), "category": r.category,
                        "amount_cents": r.amount_cents, "label": r.label, "receipt": r.receipt,
                        "has_receipt": r.has_receipt, "meeting": r.meeting_id, "billed_by": r.billed_by}
                       for r in rows], sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 0
        for r in rows:  # the expense id first: it is what `expenses attach --id` takes
            proof = "justificatif" if r.has_receipt else "SANS JUSTIFICATIF"
            meeting = f"  ({what.get(r.meeting_id, 'rendez-vous supprimé')})" if r.meeting_id else ""
            print(f"{r.id}  {day_text(r.date)}  {regions.get(r.region, r.region)}  "
                  f"{CATEGORY_LABELS.get(r.category, r.category):<18} "
                  f"{ops.format_euros(r.amount_cents):>12}  {proof:<17} {r.label}{meeting}")
        missing = sum(not r.has_receipt for r in rows)
        total = sum(r.amount_cents for r in rows)
        print(f"{count(len(rows), 'dépense')}, {ops.format_euros(total)}, {missing} sans justificatif", file=sys.stderr)
        return 0

    return _run(args, work)
