"""« Congés et absences » in the people dialogs (issue 12): a professional's leave is entered, the
planned meetings it makes impossible are listed and cancelled in one click; a site's holiday
calendar is edited in its dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from sosdesk.store import Store, open_store
from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store.interchange import load_data
from tests.dates.world import doc


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "office.db")
    load_data(store, doc())
    yield store
    store.close()


def test_leave_entered_in_the_dialog_lists_and_cancels_the_meetings(qtbot, office: Store) -> None:  # type: ignore[no-untyped-def]
    from sosdesk.ui.people.dialogs import ProfessionalDialog

    dialog = ProfessionalDialog(office, "P4")
    qtbot.addWidget(dialog)
    emitted: list[object] = []
    dialog.saved.connect(emitted.append)
    tab = dialog.absences
    assert tab.list.count() == 0
    tab.first.setDate(QDate(2026, 12, 23))
    tab.last.setDate(QDate(2026, 12, 23))
    tab.reason.setCurrentText("arrêt maladie")
    assert tab.add()
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == ["arrêt maladie le 23/12"]
    assert "1 rendez-vous prévu(s) deviennent impossibles" in tab.message.text()
    assert tab.conflicts.count() == 1
    assert "arrêt maladie de Marc Durand le 23/12" in tab.conflicts.item(0).text()
    tab.cancel_conflicts()
    with office.session() as s:
        assert s.get(m.Meeting, "M-WED").status == "cancelled"
    assert len(emitted) == 2  # the leave, then the cancellation: the calendar refreshes from both
    # a partial-day absence with bad hours is refused in French, nothing written
    tab.all_day.setChecked(False)
    tab.start.setTime(tab.start.time().fromString("12:00", "HH:mm"))
    tab.end.setTime(tab.end.time().fromString("09:00", "HH:mm"))
    assert not tab.add()
    assert "pas après le début" in tab.message.text()
    with office.session() as s:
        assert len(ops.list_absences(s, "professional", "P4")) == 1
    tab.list.item(0).setSelected(True)
    tab.remove_selected()
    assert tab.list.count() == 0


def test_site_dialog_edits_the_holiday_calendar(qtbot, office: Store) -> None:  # type: ignore[no-untyped-def]
    from sosdesk.ui.people.dialogs import SiteDialog

    dialog = SiteDialog(office, "PARIS")
    qtbot.addWidget(dialog)
    assert dialog.holiday_calendar.currentData() == ""
    dialog.holiday_calendar.setCurrentIndex(dialog.holiday_calendar.findData("57"))
    dialog.open_on_holidays.setChecked(True)
    assert dialog.save()
    with office.session() as s:
        site = s.get(m.Site, "PARIS")
        assert (site.holiday_calendar, site.open_on_holidays) == ("57", True)
    # a new person cannot have absences before being saved
    from sosdesk.ui.people.dialogs import BeneficiaryDialog

    new = BeneficiaryDialog(office, None)
    qtbot.addWidget(new)
    assert not hasattr(new.absences, "list")
