"""Search latency (issue 14: < 50 ms median and p95) on the large demo, as the window's Ctrl+K box
and `sosdesk search` run it: one use-case call per query, typed prefixes included.

Build the file once:  .venv/bin/sosdesk demo --db .scratch/big.db --beneficiaries 2000 --weeks 8
Run:                  .venv/bin/python tests/benchmarks/bench_search.py [.scratch/big.db] [user-id]"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from sosdesk.store import open_store
from sosdesk.usecases import search as uc
from sosdesk.usecases.gate import current_actor

QUERIES = (
    "h", "he", "hel", "hele", "helene", "Hélène", "martin", "MART", "dupont jean", "lyon", "antenne part",
    "entretien", "entretien socio", "atelier", "lundi", "novembre", "7 novembre", "2026-11-09", "09/11/2026",
    "14h30", "sursis", "contrôle judiciaire", "location", "transport", "facture", "réalisé", "a", "e",
    "zzzz", "xylophone", "psy", "+336", "B12", "détention",
)


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else ".scratch/big.db")
    if not path.exists():
        sys.exit(f"{path} n'existe pas : sosdesk demo --db {path} --beneficiaries 2000 --weeks 8")
    store = open_store(path, sys.argv[2] if len(sys.argv) > 2 else None, create=False)
    with store.session() as s:
        docs = s.connection().exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
    for query in QUERIES[:3]:  # warm the page cache as an open window would be
        uc.search(store, query)
    times: list[float] = []
    rows: list[tuple[str, float, int]] = []
    for _round in range(3):
        for query in QUERIES:
            start = time.perf_counter()
            hits = uc.search(store, query, limit=30)
            elapsed = 1000 * (time.perf_counter() - start)
            times.append(elapsed)
            rows.append((query, elapsed, len(hits)))
    slowest = sorted(rows, key=lambda r: -r[1])[:5]
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    actor = current_actor(store)
    who = f"{actor.role} {actor.region or ''}".strip() if actor else "no user (everything)"
    print(f"index: {docs} documents ({path}), searching as {who}")
    print(f"queries: {len(times)}  median {statistics.median(times):.1f} ms  p95 {p95:.1f} ms  "
          f"max {times[-1]:.1f} ms")
    for query, elapsed, count in slowest:
        print(f"  slowest: {query!r:<24} {elapsed:6.1f} ms  {count} hits")
    store.close()


if __name__ == "__main__":
    main()
