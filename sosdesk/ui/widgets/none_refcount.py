"""Workaround: PySide6 6.12 on CPython 3.11 drops one reference to ``None`` on every call of a
void C++ method (setPen, fillRect, setText…). ``None`` is not immortal before Python 3.12, so a
long session (a few thousand paint calls) aborts with "none_dealloc". pyproject excludes that
release; this guard only acts if it is installed anyway (an old lock, a packager's choice): giving
``None`` a huge reference count makes it effectively immortal, as Python 3.12 does."""

from __future__ import annotations

import ctypes
import sys

import PySide6

PIN = 1 << 40


def pin_none() -> None:
    """Make ``None`` immortal on CPython < 3.12 (idempotent; no effect elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if not PySide6.__version__.startswith("6.12."):
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < PIN // 2:
        refcnt.value += PIN
