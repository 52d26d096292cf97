"""A small hand-built two-region world for the home pages: every kind of waiting work once or twice,
counted by hand in the tests (imported as ``tests.home.home_world``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sosdesk.domain.timegrid import parse_instant
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.store.sync_models import SyncConflict
from tests.invoicing.invoicing_world import add_expense, add_meeting, build_world

# Thursday 5 November 2026, 11:00 in Paris: current month 2026-11, week 2026-W45, last month 2026-10.
NOW = datetime.fromisoformat("2026-11-05T10:00:00+00:00")


def build_home_world(path: Path) -> Store:
    """IDF (the administrator's and validator's region) and ARA (another region).

    Administrator of IDF, by hand:
    - attendance to record: M2 (planned, ended 3 Nov) and M4 (held, 1 of 2 recorded) → 2;
      ARA's M9 (planned, ended) is another region's;
    - proofs missing in November: M3 (held, no scan) and E2 (no receipt) → 2;
    - obligations this week: B2 needs 2 h of « Entretien psychologique », 1 h planned (M5) → 1;
    - failed reminders: the SMS to B2 for M5 → 1;
    - sync conflicts: B1's last name → 1.
    Validator of IDF: October's regional invoice, rejected then fixed (M6 added) and submitted again.
    National coordinator: ARA has no October invoice (late); IDF's is submitted (late too).
    """
    store = build_world(path, regions=("IDF", "ARA"))
    with store.transaction("home world") as (s, _):
        s.add(m.Site(id="S9", region_id="ARA", name="Antenne Lyon", kind="office"))
        s.add(m.Beneficiary(id="B9", region_id="ARA", first_name="Inès", last_name="Lyonnaise"))
        b2 = s.get(m.Beneficiary, "B2")
        assert b2 is not None
        b2.requirements = [{"type": "IND_PSY", "minutes": 120}]
    # October: billed work, all proven.
    add_meeting(store, "M1", "2026-10-05T09:00:00+02:00")
    # November.
    add_meeting(store, "M2", "2026-11-03T09:00:00+01:00", status="planned", bens=("B1",))
    add_meeting(store, "M3", "2026-11-02T14:00:00+01:00", proof=False, bens=("B3",))
    add_meeting(store, "M4", "2026-11-04T10:00:00+01:00", type="COL_WORK", minutes=90, bens=("B3", "B4"),
                attendance={"B3": "present"})
    add_meeting(store, "M5", "2026-11-06T09:00:00+01:00", status="planned", bens=("B2",))
    add_meeting(store, "M9", "2026-11-03T09:00:00+01:00", status="planned", site="S9", bens=("B9",),
                pros=(), region="ARA")
    add_expense(store, "E1", "2026-11-02", "transport", 1250)
    add_expense(store, "E2", "2026-11-03", "room_rental", 8000, receipt=False)
    with store.session() as s, s.begin():
        start = parse_instant("2026-11-06T09:00:00+01:00")
        s.add(ReminderMessage(key="k-M5-B2", meeting_id="M5", beneficiary_id="B2", channel="sms",
                              event="reminder", version="v1", due_at=NOW, meeting_start=start,
                              next_attempt_at=NOW, state="failed", last_error="numéro invalide"))
        s.add(ReminderMessage(key="k-M9-B9", meeting_id="M9", beneficiary_id="B9", channel="sms",
                              event="reminder", version="v1", due_at=NOW, meeting_start=start,
                              next_attempt_at=NOW, state="failed", last_error="numéro invalide"))
        s.add(SyncConflict(table_name="beneficiaries", row_id="B1", op_id=1, fields=["last_name"]))
    # October's regional invoice of IDF: submitted, rejected, fixed, submitted again.
    invoice, _ = regional_draft(store, actor_for(store, "admin-IDF"), "IDF", "2026-10", now=NOW)
    apply_step(store, actor_for(store, "admin-IDF"), invoice, "submit", now=NOW)
    apply_step(store, actor_for(store, "valid-IDF"), invoice, "reject", "il manque l'atelier du 12", now=NOW)
    add_meeting(store, "M6", "2026-10-12T14:00:00+02:00", type="COL_WORK", minutes=90, bens=("B3", "B4"))
    regional_draft(store, actor_for(store, "admin-IDF"), "IDF", "2026-10", now=NOW)
    apply_step(store, actor_for(store, "admin-IDF"), invoice, "submit", now=NOW)
    return store
