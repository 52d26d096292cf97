"""Attendance sheets (feuilles d'émargement): one page per meeting, scanned back as its proof.

Each page names the meeting (reference, date, time, type, site and address), then one row per
participant with a signature box, then the professionals' signatures. One meeting per page so
that one scan is the proof of exactly one meeting (``Meeting.proof``).
"""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import local_day_minute, parse_week, week_dates
from sosdesk.domain.vocabulary import duration
from sosdesk.printing.directory import Directory, esc, long_date, time_range
from sosdesk.printing.style import GRID, INK, MARGIN, build_doc, page_size, paragraph, table_style
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.week import week_meeting_rows

SIGN_ROW = 15 * mm


def _sheet(row: m.Meeting, d: Directory) -> list[Flowable]:
    day, _minute = local_day_minute(row.start)
    flow: list[Flowable] = [
        paragraph("Feuille d'émargement", "title"),
        paragraph(f"<b>{esc(d.type_label(row.type_id))}</b> — {esc(long_date(day))}, "
                  f"{time_range(row.start, row.minutes)} ({duration(row.minutes)})"),
        paragraph(f"Lieu : <b>{esc(d.site_name(row.site_id))}</b> — {esc(d.site_address(row.site_id))}"),
        paragraph(f"Référence du rendez-vous : {esc(row.id)}", "muted"),
        Spacer(1, 5 * mm),
        paragraph("Participants", "heading"),
    ]
    width = page_size()[0] - 2 * MARGIN
    data: list[list[object]] = [["Nom et prénom", "Présent(e)", "Absent(e)", "Signature"]]
    for bid in sorted(row.beneficiaries, key=d.ben_name):
        data.append([paragraph(esc(d.ben_name(bid)), "cell"), "☐", "☐", ""])
    flow.append(_signature_table(data, width, [0.42, 0.11, 0.11, 0.36]))
    flow += [Spacer(1, 6 * mm), paragraph("Professionnel(le)s", "heading")]
    pros: list[list[object]] = [["Nom et prénom", "Signature"]]
    for pid in row.professionals:
        pros.append([paragraph(esc(d.pro_name(pid)), "cell"), ""])
    flow.append(_signature_table(pros, width, [0.42, 0.58]))
    flow += [Spacer(1, 6 * mm),
             paragraph("Observations :", "body"), Spacer(1, 18 * mm),
             paragraph("Document à conserver et à numériser : il justifie la facturation du rendez-vous.",
                       "muted")]
    return flow


def _signature_table(data: list[list[object]], width: float, fractions: list[float]) -> Table:
    """Tall rows with a full grid: room to sign; tick-box columns (if any) centred."""
    heights = [None] + [SIGN_ROW] * (len(data) - 1)
    t = Table(data, colWidths=[width * f for f in fractions], rowHeights=heights, repeatRows=1)
    t.setStyle(table_style(header_rows=1, zebra=False))
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
    if len(fractions) > 2:
        commands += [("ALIGN", (1, 0), (-2, -1), "CENTER"), ("FONTSIZE", (1, 1), (-2, -1), 14)]
    t.setStyle(commands)
    return t


def attendance_meetings(store: Store, week: str, site: str | None = None, day: date | None = None,
                        meeting: str | None = None) -> list[m.Meeting]:
    """The non-cancelled meetings whose sheets are printed, in time order."""
    parse_week(week)
    if day is not None and day not in week_dates(week):
        raise InputError(f"le {day.isoformat()} n'est pas dans la semaine {week}")
    with store.session() as s:
        if site is not None and s.get(m.Site, site) is None:
            raise InputError(f"lieu inconnu : {site}")
        rows = week_meeting_rows(s, week)
    if meeting is not None:
        rows = [r for r in rows if r.id == meeting]
        if not rows:
            raise InputError(f"rendez-vous {meeting} introuvable (ou annulé) dans la semaine {week}")
    if site is not None:
        rows = [r for r in rows if r.site_id == site]
    if day is not None:
        rows = [r for r in rows if local_day_minute(r.start)[0] == day]
    return rows


def render_attendance(store: Store, week: str, out_path: str | Path | BytesIO, site: str | None = None,
                      day: date | None = None, meeting: str | None = None,
                      printed_at: datetime | None = None) -> int:
    """Write the attendance sheets of a site (optionally one day) or of one meeting; returns pages."""
    rows = attendance_meetings(store, week, site, day, meeting)
    with store.session() as s:
        d = Directory.load(s)
    where = d.site_name(site) if site else (d.site_name(rows[0].site_id) if rows else "")
    title = f"Émargement {week} — {where}" + (f" — {long_date(day)}" if day else "")
    flow: list[Flowable] = []
    for i, row in enumerate(rows):
        if i:
            flow.append(PageBreak())
        flow += _sheet(row, d)
    if not rows:
        flow = [paragraph("Feuille d'émargement", "title"),
                paragraph("Aucun rendez-vous prévu pour cette sélection.")]
    build_doc(out_path, flow, title=title, printed_at=printed_at)
    return max(len(rows), 1)
