"""Spreadsheet cells → interchange values: dates (JJ/MM/AAAA, AAAA-MM-JJ, Excel dates), times, durations,
oui/non, decimal commas, lists and weekly windows. Each converter raises ``CellError`` (French)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

EXCEL_EPOCH = date(1899, 12, 30)
LIST_SEPARATORS = re.compile(r"[,;/\n]")
WINDOW_SEPARATORS = re.compile(r"[,;\n]")

TRUE_WORDS = {"oui", "o", "x", "1", "vrai", "yes", "y", "true", "ok", "✓", "✔"}
FALSE_WORDS = {"non", "n", "0", "faux", "no", "false", "-"}
DAYS = {"lun": 1, "lundi": 1, "mon": 1, "monday": 1, "mar": 2, "mardi": 2, "tue": 2, "tuesday": 2,
        "mer": 3, "mercredi": 3, "wed": 3, "wednesday": 3, "jeu": 4, "jeudi": 4, "thu": 4, "thursday": 4,
        "ven": 5, "vendredi": 5, "fri": 5, "friday": 5, "sam": 6, "samedi": 6, "sat": 6, "saturday": 6,
        "dim": 7, "dimanche": 7, "sun": 7, "sunday": 7}


class CellError(ValueError):
    """A cell that cannot be read; the message is French and quotes the cell."""


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """Any cell as trimmed text (whole numbers without ``.0``: phone numbers typed as numbers)."""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def shown(value: Any) -> str:
    return text(value) if not isinstance(value, str) else value.strip()


def number(value: Any) -> Decimal:
    """A number, French decimal comma and thousands spaces accepted (« 17,5 », « 1 200 »)."""
    if isinstance(value, bool):
        raise CellError(f"nombre attendu, trouvé « {shown(value)} »")
    if isinstance(value, int | float):
        return Decimal(str(value))
    raw = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise CellError(f"nombre attendu, trouvé « {shown(value)} »") from None


def integer(value: Any) -> int:
    n = number(value)
    if n != n.to_integral_value():
        raise CellError(f"nombre entier attendu, trouvé « {shown(value)} »")
    return int(n)


def boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = text(value).casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(f"« {shown(value)} » n'est ni oui ni non (attendu : oui/non, x, 1/0)")


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def day(value: Any) -> date:
    """JJ/MM/AAAA (also with - or .), AAAA-MM-JJ, an Excel date cell or an Excel day number."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))
    raw = text(value)
    raw = re.sub(r"[ T]00:00(:00)?$", "", raw)
    if (m := _DMY.match(raw)) and len(m.group(3)) != 4:
        raise CellError(f"année sur deux chiffres « {raw} » : écrivez JJ/MM/AAAA")
    try:
        if m:
            d, mo, y = (int(g) for g in m.groups())
            return date(y, mo, d)
        if m := _YMD.match(raw):
            y, mo, d = (int(g) for g in m.groups())
            return date(y, mo, d)
    except ValueError:
        raise CellError(f"date inexistante « {raw} »") from None
    raise CellError(f"date invalide « {raw} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ)")


_HM = re.compile(r"^(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?(?::\d{2})?$")


def clock(value: Any) -> int:
    """A time of day → minutes after midnight: an Excel time cell, « 9:00 », « 09h30 », « 9h »."""
    if isinstance(value, datetime):
        return value.hour * 60 + value.minute
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    if isinstance(value, float) and 0 <= value < 1:
        return round(value * 24 * 60)
    raw = text(value)
    m = _HM.match(raw)
    if m and (m.group(2) is not None or not raw.isdigit() or len(raw) <= 2):
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        if hours < 24 and minutes < 60:
            return hours * 60 + minutes
    raise CellError(f"heure invalide « {raw} » (attendu HH:MM)")


_DURATION = re.compile(r"^(?:(\d+(?:[.,]\d+)?)\s*h(?:eures?)?)?\s*(?:(\d+)\s*(?:min|mn|minutes?|m)?)?$")


def duration(value: Any) -> int:
    """Minutes: a number of minutes (« 90 », « 90 min »), « 1h30 », « 1,5 h », « 1:30 » or a time cell."""
    if isinstance(value, timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    if isinstance(value, int | float) and not isinstance(value, bool):
        return integer(value)
    raw = text(value).casefold()
    if m := re.match(r"^(\d{1,2}):(\d{2})$", raw):
        return int(m.group(1)) * 60 + int(m.group(2))
    m = _DURATION.match(raw)
    if raw and m and (m.group(1) or m.group(2)):
        total = number(m.group(1)) * 60 if m.group(1) else Decimal(0)
        total += int(m.group(2) or 0)
        if total == total.to_integral_value():
            return int(total)
    raise CellError(f"durée invalide « {shown(value)} » (minutes, ou 1h30, 1,5 h)")


def hours_as_minutes(value: Any) -> int:
    """Hours (« 35 », « 17,5 », « 17h30 ») → minutes."""
    if isinstance(value, str) and "h" in value.casefold():
        return duration(value)
    minutes = number(value) * 60
    if minutes != minutes.to_integral_value():
        raise CellError(f"nombre d'heures invalide « {shown(value)} »")
    return int(minutes)


def items(value: Any, separators: re.Pattern[str] = LIST_SEPARATORS) -> list[str]:
    """A list cell: items separated by « , », « ; », « / » or new lines."""
    if blank(value):
        return []
    if not isinstance(value, str):
        return [text(value)]
    return [" ".join(p.split()) for p in separators.split(value) if p.strip()]


_RANGE = re.compile(r"(\d{1,2}(?:[:h]\d{2})?h?)\s*(?:-|à|a)\s*(\d{1,2}(?:[:h]\d{2})?h?)")
_DAYS_PART = re.compile(r"^([^\d\s-]+)(?:\s*-\s*([^\d\s-]+))?\s+(.+)$")


def _day_number(word: str) -> int:
    key = word.casefold().rstrip(".")
    if key not in DAYS:
        raise CellError(f"jour inconnu « {word} » (lun, mar, mer, jeu, ven, sam, dim)")
    return DAYS[key]


def _hhmm(raw: str) -> str:
    minutes = clock(raw)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def windows(value: Any) -> list[dict[str, Any]]:
    """Weekly windows: « lun 09:00-12:00; mar-jeu 14h-17h » → [{"day", "from", "to"}]."""
    out: list[dict[str, Any]] = []
    for part in items(value, WINDOW_SEPARATORS):
        m = _DAYS_PART.match(part)
        ranges = _RANGE.findall(m.group(3)) if m else []
        if m is None or not ranges:
            raise CellError(f"créneau invalide « {part} » (attendu par ex. « lun 09:00-12:00 »)")
        first = _day_number(m.group(1))
        last = _day_number(m.group(2)) if m.group(2) else first
        if last < first:
            raise CellError(f"jours dans le désordre « {part} »")
        for d in range(first, last + 1):
            for start, end in ranges:
                out.append({"day": d, "from": _hhmm(start), "to": _hhmm(end)})
    return out


_REQUIREMENT = re.compile(r"^(.*?)[\s:=]+(\d[\d hminutes,.:]*)$", re.IGNORECASE)


def requirement_parts(part: str) -> tuple[str, int]:
    """« IND_PSY 120 », « IND_PSY: 2h », « Entretien psychologique = 1h30 » → (type text, minutes)."""
    m = _REQUIREMENT.match(part.strip())
    if not m or not m.group(1).strip():
        raise CellError(f"obligation invalide « {part} » (attendu « TYPE minutes », par ex. « IND_PSY 120 »)")
    return m.group(1).strip(), duration(m.group(2).strip())
