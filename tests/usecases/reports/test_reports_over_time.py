"""Report figures against hand-computed values on the small world of ``world.py`` (docstring there)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sosdesk.domain.errors import InputError
from sosdesk.domain.periods import custom, parse_period, period_of, shift
from sosdesk.domain.report_math import hires_needed, longest_run_below
from sosdesk.store import Store
from sosdesk.usecases.reports import activity, finance, obligations, service, staffing
from sosdesk.usecases.reports.views import to_json, view
from tests.usecases.reports.world import build_world

TWO_WEEKS = custom(date(2026, 11, 2), date(2026, 11, 15))


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build_world(db_path)
    yield s
    s.close()


def test_periods_parse_and_shift() -> None:
    q4 = parse_period("2026-Q4")
    assert (q4.first, q4.last, q4.label()) == (date(2026, 10, 1), date(2026, 12, 31), "4e trimestre 2026")
    assert parse_period("2026-W48").first == date(2026, 11, 23)
    assert parse_period("2026").months()[-1] == "2026-12"
    assert shift(period_of("month", date(2026, 12, 5)), 1).first == date(2027, 1, 1)
    assert TWO_WEEKS.weeks() == ["2026-W45", "2026-W46"] and TWO_WEEKS.days == 14
    with pytest.raises(ValueError, match="période invalide"):
        parse_period("2026-13")
    with pytest.raises(ValueError, match="précède"):
        custom(date(2026, 11, 2), date(2026, 11, 1))


def test_formulas() -> None:
    assert hires_needed(1080, 600, 600) == 1      # ceil(480 / 600)
    assert hires_needed(1500, 600, 600) == 2      # ceil(900 / 600)
    assert hires_needed(500, 600, 600) == 0
    assert longest_run_below([Decimal(10), Decimal(50), Decimal(1), Decimal(2), Decimal(3), None]) == 3


def test_staffing_by_hand(store: Store) -> None:
    r = staffing.build(store, TWO_WEEKS, "ARA")
    assert r.weeks == ("2026-W45", "2026-W46")
    pros = {p.professional: p for p in r.professionals}
    # P1: W45 M1 + M2 = 120 min; W46 M3 90 + M4 120 = 210 (M5, M6 cancelled)
    assert (pros["P1"].planned, pros["P1"].held) == ((120, 210), (120, 210))
    assert (pros["P2"].planned, pros["P2"].held) == ((0, 120), (0, 120))
    assert "P3" not in pros  # IDF
    skills = {k.skill: k for k in r.skills}
    assert skills["psychologist"].planned == (120, 90)
    assert skills["facilitator"].planned == (0, 240)  # 120 min × 2 professionals
    # demand: B1 120 + B2 60 + B4 900 per week; COL_WORK 120 × 2 professionals ÷ 8 participants = 30
    assert skills["psychologist"].demand == (1080, 1080)
    assert skills["facilitator"].demand == (30, 30)
    hiring = {h.skill: h for h in r.hiring}
    psy = hiring["psychologist"]
    assert (psy.demand_minutes, psy.available_minutes, psy.planned_minutes, psy.average_minutes, psy.hires) == (
        1080, 600, 105, 600, 1)
    assert (hiring["facilitator"].available_minutes, hiring["facilitator"].hires) == (2100, 0)
    unmet = [(u.skill, u.site_name, u.beneficiaries, u.unmet_minutes) for u in r.unmet]
    assert unmet == [("psychologist", "Maison d'arrêt", 1, 1800), ("facilitator", "—", 1, 120),
                     ("psychologist", "Antenne Lyon 3", 1, 120), ("psychologist", "—", 1, 60)]
    shown = view(r)
    assert shown.highlights[0] == ("Recrutements nécessaires", "1 (Psychologue : 1)")
    assert any("arrondi supérieur" in n for n in shown.notes)


def test_obligations_by_hand(store: Store) -> None:
    r = obligations.build(store, TWO_WEEKS, "ARA", today=date(2026, 11, 27))
    rows = {(x.beneficiary, x.type): (x.required_minutes, x.planned_minutes, x.held_minutes, x.coverage)
            for x in r.rows}
    assert rows == {("B1", "IND_PSY"): (240, 120, 60, Decimal("25.0")),
                    ("B1", "COL_WORK"): (0, 120, 120, None),
                    ("B2", "IND_PSY"): (120, 90, 0, Decimal("0.0")),
                    ("B2", "COL_WORK"): (240, 120, 120, Decimal("50.0")),
                    ("B4", "IND_PSY"): (1800, 0, 0, Decimal("0.0"))}
    assert (r.required_to_date, r.held_minutes, r.coverage_to_date) == (2400, 300, Decimal("12.5"))
    measures = {x.measure: (x.required_minutes, x.held_minutes, x.coverage) for x in r.measures}
    assert measures["sursis probatoire"] == (240, 180, Decimal("75.0"))
    assert measures["sans mesure"] == (360, 120, Decimal("33.3"))
    assert r.chronic == ()  # two weeks only: never 3 in a row
    three = obligations.build(store, custom(date(2026, 11, 2), date(2026, 11, 22)), "ARA", today=date(2026, 11, 27))
    assert [(c.beneficiary, c.weeks_below) for c in three.chronic] == [("B4", 3)]
    b2 = obligations.build(store, custom(date(2026, 11, 2), date(2026, 11, 22)), "ARA", today=date(2026, 11, 16))
    assert b2.weeks == ("2026-W45", "2026-W46")  # W47 not finished on 16/11


def test_activity_by_hand(store: Store) -> None:
    r = activity.build(store, TWO_WEEKS, "ARA")
    cells = {(x.type, x.site): x.counts for x in r.rows}
    psy = cells[("IND_PSY", "S1")]
    assert (psy.held, psy.no_show, psy.late_cancel, psy.cancelled, psy.due) == (1, 1, 1, 1, 3)
    assert psy.no_show_rate == Decimal("33.3")
    assert cells[("IND_PSY", "S2")].no_show == 1 and cells[("COL_WORK", "S1")].held == 1
    t = r.total
    assert (t.held, t.no_show, t.late_cancel, t.cancelled) == (2, 2, 1, 1)
    assert (t.held_rate, t.no_show_rate, t.late_cancel_rate) == (Decimal("40.0"), Decimal("40.0"), Decimal("20.0"))
    effect = r.reminders[0]
    assert (effect.reminded.due, effect.reminded.missed_rate) == (2, Decimal("50.0"))
    assert (effect.not_reminded.due, effect.not_reminded.missed_rate) == (3, Decimal("66.7"))


def test_finance_by_hand(store: Store) -> None:
    r = finance.build(store, TWO_WEEKS, None, today=date(2027, 1, 10))
    rows = {x.region: x for x in r.regions}
    ara = rows["ARA"]
    # planned: M1 60 € + M2 60 € + M3 1,5 h × 60 € × 1,20 = 108 € + M4 2 h × 90 € = 180 € → 408 €
    # held: M1 60 € + M2 no-show 30 € + M3 excused 0 + M4 180 € + M5 late 30 € → 300 €
    assert (ara.planned_cents, ara.held_cents, ara.billed_cents, ara.invoice_ht_cents, ara.invoice_status) == (
        40800, 30000, 25000, 30000, "validated")
    assert (rows["IDF"].planned_cents, rows["IDF"].held_cents, rows["IDF"].billed_cents) == (6000, 6000, None)
    assert [(e.category, e.count, e.amount_cents) for e in r.expenses] == [("room_rental", 2, 20000)]
    assert [(s.status, s.count, s.ht_cents) for s in r.statuses] == [("validated", 2, 25000), ("paid", 1, 30000)]
    ages = {a.invoice: (a.issued, a.paid, a.days, a.bucket) for a in r.invoices}
    assert ages["INV-R"] == (date(2026, 12, 1), None, 40, "31–60 jours")
    assert ages["INV-N"] == (date(2026, 12, 2), date(2027, 1, 5), 34, "payée")
    assert [(c.invoice, c.ttc_cents) for c in r.credit_notes] == [("INV-C", -5000)]
    assert r.paid_by_month == (("2027-01", 30000),)


def test_regional_user_scope(db_path: Path) -> None:
    store = build_world(db_path, user="admin")
    try:
        assert staffing.build(store, TWO_WEEKS).scope.region == "ARA"
        with pytest.raises(InputError, match="que la région Auvergne"):
            staffing.build(store, TWO_WEEKS, "IDF")
        with pytest.raises(InputError, match="région inconnue"):
            activity.build(store, TWO_WEEKS, "XX")
        assert {x.region for x in finance.build(store, TWO_WEEKS, today=date(2027, 1, 10)).regions} == {"ARA"}
    finally:
        store.close()


def test_json_keys_are_stable(store: Store) -> None:
    for kind in ("staffing", "obligations", "activity", "finance"):
        data = to_json(kind, service.build(store, kind, TWO_WEEKS, "ARA", today=date(2027, 1, 10)))
        assert data["report"] == kind and data["format"] == "sosdesk-report/1"
        assert data["period"] == {"from": "2026-11-02", "to": "2026-11-15", "kind": "custom",
                                  "label": "du 02/11/2026 au 15/11/2026"}
        assert data["scope"] == {"region": "ARA", "label": "Auvergne-Rhône-Alpes"}
    act = to_json("activity", service.build(store, "activity", TWO_WEEKS, "ARA"))
    assert set(act["total"]) >= {"held", "no_show", "late_cancel", "cancelled", "to_record", "due", "held_rate",
                                 "no_show_rate", "late_cancel_rate", "missed_rate"}


def test_held_amount_agrees_with_the_invoice_draft(db_path: Path) -> None:
    """The report prices with the billing engine: « réalisé » equals the draft's meeting lines."""
    from sosdesk.invoicing.drafts import actor_for, regional_draft
    from sosdesk.store.models import User

    store = build_world(db_path)
    try:
        with store.transaction("idf admin") as (s, _):
            s.add(User(id="idf", name="Ines IDF", role="regional_admin", region_id="IDF"))
        regional_draft(store, actor_for(store, "idf"), "IDF", "2026-11")
        month = period_of("month", date(2026, 11, 1))
        row = next(x for x in finance.build(store, month, "IDF", today=date(2027, 1, 10)).regions)
        assert row.held_cents == row.billed_cents == 6000 and row.invoice_status == "draft"
    finally:
        store.close()
