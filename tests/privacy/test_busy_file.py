"""Two real processes on one office file (issue 16): a writer waits for another one up to the busy
timeout (BEGIN IMMEDIATE: a deferred transaction that read before the other committed failed at
once, « database is locked » in 0.1 s), and past it gets a French message without traceback or
personal data."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from tests.invoicing.invoicing_world import build_world

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sosdesk.store import open_store
    from sosdesk.store import models as m
    store = open_store(sys.argv[1], create=False)
    with store.transaction("verrou") as (s, _):
        s.add(m.Region(id="LOCK", name="Région témoin"))
        s.flush()
        Path(sys.argv[2]).touch()
        time.sleep(float(sys.argv[3]))
    store.close()
""")

# Opens the file first, then loads as soon as the holder has the lock (start-up time excluded).
LOADER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sosdesk.store import open_store
    from sosdesk.store.interchange import load_text
    store = open_store(sys.argv[1], create=False)
    Path(sys.argv[4]).touch()
    while not Path(sys.argv[2]).exists():
        time.sleep(0.01)
    load_text(store, Path(sys.argv[3]).read_text(encoding="utf-8"))
    store.close()
""")


@pytest.fixture
def world(tmp_path: Path) -> Store:
    store = build_world(tmp_path / "office.db")
    store.close()
    return store


def _wait_for(path: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "helper process did not start"
        time.sleep(0.02)


def test_a_load_that_reads_then_writes_waits_for_the_other_writer(world: Store, tmp_path: Path) -> None:
    data = tmp_path / "one.json"
    data.write_text('{"format": "sosdesk-data/1", "beneficiaries": [{"id": "B9", "region": "IDF", '
                    '"first_name": "Léa", "last_name": "Dupont"}]}', encoding="utf-8")
    ready, opened = tmp_path / "ready", tmp_path / "opened"
    env = {**os.environ, "SOSDESK_BUSY_TIMEOUT": "60"}
    loader = subprocess.Popen([sys.executable, "-c", LOADER, str(world.path), str(ready), str(data), str(opened)],
                              env=env, stderr=subprocess.PIPE)
    _wait_for(opened, loader)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(world.path), str(ready), "2"])
    assert holder.wait(timeout=60) == 0
    _, err = loader.communicate(timeout=60)
    assert loader.returncode == 0, err.decode()
    store = open_store(world.path)
    try:
        with store.session() as s:
            assert s.get(m.Region, "LOCK") is not None and s.get(m.Beneficiary, "B9") is not None
    finally:
        store.close()


def test_past_the_busy_timeout_a_french_message(world: Store, tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(world.path), str(ready), "8"])
    try:
        _wait_for(ready, holder)
        env = {**os.environ, "SOSDESK_BUSY_TIMEOUT": "1"}
        done = subprocess.run([sys.executable, "-m", "sosdesk", "expense", "add", "--db", str(world.path),
                               "--date", "07/10/2026", "--category", "transport", "--amount", "12,50",
                               "--label", "Train Dupont", "--region", "IDF"],
                              env=env, capture_output=True, text=True, timeout=120)
    finally:
        holder.wait(timeout=60)
    assert done.returncode == 2
    assert "occupé par une autre opération sosdesk" in done.stderr
    assert "Traceback" not in done.stderr and "Dupont" not in done.stderr and done.stdout == ""
    store = open_store(world.path)
    try:
        with store.session() as s:
            assert list(s.scalars(select(m.Expense))) == []
    finally:
        store.close()
