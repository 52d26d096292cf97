"""Phones shown as people write them, whatever form they were typed in."""

import pytest

from sosdesk.domain.vocabulary import phone_text
from sosdesk.store.validate import phone_e164


@pytest.mark.parametrize("typed", ["06 20 87 09 16", "06.20.87.09.16", "0620870916", "+33 6 20 87 09 16",
                                   "0033 6 20 87 09 16", "+33 (0)6 20 87 09 16", "06-20-87-09-16"])
def test_any_common_french_form_is_shown_in_pairs(typed: str) -> None:
    e164, _known = phone_e164(typed)
    assert e164 == "+33620870916"
    assert phone_text(e164) == "06 20 87 09 16"


def test_foreign_and_empty() -> None:
    assert phone_text("+442079460958") == "+44 20 7946 0958"
    assert phone_text("") == "" and phone_text(None) == ""
