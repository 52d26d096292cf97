"""Personnes page: models, instant filter, edit dialogs that name bad fields, change log, archive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sosdesk.store import Store, ops_people
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.people.dialogs import BeneficiaryDialog, SiteDialog
from sosdesk.ui.people.page import PeoplePage, PeopleTab
from sosdesk.ui.people.table_model import SEARCH_ROLE
from tests.store.people_world import add_meeting, build, local

pytestmark = pytest.mark.gui


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="admin")
    yield s
    s.close()


@pytest.fixture
def page(qtbot, store: Store) -> PeoplePage:  # type: ignore[no-untyped-def]
    p = PeoplePage(store, ChangeBus())
    qtbot.addWidget(p)
    p.resize(1100, 500)
    return p


def shown_ids(tab: PeopleTab) -> list[str]:
    return sorted(tab.model.row_id(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())
                  for r in range(tab.proxy.rowCount()))


def test_models_pass_qtmodeltester(qtmodeltester, page: PeoplePage) -> None:  # type: ignore[no-untyped-def]
    for kind in ("beneficiaries", "professionals", "sites"):
        tab = page.tab(kind)
        qtmodeltester.check(tab.model, force_py=True)
        qtmodeltester.check(tab.proxy, force_py=True)


def test_regional_admin_sees_own_region_only_and_no_justice_data(page: PeoplePage) -> None:
    tab = page.tab("beneficiaries")
    assert shown_ids(tab) == ["B1", "B2"]
    assert shown_ids(page.tab("sites")) == ["S1", "S2"]
    texts = [tab.model.data(tab.model.index(r, c)) for r in range(2) for c in range(tab.model.columnCount())]
    assert not any("1990" in t or "sursis" in t for t in texts)


def test_coordinator_sees_every_region(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.set_user("nat")
    p = PeoplePage(store, ChangeBus())
    qtbot.addWidget(p)
    assert shown_ids(p.tab("beneficiaries")) == ["B1", "B2", "B3"]


def test_filter_any_column_accent_insensitive(page: PeoplePage) -> None:
    tab = page.tab("beneficiaries")
    tab.filter.setText("helene")
    assert shown_ids(tab) == ["B1"]
    tab.filter.setText("ELODIE")          # referent column
    assert shown_ids(tab) == ["B1"]
    tab.filter.setText("atelier")          # obligations column (type names)
    assert shown_ids(tab) == ["B2"]
    phone = tab.model.data(tab.model.index(tab.model.row_of("B1"), 3))
    assert phone.count(" ") == 4
    tab.filter.setText(phone.replace(" ", "")[:6])   # a phone typed without spaces
    assert "B1" in shown_ids(tab)
    tab.filter.setText("dupre lyon")       # every word, any column
    assert shown_ids(tab) == ["B1"]
    assert tab.count_label.text() == "1 / 2"
    tab.filter.clear()
    assert shown_ids(tab) == ["B1", "B2"]
    assert "hélène" not in tab.model.data(tab.model.index(0, 0), SEARCH_ROLE)


def test_dialog_refuses_bad_phone_and_off_grid_window(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = BeneficiaryDialog(store, "B1")
    qtbot.addWidget(dialog)
    dialog.phone.setText("06 12")
    dialog.available.add_window(2, "13:00", "18:00")
    dialog.available.set_time(0, 2, "17:10")
    assert dialog.save() is False
    text = dialog.error_label.text()
    assert "Téléphone : numéro de téléphone invalide « 06 12 »" in text
    assert "Disponibilités, créneau 1, fin : « 17:10 » n'est pas sur la grille de 15 minutes" in text
    assert dialog.result() == 0
    with store.session() as s:
        assert s.get(m.Beneficiary, "B1").phone == "+33611223344"


def test_valid_edit_saved_logged_and_list_updated(qtbot, page: PeoplePage, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = page.tab("beneficiaries")
    assert tab.pick("B1")
    dialog = tab.open_dialog(tab.selected_id())
    dialog.phone.setText("06 98 76 54 32")
    dialog.forbidden.set_checked(["B2"])
    dialog.requirements.set_minutes("COL_WORK", 120)
    dialog.unavailable.add_window(3, "08:00", "16:00")
    with qtbot.waitSignal(page.bus.changed) as blocker:
        assert dialog.save()
    assert blocker.args[0].updated["beneficiaries"] == {"B1"}
    with store.session() as s:
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == "B1",
                                                  m.ChangeLog.action == "update")).one()
    assert log.user_id == "admin"
    assert log.changes["phone"] == ["+33611223344", "+33698765432"]
    assert log.changes["forbidden_with"] == [[], ["B2"]]
    assert set(log.changes) == {"phone", "forbidden_with", "requirements", "unavailable"}
    row = tab.model.row_of("B1")
    assert tab.model.data(tab.model.index(row, 3)) == "06 98 76 54 32"  # stored E.164, shown as written
    assert "Atelier collectif 2 h" in tab.model.data(tab.model.index(row, 6))  # the type's name, not COL_WORK
    # the history tab of a new dialog shows who and old → new
    again = BeneficiaryDialog(store, "B1")
    qtbot.addWidget(again)
    entries = [again.history_view.history_model.entry(r)
               for r in range(again.history_view.history_model.rowCount())]
    phone = next(e for e in entries if e.field == "téléphone" and e.action == "modification")
    assert (phone.user, phone.old, phone.new) == ("Alice Admin", "+33611223344", "+33698765432")


def test_changes_refresh_only_changed_rows(qtbot, page: PeoplePage, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = page.tab("beneficiaries")
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(tab.model.rowsInserted):
        bid, changes = ops_people.create_beneficiary(store, {"region": "ARA", "last_name": "Zola"})
        page.bus.changed.emit(changes)
    assert tab.model.row_of(bid) is not None
    # a professional renamed: the beneficiary row showing them as referent follows
    with qtbot.waitSignal(tab.model.dataChanged):
        page.bus.changed.emit(ops_people.update_professional(store, "P1", {"last_name": "Martin-Roy"}))
    assert tab.model.data(tab.model.index(tab.model.row_of("B1"), 5)) == "Élodie Martin-Roy"
    # another region's new beneficiary is not listed for a regional admin
    store.set_user("nat")
    other, changes = ops_people.create_beneficiary(store, {"region": "IDF", "last_name": "Hugo"})
    page.bus.changed.emit(changes)
    assert tab.model.row_of(other) is None
    assert resets == []


def test_create_site_through_dialog(qtbot, page: PeoplePage, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = page.tab("sites")
    dialog = tab.open_dialog(None)
    assert isinstance(dialog, SiteDialog)
    dialog.name.setText("Salle des fêtes")
    dialog.coefficient.setText("1,25")
    dialog.open_hours.add_window(1, "08:00", "24:00")
    assert dialog.save()
    assert dialog.row_id is not None and tab.model.row_of(dialog.row_id) is not None
    assert tab.selected_id() == dialog.row_id
    with store.session() as s:
        site = s.get(m.Site, dialog.row_id)
        assert (site.region_id, site.rate_coefficient, site.open) == (
            "ARA", "1.25", [{"day": 1, "from": "08:00", "to": "24:00"}])


def test_archive_refused_with_future_meetings(page: PeoplePage, store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    add_meeting(store, "M9", "IND_PSY", local(2099, 1, 5, 9), 60, "S1", ["P1"], ["B1"])
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    tab = page.tab("beneficiaries")
    tab.pick("B1")
    assert tab.archive_selected() is False
    assert "Hélène" in asked[0] or "Dupré" in asked[0]
    assert "« Entretien psychologique » du lundi 05/01/2099 à 9 h 00" in tab.message.text()
    assert tab.model.row_of("B1") is not None
    tab.pick("B2")
    assert tab.archive_selected() is True
    assert tab.model.row_of("B2") is None
    with store.session() as s:
        assert s.get(m.Beneficiary, "B2").deleted


def test_archive_asks_first(page: PeoplePage, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    tab = page.tab("professionals")
    tab.pick("P2")
    assert tab.archive_selected() is False
    with store.session() as s:
        assert not s.get(m.Professional, "P2").deleted


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_double_click_shows_planning(qtbot, page: PeoplePage) -> None:  # type: ignore[no-untyped-def]
    tab = page.tab("professionals")
    page.tabs.setCurrentWidget(tab)
    page.show()
    qtbot.waitExposed(page)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of("P2"), 0))
    rect = tab.view.visualRect(row)
    with qtbot.waitSignal(page.bus.show_professional) as blocker:
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["P2"]
    btab = page.tab("beneficiaries")
    btab.pick("B2")
    with qtbot.waitSignal(page.bus.show_beneficiary) as blocker:
        btab.planning_button.click()
    assert blocker.args == ["B2"]


def test_validator_reads_but_cannot_edit(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction("u") as (s, _):
        s.add(m.User(id="val", name="Victor", role="regional_validator", region_id="ARA"))
    store.set_user("val")
    p = PeoplePage(store, ChangeBus())
    qtbot.addWidget(p)
    tab = p.tab("beneficiaries")
    tab.pick("B1")
    assert not tab.new_button.isEnabled() and not tab.archive_button.isEnabled()
    dialog = tab.open_dialog("B1")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert dialog.birth_date.text() == "02/04/1990"  # justice data: in the detail dialog only


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_screenshots(qtbot, page: PeoplePage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.show()
    assert page.grab().save(str(tmp_path / "sosdesk_people_page.png"))
    dialog = page.tab("beneficiaries").open_dialog("B1")
    dialog.resize(760, 600)
    dialog.phone.setText("0612")
    dialog.save()
    assert dialog.grab().save(str(tmp_path / "sosdesk_people_dialog.png"))
