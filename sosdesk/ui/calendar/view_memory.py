"""What the Planning page remembers between sessions (QSettings: window state only): mode, people
or site, Sunday column, view kind and working hours — kept only when still valid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE
from sosdesk.ui.calendar.navigator import VIEW_KINDS, WEEK

MODES = (PROFESSIONALS, PROFESSIONAL, BENEFICIARY, SITE)


@dataclass
class ViewState:
    mode: str = PROFESSIONALS
    resources: tuple[str, ...] = ()
    sunday: bool = False
    view_kind: str = WEEK
    collapsed: bool = True


def _flag(value: object, default: str) -> bool:
    return str(value if value is not None else default).lower() in ("true", "1")


def restore(settings: QSettings | None, known: Callable[[str, str], bool], current: ViewState) -> ViewState:
    """The last session's view, with people/sites that no longer exist dropped (``current`` when
    nothing is remembered)."""
    if settings is None:
        return ViewState(current.mode, (), current.sunday, current.view_kind, current.collapsed)
    saved_mode = str(settings.value("planning/mode", PROFESSIONALS))
    mode = saved_mode if saved_mode in MODES else PROFESSIONALS
    raw = settings.value("planning/resources", "")
    ids = [str(x) for x in raw] if isinstance(raw, list) else [x for x in str(raw or "").split(",") if x]
    resources = tuple(i for i in ids if known(mode, i))
    if mode != PROFESSIONALS:
        resources = resources[:1]
    kind = str(settings.value("planning/view", WEEK))
    return ViewState(mode, resources, _flag(settings.value("planning/sunday", "false"), "false"),
                     kind if kind in VIEW_KINDS else WEEK, _flag(settings.value("planning/hours", "true"), "true"))


def save(settings: QSettings | None, state: ViewState) -> None:
    if settings is None:
        return
    settings.setValue("planning/mode", state.mode)
    settings.setValue("planning/resources", ",".join(state.resources))
    settings.setValue("planning/sunday", "true" if state.sunday else "false")
    settings.setValue("planning/view", state.view_kind)
    settings.setValue("planning/hours", "true" if state.collapsed else "false")
