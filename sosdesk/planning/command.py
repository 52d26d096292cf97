"""`sosdesk plan`: solve an instance file, or a week of the data file (cli.md).

Exit 0 when every requirement is met, 1 when some stay unmet, 2 on a bad instance (nothing written).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.errors import InputError
from sosdesk.domain.model import Meeting, PlanningProblem
from sosdesk.domain.names import Names
from sosdesk.domain.timegrid import now_utc, parse_instant, parse_week

if TYPE_CHECKING:  # the solver pulls in OR-Tools: imported in the handler only (fast ``--help``)
    from sosdesk.planning.solver import PlanResult

EXIT_OK, EXIT_UNMET, EXIT_BAD_INPUT = 0, 1, 2


def add_plan_parser(subparsers: Any, parents: list[argparse.ArgumentParser] | None = None) -> None:
    """Register ``plan`` and its options on the ``sosdesk`` sub-command parser."""
    p = subparsers.add_parser(
        "plan", parents=parents or [], help="planification automatique d'une semaine",
        description="Place les rendez-vous de la semaine (CP-SAT) sans enfreindre les règles H1–H14.")
    p.add_argument("--instance", metavar="IN.json", help="instance sosdesk-planning/1 à résoudre")
    p.add_argument("--out", metavar="PLAN.json", help="fichier sosdesk-plan/1 à écrire")
    if not parents:
        p.add_argument("--db", metavar="PATH", help="fichier de données")
        p.add_argument("--json", action="store_true", help="imprime le plan JSON sur la sortie standard")
    p.add_argument("--week", metavar="AAAA-Wss", help="semaine à planifier (avec --db)")
    p.add_argument("--region", metavar="ID", help="limite à une région (avec --db)")
    p.add_argument("--apply", action="store_true", help="enregistre la proposition (avec --db)")
    p.add_argument("--time-limit", type=float, default=30.0, metavar="S", help="secondes de calcul (30)")
    p.add_argument("--seed", type=int, default=0, help="graine du solveur (0)")
    p.add_argument("--workers", type=int, default=2, help="fils de calcul du solveur (2)")
    p.add_argument("--now", metavar="ISO",
                   help="instant présent (ISO 8601 avec décalage, par défaut l'horloge) : rien n'est proposé "
                        "avant lui dans la semaine en cours (avec --instance, seulement s'il est donné)")
    p.set_defaults(func=run_plan)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Hook used by ``sosdesk.cli`` (``common`` brings --db, --json, --user)."""
    add_plan_parser(subparsers, [common])


