"""The one French vocabulary of every human-facing output (CLI, PDFs, messages, the window's
non-translated text): months, weekdays, dates « 05/10/2026 », durations « 1 h 30 », money
« 25 582,55 € », and the labels of codes people see (statuses, attendance, kinds, categories).

The window shows these through Qt's translation (``QT_TRANSLATE_NOOP`` needs literal strings, so its
translation sources stay beside the widgets); everything else reads them here.
"""

from __future__ import annotations

from collections.abc import Iterable
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


def week_text(week: str) -> str:
    """« 2026-W48 » → « semaine du 23 au 29 novembre 2026 » (month and year said once when shared)."""
    from datetime import timedelta

    year, num = week.split("-W")
    first = date.fromisocalendar(int(year), int(num), 1)
    last = first + timedelta(days=6)
    if first.year != last.year:
        return f"semaine du {first.day} {MONTHS[first.month - 1]} {first.year} au {last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.month != last.month:
        return f"semaine du {first.day} {MONTHS[first.month - 1]} au {last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"semaine du {first.day} au {last.day} {MONTHS[last.month - 1]} {last.year}"


def day_text(d: date | datetime | None, empty: str = "") -> str:
    """A date as JJ/MM/AAAA (``empty`` for None)."""
    return d.strftime(DATE_FORMAT) if d is not None else empty


def day_month_text(d: date | datetime) -> str:
    """« 25/12 »: a day of a period already named (a week, a month, a list of the coming days)."""
    return d.strftime("%d/%m")


def weekday_day_text(d: date | datetime) -> str:
    """« lun. 05/10/2026 »: a date with its abbreviated weekday (lists of items, the proof index)."""
    return f"{WEEKDAYS_SHORT[d.weekday()]} {d.strftime(DATE_FORMAT)}"


def table_time(moment: datetime) -> str:
    """A time of day in a table or grid cell, where columns must line up: « 09:30 » (sentences use
    ``clock``: « 9 h 30 »)."""
    return moment.strftime("%H:%M")


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

MEETING_OUTCOME_LABELS = {"held": "Tenus", "no_show": "Absences", "late_cancel": "Annulations tardives",
                          "cancelled": "Annulations à temps", "to_record": "Présences à saisir"}


def percent_text(value: Decimal | None) -> str:
    """A rate in a report cell: 12.5 → « 12,5 % »; None (no data) → « — »."""
    return "—" if value is None else percent(value, 1)

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


def ratio_percent(ratio: Decimal | str) -> str:
    """Decimal("0.5") → « 50 % »."""
    return f"{format_decimal(Decimal(str(ratio)) * 100)}{BEFORE_UNIT}%"


# -- times, hours, quantities, percentages ----------------------------------------------------

REQUIRED = "Requis"   # the one word for what a beneficiary must receive (never « Exigé »)


def clock(minute_of_day: int) -> str:
    """A time of day: 600 → « 10 h 00 »; 570 → « 9 h 30 »."""
    h, mn = divmod(int(minute_of_day), 60)
    return f"{h} h {mn:02d}"


def time_range(start: int, end: int) -> str:
    """« 10 h 00–11 h 30 »."""
    return f"{clock(start)}–{clock(end)}"


def moment_text(moment: datetime) -> str:
    """A local date and time as people read it: « mardi 24/11/2026 à 10 h 00 »."""
    return f"{WEEKDAYS[moment.weekday()]} {moment:%d/%m/%Y} à {clock(moment.hour * 60 + moment.minute)}"


def short_day(d: date) -> str:
    """« mardi 24/11 » (no year: a day of the shown week)."""
    return f"{WEEKDAYS[d.weekday()]} {d:%d/%m}"


def hours(minutes: int | Decimal) -> str:
    """Minutes as a count of hours: 2100 → « 35 h »; 90 → « 1,5 h »; 0 → « 0 h »."""
    value = Decimal(str(minutes)) / 60
    return format_decimal(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + BEFORE_UNIT + "h"


def quantity(value: Decimal | int | str, unit: str, plural: str | None = None) -> str:
    """« 7,5 heures », « 1,5 heure », « 3 unités », « 2 rendez-vous »: a number and its unit joined by a
    no-break space, plural from 2 on (French rule). ``unit`` is a code of ``QUANTITY_UNITS`` (hour, item,
    meeting, expense, day) or a French word (its plural: ``plural``, else the word + « s »)."""
    number = Decimal(str(value))
    one, many = QUANTITY_UNITS.get(unit, (unit, plural or unit + "s"))
    return f"{format_decimal(number)}{BEFORE_UNIT}{many if abs(number) >= 2 else one}"


def percent(value: Decimal | float | int, places: int = 0) -> str:
    """« 85 % », « 12,5 % » with ``places=1`` (``value`` is already in percent)."""
    return format_decimal(Decimal(str(value)), places) + BEFORE_UNIT + "%"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """« 1 rendez-vous », « 0 participant », « 3 participants » (French: 0 and 1 singular)."""
    return f"{format_decimal(n)} {singular if abs(n) < 2 else (plural or singular + 's')}"


def and_list(items: Iterable[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    texts = list(items)
    if len(texts) <= 1:
        return "".join(texts)
    return f"{', '.join(texts[:-1])} et {texts[-1]}"


# -- labels of codes people see ---------------------------------------------------------------

SKILL_LABELS = {"psychologist": "psychologue", "social_worker": "travailleur social",
                "facilitator": "animateur", "speaker": "intervenant"}
INVOICE_STATUS_LABELS = {"draft": "brouillon", "submitted": "soumise", "approved": "approuvée",
                         "rejected": "rejetée", "validated": "validée", "paid": "payée"}
INVOICE_KIND_LABELS = {"regional": "facture régionale", "national": "facture nationale", "credit_note": "avoir"}
INVOICE_KIND_SHORT_LABELS = {"regional": "régionale", "national": "nationale", "credit_note": "avoir"}  # in lists
MEETING_KIND_LABELS = {"individual": "individuel", "collective": "collectif",
                       "law_enforcement": "convocation justice / police"}
OUTCOME_LABELS = {"held": "réalisé", "no_show": "absence non excusée"}
UNIT_LABELS = {"hour": "heure", "item": "unité"}
LINE_KIND_LABELS = {"meeting": "Rendez-vous", "travel": "Déplacement", "expense": "Frais", "custom": "Ligne libre"}
MISSING_KIND_LABELS = {"meeting": "Rendez-vous", "expense": "Frais", "region": "Région"}
# What a record is called: one of them (« Modifier bénéficiaire … »), several (« Import de
# professionnels »), the subject of a printed schedule.
RECORD_KIND_LABELS = {"beneficiaries": "bénéficiaire", "professionals": "professionnel", "sites": "site",
                      "meetings": "rendez-vous", "expenses": "dépense", "invoices": "facture", "users": "utilisateur"}
RECORD_KINDS_LABELS = {"beneficiaries": "bénéficiaires", "professionals": "professionnels", "meetings": "rendez-vous",
                       "unavailabilities": "indisponibilités"}
SUBJECT_KIND_LABELS = {"professional": "professionnel(le)", "beneficiary": "bénéficiaire", "site": "lieu"}
REMINDER_CHANNEL_LABELS = {"sms": "SMS", "email": "e-mail"}
REMINDER_EVENT_LABELS = {"reminder": "rappel", "update": "modification", "cancellation": "annulation"}
REMINDER_STATE_LABELS = {"sent": "envoyé", "failed": "échec", "retrying": "nouvel essai prévu", "skipped": "non envoyé",
                         "superseded": "remplacé", "uncertain": "incertain", "waiting": "en attente",
                         "would_send": "serait envoyé", "held": "suspendu"}


def _label(table: dict[str, str], code: str) -> str:
    return table.get(code, code.replace("_", " "))


def skill_label(code: str) -> str:
    """« psychologist » → « psychologue »; an unknown skill is shown as typed (underscores as spaces)."""
    return _label(SKILL_LABELS, code) if code else "aucune compétence"


def skills_text(codes: Iterable[str]) -> str:
    return ", ".join(skill_label(c) for c in codes) or "aucune compétence"


def meeting_status_label(code: str) -> str:
    return _label(MEETING_STATUS_LABELS, code)


def attendance_label(code: str | None) -> str:
    return _label(ATTENDANCE_LABELS, code) if code else "non saisie"


def site_kind_label(code: str) -> str:
    return _label(SITE_KIND_LABELS, code)


def expense_category_label(code: str) -> str:
    return _label(EXPENSE_CATEGORY_LABELS, code)


def invoice_status_label(code: str) -> str:
    return _label(INVOICE_STATUS_LABELS, code)


def meeting_kind_label(code: str) -> str:
    return _label(MEETING_KIND_LABELS, code)


def of(name: str) -> str:
    """« de Paul Morel », « d'Alice Martin », « du groupe de parole » (elision and contraction)."""
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    return ("d'" if name[:1].lower() in _VOWELS else "de ") + name


_VOWELS = "aâàeéèêëiîïoôuûùyh"
_FEMININE_ENDINGS = ("tion", "sion", "ance", "ence", "ité", "ure", "ade", "ette", "ée", "ite", "ise")


def with_article(label: str) -> str:
    """« Entretien psychologique » → « l'entretien psychologique »; « Groupe de parole » → « le groupe
    de parole »; « Convocation justice / police » → « la convocation justice / police ».
    The article is guessed from the first word (elision before a vowel or a mute h)."""
    if not label:
        return "le rendez-vous"
    first = label.split()[0]
    text = label[0].lower() + label[1:] if not first.isupper() else label
    if first[:1].lower() in _VOWELS:
        return "l'" + text
    return ("la " if first.lower().endswith(_FEMININE_ENDINGS) else "le ") + text


def meeting_text(type_label: str, local_start: datetime, year: bool = False) -> str:
    """A meeting as people refer to it: « l'entretien psychologique du mardi 24/11 à 10 h 00 »
    (« … du mardi 24/11/2026 à 10 h 00 » with ``year``, for a month or more away)."""
    day = f"{WEEKDAYS[local_start.weekday()]} {local_start:%d/%m/%Y}" if year else short_day(local_start)
    return f"{with_article(type_label)} du {day} à {clock(local_start.hour * 60 + local_start.minute)}"


def appointment_text(type_label: str, local_start: datetime) -> str:
    """« le rendez-vous « Entretien psychologique » du mardi 24/11/2026 à 10 h 00 »: the form to use
    before a past participle (« … est annulé »), whatever the gender of the type's name."""
    quoted = f" « {type_label} »" if type_label else ""
    day = f"{WEEKDAYS[local_start.weekday()]} {local_start:%d/%m/%Y}"
    return f"le rendez-vous{quoted} du {day} à {clock(local_start.hour * 60 + local_start.minute)}"
