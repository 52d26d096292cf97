"""A small hand-built world for the reports over time (figures worked out by hand in the tests).

ARA, 2 weeks 02/11/2026 – 15/11/2026 (W45, W46); P1 psychologist (cap 10 h), P2 facilitator (no cap):
  M1 IND_PSY Mon 02/11 60 min S1 P1 [B1] held, B1 present            (reminder sent)
  M2 IND_PSY Wed 04/11 60 min S1 P1 [B1] held, B1 absent unexcused    (reminder sent)
  M3 IND_PSY Mon 09/11 90 min S2 (detention ×1,20) P1 [B2] held, B2 absent excused
  M4 COL_WORK Tue 10/11 120 min S1 P1+P2 [B1, B2] held, both present
  M5 IND_PSY Thu 12/11 60 min S1 P1 [B1] cancelled 2 h before (late)
  M6 IND_PSY Fri 13/11 60 min S1 P1 [B2] cancelled a week before (in time)
IDF: M7 IND_PSY Tue 03/11 60 min S3 P3 [B3] held, present.
B4 (ARA, « placement extérieur », site S2) needs 15 h of IND_PSY a week and has nothing planned.
Rates: IND_PSY 60 € per professional-hour, COL_WORK 90 € per hour, no-show 50 %, notice 24 h.
Invoices (month 2026-11): ARA regional validated (meeting lines 250 €, total 300 € HT), issued 01/12;
national paid, 300 €, issued 02/12, paid 05/01/2027; credit note ARA −50 €, issued 05/12.
Expenses: ARA room rental 120 € (05/11), ARA transport 30 € (20/11, outside), IDF room rental 80 € (06/11).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice, InvoiceEvent
from sosdesk.store.notify_models import ReminderMessage
from tests.store.people_world import add_meeting, build, local

RATES = {"meeting_types": {"IND_PSY": {"unit": "professional_hour", "price_cents": 6000},
                           "COL_WORK": {"unit": "session_hour", "price_cents": 9000}},
         "no_show": {"ratio": "0.5", "notice_hours": 24}}


def _reminder(s: object, key: str, meeting: str, ben: str, start: object) -> None:
    sent = local(2026, 11, 1, 18)
    s.add(ReminderMessage(key=key, meeting_id=meeting, beneficiary_id=ben, channel="sms",  # type: ignore[attr-defined]
                          event="reminder", offset_minutes=1440, version="v1", due_at=sent, meeting_start=start,
                          next_attempt_at=sent, state="sent", sent_at=sent))


def build_world(path: Path, user: str = "nat") -> Store:
    store = build(path, user=user)
    with store.transaction("reports world") as (s, _):
        site = s.get(m.Site, "S2")
        assert site is not None
        site.rate_coefficient = "1.20"
        b1 = s.get(m.Beneficiary, "B1")
        assert b1 is not None
        s.add(m.Beneficiary(id="B4", region_id="ARA", first_name="Zoé", last_name="Adam", measure="placement extérieur",
                            requirements=[{"type": "IND_PSY", "minutes": 900}], sites=["S2"]))
        s.add(m.RateTable(id="2026-01-01", valid_from=date(2026, 1, 1), content=RATES))
        s.add_all([
            m.Expense(id="E1", region_id="ARA", date=date(2026, 11, 5), category="room_rental", amount_cents=12000),
            m.Expense(id="E2", region_id="ARA", date=date(2026, 11, 20), category="transport", amount_cents=3000),
            m.Expense(id="E3", region_id="IDF", date=date(2026, 11, 6), category="room_rental", amount_cents=8000),
        ])
    add_meeting(store, "M1", "IND_PSY", local(2026, 11, 2, 9), 60, "S1", ["P1"], ["B1"], "held",
                attendance={"B1": "present"})
    add_meeting(store, "M2", "IND_PSY", local(2026, 11, 4, 9), 60, "S1", ["P1"], ["B1"], "held",
                attendance={"B1": "absent_unexcused"})
    add_meeting(store, "M3", "IND_PSY", local(2026, 11, 9, 9), 90, "S2", ["P1"], ["B2"], "held",
                attendance={"B2": "absent_excused"})
    add_meeting(store, "M4", "COL_WORK", local(2026, 11, 10, 14), 120, "S1", ["P1", "P2"], ["B1", "B2"], "held",
                attendance={"B1": "present", "B2": "present"})
    add_meeting(store, "M5", "IND_PSY", local(2026, 11, 12, 9), 60, "S1", ["P1"], ["B1"], "cancelled",
                cancelled_at=local(2026, 11, 12, 7))
    add_meeting(store, "M6", "IND_PSY", local(2026, 11, 13, 9), 60, "S1", ["P1"], ["B2"], "cancelled",
                cancelled_at=local(2026, 11, 5, 9))
    add_meeting(store, "M7", "IND_PSY", local(2026, 11, 3, 10), 60, "S3", ["P3"], ["B3"], "held",
                attendance={"B3": "present"})
    with store.transaction("reports invoices") as (s, _):
        s.add(Invoice(id="INV-R", kind="regional", scope="ARA", month="2026-11", edition=1, status="validated",
                      number="F-2026-0001", issued_at=local(2026, 12, 1, 10),
                      lines=[{"kind": "meeting", "amount_cents": 25000}, {"kind": "expense", "amount_cents": 5000}],
                      total_ht_cents=30000, total_ttc_cents=30000, rate_versions=[]))
        s.add(Invoice(id="INV-N", kind="national", scope="national", month="2026-11", edition=1, status="paid",
                      number="F-2026-0002", issued_at=local(2026, 12, 2, 10), lines=[], rate_versions=[], total_ht_cents=30000,
                      total_ttc_cents=30000))
        s.add(Invoice(id="INV-C", kind="credit_note", scope="ARA", month="2026-11", edition=1, status="validated",
                      number="A-2026-0001", issued_at=local(2026, 12, 5, 10), lines=[], rate_versions=[], total_ht_cents=-5000,
                      total_ttc_cents=-5000, credited_invoice_id="INV-R"))
        s.add(InvoiceEvent(id="EV1", invoice_id="INV-N", at=local(2027, 1, 5, 11), action="paid",
                           from_status="validated", to_status="paid"))
        _reminder(s, "r1", "M1", "B1", local(2026, 11, 2, 9))
        _reminder(s, "r2", "M2", "B1", local(2026, 11, 4, 9))
    return store
