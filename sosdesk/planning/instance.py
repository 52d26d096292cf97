"""Read and write ``sosdesk-planning/1`` instances (planning spec § Input).

Validation collects every bad field with its path and id, then raises one InputError,
so a user fixes the whole file in one go (exit 2, nothing written).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.model import (
    SITE_KINDS,
    TYPE_KINDS,
    Beneficiary,
    DatedWindow,
    Meeting,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
    TravelMatrix,
    Window,
)
from sosdesk.domain.timegrid import MINUTES_PER_DAY, format_hhmm, parse_week, week_dates
from sosdesk.planning.instance_fields import FieldReader, read_entries

FORMAT = "sosdesk-planning/1"

_TOP = {"format", "week", "timezone", "slot_minutes", "sites", "travel_minutes", "meeting_types",
        "professionals", "beneficiaries", "fixed"}
_SITE = {"id", "name", "kind", "capacity", "open", "closed", "reduced"}
_TRAVEL = {"from", "to", "minutes"}
_TYPE = {"id", "kind", "minutes", "skill", "professionals", "min_participants", "max_participants", "label"}
_PROF = {"id", "skills", "home_site", "sites", "max_minutes_per_week", "available", "unavailable_dates"}
_BEN = {"id", "requirements", "available", "unavailable", "sites", "forbidden_with", "referent",
        "max_meetings_per_day", "unavailable_dates"}
_REQ = {"type", "minutes"}
_FIXED = {"id", "type", "day", "start", "minutes", "site", "professionals", "beneficiaries",
          "buffer_minutes"}


def parse_instance(data: Any) -> PlanningProblem:
    """Validate a decoded ``sosdesk-planning/1`` document into a PlanningProblem (or InputError)."""
    pre = ProblemList()
    if not isinstance(data, dict):
        raise InputError("le document doit être un objet JSON")
    slot = data.get("slot_minutes", 15)
    if isinstance(slot, bool) or not isinstance(slot, int) or slot <= 0 or MINUTES_PER_DAY % slot:
        pre.add("slot_minutes", f"doit diviser 1440 (reçu {json.dumps(slot)})")
        slot = 15
    r = FieldReader(slot)
    r.errors.problems.extend(pre.problems)
    r.obj(data, "", _TOP)
    if data.get("format") != FORMAT:
        r.errors.add("format", f"« {FORMAT} » attendu (reçu {json.dumps(data.get('format'))})")
    week = data.get("week")
    days: list[date] | None = None
    try:
        parse_week(str(week))
        days = week_dates(str(week))
    except ValueError as exc:
        r.errors.add("week", str(exc))
    dated: list[DatedWindow] = []
    timezone = data.get("timezone", "Europe/Paris")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        r.errors.add("timezone", f"fuseau horaire inconnu {json.dumps(timezone)}")

    def site(o: dict[str, Any], p: str, ident: str) -> Site | None:
        kind = o.get("kind", "office")
        if kind not in SITE_KINDS:
            r.errors.add(f"{p}.kind", f"type de site inconnu {json.dumps(kind)} (attendu {', '.join(SITE_KINDS)})")
        cap = r.int_(o.get("capacity", 1), f"{p}.capacity", 1)
        name = o.get("name", "")
        if not isinstance(name, str):
            r.errors.add(f"{p}.name", "texte attendu")
            name = ""
        dated.extend(r.dated(o.get("closed"), f"{p}.closed", "site", ident, days))
        dated.extend(r.dated(o.get("reduced"), f"{p}.reduced", "site", ident, days, reduced=True))
        return Site(id=ident, capacity=cap or 1, open=r.windows(o.get("open"), f"{p}.open"),
                    kind=str(kind), name=name)

    sites: dict[str, Site] = read_entries(r, data, "sites", _SITE, site)

    travel: list[tuple[str, str, int]] = []
    seen_pairs: set[tuple[str, str]] = set()
    for i, raw in enumerate(r.list_(data.get("travel_minutes"), "travel_minutes")):
        p = f"travel_minutes[{i}]"
        o = r.obj(raw, p, _TRAVEL)
        if o is None:
            continue
        a = r.ref(o.get("from"), f"{p}.from", sites, "site")
        b = r.ref(o.get("to"), f"{p}.to", sites, "site")
        minutes = r.int_(o.get("minutes"), f"{p}.minutes", 0)
        if a is None or b is None or minutes is None:
            if o.get("from") is None or o.get("to") is None:
                r.errors.add(p, "champs « from » et « to » obligatoires")
            continue
        if (a, b) in seen_pairs:
            r.errors.add(p, f"trajet {a} → {b} en double")
        seen_pairs.add((a, b))
        travel.append((a, b, minutes))

    def mtype(o: dict[str, Any], p: str, ident: str) -> MeetingType | None:
        kind = o.get("kind")
        if kind not in TYPE_KINDS:
            r.errors.add(f"{p}.kind", f"nature inconnue {json.dumps(kind)} (attendu {', '.join(TYPE_KINDS)})")
        minutes = r.int_(o.get("minutes"), f"{p}.minutes", 1)
        if minutes is not None and minutes % slot:
            r.errors.add(f"{p}.minutes", f"{minutes} n'est pas un multiple de {slot} minutes")
        pros = r.int_(o.get("professionals", 1), f"{p}.professionals", 0)
        # A type no professional attends (a court or police appointment: professionals 0) needs no
        # skill; the office's own law-enforcement type is stored with an empty one.
        raw_skill = o.get("skill")
        if pros == 0 and raw_skill in (None, ""):
            skill: str | None = ""
        else:
            skill = r.str_(raw_skill, f"{p}.skill")
        lo = r.int_(o.get("min_participants", 1), f"{p}.min_participants", 0)
        hi = r.int_(o.get("max_participants", 1), f"{p}.max_participants", 1)
        if lo is not None and hi is not None and lo > hi:
            r.errors.add(f"{p}.min_participants", f"{lo} dépasse max_participants {hi}")
        label = o.get("label", "")
        if None in (minutes, skill, pros, lo, hi) or kind not in TYPE_KINDS:
            return None
        return MeetingType(id=ident, kind=str(kind), minutes=minutes or 0, skill=skill or "",
                           professionals=pros or 0, min_participants=lo or 0, max_participants=hi or 1,
                           label=label if isinstance(label, str) else "")

    types: dict[str, MeetingType] = read_entries(r, data, "meeting_types", _TYPE, mtype)

    def prof(o: dict[str, Any], p: str, ident: str) -> Professional:
        skills = tuple(s for i, s in enumerate(r.list_(o.get("skills"), f"{p}.skills"))
                       if r.str_(s, f"{p}.skills[{i}]") is not None)
        cap = o.get("max_minutes_per_week")
        cap_value = None if cap is None else r.int_(cap, f"{p}.max_minutes_per_week", 0)
        dated.extend(r.dated(o.get("unavailable_dates"), f"{p}.unavailable_dates", "professional", ident, days))
        return Professional(id=ident, skills=skills,
                            home_site=r.ref(o.get("home_site"), f"{p}.home_site", sites, "site"),
                            sites=r.ids(o.get("sites"), f"{p}.sites", sites, "site"),
                            max_minutes_per_week=cap_value,
                            available=r.windows(o.get("available"), f"{p}.available"))

    pros: dict[str, Professional] = read_entries(r, data, "professionals", _PROF, prof)
    ben_ids: set[str] = {str(o["id"]) for o in r.list_(data.get("beneficiaries"), "beneficiaries")
               if isinstance(o, dict) and isinstance(o.get("id"), str)}

    def ben(o: dict[str, Any], p: str, ident: str) -> Beneficiary:
        reqs: list[Requirement] = []
        seen: set[str] = set()
        for i, raw in enumerate(r.list_(o.get("requirements"), f"{p}.requirements")):
            rp = f"{p}.requirements[{i}]"
            ro = r.obj(raw, rp, _REQ)
            if ro is None:
                continue
            t = r.ref(ro.get("type"), f"{rp}.type", types, "type de rendez-vous")
            if ro.get("type") is None:
                r.errors.add(f"{rp}.type", "champ obligatoire")
            minutes = r.int_(ro.get("minutes"), f"{rp}.minutes", 0)
            if t is not None and t in seen:
                r.errors.add(f"{rp}.type", f"obligation {t} en double")
            elif t is not None and minutes is not None:
                seen.add(t)
                reqs.append(Requirement(t, minutes))
        forbidden = r.ids(o.get("forbidden_with"), f"{p}.forbidden_with", ben_ids, "bénéficiaire")
        if ident in forbidden:
            r.errors.add(f"{p}.forbidden_with", f"{ident} ne peut pas être interdit avec lui-même")
        per_day = r.int_(o.get("max_meetings_per_day", 2), f"{p}.max_meetings_per_day", 1)
        dated.extend(r.dated(o.get("unavailable_dates"), f"{p}.unavailable_dates", "beneficiary", ident, days))
        return Beneficiary(id=ident, requirements=tuple(reqs),
                           available=r.windows(o.get("available"), f"{p}.available"),
                           unavailable=r.windows(o.get("unavailable"), f"{p}.unavailable"),
                           sites=r.ids(o.get("sites"), f"{p}.sites", sites, "site"),
                           forbidden_with=tuple(b for b in forbidden if b != ident),
                           referent=r.ref(o.get("referent"), f"{p}.referent", pros, "professionnel"),
                           max_meetings_per_day=per_day or 2)

    bens: dict[str, Beneficiary] = read_entries(r, data, "beneficiaries", _BEN, ben)

    def fixed(o: dict[str, Any], p: str, ident: str) -> Meeting | None:
        t = r.ref(o.get("type"), f"{p}.type", types, "type de rendez-vous")
        if o.get("type") is None:
            r.errors.add(f"{p}.type", "champ obligatoire")
        day = r.day(o.get("day"), f"{p}.day")
        start = r.time(o.get("start"), f"{p}.start")
        minutes = r.int_(o.get("minutes", types[t].minutes if t else None), f"{p}.minutes", 1)
        if minutes is not None and minutes % slot:
            r.errors.add(f"{p}.minutes", f"{minutes} n'est pas un multiple de {slot} minutes")
        if start is not None and minutes is not None and start + minutes > MINUTES_PER_DAY:
            r.errors.add(f"{p}.minutes", "un rendez-vous ne peut pas passer minuit")
        s = r.ref(o.get("site"), f"{p}.site", sites, "site")
        if o.get("site") is None:
            r.errors.add(f"{p}.site", "champ obligatoire")
        buffer = r.int_(o.get("buffer_minutes", 0), f"{p}.buffer_minutes", 0)
        if None in (t, day, start, minutes, s, buffer):
            return None
        return Meeting(id=ident, type=t or "", day=day or 1, start=start or 0, minutes=minutes or 0,
                       site=s or "", professionals=r.ids(o.get("professionals"), f"{p}.professionals", pros,
                                                         "professionnel"),
                       beneficiaries=r.ids(o.get("beneficiaries"), f"{p}.beneficiaries", bens,
                                           "bénéficiaire"),
                       fixed=True, buffer_minutes=buffer or 0)

    fixed_meetings: dict[str, Meeting] = read_entries(r, data, "fixed", _FIXED, fixed)
    r.errors.raise_if_any()
    return PlanningProblem(week=str(week), sites=sites, meeting_types=types, professionals=pros,
                           beneficiaries=bens, travel=TravelMatrix.build(travel),
                           fixed=tuple(fixed_meetings.values()), slot_minutes=slot, timezone=str(timezone),
                           dated=tuple(dated))


def load_instance(path: Path) -> PlanningProblem:
    """Read a JSON file; a missing, unreadable or malformed file is an InputError too (in French)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"fichier introuvable : {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} est un dossier, pas un fichier d'instance") from None
    except PermissionError:
        raise InputError(f"lecture refusée : {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} n'est pas un fichier texte UTF-8") from None
    except OSError as exc:
        raise InputError(f"impossible de lire {path} (erreur système {exc.errno})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} n'est pas un JSON valide (ligne {exc.lineno}, colonne {exc.colno})") from None
    return parse_instance(data)


