"""The window's reads go through ``sosdesk.usecases``: no database session or query under
``sosdesk/ui``, and the rate form shows the version billing applies on the (injected) day."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sosdesk.domain import model as dm
from sosdesk.store import models as m
from sosdesk.usecases import reads
from tests.invoicing.invoicing_world import SPEC_RATES, build_world

UI = Path(__file__).resolve().parents[2] / "sosdesk" / "ui"


def test_no_database_session_or_query_in_the_ui() -> None:
    found = [f"{p.relative_to(UI)}:{i}" for p in sorted(UI.rglob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"session\(\)|(?<![.\w])(?<!def )select\(|sqlalchemy", line)]  # Qt's ``sel.select(`` is fine
    assert found == []


def test_rate_form_shows_the_version_in_force_on_the_day(tmp_path: Path) -> None:
    store = build_world(tmp_path / "office.db")
    with store.transaction("fixture") as (s, _):
        s.add(m.RateTable(id="2027-01-01", valid_from=date(2027, 1, 1), content=SPEC_RATES))
    try:
        assert reads.rate_form_data(store, date(2026, 6, 1)).version == "2026-01-01"
        assert reads.rate_form_data(store, date(2027, 1, 1)).version == "2027-01-01"
        assert reads.rate_form_data(store, date(2025, 6, 1)).version == "2026-01-01"  # none yet: the earliest
    finally:
        store.close()


def test_one_stays_in_the_week_check() -> None:
    ok = dm.Meeting("M", "T", 7, 22 * 60, 120, "S")
    assert dm.outside_week(ok) == ""
    assert dm.outside_week(dm.Meeting("M", "T", 7, 23 * 60, 120, "S")) == dm.OUTSIDE_WEEK
    assert dm.outside_week(dm.Meeting("M", "T", 8, 9 * 60, 60, "S")) == dm.OUTSIDE_WEEK
