"""Field validators: phones normalised to E.164, e-mails, ids, windows on the grid."""

from __future__ import annotations

from typing import Any

import pytest

from sosdesk.domain.errors import ProblemList
from sosdesk.store.validate import INVALID, check_email, check_id, check_window, normalize_phone


def run(check: Any, value: Any) -> tuple[Any, list[str]]:
    problems = ProblemList()
    result = check(value, "x", problems)
    return result, [p.message for p in problems.problems]


@pytest.mark.parametrize(("given", "stored"), [
    ("06 12 34 56 78", "+33612345678"), ("06.12.34.56.78", "+33612345678"), ("+33612345678", "+33612345678"),
    ("+33 1 42 68 53 00", "+33142685300"), ("0033612345678", "+33612345678"), ("", ""),
])
def test_phone_numbers_are_stored_in_e164(given: str, stored: str) -> None:
    assert run(normalize_phone, given) == (stored, [])


@pytest.mark.parametrize("bad", ["06 12", "abc", "+33 6 12 34 56 78 99", 612345678])
def test_bad_phone_numbers_are_refused(bad: Any) -> None:
    result, problems = run(normalize_phone, bad)
    assert result is INVALID and len(problems) == 1


@pytest.mark.parametrize(("value", "ok"), [
    ("a.b@example.org", True), ("", True), ("a@b", False), ("a b@example.org", False), ("@example.org", False),
])
def test_email_form(value: str, ok: bool) -> None:
    assert (run(check_email, value)[0] is not INVALID) is ok


@pytest.mark.parametrize(("value", "ok"), [("B1", True), ("x" * 64, True), ("x" * 65, False), ("", False), (12, False)])
def test_ids(value: Any, ok: bool) -> None:
    assert (run(check_id, value)[0] is not INVALID) is ok


def test_window_ending_at_midnight_is_accepted() -> None:
    assert run(check_window, {"day": 7, "from": "20:00", "to": "24:00"}) == (
        {"day": 7, "from": "20:00", "to": "24:00"}, [])
