"""Every billing rule of pricing.md §2–§6 on hand-computed examples (pure domain, no store)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from sosdesk.domain import pricing as pr
from sosdesk.domain.errors import InputError
from sosdesk.invoicing.rates import parse_rate_table, rate_table_json

SPEC: dict[str, Any] = {
    "meeting_types": {
        "IND_PSY": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                    "rounding_minutes": 15, "max_professionals_billed": 1},
        "DUO": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                "rounding_minutes": 15},
        "COL_WORK": {"unit": "session_hour", "price_cents": 9000, "min_billed_minutes": 60,
                     "rounding_minutes": 15},
        "LAW_ENF": {"unit": "flat", "price_cents": 4500},
    },
    "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
               "billable_site_kinds": ["detention", "external"]},
    "no_show": {"ratio": "0.5", "notice_hours": 24},
    "vat": {"rate": "0", "mention": "TVA non applicable"},
}
TABLE = parse_rate_table(SPEC, date(2026, 1, 1))
SCHEDULE = pr.RateSchedule.of([TABLE])
NOW = datetime(2026, 12, 1, tzinfo=UTC)
KIND = {"IND_PSY": "individual", "DUO": "individual", "COL_WORK": "collective", "LAW_ENF": "law_enforcement"}


def meeting(id: str = "M1", type: str = "IND_PSY", start: str = "2026-10-05T09:00:00+02:00", minutes: int = 60,
            site: str = "S1", kind: str = "office", coef: str = "1", pros: tuple[str, ...] = ("P1",),
            bens: tuple[str, ...] = ("B1",), status: str = "held", attendance: dict[str, str] | None = None,
            cancelled_at: datetime | None = None, present: tuple[str, ...] | None = None,
            proof: bool = True) -> pr.BillableMeeting:
    if attendance is None:
        attendance = {b: "present" for b in bens} if status == "held" else {}
    return pr.BillableMeeting(id, type, KIND[type], datetime.fromisoformat(start).astimezone(UTC), minutes, site,
                              kind, Decimal(coef), pros, present, bens, status, cancelled_at, attendance, proof)


def month(meetings: list[pr.BillableMeeting], expenses: list[pr.BillableExpense] | None = None,
          schedule: pr.RateSchedule = SCHEDULE, matrix: dict[tuple[str, str], int] | None = None,
          homes: dict[str, str | None] | None = None) -> pr.MonthPricing:
    return pr.price_month(meetings, expenses or [], schedule, homes or {"P1": "S1", "P2": "S1"},
                          matrix or {}, NOW)


def one_amount(m: pr.BillableMeeting) -> int:
    result = month([m])
    return sum(line.amount_cents for line in result.lines if line.kind == "meeting")


# --- §2 one meeting ----------------------------------------------------------------------


@pytest.mark.parametrize(("minutes", "billed"), [(10, 30), (30, 30), (31, 45), (45, 45), (46, 60), (60, 60),
                                                  (61, 75), (89, 90)])
def test_billed_minutes_round_up_with_minimum(minutes: int, billed: int) -> None:
    assert pr.billed_minutes(TABLE.meeting_types["IND_PSY"], minutes) == billed


def test_professional_hour_caps_professionals_billed() -> None:
    # 60 min, two professionals present, max_professionals_billed 1 → 65,00 €
    assert one_amount(meeting(pros=("P1", "P2"))) == 6500
    # without a cap both are billed: 2 × 65,00 €
    assert one_amount(meeting(type="DUO", pros=("P1", "P2"))) == 13000


def test_professional_hour_counts_professionals_recorded_present() -> None:
    assert one_amount(meeting(type="DUO", pros=("P1", "P2"), present=("P2",))) == 6500


def test_session_hour_one_amount_whatever_the_professionals() -> None:
    # 90 min collective, 3 professionals: 90,00 € × 1,5 h = 135,00 €
    assert one_amount(meeting(type="COL_WORK", minutes=90, pros=("P1", "P2", "P3"), bens=("B1", "B2"))) == 13500


def test_session_hour_minimum_billed() -> None:
    assert one_amount(meeting(type="COL_WORK", minutes=40, bens=("B1", "B2"))) == 9000


def test_flat_with_site_coefficient() -> None:
    assert one_amount(meeting(type="LAW_ENF", minutes=30)) == 4500
    assert one_amount(meeting(type="LAW_ENF", minutes=30, coef="1.10", kind="detention")) == 4950


def test_coefficient_rounds_half_up_once() -> None:
    # 65,00 € × 0,75 h × 1,15 = 56,0625 € → 5606,25 cents → 5606
    assert one_amount(meeting(minutes=45, coef="1.15")) == 5606
    # 65,00 € × 0,25 … minimum 30 min: 32,50 € × 1,03 = 33,475 € → 3347,5 cents → half-up 3348
    assert one_amount(meeting(minutes=20, coef="1.03")) == 3348


# --- §3 outcomes ------------------------------------------------------------------------


def test_individual_unexcused_absence_is_a_no_show_at_half() -> None:
    m = meeting(attendance={"B1": "absent_unexcused"})
    result = month([m])
    assert [(line.outcome, line.amount_cents) for line in result.lines] == [("no_show", 3250)]


def test_individual_excused_absence_is_not_billed() -> None:
    assert month([meeting(attendance={"B1": "absent_excused"})]).lines == ()


def test_no_show_ratio_rounds_half_up_once_on_the_full_amount() -> None:
    # 65,00 € × 0,75 h × 1,10 = 53,625 € full; × 0,5 = 26,8125 € → 2681 (not 0,5 × round(5362,5)=2681,5→…)
    m = meeting(minutes=45, coef="1.10", kind="detention", attendance={"B1": "absent_unexcused"})
    assert one_amount(m) == 2681
    # flat 45,00 € × 1,10 × 0,5 = 24,75 € exactly
    assert one_amount(meeting(type="LAW_ENF", coef="1.10", attendance={"B1": "absent_unexcused"})) == 2475


def test_collective_with_one_present_is_held_in_full() -> None:
    m = meeting(type="COL_WORK", bens=("B1", "B2"), attendance={"B1": "absent_unexcused", "B2": "present"})
    assert [(line.outcome, line.amount_cents) for line in month([m]).lines] == [("held", 9000)]


def test_collective_with_nobody_present_is_a_no_show() -> None:
    m = meeting(type="COL_WORK", bens=("B1", "B2"), attendance={"B1": "absent_excused", "B2": "absent_unexcused"})
    assert [(line.outcome, line.amount_cents) for line in month([m]).lines] == [("no_show", 4500)]


def test_late_cancellation_is_a_no_show_with_the_planned_professionals() -> None:
    start = datetime(2026, 10, 5, 7, 0, tzinfo=UTC)
    late = meeting(type="DUO", pros=("P1", "P2"), status="cancelled", cancelled_at=start - timedelta(hours=23, minutes=59))
    assert one_amount(late) == 6500  # 2 × 65,00 € × 0,5
    assert month([late]).lines[0].outcome == "no_show"


def test_cancellation_with_notice_is_not_billed() -> None:
    start = datetime(2026, 10, 5, 7, 0, tzinfo=UTC)
    exactly = meeting(status="cancelled", cancelled_at=start - timedelta(hours=24))
    assert month([exactly]).lines == ()


def test_planned_meeting_in_the_past_is_missing_proof_not_billed() -> None:
    result = month([meeting(status="planned")])
    assert result.lines == ()
    assert [(p.kind, p.id) for p in result.missing_proof] == [("meeting", "M1")]
    assert "présences" in result.missing_proof[0].reason


def test_planned_meeting_in_the_future_is_neither_billed_nor_missing() -> None:
    result = month([meeting(status="planned", start="2027-01-05T09:00:00+01:00")])
    assert result.lines == () and result.missing_proof == ()


def test_held_without_attendance_is_missing_proof() -> None:
    result = month([meeting(attendance={})])
    assert result.lines == () and result.missing_proof[0].id == "M1"


def test_held_without_proof_document_is_billed_but_listed() -> None:
    result = month([meeting(proof=False)])
    assert result.lines[0].amount_cents == 6500
    assert "justificatif" in result.missing_proof[0].reason
    relaxed = pr.price_month([meeting(proof=False)], [], SCHEDULE, {}, {}, NOW, require_proof_document=False)
    assert relaxed.missing_proof == ()


# --- §4 travel --------------------------------------------------------------------------

MATRIX = {("S1", "S2"): 50, ("S2", "S3"): 40, ("S1", "S3"): 25, ("S1", "S4"): 100, ("S4", "S5"): 90}


def test_travel_chain_home_first_changes_last_home() -> None:
    # P1 home S1: S2 (detention) 09:00, S2 11:00, S3 (external) 14:00 → 50 + 0 + 40 + 25 = 115 → 120 min
    ms = [meeting("A", site="S2", kind="detention"), meeting("B", site="S2", kind="detention",
                                                              start="2026-10-05T11:00:00+02:00"),
          meeting("C", site="S3", kind="external", start="2026-10-05T14:00:00+02:00"),
          meeting("D", site="S1", kind="office", start="2026-10-05T16:00:00+02:00")]
    result = month(ms, matrix=MATRIX)
    (day,) = result.travel
    assert (day.raw_minutes, day.billed_minutes, day.amount_cents) == (115, 120, 6400)
    travel = next(line for line in result.lines if line.kind == "travel")
    assert travel.quantity == Decimal(2) and travel.items == ("A", "B", "C")


def test_travel_is_capped_per_professional_day() -> None:
    # S1 → S4 100, S4 → S5 90, S5 → S1 unknown? use S4 twice: 100 + 100 = 200 → capped 180 = 3 h × 32 €
    ms = [meeting("A", site="S4", kind="external"), meeting("B", site="S4", kind="external",
                                                            start="2026-10-05T15:00:00+02:00")]
    (day,) = month(ms, matrix=MATRIX).travel
    assert (day.raw_minutes, day.billed_minutes, day.amount_cents) == (200, 180, 9600)


def test_travel_per_professional_and_only_for_billed_held_meetings() -> None:
    excused = meeting("X", site="S3", kind="external", attendance={"B1": "absent_excused"})
    no_show = meeting("Y", site="S3", kind="external", pros=("P2",), attendance={"B1": "absent_unexcused"},
                      start="2026-10-06T09:00:00+02:00")
    late_cancel = meeting("Z", site="S3", kind="external", status="cancelled",
                          cancelled_at=datetime(2026, 10, 7, 6, 0, tzinfo=UTC), start="2026-10-07T09:00:00+02:00")
    result = month([excused, no_show, late_cancel], matrix=MATRIX)
    assert [(t.professional, t.day, t.billed_minutes) for t in result.travel] == [("P2", date(2026, 10, 6), 60)]


def test_unknown_travel_time_is_named() -> None:
    with pytest.raises(InputError, match="S1 et S9"):
        month([meeting(site="S9", kind="detention")], matrix=MATRIX)


# --- §5–§6 lines ------------------------------------------------------------------------


def test_lines_group_by_type_outcome_and_effective_price() -> None:
    ms = [meeting("A"), meeting("B", start="2026-10-06T09:00:00+02:00", minutes=90),
          meeting("C", site="S2", kind="detention", coef="1.10", start="2026-10-07T09:00:00+02:00"),
          meeting("D", attendance={"B1": "absent_unexcused"}, start="2026-10-08T09:00:00+02:00")]
    lines = month(ms, matrix=MATRIX).lines
    assert [(line.type, line.outcome, line.unit_price_cents, line.quantity, line.amount_cents, line.items)
            for line in lines if line.kind == "meeting"] == [
        ("IND_PSY", "held", Decimal(6500), Decimal("2.5"), 16250, ("A", "B")),
        ("IND_PSY", "held", Decimal("7150.0"), Decimal(1), 7150, ("C",)),
        ("IND_PSY", "no_show", Decimal("3250.0"), Decimal(1), 3250, ("D",)),
    ]


def test_rate_change_mid_month_gives_its_own_line() -> None:
    newer = dict(SPEC, meeting_types=dict(SPEC["meeting_types"], IND_PSY=dict(
        SPEC["meeting_types"]["IND_PSY"], price_cents=7000)))
    schedule = pr.RateSchedule.of([TABLE, parse_rate_table(newer, date(2026, 10, 15))])
    ms = [meeting("A", start="2026-10-14T23:30:00+02:00"), meeting("B", start="2026-10-15T00:30:00+02:00")]
    lines = month(ms, schedule=schedule).lines
    assert [(line.unit_price_cents, line.items) for line in lines] == [(Decimal(6500), ("A",)),
                                                                       (Decimal(7000), ("B",))]


def test_dst_end_meeting_is_billed_on_its_local_day_for_its_duration() -> None:
    # 25 Oct 2026, clocks go back at 03:00: a 60-minute meeting from 02:30 (first) is still 60 minutes
    m = meeting(start="2026-10-25T02:30:00+02:00")
    result = month([m])
    assert m.local_date == date(2026, 10, 25)
    assert result.lines[0].amount_cents == 6500


def test_missing_rate_names_the_type() -> None:
    partial = dict(SPEC, meeting_types={"IND_PSY": SPEC["meeting_types"]["IND_PSY"]})
    schedule = pr.RateSchedule.of([parse_rate_table(partial, date(2026, 1, 1))])
    with pytest.raises(InputError, match="LAW_ENF"):
        month([meeting(type="LAW_ENF")], schedule=schedule)


def test_gap_in_a_newer_table_names_the_type_and_its_version() -> None:
    partial = dict(SPEC, meeting_types={"IND_PSY": SPEC["meeting_types"]["IND_PSY"]})
    schedule = pr.RateSchedule.of([TABLE, parse_rate_table(partial, date(2026, 10, 1))])
    with pytest.raises(InputError) as err:
        month([meeting(type="COL_WORK", bens=("B1", "B2"))], schedule=schedule)
    assert "COL_WORK" in str(err.value) and "01/10/2026" in str(err.value)


def test_no_table_before_the_first_version() -> None:
    with pytest.raises(InputError, match="aucune grille"):
        month([meeting(start="2025-12-31T10:00:00+01:00")])


def test_expenses_one_line_per_category_and_missing_receipts() -> None:
    expenses = [pr.BillableExpense("E1", date(2026, 10, 3), "room_rental", 12000, has_receipt=True),
                pr.BillableExpense("E2", date(2026, 10, 9), "room_rental", 12000, has_receipt=True),
                pr.BillableExpense("E3", date(2026, 10, 9), "transport", 1750, has_receipt=False)]
    result = month([], expenses)
    assert [(line.category, line.quantity, line.unit_price_cents, line.amount_cents, line.items)
            for line in result.lines] == [("room_rental", 2, Decimal(12000), 24000, ("E1", "E2")),
                                          ("transport", 1, Decimal(1750), 1750, ("E3",))]
    assert [(p.kind, p.id) for p in result.missing_proof] == [("expense", "E3")]


def test_empty_month_is_valid_and_empty() -> None:
    result = month([])
    assert result.lines == () and result.missing_proof == ()
    assert pr.totals(result.lines, Decimal(0)) == pr.Totals(0, 0, 0)


def test_totals_vat_half_up_once() -> None:
    lines = [pr.custom_line("A", Decimal(1), Decimal(1005))]
    assert pr.totals(lines, Decimal("0.2")) == pr.Totals(1005, 201, 1206)


def test_amount_overflow_is_refused() -> None:
    with pytest.raises(InputError, match="hors limites"):
        pr.custom_line("Énorme", Decimal(10**9), Decimal(10**9))
    big = dict(SPEC, meeting_types={"IND_PSY": dict(SPEC["meeting_types"]["IND_PSY"], price_cents=10**12 - 1)})
    schedule = pr.RateSchedule.of([parse_rate_table(big, date(2026, 1, 1))])
    with pytest.raises(InputError, match="hors limites"):
        month([meeting(str(i), start=f"2026-10-{i + 1:02d}T09:00:00+02:00") for i in range(20)], schedule=schedule)


def test_rate_table_json_round_trip_and_bad_fields_named() -> None:
    again = parse_rate_table({k: v for k, v in rate_table_json(TABLE).items() if k != "valid_from"},
                             date(2026, 1, 1))
    assert again == TABLE
    with pytest.raises(InputError) as err:
        parse_rate_table({"meeting_types": {"X": {"unit": "minute", "price_cents": -1}}, "bogus": 1},
                         date(2026, 1, 1))
    text = str(err.value)
    assert "meeting_types.X.unit" in text and "meeting_types.X.price_cents" in text and "bogus" in text


# --- French formatting shown to people (CLI, workbench, PDF) ---------------------------------------

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(("cents", "text"), [
    (1917326, f"19{NNBSP}173,26{NBSP}€"), (0, f"0,00{NBSP}€"), (5, f"0,05{NBSP}€"),
    (123456789, f"1{NNBSP}234{NNBSP}567,89{NBSP}€"), (-123456, f"−1{NNBSP}234,56{NBSP}€"),
    (Decimal("3737.5"), f"37,375{NBSP}€"), ("2475", f"24,75{NBSP}€"), (None, "—")])
def test_euros_in_french(cents: Any, text: str) -> None:
    assert pr.euros(cents) == text


@pytest.mark.parametrize(("value", "text"), [
    ("122.25", "122,25"), ("1234.5", f"1{NNBSP}234,5"), (Decimal("2"), "2"), ("-1.5", "−1,5"), ("100", "100")])
def test_quantities_in_french(value: Any, text: str) -> None:
    assert pr.format_decimal(value) == text


def test_meeting_line_label_carries_the_unit_price_in_french() -> None:
    table = pr.RateTable(date(2026, 1, 1), {"IND_PSY": pr.TypeRate("flat", Decimal(250000))})
    m = pr.BillableMeeting("M1", "IND_PSY", "individual", datetime(2026, 10, 5, 7, tzinfo=UTC), 60, "S1",
                           beneficiaries=("B1",), status="held", attendance={"B1": "present"}, has_proof=True)
    result = pr.price_month([m], [], pr.RateSchedule.of([table]), {}, {}, datetime(2026, 11, 1, tzinfo=UTC),
                            type_labels={"IND_PSY": "Entretien"})
    assert result.lines[0].label == f"Entretien — réalisé (2{NNBSP}500,00{NBSP}€)"
