"""Field validators for input files: each checks one value, records a French problem at its path,
and returns the normalised value (or ``INVALID``) so that every bad field is reported at once."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Final

import phonenumbers

from sosdesk.domain.errors import ProblemList
from sosdesk.domain.timegrid import DEFAULT_SLOT, parse_hhmm, parse_instant

MAX_ID = 64
# Bounds of what a file may bring (docs/data-protection.md): beyond them a file is refused whole.
MAX_TEXT = 10_000  # characters of one text field (a note; names are far shorter)
MAX_INT = 2 ** 31 - 1  # any count or duration
MAX_AMOUNT_CENTS = 100_000_000  # 1,000,000.00 € for one expense or price
MAX_JSON_DEPTH = 64


class _Invalid:
    """Marker returned by a validator when the value was refused (the problem is recorded)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()
Validator = Callable[[Any, str, ProblemList], Any]

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


def _type_name(value: Any) -> str:
    return {bool: "booléen", int: "entier", float: "nombre", str: "texte", list: "liste",
            dict: "objet", type(None): "null"}.get(type(value), type(value).__name__)


def check_id(value: Any, path: str, problems: ProblemList) -> Any:
    """Ids are non-empty strings of at most 64 characters, kept exactly as given."""
    if not isinstance(value, str) or not value:
        problems.add(path, "identifiant attendu (texte non vide)")
        return INVALID
    if len(value) > MAX_ID:
        problems.add(path, f"identifiant trop long ({len(value)} caractères, {MAX_ID} au plus)")
        return INVALID
    return value


def check_str(value: Any, path: str, problems: ProblemList) -> Any:
    if not isinstance(value, str):
        problems.add(path, f"texte attendu, trouvé {_type_name(value)}")
        return INVALID
    if len(value) > MAX_TEXT:
        problems.add(path, f"texte trop long ({len(value)} caractères, {MAX_TEXT} au plus)")
        return INVALID
    return value


def check_nonempty_str(value: Any, path: str, problems: ProblemList) -> Any:
    if check_str(value, path, problems) is INVALID:
        return INVALID
    if not value.strip():
        problems.add(path, "ne doit pas être vide")
        return INVALID
    return value


def check_bool(value: Any, path: str, problems: ProblemList) -> Any:
    if not isinstance(value, bool):
        problems.add(path, f"true ou false attendu, trouvé {_type_name(value)}")
        return INVALID
    return value


def int_at_least(minimum: int, maximum: int = MAX_INT) -> Validator:
    """An integer ≥ ``minimum`` (negative durations and amounts are refused) and ≤ ``maximum``."""
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            problems.add(path, f"nombre entier attendu, trouvé {_type_name(value)}")
            return INVALID
        if value < minimum:
            what = "négatif" if minimum == 0 else f"inférieur à {minimum}"
            problems.add(path, f"{value} refusé : ne doit pas être {what}")
            return INVALID
        if value > maximum:
            problems.add(path, f"{value} refusé : {maximum} au plus")
            return INVALID
        return value
    return check


check_nonneg_int = int_at_least(0)
check_amount_cents = int_at_least(0, MAX_AMOUNT_CENTS)
check_positive_int = int_at_least(1)


def nullable(inner: Validator) -> Validator:
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        return None if value is None else inner(value, path, problems)
    return check


def one_of(choices: Iterable[str]) -> Validator:
    allowed = tuple(choices)

    def check(value: Any, path: str, problems: ProblemList) -> Any:
        if value not in allowed:
            problems.add(path, f"valeur « {value} » inconnue (attendu : {', '.join(allowed)})")
            return INVALID
        return value
    return check


def check_date(value: Any, path: str, problems: ProblemList) -> Any:
    """'YYYY-MM-DD' → date."""
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.add(path, f"date invalide « {value} » (attendu AAAA-MM-JJ)")
    return INVALID


def check_instant(value: Any, path: str, problems: ProblemList) -> Any:
    """ISO 8601 with an offset → aware UTC datetime."""
    if not isinstance(value, str):
        problems.add(path, f"instant ISO 8601 attendu, trouvé {_type_name(value)}")
        return INVALID
    try:
        return parse_instant(value)
    except ValueError as exc:
        problems.add(path, str(exc))
        return INVALID


def positive_decimal(value: Any, path: str, problems: ProblemList) -> Any:
    """A decimal factor written as a string ("1.20"), kept as written; must be > 0."""
    if isinstance(value, str) and _DECIMAL.match(value):
        try:
            if Decimal(value) > 0:
                return value
        except InvalidOperation:
            pass
    problems.add(path, f"facteur décimal positif attendu sous forme de texte (par ex. \"1.10\"), trouvé {json.dumps(value, ensure_ascii=False, default=str)}")
    return INVALID


def nonneg_decimal(value: Any, path: str, problems: ProblemList) -> Any:
    """A decimal string ≥ 0 ("0", "0.5")."""
    if isinstance(value, str) and _DECIMAL.match(value) and Decimal(value) >= 0:
        return value
    problems.add(path, f"nombre décimal positif ou nul attendu sous forme de texte (par ex. \"0.5\"), trouvé {json.dumps(value, ensure_ascii=False, default=str)}")
    return INVALID


