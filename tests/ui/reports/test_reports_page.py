"""Rapports page: model checks, period picker, region scope, refresh on change, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.reports.page import ReportsPage, shift_month
from sosdesk.ui.reports.table_model import ReportTableModel
from tests.store.people_world import add_meeting, build, local

pytestmark = pytest.mark.gui
TODAY = date(2026, 10, 7)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="nat")
    add_meeting(s, "M1", "IND_PSY", local(2026, 10, 5, 9), 90, "S1", ["P1"], ["B1"], "held",
                attendance={"B1": "present"})
    add_meeting(s, "M2", "IND_PSY", local(2026, 10, 6, 9), 60, "S3", ["P3"], ["B3"])
    yield s
    s.close()


def make_page(qtbot, store: Store) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(store, ChangeBus(), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    return page


def cells(page: ReportsPage) -> list[list[str]]:
    return [[page.proxy.data(page.proxy.index(r, c)) for c in range(page.proxy.columnCount())]
            for r in range(page.proxy.rowCount())]


def test_every_report_model_passes_qtmodeltester(qtbot, qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    for key in ("staffing", "obligations", "activity", "billed"):
        page.set_report(key)
        model = ReportTableModel()
        model.set_table(page.model.table)
        qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


def test_staffing_week_and_picker(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    assert page.period_label.text() == "semaine 05/10 – 11/10/2026"
    rows = cells(page)
    assert ["Élodie Martin", "Auvergne-Rhône-Alpes", "1,50", "1,50", "10,00", "15,0"] in rows
    page.next_button.click()
    assert page.week == "2026-W42"
    assert all(r[2] == "0,00" for r in cells(page))
    page.prev_button.click()
    page.set_report("activity")
    assert page.period_label.text() == "octobre 2026"
    page.prev_button.click()
    assert page.month == "2026-09" and page.empty_label.isVisibleTo(page)
    assert shift_month("2026-12", 1) == "2027-01" and shift_month("2026-01", -1) == "2025-12"


def test_regional_user_sees_only_own_region(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.set_user("admin")
    page = make_page(qtbot, store)
    assert not page.region_combo.isEnabled()
    assert {r[1] for r in cells(page)} == {"Auvergne-Rhône-Alpes"}


def test_region_filter_for_coordinator(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    assert {r[1] for r in cells(page)} == {"Auvergne-Rhône-Alpes", "Île-de-France"}
    page.region_combo.setCurrentIndex(page.region_combo.findData("IDF"))
    assert [r[0] for r in cells(page)] == ["Anne Leroy"]


def test_refreshes_when_meetings_change(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    with store.transaction("move") as (s, changes):
        s.get(m.Meeting, "M1").minutes = 120
    page.bus.changed.emit(changes)
    assert ["Élodie Martin", "Auvergne-Rhône-Alpes", "2,00", "2,00", "10,00", "20,0"] in cells(page)


def test_export_csv_reads_back(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    page.set_report("obligations", "2026-10")
    assert page.default_filename() == "sosdesk-obligations-2026-10.csv"
    with qtbot.waitSignal(page.bus.status_message):
        path = page.export_csv(tmp_path / "obligations.csv")
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Bénéficiaire", "Région", "Type"]
    # 120 min/week × 31/7 = 531 min = 8,85 h; 90 min held = 1,50 h → 16,9 %
    assert ["Hélène Dupré", "Auvergne-Rhône-Alpes", "Entretien psychologique", "8,85", "1,50", "1,50", "16,9"] in rows
    assert len(rows) == page.model.rowCount() + 1


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_screenshot(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, store)
    page.show()
    assert page.grab().save(str(tmp_path / "sosdesk_reports_page.png"))
    page.set_report("obligations")
    assert page.grab().save(str(tmp_path / "sosdesk_reports_obligations.png"))
