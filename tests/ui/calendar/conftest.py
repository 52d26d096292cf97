"""Fixtures for the planning page tests: the small office of tests/store/calendar_office.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sosdesk.store import Store
from tests.store.calendar_office import WEEK, add_meeting, build_office

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)  # Wednesday of 2026-W48


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_office(tmp_path / "office.db")
    add_meeting(s, "M1")                                                    # P1 + B1, Tue 10:00 S1
    add_meeting(s, "M2", start=14 * 60, pros=("P2",), bens=("B2",))        # P2 + B2, Tue 14:00 S1
    add_meeting(s, "M3", day=2, start=15 * 60, pros=("P1",), bens=("B3",))  # day parole Tue 13–18
    add_meeting(s, "M4", day=3, start=9 * 60, pros=("P1",), bens=("B4",))
    yield s
    s.close()


@pytest.fixture
def page(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.layout import PROFESSIONALS
    from sosdesk.ui.calendar.page import PlanningPage

    bus = ChangeBus()
    p = PlanningPage(store, bus, week=WEEK, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    p.set_view(PROFESSIONALS, ("P1", "P2"))
    p.confirm = lambda _text: True
    p._bus_keepalive = bus  # type: ignore[attr-defined]
    return p


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns about size hints whenever a top-level widget is shown, and
    when a pop-up (hover card, mini-month menu) raises itself or grabs the keyboard."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(
                "propagateSizeHints", "This plugin does not support (raise|grabbing the keyboard)"))
