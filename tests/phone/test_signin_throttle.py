"""The mobile page's sign-in throttle is counted in the service database: two service processes on one
database (two engines here) see the same failures, and the count slides over a quarter of an hour
instead of starting afresh at a window boundary."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from sync import db, limits
from sync.field.api import SIGNIN_FAILURES, SIGNIN_WINDOW

T0 = 1_790_000_100.0          # a fixed instant (the start of a 900 s window)


def _engines(tmp_path: Path) -> tuple[Engine, Engine]:
    url = f"sqlite:///{tmp_path / 'service.db'}"
    first = db.make_engine(url)
    db.upgrade(first)
    return first, db.make_engine(url)


def _fail(engine: Engine, who: str, at: float) -> None:
    with db.write(engine) as conn:
        limits.record_failure(conn, "field_signin", who, SIGNIN_WINDOW, at)


def _count(engine: Engine, who: str, at: float) -> float:
    with db.read(engine) as conn:
        return limits.failures(conn, "field_signin", who, SIGNIN_WINDOW, at)


def test_failures_are_shared_by_every_process(tmp_path: Path) -> None:
    a, b = _engines(tmp_path)
    for i in range(SIGNIN_FAILURES // 2):
        _fail(a, "10.0.0.1", T0 + i)
    for i in range(SIGNIN_FAILURES - SIGNIN_FAILURES // 2):
        _fail(b, "10.0.0.1", T0 + 10 + i)
    assert _count(a, "10.0.0.1", T0 + 30) == SIGNIN_FAILURES       # blocked, whichever process answers
    assert _count(b, "10.0.0.1", T0 + 30) == SIGNIN_FAILURES
    assert _count(b, "10.0.0.2", T0 + 30) == 0                     # another address is not


def test_the_count_slides_across_a_window_boundary(tmp_path: Path) -> None:
    a, _b = _engines(tmp_path)
    boundary = (int(T0 // SIGNIN_WINDOW) + 1) * SIGNIN_WINDOW
    for i in range(6):
        _fail(a, "10.0.0.1", boundary - 6 + i)                    # 6 failures just before the boundary
    for i in range(4):
        _fail(a, "10.0.0.1", boundary + i)                        # 4 just after
    assert _count(a, "10.0.0.1", boundary + 5) >= SIGNIN_FAILURES - 0.1   # still ~10, not 4
    assert _count(a, "10.0.0.1", boundary + SIGNIN_WINDOW // 2) < SIGNIN_FAILURES
    assert _count(a, "10.0.0.1", boundary + 2 * SIGNIN_WINDOW) == 0       # half an hour later: forgotten
