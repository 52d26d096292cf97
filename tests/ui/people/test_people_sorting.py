"""The Personnes lists sort in the model (fast at 2,000 rows) yet behave as before: a header click
sorts accent- and case-insensitively, a second click reverses, the selection stays on its person,
an edited name takes its place; the other tabs are read when first shown; phones shown in pairs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.people.page import PeoplePage, PeopleTab
from tests.store.people_world import build

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="admin")
    yield s
    s.close()


def column_texts(tab: PeopleTab, col: int) -> list[str]:
    return [tab.proxy.index(r, col).data() for r in range(tab.proxy.rowCount())]


def click_header(qtbot, tab: PeopleTab, col: int) -> None:  # type: ignore[no-untyped-def]
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_clicks_sort_and_keep_the_selection(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = PeoplePage(store, ChangeBus())
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitExposed(page)
    assert not page._tabs["professionals"].model.loaded   # read when first shown
    tab = page.tab("beneficiaries")
    names = column_texts(tab, 0)
    assert len(names) >= 2
    assert names == sorted(names, key=lambda n: n.casefold())
    tab.pick(tab.model.row_id(tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()))
    chosen = tab.selected_id()
    assert chosen is not None
    click_header(qtbot, tab, 0)   # second click on the sorted column: descending
    assert column_texts(tab, 0) == sorted(names, key=lambda n: n.casefold(), reverse=True)
    assert tab.selected_id() == chosen   # the selection followed its person
    click_header(qtbot, tab, 1)
    firsts = column_texts(tab, 1)
    assert firsts == sorted(firsts, key=lambda n: n.casefold())

    # an edited last name moves to its sorted place
    click_header(qtbot, tab, 0)
    last = tab.model.row_id(tab.proxy.mapToSource(tab.proxy.index(tab.proxy.rowCount() - 1, 0)).row())

    def rename(s):  # type: ignore[no-untyped-def]
        s.get(m.Beneficiary, last).last_name = "Aaron"
    _none, changes = store.edit(rename, "renommer")
    page.bus.changed.emit(changes)
    assert column_texts(tab, 0)[0] == "Aaron"


def test_phones_are_shown_in_pairs(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = PeoplePage(store, ChangeBus())
    qtbot.addWidget(page)
    tab = page.tab("beneficiaries")
    phones = [p for p in column_texts(tab, 3) if p]
    assert phones and all(not p.startswith("+33") for p in phones)
    assert all(len(p) == 14 and p[2] == " " for p in phones if p.startswith("0"))
