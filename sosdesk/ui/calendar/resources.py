"""Whose calendar the Planning page can show: the people or sites of each mode, by name, and the
default choice (the busiest professionals side by side)."""

from __future__ import annotations

from collections.abc import Collection

from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS
from sosdesk.usecases.calendar_week import WeekData

MAX_SIDE_BY_SIDE = 4


def pool(data: WeekData, mode: str) -> Collection[str]:
    p = data.problem
    if mode in (PROFESSIONAL, PROFESSIONALS):
        return p.professionals
    return p.beneficiaries if mode == BENEFICIARY else p.sites


def default_resources(data: WeekData, mode: str) -> tuple[str, ...]:
    """The busiest professionals (side by side: up to four), else the first beneficiary or site."""
    if mode in (PROFESSIONAL, PROFESSIONALS):
        busy: dict[str, int] = {}
        for mt in data.active():
            for pid in mt.professionals:
                busy[pid] = busy.get(pid, 0) + 1
        ordered = sorted(data.problem.professionals, key=lambda pid: (-busy.get(pid, 0), pid))
        return tuple(ordered[: MAX_SIDE_BY_SIDE if mode == PROFESSIONALS else 1])
    return tuple(sorted(pool(data, mode))[:1])


def choices(data: WeekData, mode: str) -> list[tuple[str, str]]:
    """(label, id) of the people or sites of ``mode``, sorted by label."""
    p = data.problem
    if mode in (PROFESSIONAL, PROFESSIONALS):
        return sorted((data.pro_name(i), i) for i in p.professionals)
    if mode == BENEFICIARY:
        return sorted((f"{data.ben_name(i)} ({i})", i) for i in p.beneficiaries)
    return sorted((data.site_name(i), i) for i in p.sites)


def known(data: WeekData, mode: str, resource: str) -> bool:
    return resource in pool(data, mode)
