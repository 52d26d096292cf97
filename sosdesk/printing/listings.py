"""Printed listings: the beneficiaries with their measure and the week's obligations; the meetings
of a month with their outcome. Long tables continue across pages with the header repeated."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select

from sosdesk.domain.rules import obligations
from sosdesk.domain.timegrid import local_day_minute, local_to_utc, month_bounds, parse_week
from sosdesk.domain.vocabulary import (
    ATTENDANCE_LABELS,
    REQUIRED,
    count,
    day_text,
    duration,
    month_label,
    month_name,
    week_text,
)
from sosdesk.printing.directory import (
    STATUS_LABELS,
    Directory,
    esc,
    time_range,
    week_span,
)
from sosdesk.printing.style import MARGIN, build_doc, page_size, paragraph, table
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.week import load_week


def _fmt_date(value: object) -> str:
    return day_text(value, "…")  # type: ignore[arg-type]


def render_beneficiary_listing(store: Store, week: str, out_path: str | Path | BytesIO,
                               region: str | None = None, printed_at: datetime | None = None) -> int:
    """Beneficiaries (surname order) with measure, referent and the week's obligations; returns rows."""
    parse_week(week)
    with store.session() as s:
        d = Directory.load(s)
        problem, meetings = load_week(s, week, region)
        status = defaultdict(list)
        for o in obligations(problem, meetings):
            status[o.beneficiary].append(o)
        bens = [b for b in d.beneficiaries.values() if not b.deleted and (region is None or b.region_id == region)]
    bens.sort(key=lambda b: (b.last_name.upper(), b.first_name, b.id))
    width = page_size(True)[0] - 2 * MARGIN
    data: list[list[object]] = [["Bénéficiaire", "Mesure", "Période", "Référent(e)",
                                 f"Obligations de la semaine (prévu / {REQUIRED.lower()})"]]
    short = 0
    for b in bens:
        lines = []
        for o in status.get(b.id, []):
            mark = "" if o.planned_minutes >= o.required_minutes else " <b>⚠</b>"
            lines.append(f"{esc(d.type_label(o.type))} : {duration(o.planned_minutes)} / {duration(o.required_minutes)}{mark}")
            short += o.planned_minutes < o.required_minutes
        data.append([
            paragraph(esc(d.ben_name(b.id)), "cell"),
            paragraph(esc(b.measure) or "—", "cell"),
            f"{_fmt_date(b.measure_start)} → {_fmt_date(b.measure_end)}",
            paragraph(esc(d.pro_name(b.referent_id)) if b.referent_id else "—", "cell"),
            paragraph("<br/>".join(lines) or "—", "cell"),
        ])
    flow: list[Flowable] = [
        paragraph("Bénéficiaires, mesures et obligations", "title"),
        paragraph(f"Semaine {week_span(week)} — {count(len(bens), 'bénéficiaire')}, "
                  f"{count(short, 'obligation non couverte', 'obligations non couvertes')} (⚠)"),
        Spacer(1, 4 * mm),
        table(data, col_widths=[w * width for w in (0.21, 0.21, 0.17, 0.13, 0.28)]),
    ]
    build_doc(out_path, flow, title=f"Bénéficiaires — {week_text(week)}", landscape=True, printed_at=printed_at)
    return len(bens)


def _outcome(row: m.Meeting, d: Directory) -> str:
    if row.status != "held":
        return STATUS_LABELS.get(row.status, row.status)
    parts = [f"{esc(d.ben_name(b))} : {ATTENDANCE_LABELS.get(str(row.attendance.get(b)), 'non saisi')}"
             for b in row.beneficiaries]
    return "réalisé<br/>" + "<br/>".join(parts)


def render_meeting_listing(store: Store, month: str, out_path: str | Path | BytesIO,
                           region: str | None = None, printed_at: datetime | None = None) -> int:
    """Every meeting of the month (Europe/Paris) with its outcome; returns the number of meetings."""
    first, nxt = month_bounds(month)
    start, end = local_to_utc(first, 0), local_to_utc(nxt, 0)
    with store.session() as s:
        d = Directory.load(s)
        q = select(m.Meeting).where(m.Meeting.deleted.is_(False), m.Meeting.start >= start,
                                    m.Meeting.start < end)
        if region is not None:
            q = q.where(m.Meeting.region_id == region)
        rows = list(s.scalars(q.order_by(m.Meeting.start, m.Meeting.id)))
    width = page_size(True)[0] - 2 * MARGIN
    data: list[list[object]] = [["Date", "Heure", "Type", "Lieu", "Professionnel(le)s", "Bénéficiaires",
                                 "Issue"]]
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.status] += 1
        day, _ = local_day_minute(r.start)
        data.append([
            day_text(day), time_range(r.start, r.minutes),
            paragraph(esc(d.type_label(r.type_id)), "cell"), paragraph(esc(d.site_name(r.site_id)), "cell"),
            paragraph(", ".join(esc(d.pro_name(p)) for p in r.professionals), "cell"),
            paragraph(", ".join(esc(d.ben_name(b)) for b in r.beneficiaries), "cell"),
            paragraph(_outcome(r, d), "cell"),
        ])
    year, mon = first.year, first.month
    summary = ", ".join(count(counts[k], STATUS_LABELS[k]) for k in ("held", "planned", "cancelled"))
    flow: list[Flowable] = [
        paragraph(f"Rendez-vous de {month_name(mon)} {year}", "title"),
        paragraph(f"{len(rows)} rendez-vous : {summary}"),
        Spacer(1, 4 * mm),
        table(data, col_widths=[w * width for w in (0.08, 0.09, 0.14, 0.13, 0.15, 0.19, 0.22)])
        if rows else paragraph("Aucun rendez-vous ce mois-ci."),
    ]
    build_doc(out_path, flow, title=f"Rendez-vous — {month_label(month)}", landscape=True, printed_at=printed_at)
    return len(rows)
