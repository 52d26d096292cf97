"""Encrypted (SQLCipher) vs plain office file on the same demo region (issue 16, target: within 20 %):
a week switch and the rules check in a store kept open (what the window does all day), opening a
week (fresh store + WeekData.load: includes the file's check at opening), the rules check (load_week + check_week), ``load`` of the
region's dump into a new file, and the month's regional invoice draft. Medians of alternated runs.

Run: .venv/bin/python tests/benchmarks/bench_encryption.py [beneficiaries] [runs] [folder]"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import event
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sosdesk.domain.rules import check_week
from sosdesk.domain.timegrid import week_of
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.store import cipher, open_store
from sosdesk.store.demo import ADMIN_ID, build_demo
from sosdesk.store.demo_people import REGION
from sosdesk.store.interchange import dump_store
from sosdesk.store.week import load_week
from sosdesk.usecases.calendar_week import WeekData
from sosdesk.usecases.data import load_text
from tests.conftest import MemoryKeyring

TODAY = date(2026, 11, 6)
WEEK = week_of(date(2026, 11, 2))
MONTH = "2026-10"


def decrypted_copy(source: Path, target: Path) -> None:
    """A plain copy of the encrypted ``source`` (sqlcipher_export into an unkeyed database)."""
    target.unlink(missing_ok=True)
    con = cipher.open_file(source, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()


def plain_mode(on: bool) -> None:
    if on:
        os.environ[cipher.ENV] = "0"
    else:
        os.environ.pop(cipher.ENV, None)


def week_open(db: Path) -> None:
    store = open_store(db, create=False)
    try:
        WeekData.load(store, WEEK)
    finally:
        store.close()


def rules_check(db: Path) -> None:
    store = open_store(db, create=False)
    try:
        with store.session() as s:
            problem, meetings = load_week(s, WEEK, None)
    finally:
        store.close()
    check_week(problem, meetings)


class OpenStores:
    """One store per file kept open, as the window keeps it: what a week switch costs in a session."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.stores: dict[str, Any] = {}
        for kind, path in files.items():
            plain_mode(kind == "plain")
            self.stores[kind] = open_store(path, create=False)
        plain_mode(False)
        self.turn = 0

    def week_switch(self, kind: str) -> None:
        # alternate between two weeks so each load reads pages it did not just read
        self.turn += 1
        WeekData.load(self.stores[kind], WEEK if self.turn % 2 else week_of(date(2026, 10, 26)))

    def rules_check(self, kind: str) -> None:
        with self.stores[kind].session() as s:
            problem, meetings = load_week(s, WEEK, None)
        check_week(problem, meetings)

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(tempfile.mkdtemp(prefix="sosdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    ring = MemoryKeyring()
    ring.set_password("sosdesk-chiffrement", "cle-fichier", "ab" * 32)  # fixed: a kept file reopens
    ring.set_password("sosdesk-chiffrement", "cle-de-secours-affichee", "1")
    keyring.set_keyring(ring)
    if cipher.binding() is None:
        print("sqlcipher3 not installed: nothing to compare")
        return
    enc = folder / f"enc-{count}.db"
    if not enc.exists():
        store = open_store(enc)
        start = time.perf_counter()
        build_demo(store, seed=0, beneficiaries=count, weeks=6, today=TODAY)
        store.close()
        print(f"demo {count} beneficiaries (encrypted): {time.perf_counter() - start:.1f} s")
    plain = folder / f"plain-{count}.db"
    decrypted_copy(enc, plain)
    files = {"plain": plain, "encrypted": enc}
    print(f"file: {enc.stat().st_size / 1e6:.1f} MB encrypted, {plain.stat().st_size / 1e6:.1f} MB plain; "
          f"week {WEEK}, month {MONTH}")
    store = open_store(enc, create=False)
    text = dump_store(store)
    store.close()
    print(f"dump: {len(text) / 1e6:.1f} MB")

    def load(kind: str) -> Callable[[], object]:
        target = folder / f"load-{kind}.db"
        for side in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            side.unlink(missing_ok=True)

        def run() -> object:
            store = open_store(target)
            try:
                return load_text(store, None, text)
            finally:
                store.close()
        return run

    def draft(kind: str) -> Callable[[], object]:
        work = folder / f"draft-{kind}.db"
        shutil.copyfile(files[kind], work)

        def run() -> object:
            store = open_store(work, create=False)
            try:
                return regional_draft(store, actor_for(store, ADMIN_ID), REGION, MONTH)
            finally:
                store.close()
        return run

    session = OpenStores(files)
    cases: dict[str, Callable[[str], Callable[[], object]]] = {
        "week switch (open store, WeekData.load)": lambda kind: lambda: session.week_switch(kind),
        "rules check (open store)": lambda kind: lambda: session.rules_check(kind),
        "week open (open + WeekData.load)": lambda kind: lambda: week_open(files[kind]),
        "rules check (load_week + check_week)": lambda kind: lambda: rules_check(files[kind]),
        "load (dump into a new file)": load,
        "regional invoice draft (month)": draft,
    }
    # Three clocks: wall time; this process's CPU time (what encryption adds is CPU work, and CPU
    # time is not inflated by other programs on a shared machine); time inside SQLite calls.
    sql = [0.0]
    started: dict[int, float] = {}

    @event.listens_for(Engine, "before_cursor_execute")
    def _before(_c: Any, cursor: Any, *_a: Any) -> None:
        started[id(cursor)] = time.perf_counter()

    @event.listens_for(Engine, "after_cursor_execute")
    def _after(_c: Any, cursor: Any, *_a: Any) -> None:
        sql[0] += time.perf_counter() - started.pop(id(cursor), time.perf_counter())

    print(f"{'(medians of ' + str(runs) + ', ms)':<40} {'wall plain/enc':>18} {'ratio':>6} "
          f"{'CPU plain/enc':>18} {'ratio':>6} {'SQL plain/enc':>16}")
    for label, make in cases.items():
        times: dict[str, list[tuple[float, float, float]]] = {"plain": [], "encrypted": []}
        for _ in range(runs):
            for kind in ("plain", "encrypted"):
                plain_mode(kind == "plain")
                fn = make(kind)  # setup (fresh target, copy) is not timed
                sql[0] = 0.0
                wall, cpu = time.perf_counter(), time.process_time()
                fn()
                times[kind].append((time.perf_counter() - wall, time.process_time() - cpu, sql[0]))
        plain_mode(False)
        med = {k: [1000 * statistics.median(t[i] for t in v) for i in range(3)] for k, v in times.items()}
        p, e = med["plain"], med["encrypted"]
        print(f"{label:<40} {p[0]:8.0f} /{e[0]:8.0f} {e[0] / p[0]:6.2f} {p[1]:8.0f} /{e[1]:8.0f} "
              f"{e[1] / p[1]:6.2f} {p[2]:7.0f} /{e[2]:7.0f}")
    session.close()


if __name__ == "__main__":
    main()
