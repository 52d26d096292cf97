"""References written as people see them (« Anne Durand », « Antenne Lyon 3 », « Entretien
psychologique ») resolved to ids, and the stable ids that make a re-import update instead of duplicate."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.import_cells import CellError
from sosdesk.store.import_columns import norm

SECTION_WORDS = {"regions": "région", "sites": "site", "meeting_types": "type de rendez-vous",
                 "professionals": "professionnel", "beneficiaries": "bénéficiaire"}
ID_PREFIX = {"beneficiaries": "B", "professionals": "P", "meetings": "M", "unavailabilities": "U"}
# French job titles → the skills the meeting types ask for (the demo region's vocabulary).
SKILL_ALIASES = {
    "psychologue": "psychologist", "travailleur social": "social_worker",
    "travailleuse sociale": "social_worker", "assistant social": "social_worker",
    "assistante sociale": "social_worker", "assistant de service social": "social_worker",
    "educateur": "social_worker", "educatrice": "social_worker", "cpip": "social_worker",
    "animateur": "facilitator", "animatrice": "facilitator", "intervenant": "speaker",
    "intervenante": "speaker", "conferencier": "speaker", "conferenciere": "speaker",
}


ID_KEY_STATE = "import.id_key"


def stable_id(kind: str, key: Iterable[str], secret: bytes) -> str:
    """« B-3f2a9c0d1e4b »: the first 12 hex digits of an HMAC-SHA256, keyed with this file's
    secret, of the row's natural key. Unkeyed, the id of a person could be found back from their
    name and birth date by trying a dictionary (issue 16); the key never leaves the file."""
    digest = hmac.new(secret, "|".join(key).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{ID_PREFIX[kind]}-{digest[:12]}"


def import_id_key(store: Store, create: bool = True) -> bytes:
    """This file's secret for imported ids (made by migration 0007, kept in local state; never
    synced). ``create=False`` (dry run) never writes: a missing key is then a throwaway one."""
    value = store.get_state(ID_KEY_STATE)
    if not isinstance(value, str) or len(value) != 64:
        value = secrets.token_hex(32)
        if create:
            store.set_state(ID_KEY_STATE, value)
    return bytes.fromhex(value)


def person_key(kind: str, first: str, last: str, birth: str | None = None) -> tuple[str, ...]:
    """Beneficiaries: last name, first name, birth date; professionals: last name, first name."""
    key = (norm(last), norm(first))
    return (*key, birth or "") if kind == "beneficiaries" else key


@dataclass
class _Section:
    ids: dict[str, Any]
    names: dict[str, set[str]]
    surnames: dict[str, set[str]]


class Lookup:
    """The live reference rows of the database, indexed by id and by name."""

    def __init__(self, session: Session, id_key: bytes = b"") -> None:
        self.id_key = id_key
        self.sections: dict[str, _Section] = {}
        self.regions = {r.id: r for r in self._live(session, m.Region)}
        self.sites = {r.id: r for r in self._live(session, m.Site)}
        self.types = {r.id: r for r in self._live(session, m.MeetingType)}
        self.professionals = {r.id: r for r in self._live(session, m.Professional)}
        self.beneficiaries = {r.id: r for r in self._live(session, m.Beneficiary)}
        self._index("regions", self.regions, lambda r: [r.name])
        self._index("sites", self.sites, lambda r: [r.name])
        self._index("meeting_types", self.types, lambda r: [r.label])
        for name, rows in (("professionals", self.professionals), ("beneficiaries", self.beneficiaries)):
            self._index(name, rows, lambda r: [f"{r.first_name} {r.last_name}", f"{r.last_name} {r.first_name}"],
                        surname=lambda r: r.last_name)
        self.skills = {s for t in self.types.values() if t.skill for s in [t.skill]}
        self.skills |= {s for p in self.professionals.values() for s in p.skills}
        self.natural: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(lambda: defaultdict(set))
        for b in self.beneficiaries.values():
            birth = b.birth_date.isoformat() if b.birth_date else ""
            self.natural["beneficiaries"][person_key("beneficiaries", b.first_name, b.last_name, birth)].add(b.id)
        for p in self.professionals.values():
            self.natural["professionals"][person_key("professionals", p.first_name, p.last_name)].add(p.id)

    @staticmethod
    def _live(session: Session, model: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.deleted.is_(False))))

    def _index(self, section: str, rows: dict[str, Any], names: Any, surname: Any = None) -> None:
        sec = _Section(dict(rows), defaultdict(set), defaultdict(set))
        self.sections[section] = sec
        for rid, row in rows.items():
            self.add_name(section, rid, names(row), surname(row) if surname else None)

    def add_name(self, section: str, rid: str, names: Iterable[str], surname: str | None = None) -> None:
        """Make ``rid`` findable by these names (rows of the file being imported)."""
        sec = self.sections[section]
        sec.ids.setdefault(rid, None)
        for name in names:
            if norm(name):
                sec.names[norm(name)].add(rid)
        if surname and norm(surname):
            sec.surnames[norm(surname)].add(rid)

    def resolve(self, section: str, raw: str) -> str:
        """The id that ``raw`` names (id, then name, then unique surname); ``raw`` itself when nothing
        matches, so that the interchange reference check reports it. Raises when ambiguous."""
        sec = self.sections[section]
        if raw in sec.ids:
            return raw
        key = norm(raw)
        for candidates in (sec.names.get(key), {i for i in sec.ids if norm(i) == key}, sec.surnames.get(key)):
            if not candidates:
                continue
            if len(candidates) == 1:
                return next(iter(candidates))
            shown = ", ".join(sorted(candidates))
            raise CellError(f"« {raw} » désigne plusieurs {SECTION_WORDS[section]}s ({shown}) : "
                            "indiquez l'identifiant")
        return raw

    def known(self, section: str, rid: str) -> bool:
        return rid in self.sections[section].ids

    def stable_id(self, kind: str, key: Iterable[str]) -> str:
        return stable_id(kind, key, self.id_key)

    def match(self, kind: str, key: tuple[str, ...], derived: str) -> str:
        """The id of the live row with this natural key, else ``derived`` (a new stable id)."""
        found = self.natural[kind].get(key, set())
        if not found or derived in found:
            return derived
        if len(found) == 1:
            return next(iter(found))
        raise CellError(f"plusieurs {SECTION_WORDS[kind]}s existants correspondent ({', '.join(sorted(found))}) : "
                        "ajoutez une colonne Identifiant")

    def skill(self, raw: str) -> tuple[str, str | None]:
        """A skill as the meeting types spell it, and a warning when no type asks for it."""
        if raw in self.skills:
            return raw, None
        key = norm(raw)
        for known in self.skills:
            if norm(known) == key:
                return known, None
        alias = SKILL_ALIASES.get(key)
        if alias is not None:
            return alias, None
        if self.skills:
            return raw, (f"compétence « {raw} » demandée par aucun type de rendez-vous "
                         f"(connues : {', '.join(sorted(self.skills))})")
        return raw, None


def existing_regions(session: Session, kind: str, ids: list[str]) -> dict[str, str]:
    """Region of the rows (archived included) that these ids already name."""
    model: Any = m.Beneficiary if kind == "beneficiaries" else m.Professional
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({rid: reg for rid, reg in session.execute(
            select(model.id, model.region_id).where(model.id.in_(chunk)))})
    return out
