"""The day's attendance list reads as French: times, type name, people and the status label, never
the stored code (« [held] », issue 13)."""

from __future__ import annotations

from sosdesk.store import Store, ops_meetings
from sosdesk.ui.calendar.attendance import DayAttendanceDialog
from sosdesk.ui.calendar.page import PlanningPage
from tests.store.calendar_office import WEEK


def test_day_list_shows_status_labels_not_codes(qtbot, page: PlanningPage, store: Store) -> None:  # type: ignore[no-untyped-def]
    ops_meetings.record_attendance(store, "M1", {"B1": "present"})
    page.set_week(WEEK)  # reads the week again
    ids = sorted((i for i, c in page.data.meetings.items() if c.meeting.day == 2),
                 key=lambda i: page.data.meetings[i].meeting.start)
    dialog = DayAttendanceDialog(page.data, 2, ids, "Présences du 24/11/2026")
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[0] == "10 h 00–11 h 00  Entretien individuel  Prénom1 Nom1 — réalisé"
    assert texts[1].endswith("— prévu")
    assert not any("[" in t or "held" in t or "planned" in t for t in texts)
