"""The sites' calendar (issue 12): a site's month shows its holidays, closures and capacity
reductions by day with its meetings; closing chosen days lists the meetings that become impossible,
each moved to the proposed slot or cancelled in one click. The calendar's context menu offers
« Modifier toute la série » for a weekly series."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.interchange import load_data
from sosdesk.store.ops_meetings import repeat_weekly
from tests.dates.world import doc

NOW = datetime(2026, 12, 14, 9, 0, tzinfo=UTC)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "office.db")
    load_data(store, doc())
    yield store
    store.close()


def _cell(dialog, d: date) -> str:  # type: ignore[no-untyped-def]
    model = dialog.model
    for r in range(model.rowCount()):
        for c in range(7):
            index = model.index(r, c)
            day = model.day_at(index)
            if day is not None and day.day == d:
                return str(model.data(index))
    raise AssertionError(d)


def test_site_month_shows_bands_and_closing_days_lists_meetings_to_move(qtbot: QtBot, office: Store,
                                                                        tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from sosdesk.ui.calendar.site_calendar import SiteCalendarDialog

    dialog = SiteCalendarDialog(office, "2026-12", "PARIS", now=lambda: NOW)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    emitted: list[object] = []
    dialog.changed.connect(emitted.append)
    assert dialog.model.rowCount() == 5  # 30 Nov – 3 Jan
    assert _cell(dialog, date(2026, 12, 25)).splitlines() == ["25", "Férié : Noël"]
    assert _cell(dialog, date(2026, 12, 23)).splitlines() == ["23", "Capacité 1 : travaux 13 h 00–19 h 00", "1 rdv"]
    assert _cell(dialog, date(2026, 12, 26)).splitlines() == ["26"]  # no holiday in Paris
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData("METZ"))
    assert _cell(dialog, date(2026, 12, 26)).splitlines() == ["26", "Férié : Saint-Étienne"]
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData("PARIS"))
    dialog.select_days([date(2026, 12, 22), date(2026, 12, 23)])
    dialog.reason.setCurrentText("inventaire")
    assert dialog.close_selected()
    assert _cell(dialog, date(2026, 12, 22)).splitlines()[1] == "Fermé : inventaire"
    assert "2 rendez-vous prévu(s) deviennent impossibles" in dialog.message.text()
    panel = dialog.panel
    assert panel.list.count() == 2
    assert "Jean Moreau, Anne Petit" in panel.list.item(0).text()
    # the nearest slot is searched off the GUI thread, then shown
    qtbot.waitUntil(lambda: panel.proposal.text().startswith("Créneau proposé"), timeout=20000)
    assert panel.proposal.text() == "Créneau proposé : samedi 19 décembre à 10:00, Antenne Paris 11"
    assert panel.move_button.isEnabled()
    dialog.resize(1000, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "sites.png"))
    panel.move_selected()
    assert panel.list.count() == 1 and "Déplacé au samedi 19 décembre" in panel.status.text()
    panel.cancel_selected()
    assert panel.list.count() == 0
    with office.session() as s:
        assert s.get(m.Meeting, "M-WED").status == "cancelled"
        assert s.get(m.Meeting, "M-TUE").status == "planned"
    assert len(emitted) == 3  # the closure, the move, the cancellation
    # later, the month's impossible meetings at the site, whoever recorded the leave
    assert dialog.show_month_impacts() == 0 and dialog.panel.isHidden()
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData("PARIS"))
    with office.session() as s:
        s.get(m.Meeting, "M-TUE").start = datetime(2026, 12, 29, 9, 0, tzinfo=UTC)  # into Anne Petit's leave
        s.commit()
    assert dialog.show_month_impacts() == 1
    assert "congé d'Anne Petit" in dialog.panel.list.item(0).text()


def test_site_calendar_opens_from_the_planning_page(qtbot: QtBot, office: Store) -> None:
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage
    from sosdesk.ui.calendar.site_calendar import SiteCalendarDialog

    bus = ChangeBus()
    page = PlanningPage(office, bus, week="2026-W52", now=lambda: NOW)
    qtbot.addWidget(page)
    page.show_site("METZ")
    seen: list[SiteCalendarDialog] = []

    def run(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog)
        return False
    page.run_dialog = run  # type: ignore[method-assign]
    page.sites_action.trigger()
    assert seen and seen[0].site_id() == "METZ" and seen[0].month == "2026-12"


def test_series_menu_offers_this_occurrence_or_the_whole_series(qtbot: QtBot, office: Store) -> None:
    from PySide6.QtCore import QPoint

    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage

    repeat_weekly(office, "M-FRI18", until=date(2027, 1, 31))
    bus = ChangeBus()
    page = PlanningPage(office, bus, week="2026-W51", now=lambda: NOW)
    qtbot.addWidget(page)
    menu = page.actions_.context_menu("M-FRI18", QPoint(0, 0))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Modifier cette occurrence…" in texts and "Modifier toute la série (à partir d'ici)…" in texts
    assert "Annuler la série à partir d'ici" in texts
    plain = page.actions_.context_menu("M-WED", QPoint(0, 0)) if "M-WED" in page.data.meetings else None
    assert plain is None or "Modifier toute la série (à partir d'ici)…" not in [a.text() for a in plain.actions()]
    page.confirm = lambda _q: True  # type: ignore[method-assign]
    from sosdesk.ui.calendar.series_menu import cancel_series

    cancel_series(page.actions_, "M-FRI18")
    with office.session() as s:
        rows = s.query(m.Meeting).filter(m.Meeting.series_id.isnot(None)).all()
        assert rows and all(r.status == "cancelled" for r in rows)


def test_copy_to_next_week_lists_the_skipped_occurrences_by_day_never_by_id(qtbot: QtBot, office: Store) -> None:
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage

    bus = ChangeBus()
    page = PlanningPage(office, bus, week="2026-W51", now=lambda: NOW)
    qtbot.addWidget(page)
    report = page.actions_.copy_week()
    assert report is not None and len(report.skipped) == 2
    text = page.banner.text()
    assert "• 25/12/2026 :" in text and "Noël" in text and "• 26/12/2026 :" in text
    assert "M-FRI18" not in text and "2026-W52" not in text


def test_a_closure_from_the_site_calendar_is_one_undo_step_of_the_planning_page(qtbot: QtBot, office: Store) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage
    from sosdesk.ui.calendar.site_calendar import SiteCalendarDialog

    bus = ChangeBus()
    page = PlanningPage(office, bus, week="2026-W52", now=lambda: NOW)
    qtbot.addWidget(page)
    page.show_site("METZ")
    before = page.undo_stack.count()

    def run(dialog: SiteCalendarDialog) -> bool:
        model, sel = dialog.model, dialog.table.selectionModel()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                day = model.day_at(model.index(r, c))
                if day is not None and day.day == date(2026, 12, 22):
                    sel.select(model.index(r, c), QItemSelectionModel.SelectionFlag.Select)
        assert dialog.close_selected()
        return True
    page.run_dialog = run  # type: ignore[method-assign]
    page.sites_action.trigger()
    with office.session() as s:
        assert s.query(Unavailability).filter_by(site_id="METZ", deleted=False).count() == 1
    assert page.undo_stack.count() == before + 1
    assert page.undo_stack.undoText() == "Calendrier des sites : fermetures"
    page.undo_stack.undo()  # Ctrl+Z on the planning page: the site is open that day again
    with office.session() as s:
        assert s.query(Unavailability).filter_by(site_id="METZ", deleted=False).count() == 0
    page.undo_stack.redo()
    with office.session() as s:
        assert s.query(Unavailability).filter_by(site_id="METZ", deleted=False).count() == 1
