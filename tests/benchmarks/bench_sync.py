"""Sync benchmark against a real `sosdesk-sync serve` on loopback (SQLite, and PostgreSQL when
SOSDESK_TEST_PG is set): push and pull throughput with 10 offices x 5,000 ops, first snapshot of
a 100,000-row region into an office file, peak memory of server and client.

    .venv/bin/python tests/benchmarks/bench_sync.py [--offices 10] [--ops 5000] [--snapshot 100000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

import keyring  # noqa: E402

from sosdesk.store import open_store  # noqa: E402
from sosdesk.syncclient import service  # noqa: E402
from sosdesk.syncclient.transport import Api, HttpTransport  # noqa: E402
from sync import auth, db  # noqa: E402
from tests.conftest import MemoryKeyring  # noqa: E402
from tests.sync.realserver import RealServer  # noqa: E402

BATCH = 500


def enrol(server: RealServer, region: str | None, role: str) -> dict[str, Any]:
    engine = db.make_engine(server.url)
    with db.write(engine) as conn:
        code = auth.make_code(conn, region, role)
    engine.dispose()
    return Api(HttpTransport(server.base)).enrol(code)


def op(op_id: int, region: str, i: int) -> dict[str, Any]:
    return {"op_id": op_id, "table": "beneficiaries", "row_id": f"{region}-B{i:06d}", "action": "insert",
            "base_version": 0, "fields": {"region_id": [None, region], "first_name": [None, "Prénom"],
                                          "last_name": [None, f"Nom {i}"], "measure": [None, "SME"],
                                          "requirements": [None, [{"type": "IND", "minutes": 60}]]}}


def push_ops(server: RealServer, device: dict[str, Any], region: str, count: int, start: int = 0) -> None:
    api = Api(HttpTransport(server.base), device["refresh"])
    for b in range(start, start + count, BATCH):
        api.push(device["device_id"], [op(i + 1, region, i) for i in range(b, min(b + BATCH, start + count))])


def server_cpu_s(server: RealServer) -> float:
    """CPU seconds the server process used so far (user + system): a figure the machine's load
    does not distort as much as wall time."""
    assert server.proc is not None
    fields = Path(f"/proc/{server.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_peak_kb(server: RealServer) -> int:
    assert server.proc is not None
    for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def run(url: str, label: str, offices: int, ops: int, snapshot: int, tmp: Path) -> None:
    server = RealServer(url).start()
    try:
        nat = enrol(server, None, "national_coordinator")
        Api(HttpTransport(server.base), nat["refresh"]).push(nat["device_id"], [
            {"op_id": i + 1, "table": "regions", "row_id": f"R{i}", "action": "insert", "base_version": 0,
             "fields": {"name": [None, f"Région {i}"]}} for i in range(offices + 1)])
        devices = [enrol(server, f"R{i}", "regional_admin") for i in range(offices)]
        t0, cpu0 = time.perf_counter(), server_cpu_s(server)
        threads = [threading.Thread(target=push_ops, args=(server, d, f"R{i}", ops))
                   for i, d in enumerate(devices)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        push_s = time.perf_counter() - t0
        total = offices * ops
        cpu = server_cpu_s(server) - cpu0
        print(f"[{label}] push: {total} ops from {offices} offices in {push_s:.1f} s = {total / push_s:,.0f} ops/s "
              f"(server CPU {cpu:.1f} s = {total / cpu:,.0f} ops per server CPU second; load "
              f"{os.getloadavg()[0]:.1f})")

        def pull_region(d: dict[str, Any], counts: list[int]) -> None:
            api = Api(HttpTransport(server.base), d["refresh"])
            since, n = 0, 0
            while True:
                page = api.pull(since, 1000)
                n += len(page["changes"])
                since = page["next_since"]
                if not page["has_more"]:
                    break
            counts.append(n)
        counts: list[int] = []
        t0 = time.perf_counter()
        threads = [threading.Thread(target=pull_region, args=(d, counts)) for d in devices]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        pull_s = time.perf_counter() - t0
        print(f"[{label}] pull: {sum(counts)} rows to {offices} offices in {pull_s:.1f} s = "
              f"{sum(counts) / pull_s:,.0f} rows/s")

        big = f"R{offices}"
        dev = enrol(server, big, "regional_admin")
        t0 = time.perf_counter()
        push_ops(server, dev, big, snapshot)
        print(f"[{label}] loaded a {snapshot}-row region in {time.perf_counter() - t0:.1f} s")
        store = open_store(tmp / f"{label}-office.db")
        code_engine = db.make_engine(server.url)
        with db.write(code_engine) as conn:
            code = auth.make_code(conn, big, "regional_admin")
        code_engine.dispose()
        service.enrol(store, server.base, code)
        t0 = time.perf_counter()
        report = service.sync_now(store)
        snap_s = time.perf_counter() - t0
        print(f"[{label}] first snapshot: {report.snapshot_rows} rows into the office file in {snap_s:.1f} s "
              f"({report.snapshot_rows / snap_s:,.0f} rows/s)")
        store.close()
        print(f"[{label}] peak memory: server {server_peak_kb(server) / 1024:.0f} MiB, "
              f"client {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        server.stop()


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser()
    parser.add_argument("--offices", type=int, default=10)
    parser.add_argument("--ops", type=int, default=5000)
    parser.add_argument("--snapshot", type=int, default=100_000)
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    os.environ.setdefault("SOSDESK_DATA_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if not args.skip_sqlite:
            run(f"sqlite:///{tmp / 'server.db'}", "sqlite", args.offices, args.ops, args.snapshot, tmp)
        if os.environ.get("SOSDESK_TEST_PG"):
            from tests.sync.pgdb import drop_pg_database, fresh_pg_database
            url, name = fresh_pg_database()
            try:
                run(url, "postgresql", args.offices, args.ops, args.snapshot, tmp)
            finally:
                drop_pg_database(name)


if __name__ == "__main__":
    main()
