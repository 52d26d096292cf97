"""Opening a person's file in the window is recorded in the access log (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosdesk.store import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.people.page import PeoplePage
from sosdesk.usecases.person_file import access_log
from tests.store.people_world import build

pytestmark = pytest.mark.gui


def test_opening_a_beneficiary_is_logged_not_a_professional(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store: Store = build(tmp_path / "office.db", user="admin")
    try:
        page = PeoplePage(store, ChangeBus())
        qtbot.addWidget(page)
        tab = page.tab("beneficiaries")
        assert tab.pick("B1")
        dialog = tab.open_dialog(tab.selected_id())
        dialog.reject()
        pros = page.tab("professionals")
        pros.open_dialog(pros.model.row_id(0)).reject()
        entries = access_log(store, None)
        assert [(e.user_id, e.action, e.person_id) for e in entries] == [("admin", "open", "B1")]
        assert entries[0].user_name == "Alice Admin"
    finally:
        store.close()
