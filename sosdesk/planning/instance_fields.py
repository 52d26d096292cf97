"""Typed field reading for ``sosdesk-planning/1``: each accessor records a problem with its path
(``sites[S1].capacity``) instead of raising, so ``instance.parse_instance`` reports every bad field at once."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sosdesk.domain.errors import ProblemList
from sosdesk.domain.model import (
    DATED_KINDS,
    DatedWindow,
    Window,
)
from sosdesk.domain.timegrid import MINUTES_PER_DAY, format_hhmm, parse_hhmm

_WINDOW = {"day", "from", "to"}
# Dated windows (issue 12): one date of the week, all day unless from/to; first/last: the period.
_DATED = {"date", "from", "to", "reason", "kind", "first", "last"}
_REDUCED = _DATED | {"capacity"}
class FieldReader:
    """Typed accessors that record a problem instead of raising on the first bad field."""

    def __init__(self, slot: int) -> None:
        self.errors = ProblemList()
        self.slot = slot

    def obj(self, value: Any, path: str, allowed: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.errors.add(path, "objet JSON attendu")
            return None
        for key in sorted(set(value) - allowed):
            self.errors.add(f"{path}.{key}", "champ inconnu")
        return value

    def list_(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.errors.add(path, "liste attendue")
            return []
        return value

    def int_(self, value: Any, path: str, minimum: int | None = None) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.errors.add(path, f"nombre entier attendu (reçu {json.dumps(value)})")
            return None
        if minimum is not None and value < minimum:
            self.errors.add(path, f"doit être au moins {minimum} (reçu {value})")
            return None
        return value

    def str_(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not value:
            self.errors.add(path, "texte non vide attendu")
            return None
        return value

    def time(self, value: Any, path: str) -> int | None:
        try:
            minutes = parse_hhmm(value)
        except ValueError as exc:
            self.errors.add(path, str(exc))
            return None
        if minutes % self.slot:
            self.errors.add(path, f"« {value} » hors de la grille de {self.slot} minutes")
            return None
        return minutes

    def day(self, value: Any, path: str) -> int | None:
        day = self.int_(value, path)
        if day is not None and not 1 <= day <= 7:
            self.errors.add(path, f"jour ISO entre 1 (lundi) et 7 (dimanche) attendu (reçu {day})")
            return None
        return day

    def windows(self, value: Any, path: str) -> tuple[Window, ...]:
        out: list[Window] = []
        for i, raw in enumerate(self.list_(value, path)):
            wpath = f"{path}[{i}]"
            w = self.obj(raw, wpath, _WINDOW)
            if w is None:
                continue
            day = self.day(w.get("day"), f"{wpath}.day")
            start = self.time(w.get("from"), f"{wpath}.from")
            end = self.time(w.get("to"), f"{wpath}.to")
            if start is not None and end is not None and start >= end:
                self.errors.add(wpath, f"début {format_hhmm(start)} pas avant la fin {format_hhmm(end)}")
            elif day is not None and start is not None and end is not None:
                out.append(Window(day, start, end))
        return tuple(out)

    @staticmethod
    def date_(value: Any, path: str) -> date | None:
        """A ``YYYY-MM-DD`` date, or None (the caller names the field)."""
        try:
            return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            return None

    def dated(self, value: Any, path: str, subject: str, who: str, days: list[date] | None,
              reduced: bool = False) -> list[DatedWindow]:
        """Dated windows of one person or site; each date must lie inside the instance's week."""
        out: list[DatedWindow] = []
        for i, raw in enumerate(self.list_(value, path)):
            wpath = f"{path}[{i}]"
            o = self.obj(raw, wpath, _REDUCED if reduced else _DATED)
            if o is None:
                continue
            d = self.date_(o.get("date"), f"{wpath}.date")
            if d is None:
                self.errors.add(f"{wpath}.date", f"date AAAA-MM-JJ attendue (reçu {json.dumps(o.get('date'))})")
            elif days is not None and d not in days:
                self.errors.add(f"{wpath}.date", f"{d.isoformat()} hors de la semaine de l'instance")
            first, last = d, d
            for key in ("first", "last"):
                if key in o:
                    got = self.date_(o.get(key), f"{wpath}.{key}")
                    if got is None:
                        self.errors.add(f"{wpath}.{key}", f"date AAAA-MM-JJ attendue (reçu {json.dumps(o.get(key))})")
                    elif key == "first":
                        first = got
                    else:
                        last = got
            if d is not None and first is not None and last is not None and not first <= d <= last:
                self.errors.add(wpath, "la date doit être comprise entre « first » et « last »")
            has_from, has_to = "from" in o, "to" in o
            start = self.time(o.get("from"), f"{wpath}.from") if has_from else 0
            end = self.time(o.get("to"), f"{wpath}.to") if has_to else MINUTES_PER_DAY
            if start is not None and end is not None and start >= end:
                self.errors.add(wpath, f"début {format_hhmm(start)} pas avant la fin {format_hhmm(end)}")
                continue
            kind = o.get("kind", "absence")
            if kind not in DATED_KINDS or (kind != "absence" and subject != "site"):
                allowed = DATED_KINDS if subject == "site" else ("absence",)
                self.errors.add(f"{wpath}.kind", f"nature inconnue {json.dumps(kind)} (attendu {', '.join(allowed)})")
                continue
            reason = o.get("reason", "")
            if not isinstance(reason, str):
                self.errors.add(f"{wpath}.reason", "texte attendu")
                reason = ""
            capacity = None
            if reduced:
                capacity = self.int_(o.get("capacity"), f"{wpath}.capacity", 0)
            if (d is None or first is None or last is None or start is None or end is None
                    or (reduced and capacity is None)):
                continue
            if days is not None and d in days:
                out.append(DatedWindow(subject, who, days.index(d) + 1, start, end, d, first, last, reason,
                                       str(kind), capacity or None))
        return out

    def ids(self, value: Any, path: str, known: Mapping[str, object] | set[str], what: str) -> tuple[str, ...]:
        out: list[str] = []
        for i, raw in enumerate(self.list_(value, path)):
            ident = self.str_(raw, f"{path}[{i}]")
            if ident is None:
                continue
            if ident not in known:
                self.errors.add(f"{path}[{i}]", f"{what} inconnu « {ident} »")
            else:
                out.append(ident)
        return tuple(out)

    def ref(self, value: Any, path: str, known: Mapping[str, object], what: str) -> str | None:
        if value is None:
            return None
        ident = self.str_(value, path)
        if ident is not None and ident not in known:
            self.errors.add(path, f"{what} inconnu « {ident} »")
            return None
        return ident


def read_entries(r: FieldReader, data: dict[str, Any], key: str, allowed: set[str],
             build: Callable[[dict[str, Any], str, str], Any]) -> dict[str, Any]:
    """Read a list of objects with unique ``id``s; paths name the id (``sites[S1].capacity``)."""
    out: dict[str, Any] = {}
    for i, raw in enumerate(r.list_(data.get(key), key)):
        ident = raw.get("id") if isinstance(raw, dict) else None
        named = f"{key}[{ident}]" if isinstance(ident, str) and ident else f"{key}[{i}]"
        obj = r.obj(raw, named, allowed)
        if obj is None:
            continue
        ident = r.str_(obj.get("id"), f"{key}[{i}].id")
        if ident is None:
            continue
        path = f"{key}[{ident}]"
        if ident in out:
            r.errors.add(f"{key}[{i}].id", f"identifiant en double « {ident} »")
            continue
        item = build(obj, path, ident)
        if item is not None:
            out[ident] = item
    return out
