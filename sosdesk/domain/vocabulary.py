"""The one French vocabulary of every human-facing output (CLI, PDFs, messages, the window's
non-translated text): months, weekdays, dates « 05/10/2026 », durations « 1 h 30 », money
« 25 582,55 € », and the labels of codes people see (statuses, attendance, kinds, categories).

The window shows these through Qt's translation (``QT_TRANSLATE_NOOP`` needs literal strings, so its
translation sources stay beside the widgets); everything else reads them here.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

MONTHS: tuple[str, ...] = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                           "septembre", "octobre", "novembre", "décembre")
WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_SHORT: tuple[str, ...] = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")

DATE_FORMAT = "%d/%m/%Y"            # JJ/MM/AAAA
DATE_TIME_FORMAT = "%d/%m/%Y %H:%M"

# French typography for people: narrow no-break space between thousands, decimal comma,
# no-break space before the unit, true minus sign.
THOUSANDS, BEFORE_UNIT, MINUS = "\u202f", "\u00a0", "\u2212"

MEETING_STATUS_LABELS = {"planned": "prévu", "held": "réalisé", "cancelled": "annulé"}
ATTENDANCE_LABELS = {"present": "présent(e)", "absent_excused": "absent(e) excusé(e)",
                     "absent_unexcused": "absent(e) non excusé(e)"}
SITE_KIND_LABELS = {"office": "Bureau", "rented": "Salle louée", "detention": "Détention",
                    "external": "Extérieur"}
EXPENSE_CATEGORY_LABELS = {"room_rental": "Location de salle", "materials": "Matériel",
                           "transport": "Transport", "other": "Autres frais"}


def weekday(day: int) -> str:
    """ISO weekday 1..7 → « lundi » … « dimanche »."""
    return WEEKDAYS[day - 1]


def weekday_short(day: int) -> str:
    """ISO weekday 1..7 → « lun. » … « dim. »."""
    return WEEKDAYS_SHORT[day - 1]


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def month_label(month: str) -> str:
    """« 2026-10 » → « octobre 2026 »."""
    year, mon = month.split("-")
    return f"{MONTHS[int(mon) - 1]} {year}"


def day_text(d: date | datetime | None, empty: str = "") -> str:
    """A date as JJ/MM/AAAA (``empty`` for None)."""
    return d.strftime(DATE_FORMAT) if d is not None else empty


def day_time_text(moment: datetime) -> str:
    """A local date and time as JJ/MM/AAAA HH:MM."""
    return moment.strftime(DATE_TIME_FORMAT)


def long_day(d: date, year: bool = False) -> str:
    """« mardi 24 novembre » (« mardi 24 novembre 2026 » with ``year``)."""
    text = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def duration(minutes: int) -> str:
    """90 → « 1 h 30 »; 60 → « 1 h »; 45 → « 0 h 45 »."""
    h, mn = divmod(int(minutes), 60)
    return f"{h} h {mn:02d}" if mn else f"{h} h"


def format_decimal(value: Decimal | int | str, places: int | None = None) -> str:
    """A number in French: « 1 234,5 » (no exponent, no useless zeros unless ``places`` is given)."""
    number = Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    whole, _, frac = format(abs(number), "f").partition(".")
    groups = [whole[max(i - 3, 0):i] for i in range(len(whole), 0, -3)][::-1]
    sign = MINUS if number < 0 else ""
    return sign + THOUSANDS.join(groups) + ("," + frac if frac else "")


def euros(cents: int | Decimal | str | None) -> str:
    """Cents as French money: « 19 173,26 € »; more decimals only when a unit price has them; « — » if None.
    The one money formatter of every human-facing output (CSV keeps plain numbers for Excel)."""
    if cents is None:
        return "—"
    value = Decimal(str(cents)) / 100
    two = value.quantize(Decimal("0.01"))
    return format_decimal(two if two == value else value, 2 if two == value else None) + BEFORE_UNIT + "€"


def euros_text(cents: int) -> str:
    """6500 → « 65,00 »: an amount as the user types it back into a field (no unit, no grouping)."""
    return f"{Decimal(cents) / 100:.2f}".replace(".", ",")

# Skills as people name them (the demo's and the import's vocabulary); an unknown code shows as is.
SKILL_LABELS = {"psychologist": "Psychologue", "social_worker": "Travailleur social",
                "facilitator": "Animateur", "speaker": "Intervenant extérieur"}
MEETING_OUTCOME_LABELS = {"held": "Tenus", "no_show": "Absences", "late_cancel": "Annulations tardives",
                          "cancelled": "Annulations à temps", "to_record": "Présences à saisir"}


def percent_text(value: Decimal | None) -> str:
    """12.5 → « 12,5 % »; None → « — »."""
    return "—" if value is None else format_decimal(value, 1) + BEFORE_UNIT + "%"


def hours_text(minutes: int) -> str:
    """450 → « 7,5 h » (decimal hours, as a ministry checker reads quantities)."""
    return format_decimal((Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + BEFORE_UNIT + "h"

MONTHS_SHORT: tuple[str, ...] = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                                 "oct.", "nov.", "déc.")


def month_short(month: str) -> str:
    """« 2026-11 » → « nov. 2026 » (chart axes)."""
    year, mon = month.split("-")
    return f"{MONTHS_SHORT[int(mon) - 1]} {year}"


def phone_text(e164: str | None) -> str:
    """A stored phone number (E.164) as people write it: « 06 20 87 09 16 » for a French number,
    the international form « +44 20 7946 0958 » for another country; anything else as stored."""
    raw = (e164 or "").strip()
    if raw.startswith("+33") and len(raw) == 12 and raw[1:].isdigit():
        national = "0" + raw[3:]
        return " ".join(national[i:i + 2] for i in range(0, 10, 2))
    if raw.startswith("+"):
        try:
            import phonenumbers  # the desktop and service extras ship it; the bare core may not
        except ImportError:
            return raw
        try:
            number = phonenumbers.parse(raw, None)
        except phonenumbers.NumberParseException:
            return raw
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    return raw


def file_size(size: int) -> str:
    """A file size in French units: « 812 octets », « 4,2 ko », « 12,5 Mo »."""
    if size < 1024:
        return f"{size} octets"
    for unit in ("ko", "Mo", "Go"):
        size_f = size / 1024
        if size_f < 1024 or unit == "Go":
            return f"{format_decimal(Decimal(str(round(size_f, 1))))} {unit}"
        size = int(size_f)
    raise AssertionError("unreachable")


# « en détention », « dans une salle louée »: where a site coefficient applies, in a sentence.
SITE_KIND_PLACES = {"office": "au bureau", "rented": "en salle louée", "detention": "en détention",
                    "external": "à l'extérieur"}
QUANTITY_UNITS = {"hour": ("heure", "heures"), "item": ("unité", "unités"), "meeting": ("rendez-vous", "rendez-vous"),
                  "expense": ("frais", "frais"), "day": ("journée", "journées")}


def quantity_words(value: Decimal | int | str, unit: str) -> str:
    """« 7,5 heures », « 1,5 heure », « 3 unités »: French plural from 2 on (« 1,5 heure »)."""
    number = Decimal(str(value))
    one, many = QUANTITY_UNITS.get(unit, (unit, unit))
    return f"{format_decimal(number)}{BEFORE_UNIT}{many if abs(number) >= 2 else one}"


def ratio_percent(ratio: Decimal | str) -> str:
    """Decimal("0.5") → « 50 % »."""
    return f"{format_decimal(Decimal(str(ratio)) * 100)}{BEFORE_UNIT}%"
