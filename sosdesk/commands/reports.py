"""`sosdesk report staffing|obligations|activity|finance`: the Rapports page's reports, headless.

Period: ``--from AAAA-MM-JJ --to AAAA-MM-JJ`` or ``--period 2026-W48 | 2026-11 | 2026-Q4 | 2026``
(default: the current month). Output: a French table (default), ``--json``, ``--csv [FICHIER]``,
``--xlsx FICHIER`` or ``--pdf FICHIER``. Exit 2 with a French message on bad input (docs/reports.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError

KINDS = ("staffing", "obligations", "activity", "finance")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="rapports sur une période (effectifs, obligations, "
                                                        "activité, finances)",
                       description="Rapports sur une période : effectifs et recrutements nécessaires, couverture "
                                   "des obligations, activité (présences, absences, rappels), finances (prévu, "
                                   "réalisé, facturé, payé). Voir docs/reports.md.")
    p.add_argument("kind", choices=KINDS, metavar="RAPPORT", help="staffing, obligations, activity ou finance")
    p.add_argument("--from", dest="date_from", metavar="AAAA-MM-JJ", help="premier jour de la période")
    p.add_argument("--to", dest="date_to", metavar="AAAA-MM-JJ", help="dernier jour de la période (inclus)")
    p.add_argument("--period", metavar="PÉRIODE", help="2026-W48, 2026-11, 2026-Q4 ou 2026 (au lieu de --from/--to)")
    p.add_argument("--region", metavar="ID", help="limiter à une région (coordinateur national)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", nargs="?", const="-", metavar="FICHIER",
                     help="CSV pour Excel (« ; », UTF-8 BOM) sur la sortie standard ou dans FICHIER")
    out.add_argument("--xlsx", metavar="FICHIER", help="classeur Excel, une feuille par tableau")
    out.add_argument("--pdf", metavar="FICHIER", help="document imprimable avec graphiques")
    p.add_argument("--table", metavar="CLÉ", help="en CSV : un seul tableau (par ex. hiring, unmet)")
    p.add_argument("--today", metavar="AAAA-MM-JJ", help="date du jour à simuler (pour des essais)")
    p.set_defaults(func=cmd_report)


def resolve_period(args: argparse.Namespace, today: date) -> Any:
    from sosdesk.domain.periods import custom, parse_period, period_of

    try:
        if args.period:
            if args.date_from or args.date_to:
                raise InputError("choisir --period ou --from/--to, pas les deux", "--period")
            return parse_period(args.period)
        if args.date_from or args.date_to:
            if not (args.date_from and args.date_to):
                raise InputError("--from et --to vont ensemble", "--from" if not args.date_from else "--to")
            first = _day(args.date_from, "--from")
            last = _day(args.date_to, "--to")
            return custom(first, last)
        return period_of("month", today)
    except ValueError as exc:
        raise InputError(str(exc), "--period") from None


def _day(text: str, option: str) -> date:
    from sosdesk.domain.periods import parse_day

    try:
        return parse_day(text)
    except ValueError as exc:
        raise InputError(str(exc), option) from None


def cmd_report(args: argparse.Namespace) -> int:
    from sosdesk.paths import db_path
    from sosdesk.store import open_store
    from sosdesk.usecases.reports import service
    from sosdesk.usecases.reports.views import to_json, view

    today = _day(args.today, "--today") if args.today else date.today()
    period = resolve_period(args, today)
    store = open_store(db_path(args), getattr(args, "user", None), create=False)
    try:
        report = service.build(store, args.kind, period, args.region, today=today)
    finally:
        store.close()
    if getattr(args, "json", False):
        json.dump(to_json(args.kind, report), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    shown = view(report)
    if args.csv:
        return _csv(shown, args.csv, args.table)
    if args.xlsx:
        from sosdesk.printing.report_xlsx import write_xlsx

        write_xlsx(shown, _writable(args.xlsx, "--xlsx"))
        print(f"Rapport écrit : {args.xlsx}", file=sys.stderr)
        return 0
    if args.pdf:
        from sosdesk.printing.report_pdf import render_report_pdf

        render_report_pdf(shown, _writable(args.pdf, "--pdf"))
        print(f"Rapport écrit : {args.pdf}", file=sys.stderr)
        return 0
    print(render_text(shown))
    return 0


def _writable(path_text: str, option: str) -> Path:
    path = Path(path_text)
    if not path.parent.exists():
        raise InputError(f"le dossier {path.parent} n'existe pas", option)
    return path


def _csv(shown: Any, target: str, table_key: str | None) -> int:
    from sosdesk.printing.report_csv import report_csv_text, write_report_csv

    if target == "-":
        sys.stdout.write(report_csv_text(shown, table_key))
        return 0
    write_report_csv(shown, _writable(target, "--csv"), table_key)
    print(f"Rapport écrit : {target}", file=sys.stderr)
    return 0


def render_text(shown: Any) -> str:
    """The report as aligned French tables for a terminal."""
    from sosdesk.domain.report_view import cell_text

    lines = [f"{shown.title} — {shown.period} — {shown.scope}", ""]
    lines += [f"  {label} : {value}" for label, value in shown.highlights]
    for t in shown.tables:
        lines += ["", t.title, "-" * len(t.title)]
        if not t.rows:
            lines.append("  (aucune donnée)")
            continue
        cells = [[cell_text(v) for v in row] for row in t.rows]
        widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(t.headers)]
        widths = [min(w, 40) for w in widths]
        lines.append(_line(list(t.headers), widths, t.numeric))
        lines += [_line(r, widths, t.numeric) for r in cells]
    lines += [""] + [f"* {n}" for n in shown.notes]
    return "\n".join(lines)


def _line(row: list[str], widths: list[int], numeric: frozenset[int]) -> str:
    return "  ".join((c[:40].rjust(widths[i]) if i in numeric else c[:40].ljust(widths[i]))
                     for i, c in enumerate(row)).rstrip()
