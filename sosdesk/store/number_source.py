"""Who gives a national invoice its number at validation (pricing.md §7, docs/security.md): the
central service when this desktop is an enrolled national office (``sosdesk.syncclient.numbers``
registers itself here), else the office file itself (the next number of its year).

A source answers ``None`` when it cannot give a number (not enrolled, no network): the file then
numbers locally and the service checks that number when the validation arrives.
"""

from __future__ import annotations

from collections.abc import Callable

from sosdesk.store.engine import Store

NumberSource = Callable[[Store, str, str, int], "str | None"]
_SOURCES: list[NumberSource] = []


def register(source: NumberSource) -> None:
    if source not in _SOURCES:
        _SOURCES.append(source)


def given_number(store: Store, invoice_id: str, prefix: str, year: int) -> str | None:
    """The number a registered source gives ``invoice_id`` for ``year`` (None: number locally)."""
    for source in _SOURCES:
        number = source(store, invoice_id, prefix, year)
        if number:
            return number
    return None
