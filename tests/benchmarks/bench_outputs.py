"""Figures for printing, iCalendar and reminders on the demo region (run: python tests/benchmarks/bench_outputs.py)."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from sosdesk.domain.timegrid import local_to_utc, shift_week, week_of
from sosdesk.ics import professional_calendar
from sosdesk.notify.config import NotifySettings, save_settings
from sosdesk.notify.run import run_reminders
from sosdesk.notify.transports import Outgoing
from sosdesk.printing.attendance import render_attendance
from sosdesk.printing.listings import render_beneficiary_listing, render_meeting_listing
from sosdesk.printing.schedule import render_schedule
from sosdesk.store import models as m
from sosdesk.store import open_store
from sosdesk.store.demo import build_demo


class NullTransport:
    """Accepts every message instantly: measures sosdesk's own cost, not a server's."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.sent = 0

    def send(self, message: Outgoing) -> str:
        self.sent += 1
        return ""


def timed(label: str, fn: object) -> object:
    t0 = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<55} {time.perf_counter() - t0:7.2f} s")
    return result


def main() -> int:
    today = date(2026, 11, 18)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        store = open_store(out / "demo.db")
        build_demo(store, seed=1, beneficiaries=int(sys.argv[1]) if len(sys.argv) > 1 else 200, weeks=6, today=today)
        week = shift_week(week_of(today), -1)
        with store.session() as s:
            n_meetings = s.scalar(select(func.count()).select_from(m.Meeting))
            pro = s.scalars(select(m.Professional.id).limit(1)).one()
            ben = s.scalars(select(m.Beneficiary.id).limit(1)).one()
            site = s.scalars(select(m.Site.id).limit(1)).one()
        print(f"demo: {n_meetings} meetings")
        timed(f"schedule PDF (professional {pro}, {week})", lambda: render_schedule(store, week, "professional", pro, out / "p.pdf"))
        timed(f"schedule PDF (site {site})", lambda: render_schedule(store, week, "site", site, out / "s.pdf"))
        timed("schedule PDF (beneficiary, with obligations)", lambda: render_schedule(store, week, "beneficiary", ben, out / "b.pdf"))
        pages = timed(f"attendance sheets (site {site}, whole week)", lambda: render_attendance(store, week, out / "a.pdf", site=site))
        print(f"{'  pages':<55} {pages}")
        timed("beneficiary listing", lambda: render_beneficiary_listing(store, week, out / "l.pdf"))
        timed("meeting listing (month)", lambda: render_meeting_listing(store, today.strftime("%Y-%m"), out / "m.pdf"))
        timed("iCalendar feed (one professional, all weeks)", lambda: professional_calendar(store, pro))
        save_settings(store, NotifySettings())
        transports = {"sms": NullTransport("sms"), "email": NullTransport("email")}
        now = local_to_utc(today, 8 * 60)  # planned meetings of the current week lie ahead
        report = timed("reminders run (schedule + send, first pass)", lambda: run_reminders(store, now=now, transports=transports))
        print(f"{'  created / handled':<55} {report.created} / {len(report.lines)}")  # type: ignore[attr-defined]
        timed("reminders run (second pass, nothing new)", lambda: run_reminders(store, now=now, transports=transports))
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
