"""What happened to the demo's past meetings: held with attendance, cancelled late or early,
signed attendance sheets as proof (a few missing), and the office's expenses with receipts."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import utc_to_local, week_monday, week_slot_to_utc
from sosdesk.domain.vocabulary import euros
from sosdesk.store import models as m
from sosdesk.store.demo_docs import attachment
from sosdesk.store.demo_people import REGION


def _attendance(rng: random.Random, bens: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for bid in bens:
        r = rng.random()
        out[bid] = "present" if r < 0.85 else ("absent_unexcused" if r < 0.93 else "absent_excused")
    return out


def meeting_rows(rng: random.Random, week: str, meetings: list[dm.Meeting], today: date
                 ) -> tuple[list[m.Meeting], list[m.Attachment]]:
    """Rows of one week: meetings before ``today`` are held (or cancelled), the others planned.

    Held meetings of a site and day share that day's signed attendance sheet as proof, except about
    one in twelve (missing proof for the billing demo).
    """
    monday = week_monday(week)
    rows: list[m.Meeting] = []
    sheets: dict[tuple[str, int], list[m.Meeting]] = defaultdict(list)
    past = [mt for mt in meetings if monday + timedelta(days=mt.day - 1) < today]
    movable = [mt.id for mt in past if not mt.fixed]
    # About 2.5 % cancelled late (< 24 h: billed as no-show) and 2.5 % early, plus one more of each
    # kind on alternate weeks so that even a small demo shows both.
    even = int(week[-2:]) % 2 == 0
    n_late, n_early = (round(0.025 * len(movable)) + extra for extra in (int(even), int(not even)))
    picked = rng.sample(movable, min(len(movable), n_late + n_early))
    late, early = set(picked[:n_late]), set(picked[n_late:])
    past_ids = {mt.id for mt in past}
    for mt in meetings:
        start = week_slot_to_utc(week, mt.day, mt.start)
        row = m.Meeting(id=mt.id, region_id=REGION, type_id=mt.type, start=start, minutes=mt.minutes,
                        site_id=mt.site, professionals=list(mt.professionals),
                        beneficiaries=list(mt.beneficiaries), status="planned", cancelled_at=None,
                        attendance={}, professionals_present=None, proof=None, note="", fixed=mt.fixed,
                        buffer_minutes=mt.buffer_minutes, series_id=None, color=None)
        rows.append(row)
        if mt.id not in past_ids:
            continue
        if mt.id in late:
            row.status, row.cancelled_at = "cancelled", start - timedelta(hours=rng.randrange(2, 20))
            row.note = "Annulé la veille par le bénéficiaire"
            continue
        if mt.id in early:
            row.status, row.cancelled_at = "cancelled", start - timedelta(days=rng.randrange(2, 7))
            row.note = "Reporté à la demande du service"
            continue
        row.status = "held"
        row.attendance = _attendance(rng, mt.beneficiaries)
        if mt.type == "COL_WORK" and rng.random() < 0.08:
            row.professionals_present = list(mt.professionals[:1])
            row.note = "Un seul animateur présent"
        if rng.random() < 0.92:
            sheets[(mt.site, mt.day)].append(row)
    attachments = []
    for (site, day), held in sorted(sheets.items()):
        when = monday + timedelta(days=day - 1)
        lines = [f"Feuille d'emargement - site {site} - {when.isoformat()}", ""]
        for row in sorted(held, key=lambda r: (r.start, r.id)):
            lines.append(f"{row.id}  {row.type_id}  {', '.join(row.beneficiaries)}  signe")
        doc = attachment(f"emargement-{site}-{when.isoformat()}.pdf", lines)
        attachments.append(doc)
        for row in held:
            row.proof = doc.id
    return rows, attachments


def expense_rows(rng: random.Random, week: str, rows: list[m.Meeting], today: date
                 ) -> tuple[list[m.Expense], list[m.Attachment]]:
    """Room rental for the rented room, workshop materials, transport; most with a receipt."""
    monday = week_monday(week)
    key = week.replace("-", "")
    held = [r for r in rows if r.status == "held"]
    expenses: list[m.Expense] = []
    docs: list[m.Attachment] = []

    def add(day: date, category: str, cents: int, label: str, meeting: str | None) -> None:
        eid = f"E{key}-{len(expenses) + 1:02d}"
        receipt = None
        if rng.random() < 0.9:
            doc = attachment(f"justificatif-{eid}.pdf",
                             [f"Justificatif {eid}", label, f"Montant TTC : {euros(cents)}",
                              f"Date : {day.isoformat()}"])
            docs.append(doc)
            receipt = doc.id
        expenses.append(m.Expense(id=eid, region_id=REGION, date=day, category=category, amount_cents=cents,
                                  label=label, receipt=receipt, meeting_id=meeting))

    rented_days = sorted({(utc_to_local(r.start).date(), r.id) for r in held if r.site_id == "STET"})
    if rented_days:
        days = sorted({d for d, _ in rented_days})
        add(days[0], "room_rental", 4500 * len(days),
            f"Location salle Maison des associations ({len(days)} jour(s), semaine {week})", rented_days[0][1])
    workshops = [r for r in held if r.type_id == "COL_WORK"]
    for n, r in enumerate(workshops):
        if n == 0 or rng.random() < 0.3:
            add(utc_to_local(r.start).date(), "materials", rng.randrange(15, 61) * 100, "Fournitures pour l'atelier collectif",
                r.id)
    if rng.random() < 0.5:
        day = monday + timedelta(days=rng.randrange(0, 5))
        if day < today:
            add(day, "transport", 1140, "Billet TER Lyon Part-Dieu – Saint-Étienne Châteaucreux", None)
    return expenses, docs
