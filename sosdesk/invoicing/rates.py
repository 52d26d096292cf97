"""Rate tables as stored (pricing.md §1 JSON) ↔ domain ``RateTable``; new effective-dated versions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.pricing import MAX_CENTS, UNITS, RateSchedule, RateTable, TravelRate, TypeRate
from sosdesk.domain.vocabulary import day_text
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import FrozenItem

TOP_KEYS = {"valid_from", "meeting_types", "travel", "no_show", "vat"}
TYPE_KEYS = {"unit", "price_cents", "min_billed_minutes", "rounding_minutes", "max_professionals_billed"}
TRAVEL_KEYS = {"price_cents_per_hour", "rounding_minutes", "max_minutes_per_day", "billable_site_kinds"}


def _int(value: Any, path: str, problems: ProblemList, minimum: int = 0, maximum: int = MAX_CENTS) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value < maximum:
        problems.add(path, f"entier attendu entre {minimum} et {maximum - 1}")
        return minimum
    return value


def _decimal(value: Any, path: str, problems: ProblemList) -> Decimal:
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        problems.add(path, "nombre décimal attendu (par ex. « 0.5 »)")
        return Decimal(0)
    if not result.is_finite() or not Decimal(0) <= result <= Decimal(1000):
        problems.add(path, "nombre décimal entre 0 et 1000 attendu")
        return Decimal(0)
    return result


def _unknown(data: dict[str, Any], allowed: set[str], path: str, problems: ProblemList) -> None:
    for key in sorted(set(data) - allowed):
        problems.add(f"{path}.{key}" if path else key, "champ inconnu")


def parse_rate_table(content: dict[str, Any], valid_from: date, path: str = "rate_table") -> RateTable:
    """Validate the pricing.md §1 JSON (without or with ``valid_from``); every bad field is named."""
    problems = ProblemList()
    if not isinstance(content, dict):
        raise InputError("objet JSON attendu", path)
    _unknown(content, TOP_KEYS, path, problems)
    types: dict[str, TypeRate] = {}
    raw_types = content.get("meeting_types", {})
    if not isinstance(raw_types, dict):
        problems.add(f"{path}.meeting_types", "objet attendu (type → tarif)")
        raw_types = {}
    for type_id, rate in raw_types.items():
        p = f"{path}.meeting_types.{type_id}"
        if not isinstance(rate, dict):
            problems.add(p, "objet attendu")
            continue
        _unknown(rate, TYPE_KEYS, p, problems)
        unit = rate.get("unit")
        if unit not in UNITS:
            problems.add(f"{p}.unit", f"unité attendue parmi {', '.join(UNITS)}")
        cap = rate.get("max_professionals_billed")
        types[type_id] = TypeRate(
            unit=str(unit), price_cents=Decimal(_int(rate.get("price_cents"), f"{p}.price_cents", problems)),
            min_billed_minutes=_int(rate.get("min_billed_minutes", 0), f"{p}.min_billed_minutes", problems,
                                    maximum=24 * 60),
            rounding_minutes=_int(rate.get("rounding_minutes", 1), f"{p}.rounding_minutes", problems, 1,
                                  24 * 60),
            max_professionals_billed=None if cap is None else _int(
                cap, f"{p}.max_professionals_billed", problems, 1, 100))
    travel_raw = content.get("travel", {})
    travel = TravelRate()
    if isinstance(travel_raw, dict):
        _unknown(travel_raw, TRAVEL_KEYS, f"{path}.travel", problems)
        kinds = travel_raw.get("billable_site_kinds", [])
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            problems.add(f"{path}.travel.billable_site_kinds", "liste de types de lieux attendue")
            kinds = []
        cap = travel_raw.get("max_minutes_per_day")
        travel = TravelRate(
            Decimal(_int(travel_raw.get("price_cents_per_hour", 0), f"{path}.travel.price_cents_per_hour",
                         problems)),
            _int(travel_raw.get("rounding_minutes", 1), f"{path}.travel.rounding_minutes", problems, 1, 1440),
            None if cap is None else _int(cap, f"{path}.travel.max_minutes_per_day", problems, 0, 1441),
            frozenset(kinds))
    else:
        problems.add(f"{path}.travel", "objet attendu")
    no_show = content.get("no_show", {}) if isinstance(content.get("no_show", {}), dict) else {}
    vat = content.get("vat", {}) if isinstance(content.get("vat", {}), dict) else {}
    ratio = _decimal(no_show.get("ratio", "0.5"), f"{path}.no_show.ratio", problems)
    notice = _int(no_show.get("notice_hours", 24), f"{path}.no_show.notice_hours", problems, 0, 24 * 365)
    vat_rate = _decimal(vat.get("rate", "0"), f"{path}.vat.rate", problems)
    mention = vat.get("mention", "")
    problems.raise_if_any()
    return RateTable(valid_from, types, travel, ratio, notice, vat_rate, str(mention))


def rate_table_json(table: RateTable) -> dict[str, Any]:
    """The pricing.md §1 JSON of a table (with ``valid_from``)."""
    types: dict[str, Any] = {}
    for type_id, r in sorted(table.meeting_types.items()):
        item: dict[str, Any] = {"unit": r.unit, "price_cents": int(r.price_cents)}
        if r.unit != "flat":
            item["min_billed_minutes"] = r.min_billed_minutes
            item["rounding_minutes"] = r.rounding_minutes
        if r.max_professionals_billed is not None:
            item["max_professionals_billed"] = r.max_professionals_billed
        types[type_id] = item
    t = table.travel
    return {"valid_from": table.valid_from.isoformat(), "meeting_types": types,
            "travel": {"price_cents_per_hour": int(t.price_cents_per_hour), "rounding_minutes": t.rounding_minutes,
                       "max_minutes_per_day": t.max_minutes_per_day,
                       "billable_site_kinds": sorted(t.billable_site_kinds)},
            "no_show": {"ratio": str(table.no_show_ratio), "notice_hours": table.notice_hours},
            "vat": {"rate": str(table.vat_rate), "mention": table.vat_mention}}


def load_schedule(session: Session) -> RateSchedule:
    rows = session.scalars(select(m.RateTable).where(m.RateTable.deleted.is_(False)))
    return RateSchedule.of(parse_rate_table(r.content, r.valid_from, f"rate_tables[{r.id}]") for r in rows)


def used_versions(session: Session) -> set[str]:
    """Rate versions (ISO dates) that a validated invoice relies on: never edited again."""
    return set(session.scalars(select(FrozenItem.item_id).where(FrozenItem.item_kind == "rate_table")))


def save_rate_version(store: Store, actor: Actor, valid_from: date, content: dict[str, Any]) -> Changes:
    """Create (or, when no validated invoice used it, replace) the version valid from ``valid_from``."""
    require(actor, "edit_rates")
    body = {k: v for k, v in content.items() if k != "valid_from"}
    parse_rate_table(body, valid_from)  # refuse bad tables before writing anything

    def apply(s: Session) -> None:
        if valid_from.isoformat() in used_versions(s):
            raise InputError(f"la grille du {day_text(valid_from)} a servi à une facture validée : "
                             "créez une nouvelle version avec une autre date d'effet", "valid_from")
        row = s.get(m.RateTable, valid_from.isoformat())
        if row is None:
            s.add(m.RateTable(id=valid_from.isoformat(), valid_from=valid_from, content=body))
        else:
            row.content = body
            row.deleted = False

    _, changes = store.edit(apply, f"Grille tarifaire du {day_text(valid_from)}")
    return changes
