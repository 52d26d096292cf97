"""Professionals' phone benchmark against a real `sosdesk-sync serve` on loopback (SQLite):
calendar feed requests per second answered 304 (ETag hits, what polling phones cost), full feed
renders per second, and the mobile page's load size.

    .venv/bin/python tests/benchmarks/bench_phone.py [--seconds 10] [--clients 4]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

import keyring  # noqa: E402

from tests.conftest import MemoryKeyring  # noqa: E402
from tests.phone.phone_world import PhoneWorld  # noqa: E402


def hammer(url: str, etag: str | None, seconds: float, clients: int) -> tuple[int, float, set[int]]:
    """``clients`` keep-alive connections requesting ``url`` for ``seconds``: (answers, wall s, statuses)."""
    parts = urlsplit(url)
    counts = [0] * clients
    statuses: set[int] = set()
    stop = time.monotonic() + seconds

    def run(i: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        headers = {"If-None-Match": etag} if etag else {}
        while time.monotonic() < stop:
            conn.request("GET", parts.path, headers=headers)
            resp = conn.getresponse()
            resp.read()
            statuses.add(resp.status)
            counts[i] += 1
        conn.close()

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), time.monotonic() - start, statuses


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), to report load-independent costs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="bench-phone-") as tmp:
        world = PhoneWorld(Path(tmp))
        try:
            code, out, err = world.cli("feed", "--professional", "P1")
            assert code == 0, err
            url = out.split()[0]
            parts = urlsplit(url)
            conn = http.client.HTTPConnection(parts.hostname, parts.port)
            conn.request("GET", parts.path)
            first = conn.getresponse()
            body = first.read()
            etag = first.getheader("ETag")
            conn.close()
            print(f"feed: {len(body)} bytes, {body.count(b'BEGIN:VEVENT')} events, ETag {etag}")
            pid = world.server.proc.pid  # type: ignore[union-attr]
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            cpu = cpu_seconds(pid)
            n, wall, statuses = hammer(url, etag, args.seconds, args.clients)
            cpu = cpu_seconds(pid) - cpu
            print(f"ETag hits (304), {args.clients} keep-alive clients: {n / wall:,.0f} requests/s "
                  f"({n} in {wall:.1f} s, statuses {sorted(statuses)}); "
                  f"server CPU {cpu:.1f} s = {n / max(cpu, 1e-9):,.0f} requests per server CPU second")
            cpu = cpu_seconds(pid)
            n, wall, statuses = hammer(url, None, args.seconds / 2, args.clients)
            cpu = cpu_seconds(pid) - cpu
            print(f"full feed (200): {n / wall:,.0f} requests/s ({n} in {wall:.1f} s, statuses {sorted(statuses)}); "
                  f"{n / max(cpu, 1e-9):,.0f} per server CPU second")
            static = ROOT / "sync" / "field" / "static"
            files = sorted(static.iterdir())
            raw = sum(f.stat().st_size for f in files)
            packed = sum(len(gzip.compress(f.read_bytes())) for f in files)
            print(f"mobile page: {len(files)} files, {raw:,} bytes ({packed:,} gzipped), no external resource")
        finally:
            world.close()


if __name__ == "__main__":
    main()
