"""sosdesk-data/1 in and out (interchange.md): ``load`` checks form and references, then adds or
updates everything in one recorded transaction; ``dump`` writes the whole database in the same shape.

Other modules add top-level keys (the invoices of pricing.md §8) with ``register_section``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.interchange_schema import (
    FORMAT,
    OPTIONAL_SECTIONS,
    SECTION_BY_NAME,
    SECTIONS,
    SETTINGS_FIELDS,
    SectionSpec,
)
from sosdesk.store.load_guard import check_loaded_users
from sosdesk.store.validate import INVALID, check_object, parse_json_text

SETTINGS_ID = "settings"
SectionDump = Callable[[Session], list[dict[str, Any]]]
SectionLoad = Callable[[Session, list[dict[str, Any]], ProblemList], None]


@dataclass(frozen=True)
class ExtraSection:
    """A top-level key owned by another module: it dumps its rows and loads them back."""

    name: str
    dump: SectionDump
    load: SectionLoad


_EXTRA: dict[str, ExtraSection] = {}


def register_section(name: str, dump: SectionDump, load: SectionLoad) -> None:
    """Add a top-level key to sosdesk-data/1.

    ``dump(session)`` returns the items (an empty list omits the key). ``load(session, items,
    problems)`` runs inside the load transaction after the built-in sections are written and
    flushed; it records every problem in ``problems`` (the whole load is then rolled back).
    """
    if name in SECTION_BY_NAME or name in ("format", "settings"):
        raise ValueError(f"section {name!r} already exists")
    _EXTRA[name] = ExtraSection(name, dump, load)


def unregister_section(name: str) -> None:
    _EXTRA.pop(name, None)


def extra_sections() -> list[str]:
    return list(_EXTRA)


# --- dump -----------------------------------------------------------------------------------------


def row_to_json(spec: SectionSpec, row: Any) -> dict[str, Any]:
    if spec.name == "rate_tables":
        return {"valid_from": row.valid_from.isoformat(), **row.content}
    out: dict[str, Any] = {}
    for f in spec.fields:
        value = getattr(row, f.attr)
        if f.extension and value == f.default_value():
            continue
        out[f.key] = None if value is None else f.to_json(value)
    return out


def dump_data(session: Session) -> dict[str, Any]:
    """The whole database (tombstones excluded) as a sosdesk-data/1 object, sorted by id."""
    out: dict[str, Any] = {"format": FORMAT}
    setting = session.get(m.Setting, SETTINGS_ID)
    if setting is not None and not setting.deleted:
        out["settings"] = dict(setting.data)
    for spec in SECTIONS:
        model: Any = spec.model
        rows = session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id))
        items = [row_to_json(spec, r) for r in rows]
        if items or spec.name not in OPTIONAL_SECTIONS:
            out[spec.name] = items
    for extra in _EXTRA.values():
        items = extra.dump(session)
        if items:
            out[extra.name] = items
    return out


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dump_store(store: Store) -> str:
    with store.session() as s:
        return dumps(dump_data(s))


# --- load: form -------------------------------------------------------------------------------------


@dataclass
class Parsed:
    """The validated content of a file: settings and, per section, the good items."""

    settings: dict[str, Any] | None
    sections: dict[str, list[tuple[int, dict[str, Any]]]]
    file_ids: dict[str, set[str]]
    extra: dict[str, list[dict[str, Any]]]


def _raw_id(spec: SectionSpec, item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    keys = [item.get(k) for k in spec.key_fields]
    if not all(isinstance(k, str) and k for k in keys):
        return None
    return "|".join(keys)  # type: ignore[arg-type]


def _check_section(spec: SectionSpec, items: Any, problems: ProblemList, parsed: Parsed) -> None:
    if not isinstance(items, list):
        problems.add(spec.name, "liste attendue")
        return
    validators = {f.key: f.check for f in spec.fields}
    required = [f.key for f in spec.fields if f.required]
    seen: dict[str, int] = {}
    good: list[tuple[int, dict[str, Any]]] = []
    for i, item in enumerate(items):
        path = f"{spec.name}[{i}]"
        raw_id = _raw_id(spec, item)
        if raw_id is not None:
            parsed.file_ids[spec.name].add(raw_id)
        obj = check_object(item, path, problems, validators, required)
        if obj is None:
            continue
        if spec.cross_check is not None:
            before = len(problems.problems)
            spec.cross_check(obj, path, problems)
            if len(problems.problems) != before:
                continue
        row_id = spec.row_id(obj)
        if row_id in seen:
            what = " / ".join(str(item[k]) for k in spec.key_fields)
            problems.add(path, f"identifiant « {what} » en double (déjà en {spec.name}[{seen[row_id]}])")
            continue
        seen[row_id] = i
        good.append((i, obj))
    parsed.sections[spec.name] = good


def check_form(data: Any, problems: ProblemList) -> Parsed:
    """Every form problem of a decoded file; the good parts are returned for the reference check."""
    parsed = Parsed(None, {}, {s.name: set() for s in SECTIONS}, {})
    if not isinstance(data, dict):
        problems.add("", "le fichier doit contenir un objet JSON")
        return parsed
    if data.get("format") != FORMAT:
        found = json.dumps(data["format"], ensure_ascii=False) if "format" in data else "rien"
        problems.add("format", f"« {FORMAT} » attendu, trouvé {found}")
    for key in data:
        if key not in SECTION_BY_NAME and key not in _EXTRA and key not in ("format", "settings"):
            problems.add(key, "section inconnue")
    if "settings" in data:
        parsed.settings = check_object(data["settings"], "settings", problems, SETTINGS_FIELDS)
    for spec in SECTIONS:
        if spec.name in data:
            _check_section(spec, data[spec.name], problems, parsed)
    for name in _EXTRA:
        if name in data:
            items = data[name]
            if isinstance(items, list):
                parsed.extra[name] = items
            else:
                problems.add(name, "liste attendue")
    return parsed


# --- load: references -------------------------------------------------------------------------------


def _db_ids(session: Session, section: str) -> set[str]:
    model: Any = SECTION_BY_NAME[section].model
    return set(session.scalars(select(model.id).where(model.deleted.is_(False))))


def check_references(session: Session, parsed: Parsed, problems: ProblemList) -> None:
    """Each reference must name an id of the file or of the database."""
    known: dict[str, set[str]] = {}

    def ids(section: str) -> set[str]:
        if section not in known:
            known[section] = parsed.file_ids[section] | _db_ids(session, section)
        return known[section]

    for spec in SECTIONS:
        ref_fields = [f for f in spec.fields if f.ref is not None]
        for i, obj in parsed.sections.get(spec.name, []):
            for f in ref_fields:
                if f.key not in obj or obj[f.key] is None:
                    continue
                assert f.ref is not None
                for suffix, ref in f.refs(obj[f.key]):
                    if ref not in ids(f.ref):
                        problems.add(f"{spec.name}[{i}].{f.key}{suffix}",
                                     f"« {ref} » n'existe ni dans le fichier ni dans la base ({f.ref})")


# --- load: writing ----------------------------------------------------------------------------------


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _attrs(spec: SectionSpec, obj: dict[str, Any]) -> dict[str, Any]:
    if spec.name == "rate_tables":
        return {"valid_from": obj["valid_from"],
                "content": {k: v for k, v in obj.items() if k != "valid_from"}}
    return {f.attr: obj[f.key] for f in spec.fields if f.key in obj}


def _defaults(spec: SectionSpec) -> dict[str, Any]:
    if spec.name == "rate_tables":
        return {}
    return {f.attr: f.default_value() for f in spec.fields if not f.required}


def _site_regions(session: Session, parsed: Parsed) -> dict[str, str]:
    regions: dict[str, str] = {sid: rid for sid, rid in session.execute(select(m.Site.id, m.Site.region_id))}
    for _i, obj in parsed.sections.get("sites", []):
        regions[obj["id"]] = obj["region"]
    return regions


def _write_section(session: Session, spec: SectionSpec, items: list[tuple[int, dict[str, Any]]],
                   site_regions: dict[str, str]) -> None:
    model: Any = spec.model
    ids = [spec.row_id(obj) for _i, obj in items]
    existing: dict[str, Any] = {}
    for chunk in _chunks(ids):
        existing.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(chunk)))})
    defaults = _defaults(spec)
    for _i, obj in items:
        row_id = spec.row_id(obj)
        attrs = _attrs(spec, obj)
        attrs["id"] = row_id
        if spec.name == "meetings":
            attrs["region_id"] = site_regions[obj["site"]]
        row = existing.get(row_id)
        if row is None:
            session.add(model(**{**defaults, **attrs}))
            continue
        for attr, value in attrs.items():
            if getattr(row, attr) != value:
                setattr(row, attr, value)
        if row.deleted:
            row.deleted = False


def _write_settings(session: Session, settings: dict[str, Any]) -> None:
    row = session.get(m.Setting, SETTINGS_ID)
    if row is None:
        session.add(m.Setting(id=SETTINGS_ID, data=dict(settings)))
        return
    merged = {**row.data, **settings}
    if merged != row.data:
        row.data = merged
    if row.deleted:
        row.deleted = False


# The write gate's check, given by the use case (sosdesk.usecases.data): for each section the file
# writes, the regions its rows belong to (empty for tables without a region).
Authorize = Callable[[dict[str, set[str]]], None]
# Called with the session and the file's meeting ids before the writes; returns the check to run
# on what changed after them (raising rolls the load back).
Protect = Callable[[Session, Sequence[str]], Callable[[Changes], None]]


def _section_regions(parsed: Parsed, site_regions: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    if parsed.settings is not None:
        out["settings"] = set()
    for name, items in parsed.sections.items():
        if not items:
            continue
        regions = out.setdefault(name, set())
        for _i, obj in items:
            region = obj.get("region")
            if region is None and name == "meetings":
                region = site_regions.get(str(obj.get("site")))
            if isinstance(region, str):
                regions.add(region)
    for name, extra in parsed.extra.items():
        if extra:
            out.setdefault(name, set())
    return out


def load_data(store: Store, data: Any, label: str = "Chargement d'un fichier sosdesk-data/1",
              authorize: Authorize | None = None, progress: Callable[[str], None] | None = None,
              protect: Protect | None = None, reason: str = "") -> Changes:
    """Add or update everything in ``data`` in one transaction; raise InputError listing every
    problem (nothing written). ``authorize`` (the use case's role check) runs before any write;
    ``protect`` (the use case's protected-meeting gate) sees the file's meeting ids before the
    writes and what changed after them, and may raise to write nothing. ``reason`` goes into
    every change-log row (a confirmed protected change).

    A long document (``staged_load.stage_threshold()`` items or more) is written through a staging
    copy so the file's write lock is held only for the final short copy (``sosdesk.store.staged_load``);
    ``progress`` hears its phases."""
    from sosdesk.store import staged_load

    problems = ProblemList()
    parsed = check_form(data, problems)
    items = sum(len(v) for v in parsed.sections.values())
    # Invoices, day sheets and users carry rows or local fields the staged copy does not merge.
    simple = not any(parsed.extra.values()) and not parsed.sections.get("users")
    if simple and items >= staged_load.stage_threshold() and store.path.is_file():
        return staged_load.load_staged(
            store, lambda staged: _load_parsed(staged, parsed, problems, label, authorize, protect, reason),
            progress)
    return _load_parsed(store, parsed, problems, label, authorize, protect, reason)


def _load_parsed(store: Store, parsed: Parsed, problems: ProblemList, label: str,
                 authorize: Authorize | None, protect: Protect | None = None, reason: str = "") -> Changes:
    with store.transaction(label, reason=reason) as (session, changes):
        check_references(session, parsed, problems)
        check_loaded_users(session, parsed.sections.get("users", []), store.user_id, problems)
        problems.raise_if_any()
        site_regions = _site_regions(session, parsed)
        if authorize is not None:
            authorize(_section_regions(parsed, site_regions))
        guard = None if protect is None else protect(session, [
            str(item["id"]) for _, item in parsed.sections.get("meetings", []) if isinstance(item, dict)
            and "id" in item])
        if parsed.settings is not None:
            _write_settings(session, parsed.settings)
        for spec in SECTIONS:
            items = parsed.sections.get(spec.name)
            if items:
                _write_section(session, spec, items, site_regions)
        session.flush()
        for name, extra in _EXTRA.items():
            if name in parsed.extra:
                extra.load(session, parsed.extra[name], problems)
        problems.raise_if_any()
        if guard is not None:
            session.flush()
            guard(changes)
    return changes


def parse_text(text: str) -> Any:
    """Decode a sosdesk-data/1 text; malformed JSON is reported with its line and column."""
    problems = ProblemList()
    data = parse_json_text(text, problems)
    if data is INVALID:
        raise InputError(problems.problems)
    return data


def load_text(store: Store, text: str, label: str = "Chargement d'un fichier sosdesk-data/1",
              authorize: Authorize | None = None) -> Changes:
    """Decode then load; malformed JSON is reported with its line and column."""
    return load_data(store, parse_text(text), label, authorize)
