"""Report figures against a hand-built month, and the French CSV read back."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from sosdesk.store import Store
from sosdesk.store import reports as rp
from sosdesk.store.csv_export import write_csv
from sosdesk.store.invoice_models import Invoice
from tests.store.people_world import add_meeting, build, local

PRESENT = {"B1": "present"}


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="nat")
    add_meeting(s, "M1", "IND_PSY", local(2026, 10, 5, 9), 60, "S1", ["P1"], ["B1"], "held",
                attendance=PRESENT)
    add_meeting(s, "M2", "IND_PSY", local(2026, 10, 6, 10), 60, "S1", ["P1"], ["B2"])
    add_meeting(s, "M3", "COL_WORK", local(2026, 10, 7, 14), 120, "S1", ["P2"], ["B1", "B2"], "held",
                attendance={"B1": "absent_unexcused", "B2": "absent_excused"})
    add_meeting(s, "M4", "IND_PSY", local(2026, 10, 8, 9), 60, "S1", ["P1"], ["B1"], "cancelled")
    add_meeting(s, "M5", "IND_PSY", local(2026, 10, 12, 9), 60, "S1", ["P1"], ["B1"], "held",
                attendance=PRESENT)
    add_meeting(s, "M6", "IND_PSY", local(2026, 9, 30, 9), 60, "S1", ["P1"], ["B1"], "held",
                attendance=PRESENT)
    add_meeting(s, "M7", "IND_PSY", local(2026, 10, 6, 9), 60, "S3", ["P3"], ["B3"], "held",
                attendance={"B3": "present"})
    # 1 November 00:30 in Paris is still 31 October in UTC: belongs to November
    add_meeting(s, "M8", "IND_PSY", local(2026, 11, 1, 0, 30), 60, "S1", ["P1"], ["B1"], "held",
                attendance=PRESENT)
    # held, but the professional was recorded absent: not held minutes for them
    add_meeting(s, "M9", "IND_PSY", local(2026, 10, 9, 9), 60, "S1", ["P1"], ["B2"], "held",
                attendance={"B2": "present"}, professionals_present=[])
    yield s
    s.close()


def test_staffing_week(store: Store) -> None:
    with store.session() as s:
        ara = rp.staffing(s, "2026-W41", "ARA")
        everyone = rp.staffing(s, "2026-W41")
    by_id = {r.professional: r for r in ara}
    assert set(by_id) == {"P1", "P2"}
    assert (by_id["P1"].planned_minutes, by_id["P1"].held_minutes, by_id["P1"].cap_minutes) == (180, 60, 600)
    assert by_id["P1"].load_percent == Decimal("30.0")
    assert (by_id["P2"].planned_minutes, by_id["P2"].held_minutes, by_id["P2"].load_percent) == (120, 120, None)
    p3 = next(r for r in everyone if r.professional == "P3")
    assert (p3.planned_minutes, p3.held_minutes, p3.load_percent) == (60, 60, Decimal("5.0"))


def test_obligations_month_prorated_by_measure(store: Store) -> None:
    with store.session() as s:
        rows = {(r.beneficiary, r.type): r for r in rp.obligations_coverage(s, "2026-10", "ARA")}
    # B1: 120 min/week over 31 days → 531; held M1 + M5 (M4 cancelled, M6 in September, M8 in November)
    b1 = rows[("B1", "IND_PSY")]
    assert (b1.required_minutes, b1.planned_minutes, b1.held_minutes) == (531, 120, 120)
    assert b1.coverage_percent == Decimal("22.6")
    # no requirement, planned once, absent
    col = rows[("B1", "COL_WORK")]
    assert (col.required_minutes, col.planned_minutes, col.held_minutes, col.coverage_percent) == (
        0, 120, 0, None)
    # B2's measure starts on 15 October: 17 days → 60×17/7 = 146, 120×17/7 = 291
    assert (rows[("B2", "IND_PSY")].required_minutes, rows[("B2", "IND_PSY")].planned_minutes,
            rows[("B2", "IND_PSY")].held_minutes) == (146, 120, 60)
    assert rows[("B2", "COL_WORK")].required_minutes == 291
    assert not any(b == "B3" for b, _ in rows)


def test_activity_month(store: Store) -> None:
    with store.session() as s:
        rows = {(r.region, r.type): r for r in rp.activity(s, "2026-10")}
    ind = rows[("ARA", "IND_PSY")]
    assert (ind.held_count, ind.held_minutes, ind.no_show_count, ind.cancelled_count,
            ind.cancelled_minutes) == (3, 180, 0, 1, 60)
    col = rows[("ARA", "COL_WORK")]
    assert (col.held_count, col.no_show_count, col.no_show_minutes, col.label) == (
        0, 1, 120, "Atelier collectif")
    assert rows[("IDF", "IND_PSY")].held_count == 1


def test_billed_from_stored_invoices(store: Store) -> None:
    with store.transaction("invoices") as (s, _):
        s.add(Invoice(id="I1", kind="regional", scope="ARA", month="2026-10", status="draft",
                      total_ht_cents=123456, vat_cents=0, total_ttc_cents=123456))
        s.add(Invoice(id="I2", kind="regional", scope="IDF", month="2026-10", status="submitted",
                      total_ht_cents=5000, vat_cents=1000, total_ttc_cents=6000))
        s.add(Invoice(id="I3", kind="regional", scope="ARA", month="2026-09", status="draft"))
    with store.session() as s:
        assert [r.scope for r in rp.billed(s, "2026-10")] == ["ARA", "IDF"]
        ara = rp.billed(s, "2026-10", "ARA")
    table = rp.billed_table(ara, "2026-10")
    assert table.rows == (("ARA", "Facture régionale", 1, "brouillon", "brouillon", Decimal("1234.56"),
                           Decimal("0.00"), Decimal("1234.56")),)


def test_csv_is_french_excel_and_reads_back(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        table = rp.staffing_table(rp.staffing(s, "2026-W41", "ARA"), "2026-W41")
    path = write_csv(tmp_path / "charge.csv", table.headers, table.rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Professionnel", "Région", "Prévu (h)", "Réalisé (h)", "Plafond (h)", "Charge (%)"]
    assert ["Élodie Martin", "ARA", "3,00", "1,00", "10,00", "30,0"] in rows
    assert ["Karim Benali", "ARA", "2,00", "2,00", "", ""] in rows


def test_bad_period_is_refused_in_french(store: Store) -> None:
    with store.session() as s, pytest.raises(ValueError, match="mois invalide"):
        rp.activity(s, "2026-13")