def normalize_phone(value: Any, path: str, problems: ProblemList) -> Any:
    """A phone number in E.164; French national numbers ("06 12 34 56 78") are accepted.

    The empty string means "no phone".
    """
    if check_str(value, path, problems) is INVALID:
        return INVALID
    if not value.strip():
        return ""
    e164, _known = phone_e164(value)
    if e164 is None:
        problems.add(path, f"numéro de téléphone invalide « {value} »")
        return INVALID
    return e164


def phone_e164(value: str) -> tuple[str | None, bool]:
    """``value`` in E.164 and whether the phone library knows its range as allocated.

    Only a malformed number (unreadable, or a length no number of its country has) gives None: a
    well-formed number in a range the library's metadata does not list yet (``+33700000013``;
    that metadata ages) is kept, and callers may warn about it.
    """
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return None, False
    if not phonenumbers.is_possible_number(number):
        return None, False
    return (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            phonenumbers.is_valid_number(number))


def check_email(value: Any, path: str, problems: ProblemList) -> Any:
    """An e-mail address of the usual form (the empty string means none)."""
    if check_str(value, path, problems) is INVALID:
        return INVALID
    value = value.strip()
    if value and (len(value) > 254 or not _EMAIL.match(value)):
        problems.add(path, f"adresse e-mail invalide « {value} »")
        return INVALID
    return value


def check_sha256(value: Any, path: str, problems: ProblemList) -> Any:
    if not isinstance(value, str) or not _SHA256.match(value):
        problems.add(path, "empreinte SHA-256 attendue (64 caractères hexadécimaux minuscules)")
        return INVALID
    return value


def check_base64(value: Any, path: str, problems: ProblemList) -> Any:
    if not isinstance(value, str):
        problems.add(path, f"contenu base64 attendu, trouvé {_type_name(value)}")
        return INVALID
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        problems.add(path, "contenu base64 invalide")
        return INVALID


def list_of(inner: Validator, unique: bool = False) -> Validator:
    """A JSON list whose items each pass ``inner`` (paths ``field[i]``)."""
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        if not isinstance(value, list):
            problems.add(path, f"liste attendue, trouvé {_type_name(value)}")
            return INVALID
        out = [inner(v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
        if any(v is INVALID for v in out):
            return INVALID
        if unique:
            seen: set[Any] = set()
            for i, v in enumerate(out):
                if v in seen:
                    problems.add(f"{path}[{i}]", f"« {v} » figure deux fois")
                    return INVALID
                seen.add(v)
        return out
    return check


def check_object(value: Any, path: str, problems: ProblemList, fields: dict[str, Validator],
                 required: Iterable[str] = ()) -> dict[str, Any] | None:
    """A JSON object with known fields only: unknown ones and missing required ones are refused."""
    if not isinstance(value, dict):
        problems.add(path, f"objet attendu, trouvé {_type_name(value)}")
        return None
    ok = True
    for key in value:
        if key not in fields:
            problems.add(f"{path}.{key}" if path else key, "champ inconnu")
            ok = False
    for key in required:
        if key not in value:
            problems.add(f"{path}.{key}" if path else key, "champ obligatoire manquant")
            ok = False
    out: dict[str, Any] = {}
    for key, val in value.items():
        if key in fields:
            out[key] = fields[key](val, f"{path}.{key}" if path else key, problems)
            ok = ok and out[key] is not INVALID
    return out if ok else None


def _check_time(value: Any, path: str, problems: ProblemList, slot: int) -> int | None:
    try:
        minutes = parse_hhmm(value)
    except ValueError as exc:
        problems.add(path, str(exc))
        return None
    if minutes % slot:
        problems.add(path, f"« {value} » n'est pas sur la grille de {slot} minutes")
        return None
    return minutes


def check_window(value: Any, path: str, problems: ProblemList, slot: int = DEFAULT_SLOT) -> Any:
    """``{"day": 1..7, "from": "HH:MM", "to": "HH:MM"}`` on the grid with from < to."""
    fields: dict[str, Validator] = {"day": check_positive_int, "from": check_str, "to": check_str}
    obj = check_object(value, path, problems, fields, required=("day", "from", "to"))
    if obj is None:
        return INVALID
    ok = True
    if not 1 <= obj["day"] <= 7:
        problems.add(f"{path}.day", f"jour {obj['day']} hors de 1..7 (1 = lundi, 7 = dimanche)")
        ok = False
    start = _check_time(obj["from"], f"{path}.from", problems, slot)
    end = _check_time(obj["to"], f"{path}.to", problems, slot)
    if start is not None and end is not None and start >= end:
        problems.add(path, f"début {obj['from']} au plus tard à la fin {obj['to']}")
        ok = False
    if not ok or start is None or end is None:
        return INVALID
    return {"day": obj["day"], "from": obj["from"], "to": obj["to"]}


check_windows = list_of(check_window)


def parse_json_text(text: str, problems: ProblemList, where: str = "") -> Any:
    """Parse JSON; a syntax error becomes a French problem naming its line and column."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(where, f"JSON invalide ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}")
        return INVALID
    except RecursionError:
        data = INVALID
    if data is INVALID or json_depth(data) > MAX_JSON_DEPTH:
        problems.add(where, f"JSON trop imbriqué (plus de {MAX_JSON_DEPTH} niveaux) : fichier refusé")
        return INVALID
    return data


def json_depth(data: Any) -> int:
    """How deeply lists and objects nest in ``data`` (iterative: any depth is measured safely)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest

