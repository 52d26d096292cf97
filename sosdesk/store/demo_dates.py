"""Dates that matter in the demo region (issue 12): a few realistic leaves, absences, closures and
a closed day around the demo's current week, and the detention centre open on public holidays."""

from __future__ import annotations

from datetime import date, timedelta

from sosdesk.domain import model as dm
from sosdesk.domain.closures import Absence, ClosedDay, week_windows
from sosdesk.domain.timegrid import week_monday
from sosdesk.store import models as m
from sosdesk.store.dates import to_absence
from sosdesk.store.dates_models import ClosedDay as ClosedDayRow
from sosdesk.store.dates_models import Unavailability

REGION_CLOSED_LABEL = "Pont de l'Ascension"


def ascension_bridge(year: int) -> date:
    """The Friday after Ascension (Easter + 40 days), a day offices often close."""
    # Anonymous Gregorian algorithm (Meeus) for Easter Sunday.
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * mm + 114) // 31
    day = (h + ell - 7 * mm + 114) % 31 + 1
    return date(year, month, day) + timedelta(days=40)


def demo_dates(sites: list[m.Site], professionals: list[m.Professional], beneficiaries: list[m.Beneficiary],
               current_week: str) -> tuple[list[Unavailability], list[ClosedDayRow]]:
    """Leave of a professional from next Monday for 12 days, a training day this Thursday, a
    beneficiary's hospital stay, room works reducing Lyon 3 to one room one afternoon next week,
    the rented room closed next Wednesday, and the region's Ascension bridge day."""
    for s in sites:
        if s.kind == "detention":
            s.open_on_holidays = True  # visits in detention go on during public holidays
    monday = week_monday(current_week)
    region = sites[0].region_id
    out: list[Unavailability] = []

    def add(uid: str, first: date, last: date, reason: str, *, pro: str | None = None, ben: str | None = None,
            site: str | None = None, start: str | None = None, end: str | None = None,
            capacity: int | None = None) -> None:
        out.append(Unavailability(id=uid, region_id=region, professional_id=pro, beneficiary_id=ben, site_id=site,
                                  first_date=first, last_date=last, start_time=start, end_time=end,
                                  capacity=capacity, reason=reason))

    if len(professionals) > 1:
        add("U-CONGE", monday + timedelta(days=7), monday + timedelta(days=18), "congé", pro=professionals[1].id)
    if len(professionals) > 3:
        add("U-FORMATION", monday + timedelta(days=3), monday + timedelta(days=3), "formation",
            pro=professionals[3].id)
    if len(beneficiaries) > 2:
        add("U-HOPITAL", monday + timedelta(days=1), monday + timedelta(days=3), "hospitalisation",
            ben=beneficiaries[2].id)
    site_ids = {s.id for s in sites}
    if "LYON3" in site_ids:
        add("U-TRAVAUX", monday + timedelta(days=8), monday + timedelta(days=8), "travaux", site="LYON3",
            start="13:00", end="19:00", capacity=1)
    if "STET" in site_ids:
        add("U-STET", monday + timedelta(days=9), monday + timedelta(days=9), "salle indisponible", site="STET")
    closed = [ClosedDayRow(id=f"C-ASC-{y}", region_id=region, date=ascension_bridge(y), label=REGION_CLOSED_LABEL)
              for y in sorted({monday.year - 1, monday.year, monday.year + 1})]
    return out, closed


def demo_windows(week: str, sites: dict[str, dm.Site], absences: list[Unavailability],
                 closed: list[ClosedDayRow]) -> tuple[dm.DatedWindow, ...]:
    plain: list[Absence] = [to_absence(a) for a in absences]
    return week_windows(week, sites, plain, [ClosedDay(c.date, c.label, c.region_id) for c in closed])
