"""`sosdesk dates add|list|remove|close|conflicts|holidays`: leave, absences, site closures and
closed days (issue 12), and the planned meetings they make impossible."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from sosdesk.domain.errors import InputError, Problem
from sosdesk.domain.vocabulary import count, day_text, day_time_text

OPTIONS = {"professional": "--professional", "beneficiary": "--beneficiary", "site": "--site",
           "first": "--from", "last": "--to", "from": "--hours", "to": "--hours", "capacity": "--capacity",
           "reason": "--reason", "date": "--date", "region": "--region", "id": "ID"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("dates", parents=[common], help="congés, absences, fermetures et jours fériés",
                       description="Saisir les congés et absences des personnes, les fermetures de sites "
                                   "et les jours de fermeture ; voir les rendez-vous qu'ils rendent impossibles.")
    inner = p.add_subparsers(dest="dates_command", metavar="ACTION", required=True)

    a = inner.add_parser("add", parents=[common], help="enregistre un congé, une absence ou une fermeture",
                         description="Enregistre une indisponibilité datée ; affiche son identifiant puis "
                                     "les rendez-vous prévus qu'elle rend impossibles.")
    who = a.add_mutually_exclusive_group(required=True)
    who.add_argument("--professional", metavar="ID", help="professionnel en congé, formation, arrêt…")
    who.add_argument("--beneficiary", metavar="ID", help="bénéficiaire hospitalisé, convoqué ailleurs…")
    who.add_argument("--site", metavar="ID", help="site fermé ou à capacité réduite")
    a.add_argument("--from", dest="first", required=True, metavar="JJ/MM/AAAA", help="premier jour")
    a.add_argument("--to", dest="last", metavar="JJ/MM/AAAA", help="dernier jour (par défaut : le premier)")
    a.add_argument("--hours", metavar="HH:MM-HH:MM", help="seulement ces heures chaque jour (par défaut : toute la journée)")
    a.add_argument("--capacity", metavar="N", help="site : capacité réduite (au lieu d'une fermeture)")
    a.add_argument("--reason", default="", help="motif (congé, formation, hospitalisation, travaux…)")
    a.set_defaults(func=cmd_add)

    ls = inner.add_parser("list", parents=[common], help="liste les indisponibilités et jours de fermeture",
                          description="Liste les indisponibilités datées et les jours de fermeture à venir.")
    ls.add_argument("--since", metavar="JJ/MM/AAAA", help="à partir de ce jour (par défaut : tout)")
    ls.set_defaults(func=cmd_list)

    rm = inner.add_parser("remove", parents=[common], help="supprime une indisponibilité ou un jour de fermeture",
                          description="Supprime une indisponibilité ou un jour de fermeture (par identifiant).")
    rm.add_argument("id", metavar="ID")
    rm.set_defaults(func=cmd_remove)

    c = inner.add_parser("close", parents=[common], help="ajoute un jour de fermeture",
                         description="Ajoute un jour où tous les sites ferment (de la région, ou de "
                                     "toute l'organisation sans --region).")
    c.add_argument("--date", required=True, metavar="JJ/MM/AAAA")
    c.add_argument("--label", default="", help="par ex. « Pont de l'Ascension »")
    c.add_argument("--region", metavar="ID", help="seulement cette région")
    c.set_defaults(func=cmd_close)

    k = inner.add_parser("conflicts", parents=[common],
                         help="rendez-vous prévus tombant sur un congé, une fermeture ou un jour férié",
                         description="Liste les rendez-vous prévus qui tombent sur un congé, une absence, "
                                     "une fermeture de site, un jour férié ou un jour de fermeture.")
    k.add_argument("--from", dest="first", required=True, metavar="JJ/MM/AAAA")
    k.add_argument("--to", dest="last", required=True, metavar="JJ/MM/AAAA")
    k.add_argument("--region", metavar="ID", help="limiter à une région")
    act = k.add_mutually_exclusive_group()
    act.add_argument("--cancel", action="store_true", help="annule ces rendez-vous (et leurs rappels)")
    act.add_argument("--move", action="store_true",
                     help="déplace chacun au créneau possible le plus proche (mêmes personnes, même site "
                          "ou autre site de la région) ; les rappels suivent")
    k.add_argument("--now", metavar="AAAA-MM-JJTHH:MM+01:00", help=argparse.SUPPRESS)
    k.add_argument("--reason", metavar="TEXTE", default="",
                   help="motif, exigé pour annuler ou déplacer un rendez-vous déjà facturé dans un brouillon "
                        "(gardé dans l'historique)")
    k.set_defaults(func=cmd_conflicts)

    h = inner.add_parser("holidays", parents=[common], help="jours fériés d'une année",
                         description="Jours fériés d'une année pour un calendrier (métropole par défaut).")
    h.add_argument("--year", type=int, required=True)
    h.add_argument("--calendar", default="", help="vide : métropole ; 57 Moselle, 6AE Alsace, 971…976 outre-mer")
    h.set_defaults(func=cmd_holidays)


def _options(exc: InputError) -> InputError:
    return InputError([Problem(OPTIONS.get(p.path, p.path), p.message) for p in exc.problems])


def _run(args: argparse.Namespace, work: Any) -> int:
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
        raise _options(exc) from None
    finally:
        store.close()


def _day(text: str, option: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InputError(f"date invalide « {text} » (attendu JJ/MM/AAAA)", option)


def _names(session: Any) -> Any:
    from sosdesk.store import models as m

    cache: dict[str, str] = {}

    def name(pid: str) -> str:
        if pid not in cache:
            row = session.get(m.Beneficiary, pid) or session.get(m.Professional, pid)
            cache[pid] = row.display_name if row is not None else pid
        return cache[pid]
    return name


def _print_impacts(store: Any, impacts: list[Any], as_json: bool) -> None:
    from sosdesk.domain.timegrid import utc_to_local
    from sosdesk.store import models as m

    if as_json:
        print(json.dumps([i.to_json() for i in impacts], ensure_ascii=False, indent=2))
        return
    with store.session() as s:
        name = _names(s)
        for i in impacts:
            site = s.get(m.Site, i.site)
            local = utc_to_local(i.start)
            people = ", ".join(name(p) for p in i.people)
            print(f"{day_time_text(local)}  {site.name if site else i.site}  {people} : {' ; '.join(i.reasons)}")


def cmd_add(args: argparse.Namespace) -> int:
    from sosdesk.store import dates as ops

    subject, who = next((k, getattr(args, k)) for k in ("professional", "beneficiary", "site") if getattr(args, k))
    start = end = None
    if args.hours:
        start, sep, end = args.hours.partition("-")
        if not sep:
            raise InputError(f"heures invalides « {args.hours} » (attendu HH:MM-HH:MM)", "--hours")
    data = ops.AbsenceInput(subject, who, args.first, args.last, start, end, args.reason, args.capacity)

    def work(store: Any) -> int:
        uid, _changes = ops.add_absence(store, data)
        print(uid)
        with store.session() as s:
            row = s.get(ops.Unavailability, uid)
            impacts = ops.impacted_meetings(s, row.first_date, row.last_date, only=[who])
            text = ops.absence_text(row)
        print(f"Indisponibilité enregistrée : {text}", file=sys.stderr)
        if impacts:
            print(f"{len(impacts)} rendez-vous {'prévu devenu impossible' if len(impacts) < 2 else 'prévus devenus impossibles'} :",
                  file=sys.stderr)
            _print_impacts(store, impacts, getattr(args, "json", False))
        return 0
    return _run(args, work)


def cmd_list(args: argparse.Namespace) -> int:
    from sosdesk.store import dates as ops
    from sosdesk.store import models as m

    since = _day(args.since, "--since") if args.since else None

    def work(store: Any) -> int:
        with store.session() as s:
            rows = ops.list_absences(s, since=since)
            closed = ops.closed_days_between(s, since or date.min, date.max)
            if getattr(args, "json", False):
                print(json.dumps({
                    "unavailabilities": [{"id": r.id, "subject": r.subject[0], "who": r.subject[1],
                                          "first": r.first_date.isoformat(), "last": r.last_date.isoformat(),
                                          "from": r.start_time, "to": r.end_time, "capacity": r.capacity,
                                          "reason": r.reason} for r in rows],
                    "closed_days": [{"id": c.id, "date": c.date.isoformat(), "label": c.label,
                                     "region": c.region_id} for c in closed]}, ensure_ascii=False, indent=2))
                return 0
            for r in rows:
                subject, who = r.subject
                model = {"professional": m.Professional, "beneficiary": m.Beneficiary, "site": m.Site}[subject]
                row = s.get(model, who)
                label = (row.name if subject == "site" else row.display_name) if row is not None else who
                print(f"{label} : {ops.absence_text(r)}  [{r.id}]")
            for c in closed:
                region = s.get(m.Region, c.region_id) if c.region_id else None
                where = f"région {region.name if region else c.region_id}" if c.region_id else "toute l'organisation"
                print(f"{day_text(c.date)} fermeture ({where}) {c.label}  [{c.id}]")
        print(f"{count(len(rows), 'indisponibilité')}, {count(len(closed), 'jour')} de fermeture", file=sys.stderr)
        return 0
    return _run(args, work)


def cmd_remove(args: argparse.Namespace) -> int:
    from sosdesk.store import dates as ops

    def work(store: Any) -> int:
        with store.session() as s:
            is_closed = s.get(ops.ClosedDayRow, args.id) is not None
        if is_closed:
            ops.remove_closed_day(store, args.id)
        else:
            ops.remove_absence(store, args.id)
        print("Supprimé.", file=sys.stderr)
        return 0
    return _run(args, work)


def cmd_close(args: argparse.Namespace) -> int:
    from sosdesk.store import dates as ops

    day = _day(args.date, "--date")

    def work(store: Any) -> int:
        cid, _ = ops.add_closed_day(store, day, args.label, args.region)
        print(cid)
        with store.session() as s:
            impacts = ops.impacted_meetings(s, day, day, args.region)
        if impacts:
            print(f"{len(impacts)} rendez-vous {'prévu' if len(impacts) < 2 else 'prévus'} ce jour-là :", file=sys.stderr)
            _print_impacts(store, impacts, getattr(args, "json", False))
        return 0
    return _run(args, work)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from sosdesk.domain.errors import CommandError
    from sosdesk.store import dates as ops
    from sosdesk.store.ops_meetings import EditRefused
    from sosdesk.usecases.meeting_edits import ConfirmationRequired, cancel_meetings

    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if last < first:
        raise InputError("--to avant --from", "--to")

    now = None
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            raise InputError(f"instant invalide « {args.now} »", "--now") from None
        if now.tzinfo is None:
            raise InputError(f"instant sans décalage horaire « {args.now} »", "--now")

    def work(store: Any) -> int:
        with store.session() as s:
            impacts = ops.impacted_meetings(s, first, last, args.region)
        if args.move:
            return _move(store, impacts, args, now)
        _print_impacts(store, impacts, getattr(args, "json", False))
        if args.cancel and impacts:
            try:  # the one protection gate (issue 13): billed meetings ask for a reason
                cancel_meetings(store, [i.meeting_id for i in impacts], confirmed=bool(args.reason.strip()),
                                reason=args.reason)
            except ConfirmationRequired as exc:
                raise CommandError(f"{exc}\nRelancez avec --reason \"motif\" pour confirmer.") from None
            except EditRefused as exc:
                raise CommandError(str(exc)) from None
            print(f"{len(impacts)} rendez-vous {'annulé' if len(impacts) < 2 else 'annulés'}", file=sys.stderr)
        else:
            print(f"{len(impacts)} rendez-vous à déplacer ou annuler", file=sys.stderr)
        return 0
    return _run(args, work)


def _move(store: Any, impacts: list[Any], args: argparse.Namespace, now: datetime | None) -> int:
    """Each impossible meeting to its nearest feasible slot (``usecases.rescheduling``), one by one
    (each later proposal sees the earlier moves); those without a slot are listed to cancel."""
    from sosdesk.domain.errors import CommandError
    from sosdesk.domain.timegrid import utc_to_local
    from sosdesk.store.ops_meetings import EditRefused
    from sosdesk.usecases import rescheduling
    from sosdesk.usecases.meeting_edits import ConfirmationRequired

    results: list[dict[str, Any]] = []
    moved = 0
    with store.session() as s:
        name = _names(s)
        people = {i.meeting_id: ", ".join(name(p) for p in i.people) for i in impacts}
    for i in impacts:
        proposal = rescheduling.propose_move(store, i.meeting_id, now)
        done, why = False, ""
        if proposal.meeting is not None:
            try:
                rescheduling.move_to(store, proposal, confirmed=bool(args.reason.strip()), reason=args.reason,
                                     now=now)
                done = True
                moved += 1
            except ConfirmationRequired as exc:
                why = f"{exc} (relancez avec --reason \"motif\" pour confirmer)"
            except EditRefused as exc:
                why = str(exc)
        results.append({**proposal.to_json(), "moved": done, "reasons": list(i.reasons), "error": why or None})
        if not getattr(args, "json", False):
            line = f"{day_time_text(utc_to_local(i.start))}  {people[i.meeting_id]} : {' ; '.join(i.reasons)}"
            line += f"\n    → {proposal.text}" if done else f"\n    non déplacé : {why or proposal.text}"
            print(line)
    if getattr(args, "json", False):
        print(json.dumps(results, ensure_ascii=False, indent=2))
    left = len(impacts) - moved
    print(f"{moved} rendez-vous {'déplacé' if moved < 2 else 'déplacés'}"
          + (f", {left} à annuler ou replanifier (--cancel)" if left else ""), file=sys.stderr)
    if left and any(r["error"] for r in results):
        raise CommandError("certains rendez-vous n'ont pas été déplacés")
    return 0


def cmd_holidays(args: argparse.Namespace) -> int:
    from sosdesk.domain.closures import HOLIDAY_CALENDARS, calendar_code, public_holidays

    code = calendar_code(args.calendar)
    if code is None:
        raise InputError(f"calendrier inconnu « {args.calendar} » ({', '.join(k for k in HOLIDAY_CALENDARS if k)})",
                         "--calendar")
    if not 1900 <= args.year <= 2200:
        raise InputError(f"année invalide {args.year}", "--year")
    days = public_holidays(code, date(args.year, 1, 1), date(args.year, 12, 31))
    if getattr(args, "json", False):
        print(json.dumps([{"date": d.isoformat(), "name": n} for d, n in days.items()], ensure_ascii=False, indent=2))
    else:
        for d, n in days.items():
            print(f"{day_text(d)}  {n}")
        print(f"{count(len(days), 'jour férié', 'jours fériés')} — {HOLIDAY_CALENDARS[code]}", file=sys.stderr)
    return 0
