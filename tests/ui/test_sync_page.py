"""The Synchronisation page: sync off the GUI thread, conflicts side by side, rejected list,
region file export and national merge with a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sosdesk.store import models as m
from sosdesk.syncclient.service import sync_now
from tests.sync.syncworld import World, add_beneficiary, get, seed_reference

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.sync_page import SyncPage


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = World(tmp_path)
    yield w
    w.engine.dispose()


def _wait_idle(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)


def test_sync_conflict_resolution_and_rejected(qtbot, qtmodeltester, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nat, tn = world.office("national", None, "national_coordinator")
    seed_reference(nat)
    sync_now(nat, tn)
    a, ta = world.office("a", "R1")
    b, tb = world.office("b", "R1")
    sync_now(a, ta)
    sync_now(b, tb)
    bid = add_beneficiary(a, "R1")
    sync_now(a, ta)
    sync_now(b, tb)
    for store, value in ((a, "SME"), (b, "TIG")):
        def set_measure(s: Any, v: str = value) -> None:
            s.get(m.Beneficiary, bid).measure = v
        store.edit(set_measure, "mesure")
    # a region row is reference data too: the service refuses it (meeting types are refused locally)
    b.edit(lambda s: s.add(m.Region(id="RX", name="Locale")), "région")
    sync_now(a, ta)

    bus = ChangeBus()
    page = SyncPage(b, bus, transport=tb)
    qtbot.addWidget(page)
    assert page.merge_button.isHidden()
    # nothing to decide yet: a sentence says so, no empty list, table or idle buttons
    assert not page.conflicts.empty.isHidden() and page.conflicts.body.isHidden()
    assert "Aucun conflit à trancher" in page.conflicts.empty.text()
    assert not page.rejected.empty.isHidden() and page.rejected_view.isHidden() and page.dismiss_button.isHidden()
    assert "en attente : 2" in page.state_label.text()
    qtbot.mouseClick(page.sync_button, qtbot_button())
    _wait_idle(qtbot, page)
    assert "2 à trancher ou refusée(s)" in page.message.text()
    assert page.conflict_list.count() == 1
    assert page.rejected_model.rowCount() == 1
    assert page.conflicts.empty.isHidden() and not page.conflicts.body.isHidden()
    assert page.rejected.empty.isHidden() and not page.rejected_view.isHidden()
    qtmodeltester.check(page.fields_model)
    qtmodeltester.check(page.rejected_model)
    # what a person reads: the row by its name, fields in French; table and id only in the tooltip
    assert page.conflict_list.item(0).text() == "Bénéficiaire Ana Test (mesure)"
    assert page.conflict_list.item(0).toolTip() == f"beneficiaries {bid}"
    assert [page.rejected_model.index(0, c).data() for c in range(3)] == [
        "Région Locale", "création", "donnée de référence (national)"]
    assert page.rejected_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "regions RX"
    fields = page.fields_model.fields
    assert "measure" in fields
    row = fields.index("measure")
    assert page.fields_model.index(row, 0).data() == "mesure"
    assert page.fields_model.data(page.fields_model.index(row, 1)) == "TIG"
    assert page.fields_model.data(page.fields_model.index(row, 2)) == "SME"
    page.resize(1000, 700)
    page.grab().save(str(tmp_path / "sync_page.png"))
    page.fields_model.toggle(row)  # keep the service's value for this field
    with qtbot.waitSignal(bus.changed):
        page.merge_fields.click()
    assert page.conflict_list.count() == 0 and not page.conflicts.empty.isHidden()
    assert get(b, m.Beneficiary, bid).measure == "SME"
    page.rejected_view.setCurrentIndex(page.rejected_model.index(0, 0))
    page.dismiss_button.click()
    assert page.rejected_model.rowCount() == 0
    assert not page.rejected.empty.isHidden() and page.dismiss_button.isHidden()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_unreachable_message_and_national_merge(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nat, tn = world.office("national", None, "national_coordinator")
    seed_reference(nat)
    sync_now(nat, tn)
    a, ta = world.office("a", "R1")
    sync_now(a, ta)
    sync_now(nat, tn)  # the national office learns the office's region-file key
    add_beneficiary(a, "R1", first_name="Fichier")
    office_page = SyncPage(a, ChangeBus(), transport=ta)
    qtbot.addWidget(office_page)
    ta.offline = True
    office_page.start_sync()
    _wait_idle(qtbot, office_page)
    assert "injoignable" in office_page.message.text()
    out = tmp_path / "a.sosdesk"
    office_page.export_to(out, "pw")
    _wait_idle(qtbot, office_page)
    assert out.exists()
    bad = tmp_path / "bad.sosdesk"
    bad.write_bytes(b"xx")
    page = SyncPage(nat, ChangeBus(), transport=tn)
    qtbot.addWidget(page)
    assert not page.merge_button.isHidden()
    tn.offline = True  # the national office merges with no network too
    page.merge_files([out, bad], "pw")
    _wait_idle(qtbot, page)
    assert page.last_merge is not None and len(page.last_merge.files) == 2
    assert "refusé" in page.message.text() and "applied" in page.message.text()
    assert "prochaine synchronisation" in page.message.text()
