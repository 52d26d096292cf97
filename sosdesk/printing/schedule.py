"""The printed week schedule of one professional, one beneficiary or one site (A4 landscape).

A grid of hour rows × day columns; each cell lists the meetings starting in that hour with time,
type, site, address and participants. Privacy: a beneficiary's own copy names the professionals
and that beneficiary only — never another beneficiary, even in a collective session. The
beneficiary's copy ends with the week's obligations (planned vs required minutes).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from sosdesk.domain.model import ObligationStatus
from sosdesk.domain.rules import obligations
from sosdesk.domain.timegrid import local_day_minute, week_dates, week_monday
from sosdesk.domain.vocabulary import REQUIRED, duration
from sosdesk.printing.directory import KIND_LABELS, Directory, day_label, esc, time_range, week_span
from sosdesk.printing.style import GRID, MARGIN, build_doc, page_size, paragraph, styles, table
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.week import load_week, week_meeting_rows

KINDS = ("professional", "beneficiary", "site")


def _concerns(row: m.Meeting, kind: str, ident: str) -> bool:
    if kind == "professional":
        return ident in row.professionals
    if kind == "beneficiary":
        return ident in row.beneficiaries
    return row.site_id == ident


def _participants(row: m.Meeting, kind: str, ident: str, d: Directory) -> str:
    pros = [d.pro_name(p) for p in row.professionals]
    if kind == "beneficiary":
        others = len([b for b in row.beneficiaries if b != ident])
        people = [*pros, d.ben_name(ident)]
        text = ", ".join(esc(p) for p in people)
        if others:
            text += f" et {others} autre{'s' if others > 1 else ''} participant{'s' if others > 1 else ''}"
        return text
    return ", ".join(esc(p) for p in [*pros, *(d.ben_name(b) for b in row.beneficiaries)])


def _cell(row: m.Meeting, kind: str, ident: str, d: Directory) -> str:
    cancelled = row.status == "cancelled"
    lines = [f"<b>{time_range(row.start, row.minutes)}</b> {esc(d.type_label(row.type_id))}"]
    if kind != "site":
        lines.append(esc(d.site_name(row.site_id)))
    address = d.site_address(row.site_id) if kind != "site" else ""
    if address:
        lines.append(f"<font size=7>{esc(address)}</font>")
    lines.append(f"<i>{_participants(row, kind, ident, d)}</i>")
    text = "<br/>".join(lines)
    if cancelled:
        text = f"<strike>{text}</strike><br/><b>ANNULÉ</b>"
    return text


def schedule_flowables(store: Store, week: str, kind: str, ident: str) -> tuple[str, list[Flowable]]:
    """The document title and its content (used by ``render_schedule``)."""
    with store.session() as s:
        d = Directory.load(s)
        subject = d.subject(kind, ident)
        rows = [r for r in week_meeting_rows(s, week, include_cancelled=True) if _concerns(r, kind, ident)]
        obligation_rows = []
        if kind == "beneficiary":
            problem, meetings = load_week(s, week)
            obligation_rows = [o for o in obligations(problem, meetings) if o.beneficiary == ident]
    title = f"Planning {week} — {subject}"
    days = week_dates(week)
    show_days = days[:5] + [x for x in days[5:] if any(local_day_minute(r.start)[0] == x for r in rows)]
    flow: list[Flowable] = [
        paragraph(f"Planning de la semaine {week}", "title"),
        paragraph(f"{esc(KIND_LABELS[kind]).capitalize()} : <b>{esc(subject)}</b> — {week_span(week)}"),
    ]
    if kind == "site":
        flow.append(paragraph(esc(d.site_address(ident)), "muted"))
    flow.append(Spacer(1, 4 * mm))
    if not rows:
        flow.append(paragraph("Aucun rendez-vous cette semaine."))
    else:
        flow.append(_grid(rows, show_days, kind, ident, d))
    if kind == "beneficiary":
        flow += _obligations(obligation_rows, d)
    return title, flow


def _grid(rows: list[m.Meeting], days: list[date], kind: str, ident: str, d: Directory) -> Flowable:
    cells: dict[tuple[int, date], list[str]] = defaultdict(list)
    for r in rows:
        day, minute = local_day_minute(r.start)
        cells[(minute // 60, day)].append(_cell(r, kind, ident, d))
    hours = range(min(h for h, _ in cells), max(h for h, _ in cells) + 1)
    width = page_size(True)[0] - 2 * MARGIN
    hour_col = 14 * mm
    day_col = (width - hour_col) / len(days)
    header = [paragraph("", "cell_bold")] + [paragraph(esc(day_label(x)).capitalize(), "cell_bold")
                                              for x in days]
    body = []
    for h in hours:
        # One meeting per cell: an hour with several meetings takes several rows, so no row can
        # outgrow a page and a long week continues on the next page with the day header repeated.
        depth = max((len(cells.get((h, x), [])) for x in days), default=0)
        for k in range(max(depth, 1)):
            line: list[Flowable] = [paragraph(f"{h:02d}h" if k == 0 else "", "cell_bold")]
            for x in days:
                items = cells.get((h, x), [])
                line.append(Paragraph(items[k], styles()["cell"]) if k < len(items) else paragraph("", "cell"))
            body.append(line)
    grid = table([header, *body], col_widths=[hour_col] + [day_col] * len(days), zebra=False)
    grid.setStyle([("LINEAFTER", (0, 0), (-2, -1), 0.25, GRID)])
    return grid


def _obligations(rows: list[ObligationStatus], d: Directory) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 5 * mm), paragraph("Obligations de la semaine", "heading")]
    if not rows:
        return [*flow, paragraph("Aucune obligation enregistrée pour cette semaine.")]
    data: list[list[object]] = [["Type de rendez-vous", "Prévu", REQUIRED, "Situation"]]
    for o in rows:
        if o.required_minutes == 0:
            state = "sans obligation"
        elif o.planned_minutes >= o.required_minutes:
            state = "respectée"
        else:
            state = f"manque {duration(o.required_minutes - o.planned_minutes)}"
        data.append([paragraph(esc(d.type_label(o.type)), "cell"), duration(o.planned_minutes),
                     duration(o.required_minutes), state])
    summary = table(data, col_widths=[90 * mm, 25 * mm, 25 * mm, 45 * mm], right_cols=(1, 2))
    summary.hAlign = "LEFT"
    return [*flow, summary]


def render_schedule(store: Store, week: str, kind: str, ident: str, out_path: str | Path | BytesIO,
                    printed_at: datetime | None = None) -> None:
    """Write the week schedule PDF of ``kind`` ('professional'|'beneficiary'|'site') ``ident``."""
    week_monday(week)  # validates the week (ValueError in French)
    if kind not in KINDS:
        raise ValueError(f"type de planning inconnu « {kind} »")
    title, flow = schedule_flowables(store, week, kind, ident)
    build_doc(out_path, flow, title=title, landscape=True, printed_at=printed_at)
