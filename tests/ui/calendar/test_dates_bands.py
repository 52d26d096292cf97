"""The planning page draws public holidays, closures and leave as labelled bands (issue 12), and
re-reads them when the week changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sosdesk.store import Store, open_store
from sosdesk.store.interchange import load_data
from tests.dates.world import doc

NOW = datetime(2026, 12, 14, 9, 0, tzinfo=UTC)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "office.db")
    load_data(store, doc())
    yield store
    store.close()


def _page(qtbot: QtBot, store: Store):  # type: ignore[no-untyped-def]
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage

    bus = ChangeBus()
    page = PlanningPage(store, bus, week="2026-W52", now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page._bus_keepalive = bus  # type: ignore[attr-defined]
    return page


def _labels(scene, day: int, resource: str) -> list[str]:  # type: ignore[no-untyped-def]
    col = scene.layout.column_of(day, resource)
    assert col is not None
    return [text for _s, _e, text, _closes in scene.bands[col.index]]


def test_holidays_closures_and_leave_are_labelled_bands(qtbot: QtBot, office: Store, tmp_path: Path) -> None:
    from sosdesk.ui.calendar.layout import PROFESSIONALS

    page = _page(qtbot, office)
    page.show_site("PARIS")
    scene = page.scene()
    assert _labels(scene, 5, "PARIS") == ["Férié : Noël"]
    assert _labels(scene, 4, "PARIS") == ["Fermeture : Veille de Noël"]
    assert _labels(scene, 3, "PARIS") == ["Capacité 1 : travaux"]
    assert _labels(scene, 6, "PARIS") == []  # 26 December is no holiday in Paris
    page.show_site("METZ")
    assert _labels(page.scene(), 6, "METZ") == ["Férié : Saint-Étienne"]
    page.set_view(PROFESSIONALS, ("P3", "P4"))
    scene = page.scene()
    assert _labels(scene, 2, "P3") == ["Congé"]
    assert _labels(scene, 2, "P4") == []
    assert _labels(scene, 5, "P4") == ["Férié : Noël"]
    page.show_beneficiary("B2")
    assert _labels(page.scene(), 2, "B2") == ["Audience"]
    # drawn: the band's colour is there, not the white of a free column
    page.set_view(PROFESSIONALS, ("P3", "P4"))
    scene = page.scene()
    image = page.view.grab().toImage()
    image.save(str(tmp_path / "bands.png"))
    col = scene.layout.column_of(2, "P3")
    assert col is not None
    point = page.view.mapFromScene(col.x + col.width / 2, scene.layout.y_of(15 * 60))
    assert image.pixelColor(point).name() != "#ffffff"
    # another week: the leave is still there, Christmas is not
    page.set_week("2026-W53")  # 28 December 2026 – 3 January 2027
    scene = page.scene()
    assert _labels(scene, 4, "P3") == ["Congé"]
    assert _labels(scene, 5, "P3") == ["Férié : Jour de l'an"]
    assert _labels(scene, 5, "P4") == ["Férié : Jour de l'an"]
    assert _labels(scene, 3, "P4") == []


def test_dragging_onto_christmas_is_refused_with_the_holiday_named(qtbot: QtBot, office: Store) -> None:
    from sosdesk.store import models as m
    from sosdesk.ui.calendar.layout import PROFESSIONALS

    page = _page(qtbot, office)
    page.set_view(PROFESSIONALS, ("P3", "P4"))
    scene = page.scene()
    item = scene.item_for("M-WED")  # P4 + B2, Wednesday 23 December 10:00
    target = scene.layout.column_of(5, "P4")
    assert item is not None and target is not None and page.view.controller is not None
    scene.select_ids(["M-WED"])
    c = page.view.controller
    c.begin_move([item], scene.layout.columns[int(item.data(0))], item.cal.meeting.start)
    result = c.drag_to(target, 10 * 60)
    assert ("L'entretien du vendredi 25/12 à 10 h 00 : le 25/12 est férié (Noël) : le site Antenne Paris 11 est fermé"
            in result.messages)
    page.view.finish(c.drop())
    with office.session() as s:
        row = s.get(m.Meeting, "M-WED")
        assert row.start.day == 23  # not moved
    # into P3's Monday column: P3 is on leave from the 21st to the 31st
    c.begin_move([scene.item_for("M-WED")], scene.layout.columns[int(scene.item_for("M-WED").data(0))], 600)
    result = c.drag_to(scene.layout.column_of(1, "P3"), 10 * 60)
    assert any("congé d'Anne Petit du 21/12 au 31/12" in msg for msg in result.messages)
    c.cancel()


def test_obligations_panel_says_how_many_days_were_available(qtbot: QtBot, office: Store) -> None:
    page = _page(qtbot, office)
    note = page.obligations.days_note
    assert note.isVisibleTo(page)
    assert note.text() == ("3 jours ouvrés sur 5 (jeu. 24/12 (fermeture : Veille de Noël), ven. 25/12 (Noël)) : "
                           "les obligations hebdomadaires restent entières")
    page.set_week("2026-W51")
    assert not page.obligations.days_note.isVisibleTo(page)
