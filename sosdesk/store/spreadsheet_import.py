"""``sosdesk import``: a spreadsheet (.xlsx / .csv) of beneficiaries, professionals or meetings becomes a
sosdesk-data/1 document checked and written by ``load_data`` (one transaction, change log, outbox), with
a per-row report whose problems name the spreadsheet row and column. See docs/import.md."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, Problem, ProblemList
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.import_columns import (
    FIELD_LABELS,
    FIELDS,
    KIND_LABELS,
    KINDS,
    ColumnPlan,
    check_mapping,
    is_known_header,
    plan_columns,
)
from sosdesk.store.import_lookup import SECTION_WORDS, Lookup, existing_regions, import_id_key
from sosdesk.store.import_read import Table, read_table
from sosdesk.store.import_report import ImportReport, RowError, RowReport
from sosdesk.store.import_rows import Draft, RowBuilder
from sosdesk.store.interchange import Parsed, Protect, check_form, check_references, load_data
from sosdesk.store.interchange_schema import FORMAT, SECTION_BY_NAME

__all__ = ["Authorize", "ImportReport", "RowError", "RowReport", "import_spreadsheet", "import_table"]

# The write gate's check, given by the use case (sosdesk.usecases.importing): the action needed
# ("plan" for meetings, "edit_people" otherwise) and the regions the rows would be written in.
Authorize = Callable[[str, set[str]], None]

_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?(.*)$")
_SECTION_NAMES = {f"({name})": f"({word}s)" for name, word in SECTION_WORDS.items()}


def _required_columns(kind: str, plan: ColumnPlan) -> list[str]:
    """File-level check: the columns without which no row can be read."""
    have = set(plan.header_of)
    if kind == "unavailabilities":
        missing = [] if have & {"professional", "beneficiary", "site"} else ["Professionnel, Bénéficiaire ou Site"]
        return missing + ([] if "first" in have else ["Du (premier jour)"])
    if kind != "meetings":
        return [] if have & {"id", "last_name", "first_name"} else ["Nom ou Prénom (ou Identifiant)"]
    missing = [FIELD_LABELS[f] for f in ("type", "site") if f not in have]
    if "start" not in have and "date" not in have:
        missing.append("Date (et Heure)")
    return missing


def default_region(session: Session, store: Store) -> str | None:
    """The current user's region, else the only region of the database."""
    user = store.current_user()
    if user is not None and user.region_id:
        return str(user.region_id)
    regions = list(session.scalars(select(m.Region.id).where(m.Region.deleted.is_(False)).limit(2)))
    return regions[0] if len(regions) == 1 else None


def _check_region(session: Session, region: str | None) -> None:
    if region is None:
        return
    row = session.get(m.Region, region)
    if row is None or row.deleted:
        raise InputError(f"région inconnue : {region}", "--region")


def _map_problems(problems: list[Problem], kind: str, drafts: list[Draft], builder: RowBuilder,
                  report: ImportReport) -> None:
    """``beneficiaries[3].phone : …`` → row 7, column « Téléphone »; other rows named by their number."""
    def rows_named(text: str) -> str:
        text = re.sub(rf"{kind}\[(\d+)\]", lambda mt: f"la ligne {drafts[int(mt.group(1))].number}", text)
        for english, french in _SECTION_NAMES.items():
            text = text.replace(english, french)
        return text.replace("champ obligatoire manquant", "valeur obligatoire manquante")

    for p in problems:
        mt = _PATH.match(p.path)
        if mt is None or mt.group(1) != kind:
            report.errors.append(RowError(p.path, "", rows_named(p.message)))
            continue
        d = drafts[int(mt.group(2))]
        name = mt.group(3) or "id"
        if name in d.failed:
            continue  # already reported as an unreadable cell
        d.report.error(builder.column(name), name, rows_named(p.message))


def _statuses(session: Session, kind: str, items: list[tuple[int, dict[str, Any]]]) -> dict[str, str]:
    """What loading would do to each valid item: created, updated or unchanged."""
    spec = SECTION_BY_NAME[kind]
    model: Any = spec.model
    ids = [str(obj["id"]) for _i, obj in items]
    rows: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        rows.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(ids[i:i + 500])))})
    out = {}
    for _i, obj in items:
        row = rows.get(obj["id"])
        if row is None:
            out[obj["id"]] = "created"
        elif row.deleted or any(getattr(row, f.attr) != obj[f.key] for f in spec.fields if f.key in obj):
            out[obj["id"]] = "updated"
        else:
            out[obj["id"]] = "unchanged"
    return out


