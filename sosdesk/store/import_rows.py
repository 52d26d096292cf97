"""Spreadsheet rows → sosdesk-data/1 items: cells converted, names resolved to ids, a stable id per row.
Values that cannot be read are reported on their row and column and left out of the item."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from sosdesk.domain.timegrid import format_instant, local_to_utc
from sosdesk.domain.vocabulary import clock, day_text
from sosdesk.store import import_cells as cells
from sosdesk.store.import_cells import CellError
from sosdesk.store.import_columns import FIELD_LABELS, ColumnPlan
from sosdesk.store.import_lookup import Lookup, person_key
from sosdesk.store.import_read import Table
from sosdesk.store.import_report import RowReport
from sosdesk.store.validate import phone_e164

STATUS_WORDS = {
    "planned": ("prevu", "planifie", "a venir", "programme", "planned"),
    "held": ("realise", "effectue", "tenu", "fait", "honore", "present", "held", "done"),
    "cancelled": ("annule", "annulation", "cancelled", "canceled"),
}
_TEXT = ("first_name", "last_name", "measure", "phone", "email", "note")
_DATES = ("birth_date", "measure_start", "measure_end")


@dataclass
class Draft:
    """One data row on its way to an interchange item."""

    number: int
    cells: dict[str, Any]
    item: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    report: RowReport = field(default_factory=lambda: RowReport(0))
    skip: bool = False  # not sent to the interchange check (no id, duplicate)


class RowBuilder:
    """Builds the items of one kind; ``region`` is --region, ``default_region`` the user's or the only one."""

    def __init__(self, kind: str, plan: ColumnPlan, lookup: Lookup, region: str | None,
                 default_region: str | None, regions_of: Callable[[list[str]], dict[str, str]]) -> None:
        self.kind, self.plan, self.lookup = kind, plan, lookup
        self.region, self.default_region, self.regions_of = region, default_region, regions_of

    def column(self, name: str) -> str:
        """The header(s) a field came from, for messages."""
        h = self.plan.header_of
        if name == "start":
            return " / ".join(h[f] for f in ("start", "date", "time") if f in h)
        if name == "minutes":
            return " / ".join(h[f] for f in ("minutes", "end_time") if f in h) or h.get("type", "Durée")
        if name == "max_minutes_per_week":
            return h.get(name) or h.get("max_hours_per_week", FIELD_LABELS[name])
        if name == "region" and name not in h:
            return "--region"
        if name == "id" and name not in h:
            return "Identifiant (calculé)"
        return h.get(name, FIELD_LABELS.get(name, name))

    def fail(self, d: Draft, name: str, message: str) -> None:
        d.failed.add(name)
        d.report.error(self.column(name), name, message)

    def convert(self, d: Draft, name: str, fn: Callable[[Any], Any], target: str | None = None) -> None:
        if name not in d.cells:
            return
        try:
            d.item[target or name] = fn(d.cells[name])
        except CellError as exc:
            self.fail(d, target or name, str(exc))

    # --- references --------------------------------------------------------------------------

    def ref(self, section: str, value: Any) -> str:
        return self.lookup.resolve(section, cells.text(value))

    def refs(self, section: str, value: Any) -> list[str]:
        """A list of references; a whole cell that names one row (« Lyon / Part-Dieu ») is one item."""
        whole = cells.text(value)
        if self.lookup.known(section, self.lookup.resolve(section, whole)):
            return [self.lookup.resolve(section, whole)]
        return [self.lookup.resolve(section, part) for part in cells.items(value)]

    # --- rows ----------------------------------------------------------------------------------

    def drafts(self, table: Table) -> list[Draft]:
        out = []
        for number, values in table.rows:
            row_cells = {name: values[i] for i, name in self.plan.columns.items() if not cells.blank(values[i])}
            if not row_cells:
                continue
            out.append(Draft(number, row_cells, report=RowReport(number)))
        if self.kind == "meetings":
            for d in out:
                self._meeting(d)
        elif self.kind == "unavailabilities":
            for d in out:
                self._unavailability(d)
        else:
            for d in out:
                self._person(d)
            self._regions(out)
            for d in out:
                self._person_refs(d)
        self._duplicates(out)
        return out

    def _person(self, d: Draft) -> None:
        for name in _TEXT:
            self.convert(d, name, cells.text)
        phone = d.item.get("phone")
        if phone:
            e164, known = phone_e164(phone)
            if e164 is not None and not known:
                d.report.warnings.append(f"{self.column('phone')} : « {phone} » n'est pas un numéro attribué "
                                         "connu (gardé tel quel : vérifiez-le)")
        for name in _DATES:
            self.convert(d, name, lambda v: cells.day(v).isoformat())
        for name in ("sms_consent", "email_consent"):
            self.convert(d, name, cells.boolean)
        self.convert(d, "max_meetings_per_day", cells.integer)
        self.convert(d, "max_minutes_per_week", cells.integer)
        self.convert(d, "max_hours_per_week", cells.hours_as_minutes, "max_minutes_per_week")
        for name in ("available", "unavailable"):
            self.convert(d, name, cells.windows)
        if "skills" in d.cells:
            skills = []
            for raw in cells.items(d.cells["skills"]):
                skill, warning = self.lookup.skill(raw)
                skills.append(skill)
                if warning:
                    d.report.warnings.append(f"{self.column('skills')} : {warning}")
            d.item["skills"] = skills
        first, last = d.item.get("first_name", ""), d.item.get("last_name", "")
        d.report.name = f"{first} {last}".strip()
        if "id" in d.cells:
            d.item["id"] = cells.text(d.cells["id"])
        elif not (first or last):
            self.fail(d, "last_name", "ni nom ni prénom (ni identifiant) : impossible de reconnaître la personne")
            d.skip = True
            return
        else:
            key = person_key(self.kind, first, last, d.item.get("birth_date"))
            try:
                d.item["id"] = self.lookup.match(self.kind, key, self.lookup.stable_id(self.kind, key))
            except CellError as exc:
                self.fail(d, "id", str(exc))
                d.skip = True
                return
        d.report.id = d.item["id"]
        if self.kind == "beneficiaries":
            self.lookup.add_name("beneficiaries", d.item["id"], [f"{first} {last}", f"{last} {first}"], last)

    def _regions(self, drafts: list[Draft]) -> None:
        """Region column, else --region, else the region the row already has, else the default."""
        current = self.regions_of([d.item["id"] for d in drafts if "id" in d.item])
        for d in drafts:
            if d.skip:
                continue
            if "region" in d.cells:
                self.convert(d, "region", lambda v: self.ref("regions", v))
            elif self.region is not None:
                d.item["region"] = self.region
            elif d.item["id"] in current:
                d.item["region"] = current[d.item["id"]]
            elif self.default_region is not None:
                d.item["region"] = self.default_region
            else:
                self.fail(d, "region", "région inconnue : ajoutez une colonne Région ou l'option --region")

    def _person_refs(self, d: Draft) -> None:
        self.convert(d, "referent", lambda v: self.ref("professionals", v))
        self.convert(d, "home_site", lambda v: self.ref("sites", v))
        self.convert(d, "sites", lambda v: self.refs("sites", v))
        self.convert(d, "forbidden_with", lambda v: self.refs("beneficiaries", v))
        self.convert(d, "requirements", self._requirements)

    def _requirements(self, value: Any) -> list[dict[str, Any]]:
        out = []
        for part in cells.items(value, cells.WINDOW_SEPARATORS):
            label, minutes = cells.requirement_parts(part)
            out.append({"type": self.lookup.resolve("meeting_types", label), "minutes": minutes})
        return out

    # --- meetings -----------------------------------------------------------------------------

    def _meeting(self, d: Draft) -> None:
        self.convert(d, "type", lambda v: self.ref("meeting_types", v))
        self.convert(d, "site", lambda v: self.ref("sites", v))
        self.convert(d, "professionals", lambda v: self.refs("professionals", v))
        self.convert(d, "beneficiaries", lambda v: self.refs("beneficiaries", v))
        self.convert(d, "note", cells.text)
        self.convert(d, "status", _status)
        start = self._start(d)
        self._minutes(d, start)
        if start is not None:
            d.item["start"] = format_instant(local_to_utc(start[0], start[1]))
            d.report.name = f"{day_text(start[0])} à {clock(start[1])} {d.item.get('type', '')}".strip()
        if "id" in d.cells:
            d.item["id"] = cells.text(d.cells["id"])
        else:
            # A row without a readable start is refused anyway: its row number keeps its id apart.
            when = d.item.get("start", f"ligne {d.number}")
            key = (when, str(d.item.get("site", "")), str(d.item.get("type", "")),
                   *sorted(d.item.get("beneficiaries", [])))
            d.item["id"] = self.lookup.stable_id("meetings", key)
        d.report.id = d.item["id"]

    def _start(self, d: Draft) -> tuple[date, int] | None:
        """(local date, minute) from « Date et heure », or « Date » + « Heure »."""
        try:
            if "start" in d.cells:
                value = d.cells["start"]
                parts = re.split(r"\s+|T", value.strip(), maxsplit=1) if isinstance(value, str) else []
                if len(parts) == 2:
                    return cells.day(parts[0]), cells.clock(parts[1])
                return cells.day(value), cells.clock(value)
            if "date" not in d.cells:
                self.fail(d, "start", "date du rendez-vous manquante")
                return None
            day = cells.day(d.cells["date"])
        except CellError as exc:
            self.fail(d, "start", str(exc))
            return None
        if "time" not in d.cells:
            raw = d.cells["date"]
            if hasattr(raw, "hour") and (raw.hour or raw.minute):
                return day, raw.hour * 60 + raw.minute
            self.fail(d, "time", "heure du rendez-vous manquante")
            return None
        try:
            return day, cells.clock(d.cells["time"])
        except CellError as exc:
            self.fail(d, "time", str(exc))
            return None

    def _minutes(self, d: Draft, start: tuple[date, int] | None) -> None:
        if "minutes" in d.cells:
            self.convert(d, "minutes", cells.duration)
        elif "end_time" in d.cells:
            try:
                end = cells.clock(d.cells["end_time"])
            except CellError as exc:
                self.fail(d, "end_time", str(exc))
                return
            if start is not None:
                if end <= start[1]:
                    self.fail(d, "end_time", "l'heure de fin précède le début")
                else:
                    d.item["minutes"] = end - start[1]
        elif "type" in d.item and d.item["type"] in self.lookup.types:
            d.item["minutes"] = self.lookup.types[d.item["type"]].minutes
        elif "type" in d.item:
            d.failed.add("minutes")  # the unknown type is reported by the reference check

    # --- leave, absences, closures (issue 12) -------------------------------------------------

    def _unavailability(self, d: Draft) -> None:
        subject_rows = {"professional": ("professionals", self.lookup.professionals),
                        "beneficiary": ("beneficiaries", self.lookup.beneficiaries),
                        "site": ("sites", self.lookup.sites)}
        for name, (section, _rows) in subject_rows.items():
            self.convert(d, name, partial(self.ref, section))
        for name in ("first", "last"):
            self.convert(d, name, lambda v: cells.day(v).isoformat())
        for name in ("from", "to"):
            self.convert(d, name, lambda v: _hhmm(cells.clock(v)))
        self.convert(d, "reason", cells.text)
        self.convert(d, "capacity", cells.integer)
        if "last" not in d.item and "first" in d.item and "last" not in d.failed:
            d.item["last"] = d.item["first"]
        subjects = [n for n in subject_rows if n in d.item]
        if "region" in d.cells:
            self.convert(d, "region", lambda v: self.ref("regions", v))
        elif self.region is not None:
            d.item["region"] = self.region
        elif len(subjects) == 1:
            row = subject_rows[subjects[0]][1].get(d.item[subjects[0]])
            region = getattr(row, "region_id", None) or self.default_region
            if region is not None:
                d.item["region"] = region
        names = []
        for n in subjects:
            row = subject_rows[n][1].get(d.item[n])
            names.append(getattr(row, "name", None) or getattr(row, "display_name", None) or d.item[n])
        d.report.name = " ".join([*names, d.item.get("reason", ""), d.item.get("first", "")]).strip()
        if "id" in d.cells:
            d.item["id"] = cells.text(d.cells["id"])
        else:
            key = (*[f"{n}={d.item[n]}" for n in subjects], str(d.item.get("first", f"ligne {d.number}")),
                   str(d.item.get("last", "")), str(d.item.get("from", "")), str(d.item.get("to", "")))
            d.item["id"] = self.lookup.stable_id("unavailabilities", key)
        d.report.id = d.item["id"]

    def _duplicates(self, drafts: list[Draft]) -> None:
        seen: dict[str, int] = {}
        for d in drafts:
            rid = d.item.get("id")
            if d.skip or rid is None:
                continue
            if rid in seen:
                what = "même identifiant" if "id" in d.cells else {
                    "beneficiaries": "même nom, prénom et date de naissance",
                    "professionals": "même nom et prénom",
                    "meetings": "même date, heure, site, type et bénéficiaires",
                    "unavailabilities": "même personne ou site, mêmes dates et heures"}[self.kind]
                self.fail(d, "id", f"doublon de la ligne {seen[rid]} ({what}, « {rid} »)")
                d.skip = True
            else:
                seen[rid] = d.number


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _status(value: Any) -> str:
    from sosdesk.store.import_columns import norm

    word = norm(cells.text(value))
    for status, words in STATUS_WORDS.items():
        if word in words or any(word.startswith(w) for w in words if len(w) > 3):
            return status
    raise CellError(f"statut inconnu « {cells.shown(value)} » (attendu : prévu, réalisé, annulé)")
