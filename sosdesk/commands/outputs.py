"""`sosdesk print schedule|attendance|listing`, `sosdesk ics`, `sosdesk reminders send` (cli.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.errors import InputError, write_error
from sosdesk.store import Store, open_store

EXIT_OK, EXIT_PROBLEMS = 0, 1


def _open(args: argparse.Namespace) -> Store:
    from sosdesk.paths import db_path

    return open_store(db_path(args), getattr(args, "user", None), create=False)


def _checked(fn: Callable[[], Any], out: str) -> Any:
    """Run ``fn`` writing ``out``; a ValueError (bad week, month, date) or a file that cannot be
    written becomes bad input (exit 2)."""
    try:
        return fn()
    except ValueError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise write_error(out, exc) from None


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date invalide « {text} » (attendu AAAA-MM-JJ)") from None


def _done(args: argparse.Namespace, result: dict[str, Any], human: str) -> int:
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(human)
    return EXIT_OK


def _print_schedule(args: argparse.Namespace) -> int:
    from sosdesk.printing.schedule import render_schedule

    kind, ident = next((k, getattr(args, k)) for k in ("professional", "beneficiary", "site")
                       if getattr(args, k, None))
    store = _open(args)
    try:
        _checked(lambda: render_schedule(store, args.week, kind, ident, args.out), args.out)
        if kind == "beneficiary":
            from sosdesk.usecases.gate import current_actor
            from sosdesk.usecases.person_file import record_access

            record_access(store, current_actor(store), ident, "print", f"planning {args.week}")
    finally:
        store.close()
    return _done(args, {"out": args.out, "week": args.week, kind: ident}, args.out)


def _print_attendance(args: argparse.Namespace) -> int:
    from sosdesk.printing.attendance import render_attendance

    if not args.site and not args.meeting:
        raise InputError("indiquez --site ID (avec --day si besoin) ou --meeting ID")
    store = _open(args)
    try:
        pages = _checked(lambda: render_attendance(store, args.week, args.out, site=args.site,
                                                   day=_day(args.day), meeting=args.meeting), args.out)
    finally:
        store.close()
    return _done(args, {"out": args.out, "pages": pages}, args.out)


def _print_listing(args: argparse.Namespace) -> int:
    from sosdesk.commands.data import require_region
    from sosdesk.printing.listings import render_beneficiary_listing, render_meeting_listing

    store = _open(args)
    try:
        require_region(store, args.region)
        if args.week:
            count = _checked(lambda: render_beneficiary_listing(store, args.week, args.out, args.region), args.out)
        else:
            count = _checked(lambda: render_meeting_listing(store, args.month, args.out, args.region), args.out)
    finally:
        store.close()
    return _done(args, {"out": args.out, "rows": count}, args.out)


def _ics(args: argparse.Namespace) -> int:
    from sosdesk.domain.timegrid import local_to_utc
    from sosdesk.ics import write_ics

    since = _day(args.since)
    store = _open(args)
    try:
        count = _checked(lambda: write_ics(store, args.professional, args.out,
                                           since=local_to_utc(since, 0) if since else None), args.out)
    finally:
        store.close()
    print(f"{count} rendez-vous exportés", file=sys.stderr)
    return _done(args, {"out": args.out, "events": count}, args.out)


STATE_LABELS = voc.REMINDER_STATE_LABELS


def _reminders_send(args: argparse.Namespace) -> int:
    from sosdesk.notify.run import run_reminders
    from sosdesk.notify.templates import CHANNEL_LABELS, EVENT_LABELS
    from sosdesk.usecases.reminders_mode import office_sends

    store = _open(args)
    try:
        report = run_reminders(store, dry_run=args.dry_run, may_send=office_sends)
        with store.session() as s:
            from sosdesk.store import models as m
            from sosdesk.store.naming import meeting_label, person_name

            who = {line.beneficiary_id: person_name(s, line.beneficiary_id) for line in report.lines}
            rows = {line.meeting_id: s.get(m.Meeting, line.meeting_id) for line in report.lines}
            what = {mid: meeting_label(s, row) if row is not None else "rendez-vous supprimé" for mid, row in rows.items()}
    finally:
        store.close()
    for warning in report.warnings:
        print(f"attention : {warning}", file=sys.stderr)
    if getattr(args, "json", False):
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for line in report.lines:  # one line per message, by names (ids in --json)
            print(f"{who[line.beneficiary_id]}\t{what[line.meeting_id]}\t{CHANNEL_LABELS.get(line.channel, line.channel)}\t"
                  f"{EVENT_LABELS.get(line.event, line.event)}\t{STATE_LABELS.get(line.state, line.state)}\t{line.detail}")
        n = report.count("would_send") if report.dry_run else report.count("sent")
        verb = "à envoyer" if report.dry_run else ("envoyé" if n < 2 else "envoyés")
        print(f"{voc.count(n, 'message')} {verb}, {voc.count(report.count('failed'), 'échec')}, "
              f"{report.count('retrying')} à réessayer, {report.count('skipped')} non "
              f"{'envoyé' if report.count('skipped') < 2 else 'envoyés'}"
              + (" — simulation : rien n'a été écrit ni envoyé" if report.dry_run else ""), file=sys.stderr)
    return EXIT_PROBLEMS if report.has_problems else EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", help="documents imprimables (PDF)",
                       description="Plannings de la semaine, feuilles d'émargement et listes au format PDF.")
    psub = p.add_subparsers(dest="print_kind", metavar="DOCUMENT", required=True)

    sched = psub.add_parser("schedule", parents=[common], help="planning de la semaine d'une personne ou d'un lieu")
    sched.add_argument("--week", required=True, metavar="AAAA-Wss")
    who = sched.add_mutually_exclusive_group(required=True)
    who.add_argument("--professional", metavar="ID")
    who.add_argument("--beneficiary", metavar="ID", help="copie du bénéficiaire (sans le nom des autres)")
    who.add_argument("--site", metavar="ID")
    sched.add_argument("--out", required=True, metavar="FICHIER.pdf")
    sched.set_defaults(func=_print_schedule)

    att = psub.add_parser("attendance", parents=[common], help="feuilles d'émargement (une page par rendez-vous)")
    att.add_argument("--week", required=True, metavar="AAAA-Wss")
    att.add_argument("--site", metavar="ID")
    att.add_argument("--day", metavar="AAAA-MM-JJ", help="un seul jour de la semaine")
    att.add_argument("--meeting", metavar="ID", help="une seule séance (collective par ex.)")
    att.add_argument("--out", required=True, metavar="FICHIER.pdf")
    att.set_defaults(func=_print_attendance)

    lst = psub.add_parser("listing", parents=[common],
                          help="bénéficiaires et obligations (--week) ou rendez-vous du mois (--month)")
    period = lst.add_mutually_exclusive_group(required=True)
    period.add_argument("--week", metavar="AAAA-Wss")
    period.add_argument("--month", metavar="AAAA-MM")
    lst.add_argument("--region", metavar="ID")
    lst.add_argument("--out", required=True, metavar="FICHIER.pdf")
    lst.set_defaults(func=_print_listing)

    ics = sub.add_parser("ics", parents=[common], help="export iCalendar des rendez-vous d'un professionnel")
    ics.add_argument("--professional", required=True, metavar="ID")
    ics.add_argument("--out", required=True, metavar="FICHIER.ics")
    ics.add_argument("--since", metavar="AAAA-MM-JJ", help="seulement les rendez-vous à partir de ce jour")
    ics.set_defaults(func=_ics)

    rem = sub.add_parser("reminders", help="rappels SMS et e-mail")
    rsub = rem.add_subparsers(dest="reminders_cmd", metavar="ACTION", required=True)
    send = rsub.add_parser("send", parents=[common], help="envoyer les rappels dus")
    send.add_argument("--dry-run", action="store_true", help="montrer ce qui partirait, sans rien écrire ni envoyer")
    send.set_defaults(func=_reminders_send)
