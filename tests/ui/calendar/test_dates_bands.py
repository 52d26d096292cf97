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
