"""Opening a ``Target`` (a home item, a search hit): the page, then the row on it. Pages that lack
the needed method are simply shown (another engineer's page may not offer it yet)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from sosdesk.usecases.targets import Target

PEOPLE_TABS = {"beneficiary": "beneficiaries", "professional": "professionals"}


class Host(Protocol):
    def page(self, key: str) -> QWidget: ...

    def show_page(self, key: str) -> None: ...


def _call(widget: Any, name: str, *args: Any) -> bool:
    method = getattr(widget, name, None)
    if not callable(method):
        return False
    method(*args)
    return True


def open_target(host: Host, target: Target) -> QWidget:
    """Show ``target.page`` and select ``target``'s row there; returns the page."""
    page = host.page(target.page)
    host.show_page(target.page)
    kind, row_id = target.kind, target.id
    if target.page == "planning":
        if kind == "meeting":
            _call(page, "show_meeting", row_id)
        elif kind == "beneficiary":
            _call(page, "show_beneficiary", row_id)
        elif kind == "professional":
            _call(page, "show_professional", row_id)
        elif kind == "week" and row_id:
            _call(page, "set_week", row_id)
    elif target.page == "people" and kind in ("beneficiary", "professional"):
        tab = page.tab(PEOPLE_TABS[kind]) if hasattr(page, "tab") else None
        if tab is not None:
            page.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
            if tab.pick(row_id):
                tab.open_dialog(row_id)
    elif target.page == "expenses" and kind == "expense":
        if target.month:
            _call(page, "set_month", target.month)
        _call(page, "pick", row_id)
    elif target.page == "invoices" and target.scope and target.month:
        _call(page, "pick", target.scope, target.month)
    return page