def _process_age() -> float:
    """Seconds since this process started (interpreter start-up and imports count against the time
    limit too); 0 where /proc is not available."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(uptime - int(stat[19]) / os.sysconf("SC_CLK_TCK"), 0.0)
    except (OSError, ValueError, IndexError):
        return 0.0


def _fail(message: str) -> int:
    print(f"erreur : {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


STATUS_LABELS = {"OPTIMAL": "solution optimale", "FEASIBLE": "solution réalisable",
                 "INFEASIBLE": "aucune solution", "UNKNOWN": "solution non prouvée"}


def _summary(result: PlanResult, names: Names) -> None:
    s = result.stats
    status = STATUS_LABELS.get(str(s["status"]), str(s["status"]).lower())
    print(f"{voc.count(s['planned_meetings'], 'rendez-vous', 'rendez-vous')} proposés, couverture "
          f"{voc.hours(s['covered_minutes'])} sur {voc.hours(s['required_minutes'])} "
          f"(au mieux {voc.hours(s['coverage_bound_minutes'])}), trajets {voc.duration(s['travel_minutes'])}, "
          f"{status} en {voc.format_decimal(s['solve_seconds'])} s", file=sys.stderr)
    if s.get("cut_phases"):
        from sosdesk.planning.budget import PHASE_LABELS

        cut = ", ".join(PHASE_LABELS.get(x, x) for x in s["cut_phases"])
        print(f"limite de {voc.format_decimal(str(s['time_limit_seconds']))} s atteinte : étapes écourtées : {cut}",
              file=sys.stderr)
    if s.get("fixed_violations"):
        print(f"attention : les rendez-vous fixes enfreignent déjà {s['fixed_violations']} règle(s) "
              "(voir sosdesk check) ; rien n'a été ajouté à ces conflits", file=sys.stderr)
        for problem in s.get("fixed_problems", [])[:10]:
            print(f"  {problem['rule']} : {problem['message']}", file=sys.stderr)
    for u in result.unmet:
        print(f"non couvert : {names.person(u.beneficiary)}, « {names.type(u.type)} » "
              f"({voc.duration(u.minutes)} manquantes) : {u.reason}", file=sys.stderr)


def _table(meetings: list[Meeting], names: Names) -> None:
    """One line per proposed meeting, tab-separated (pastes into a spreadsheet): day, time, duration,
    type, site, professionals, beneficiaries, by their names."""
    for m in sorted(meetings, key=lambda x: (x.day, x.start, x.site)):
        if not m.fixed:
            print(f"{names.day(m.day)}\t{voc.clock(m.start)}\t{voc.duration(m.minutes)}\t{names.type(m.type)}\t"
                  f"{names.site(m.site)}\t{names.persons(m.professionals)}\t{names.persons(m.beneficiaries)}")


def _solve(problem: PlanningProblem, args: argparse.Namespace, now: datetime | None) -> PlanResult:
    """The time limit counts from when ``run_plan`` started reading (``args.started``)."""
    from sosdesk.planning.horizon import describe, not_before
    from sosdesk.planning.solver import solve

    horizon = None if now is None else not_before(problem.week, now, problem.slot_minutes)
    if (note := describe(problem.week, horizon)) is not None:
        print(note, file=sys.stderr)
    return solve(problem, time_limit=args.time_limit, seed=args.seed, workers=args.workers, not_before=horizon,
                 started=getattr(args, "started", None))


def _out_problem(out: str) -> str | None:
    """Why ``--out`` cannot be written (checked before any computation or database write), or None."""
    path = Path(out)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return f"--out : {out} est un dossier, pas un fichier"
    if not parent.is_dir():
        return f"--out : le dossier {parent} n'existe pas (fichier demandé : {out})"
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"--out : écriture refusée pour {out}"
    return None


def _write_json(out: str, doc: dict[str, Any]) -> str | None:
    """Write through a temporary file so a failed write leaves no half file; the error, or None."""
    path = Path(out)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        return f"impossible d'écrire {out} ({exc.strerror or exc})"
    return None


def _run_instance(args: argparse.Namespace, now: datetime | None) -> int:
    if not args.out and not getattr(args, "json", False):
        return _fail("--out PLAN.json est obligatoire avec --instance (ou --json)")
    from sosdesk.planning.instance import load_instance
    from sosdesk.planning.solver import plan_to_json

    try:
        problem = load_instance(Path(args.instance))
    except InputError as exc:
        for problem_line in exc.problems:
            print(f"erreur : {problem_line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = _solve(problem, args, now)
    doc = plan_to_json(result, problem.week)
    if args.out and (error := _write_json(args.out, doc)):
        return _fail(error)
    if getattr(args, "json", False):
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    _summary(result, Names.from_problem(problem))
    return EXIT_UNMET if result.unmet else EXIT_OK


def _run_db(args: argparse.Namespace, now: datetime) -> int:
    # Imported here: the instance mode never needs SQLAlchemy.
    from sosdesk.domain.permissions import PermissionDenied
    from sosdesk.planning.solver import plan_to_json
    from sosdesk.store import StoreError, open_store
    from sosdesk.store.ops_meetings import EditRefused
    from sosdesk.store.week import load_week
    from sosdesk.usecases.gate import allow, current_actor
    from sosdesk.usecases.plans import apply_plan

    if not args.week:
        return _fail("--week AAAA-Wss est obligatoire avec --db")
    try:
        parse_week(args.week)
    except ValueError as exc:
        return _fail(f"--week : {exc}")
    try:
        store = open_store(args.db, getattr(args, "user", None), create=False)
    except StoreError as exc:
        return _fail(str(exc))
    actor = None
    try:
        if args.apply:
            # Refused before the search runs (minutes of work for nothing); checked again, per
            # region, in the transaction that writes.
            try:
                actor = current_actor(store)
                allow(actor, "plan", [args.region] if args.region else [])
            except PermissionDenied as exc:
                return _fail(f"--apply : {exc}")
        with store.session() as session:
            base, existing = load_week(session, args.week, args.region)
        # Everything already in the week stays where it is: the planner only adds.
        fixed = tuple(Meeting(m.id, m.type, m.day, m.start, m.minutes, m.site, m.professionals,
                              m.beneficiaries, fixed=True, buffer_minutes=m.buffer_minutes)
                      for m in existing if m.status != "cancelled")
        problem = PlanningProblem(week=args.week, sites=base.sites, meeting_types=base.meeting_types,
                                  professionals=base.professionals, beneficiaries=base.beneficiaries,
                                  travel=base.travel, fixed=fixed, slot_minutes=base.slot_minutes,
                                  timezone=base.timezone, dated=base.dated)
        result = _solve(problem, args, now)
        if getattr(args, "json", False):
            print(json.dumps(plan_to_json(result, args.week), ensure_ascii=False, indent=2))
        else:
            _table(result.meetings, Names.from_problem(problem))
        # The plan file first: when it cannot be written, nothing reaches the database either.
        if args.out and (error := _write_json(args.out, plan_to_json(result, args.week))):
            return _fail(error)
        if args.apply:
            new = [m for m in result.meetings if not m.fixed]
            try:
                applied = apply_plan(store, actor, args.week, new)
            except (PermissionDenied, EditRefused) as exc:
                return _fail(f"plan non enregistré : {exc}")
            print(f"{len(applied.ids)} rendez-vous enregistrés", file=sys.stderr)
    finally:
        store.close()
    _summary(result, Names.from_problem(problem))
    return EXIT_UNMET if result.unmet else EXIT_OK


def run_plan(args: argparse.Namespace) -> int:
    """Entry point of ``sosdesk plan``."""
    # A fresh ``sosdesk plan`` process also counts its start-up (imports) against the limit; when
    # called inside a long-lived process (tests, scripts) only from here.
    age = _process_age()
    args.started = time.monotonic() - (age if age <= min(15.0, args.time_limit / 4) else 0.0)
    if args.instance and getattr(args, "db", None) and args.week:
        return _fail("choisissez --instance ou --db/--week, pas les deux")
    if not (math.isfinite(args.time_limit) and args.time_limit > 0):
        return _fail(f"--time-limit : nombre de secondes strictement positif attendu (reçu {args.time_limit:g})")
    if args.workers < 1:
        return _fail(f"--workers : au moins 1 fil de calcul (reçu {args.workers})")
    now: datetime | None = None
    if args.now is not None:
        try:
            now = parse_instant(args.now)
        except ValueError as exc:
            return _fail(f"--now : {exc}")
    if args.out and (error := _out_problem(args.out)):
        return _fail(error)
    if args.instance:
        return _run_instance(args, now)
    if getattr(args, "db", None) or args.week:
        if not getattr(args, "db", None):
            return _fail("--db PATH est obligatoire avec --week")
        return _run_db(args, now or now_utc())
    return _fail("indiquez --instance IN.json --out PLAN.json, ou --db PATH --week AAAA-Wss")