def _windows_json(windows: tuple[Window, ...]) -> list[dict[str, Any]]:
    return [{"day": w.day, "from": format_hhmm(w.start), "to": format_hhmm(w.end)} for w in windows]


def _dated_json(problem: PlanningProblem, subject: str, who: str, reduced: bool = False) -> dict[str, Any]:
    """``{"closed": [...]}`` / ``{"unavailable_dates": [...]}``, omitted when empty (old readers)."""
    items: list[dict[str, Any]] = []
    for w in problem.dated:
        if w.subject != subject or w.who != who or bool(w.capacity) != reduced:
            continue
        item: dict[str, Any] = {"date": w.date.isoformat()}
        if (w.start, w.end) != (0, MINUTES_PER_DAY):
            item.update({"from": format_hhmm(w.start), "to": format_hhmm(w.end)})
        if w.reason:
            item["reason"] = w.reason
        if w.kind != "absence":
            item["kind"] = w.kind
        if (w.first, w.last) != (w.date, w.date):
            item.update({"first": w.first.isoformat(), "last": w.last.isoformat()})
        if reduced:
            item["capacity"] = w.capacity
        items.append(item)
    key = ("reduced" if reduced else "closed") if subject == "site" else "unavailable_dates"
    return {key: items} if items else {}


def meeting_to_json(m: Meeting) -> dict[str, Any]:
    return {"id": m.id, "type": m.type, "day": m.day, "start": format_hhmm(m.start), "minutes": m.minutes,
            "site": m.site, "professionals": list(m.professionals), "beneficiaries": list(m.beneficiaries)}