def _regions(kind: str, drafts: list[Draft], lookup: Lookup) -> tuple[str, set[str]]:
    """The action an import of ``kind`` needs and the regions its rows would be written in."""
    action = "plan" if kind in ("meetings", "unavailabilities") else "edit_people"
    regions: set[str] = set()
    for d in drafts:
        if kind == "unavailabilities" and isinstance(d.item.get("region"), str):
            regions.add(d.item["region"])
        elif kind == "meetings":
            site = lookup.sites.get(d.item.get("site", ""))
            if site is not None:
                regions.add(site.region_id)
        elif isinstance(d.item.get("region"), str):
            regions.add(d.item["region"])
    return action, regions


def import_table(store: Store, table: Table, kind: str, *, mapping: dict[str, str | None] | None = None,
                 region: str | None = None, dry_run: bool = False,
                 authorize: Authorize | None = None, protect: Protect | None = None,
                 reason: str = "") -> ImportReport:
    """Check every row of ``table`` and, unless ``dry_run`` or a row is wrong, write them all at once."""
    if kind not in KINDS:
        raise InputError(f"type d'import inconnu « {kind} » (attendu : {', '.join(KINDS)})", "--kind")
    plan = plan_columns(kind, table.headers, check_mapping(mapping, kind) if mapping else None)
    report = ImportReport(table.source, kind, table.sheet, table.header_row, dry_run,
                          warnings=[*table.notes, *plan.warnings], ignored_columns=list(plan.ignored))
    missing = _required_columns(kind, plan)
    if missing:
        known = ", ".join(FIELD_LABELS.get(f, f) for f in FIELDS[kind])
        raise InputError(f"{table.source} : colonne(s) obligatoire(s) absente(s) : {', '.join(missing)} "
                         f"(ligne d'en-tête {table.header_row} : {', '.join(h for h in table.headers if h)} ; "
                         f"colonnes reconnues : {known})")
    id_key = import_id_key(store, create=not dry_run)
    with store.session() as session:
        _check_region(session, region)
        lookup = Lookup(session, id_key)
        builder = RowBuilder(kind, plan, lookup, region, default_region(session, store),
                             lambda ids: existing_regions(session, kind, ids))
        drafts = builder.drafts(table)
        if not drafts:
            raise InputError(f"{table.source} : aucune ligne de données sous l'en-tête (ligne {table.header_row})")
        if authorize is not None:
            authorize(*_regions(kind, drafts, lookup))
        sent = [d for d in drafts if not d.skip]
        items = [d.item for d in sent]
        doc: dict[str, Any] = {"format": FORMAT, kind: items}
        problems = ProblemList()
        parsed = check_form(doc, problems)
        # References of every row, not only the well-formed ones: each row lists all its problems.
        everything = Parsed(None, {kind: list(enumerate(items))}, parsed.file_ids, {})
        check_references(session, everything, problems)
        statuses = _statuses(session, kind, parsed.sections.get(kind, []))
    report.rows = [d.report for d in drafts]
    _map_problems(problems.problems, kind, sent, builder, report)
    order = {h: i for i, h in enumerate(table.headers)}
    for r in report.rows:
        r.errors.sort(key=lambda e: order.get(e.column.split(" / ")[0], len(order)))
    for d in sent:
        d.report.status = statuses.get(d.item["id"], "")
    if not report.ok or dry_run:
        return report
    table_name = SECTION_BY_NAME[kind].model.__tablename__
    changes = load_data(store, doc, f"Import de {KIND_LABELS[kind]} depuis {table.source}", protect=protect,
                        reason=reason)
    for d in sent:
        rid = d.item["id"]
        d.report.status = ("created" if rid in changes.inserted.get(table_name, ()) else
                           "updated" if rid in changes.updated.get(table_name, ()) else "unchanged")
    report.written = True
    return report


def import_spreadsheet(store: Store, path: str | Path, kind: str, *, mapping: dict[str, str | None] | None = None,
                       sheet: str | None = None, region: str | None = None,
                       dry_run: bool = False, authorize: Authorize | None = None, protect: Protect | None = None,
                       reason: str = "") -> ImportReport:
    """Read ``path`` (.xlsx or .csv) and import its rows as ``kind`` (beneficiaries, professionals, meetings).

    Raises InputError for file-level problems (unreadable file, missing columns, unknown --region);
    row problems are in the report, and then nothing is written.
    """
    if kind not in KINDS:
        raise InputError(f"type d'import inconnu « {kind} » (attendu : {', '.join(KINDS)})", "--kind")
    table = read_table(Path(path), is_known_header(kind, mapping), sheet)
    return import_table(store, table, kind, mapping=mapping, region=region, dry_run=dry_run,
                        authorize=authorize, protect=protect, reason=reason)