def problem_to_json(problem: PlanningProblem) -> dict[str, Any]:
    """The inverse of parse_instance: a ``sosdesk-planning/1`` document."""
    travel = [{"from": a, "to": b, "minutes": m} for (a, b), m in sorted(problem.travel.pairs.items())]
    return {
        "format": FORMAT, "week": problem.week, "timezone": problem.timezone,
        "slot_minutes": problem.slot_minutes,
        "sites": [{"id": s.id, "name": s.name, "kind": s.kind, "capacity": s.capacity,
                   "open": _windows_json(s.open), **_dated_json(problem, "site", s.id),
                   **_dated_json(problem, "site", s.id, reduced=True)} for s in problem.sites.values()],
        "travel_minutes": travel,
        "meeting_types": [{"id": t.id, "kind": t.kind, "minutes": t.minutes, "skill": t.skill,
                           "professionals": t.professionals, "min_participants": t.min_participants,
                           "max_participants": t.max_participants, **({"label": t.label} if t.label else {})}
                          for t in problem.meeting_types.values()],
        "professionals": [{"id": p.id, "skills": list(p.skills), "home_site": p.home_site,
                           "sites": list(p.sites),
                           **({"max_minutes_per_week": p.max_minutes_per_week}
                              if p.max_minutes_per_week is not None else {}),
                           "available": _windows_json(p.available),
                           **_dated_json(problem, "professional", p.id)} for p in problem.professionals.values()],
        "beneficiaries": [{"id": b.id, "requirements": [{"type": q.type, "minutes": q.minutes}
                                                        for q in b.requirements],
                           "available": _windows_json(b.available), "unavailable": _windows_json(b.unavailable),
                           "sites": list(b.sites), "forbidden_with": list(b.forbidden_with),
                           "referent": b.referent, "max_meetings_per_day": b.max_meetings_per_day,
                           **_dated_json(problem, "beneficiary", b.id)}
                          for b in problem.beneficiaries.values()],
        "fixed": [{**meeting_to_json(m), "buffer_minutes": m.buffer_minutes} for m in problem.fixed],
    }
