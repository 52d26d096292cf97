"""Foundation figures on a big demo region: build, file size, week check, one-candidate check,
dump/load round trip, and the peak memory of each step (each step runs in its own process).

    .venv/bin/python tests/benchmarks/bench_foundation.py [--beneficiaries 2000] [--weeks 52]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 3, 12)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_build(db: Path, beneficiaries: int, weeks: int) -> dict[str, Any]:
    from sosdesk.store import open_store
    from sosdesk.store.demo import build_demo

    t0 = time.perf_counter()
    store = open_store(db)
    summary = build_demo(store, seed=0, beneficiaries=beneficiaries, weeks=weeks, today=TODAY)
    store.close()
    return {"seconds": time.perf_counter() - t0, "meetings": summary.meetings,
            "file_mb": db.stat().st_size / 1e6}


def step_check(db: Path) -> dict[str, Any]:
    from sosdesk.domain.rules import check_week, obligations
    from sosdesk.domain.timegrid import week_of
    from sosdesk.store import open_store
    from sosdesk.store.week import load_week

    week = week_of(TODAY)
    store = open_store(db, create=False)
    t0 = time.perf_counter()
    with store.session() as s:
        problem, meetings = load_week(s, week)
    t1 = time.perf_counter()
    violations = check_week(problem, meetings)
    obligations(problem, meetings)
    t2 = time.perf_counter()
    store.close()
    return {"seconds": t2 - t0, "load_seconds": t1 - t0, "rules_seconds": t2 - t1,
            "meetings": len(meetings), "violations": len(violations)}


def step_candidate(db: Path, samples: int = 2000) -> dict[str, Any]:
    from sosdesk.domain.rules import WeekIndex
    from sosdesk.domain.timegrid import shift_week, week_of
    from sosdesk.store import open_store
    from sosdesk.store.week import load_week

    week = shift_week(week_of(TODAY), -1)  # a full past week
    store = open_store(db, create=False)
    with store.session() as s:
        problem, meetings = load_week(s, week)
    store.close()
    t0 = time.perf_counter()
    index = WeekIndex(problem, meetings)
    build = time.perf_counter() - t0
    rng = random.Random(1)
    times = []
    for _ in range(samples):
        m = rng.choice(meetings)
        moved = replace(m, day=rng.randrange(1, 7), start=rng.randrange(32, 72) * 15)
        t = time.perf_counter()
        index.check_candidate(moved)
        times.append(time.perf_counter() - t)
    times.sort()
    return {"meetings": len(meetings), "index_seconds": build, "median_ms": statistics.median(times) * 1e3,
            "p99_ms": times[int(0.99 * len(times))] * 1e3}


def step_dump(db: Path, out: Path) -> dict[str, Any]:
    from sosdesk.store import open_store
    from sosdesk.store.interchange import dump_store

    store = open_store(db, create=False)
    t0 = time.perf_counter()
    out.write_text(dump_store(store), encoding="utf-8")
    store.close()
    return {"seconds": time.perf_counter() - t0, "json_mb": out.stat().st_size / 1e6}


def step_load(src: Path, db: Path) -> dict[str, Any]:
    from sosdesk.store import open_store
    from sosdesk.store.interchange import load_text

    store = open_store(db)
    t0 = time.perf_counter()
    load_text(store, src.read_text(encoding="utf-8"))
    store.close()
    return {"seconds": time.perf_counter() - t0, "file_mb": db.stat().st_size / 1e6}


def run_step(name: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--step", name, *args], capture_output=True, text=True,
                          check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beneficiaries", type=int, default=2000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--step")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.step:
        paths = [Path(p) for p in args.paths]
        result = {
            "build": lambda: step_build(paths[0], args.beneficiaries, args.weeks),
            "check": lambda: step_check(paths[0]),
            "candidate": lambda: step_candidate(paths[0]),
            "dump": lambda: step_dump(paths[0], paths[1]),
            "load": lambda: step_load(paths[0], paths[1]),
        }[args.step]()
        result["peak_mb"] = _peak_mb()
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db, js, db2, js2 = (Path(tmp) / n for n in ("demo.db", "dump.json", "copy.db", "dump2.json"))
        common = ["--beneficiaries", str(args.beneficiaries), "--weeks", str(args.weeks)]
        rows = [("demo build", run_step("build", *common, str(db)))]
        rows.append(("check one week", run_step("check", str(db))))
        rows.append(("one-candidate check", run_step("candidate", str(db))))
        rows.append(("dump", run_step("dump", str(db), str(js))))
        rows.append(("load (empty file)", run_step("load", str(js), str(db2))))
        run_step("dump", str(db2), str(js2))
        identical = js.read_bytes() == js2.read_bytes()
    print(f"sosdesk foundation benchmark: {args.beneficiaries} beneficiaries, {args.weeks} weeks")
    print(f"{'step':<22} {'seconds':>8} {'peak MB':>8}  details")
    for name, r in rows:
        seconds = r.get("seconds", r.get("index_seconds", 0.0))
        details = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                            for k, v in r.items() if k not in ("seconds", "peak_mb"))
        print(f"{name:<22} {seconds:>8.2f} {r['peak_mb']:>8.0f}  {details}")
    print(f"dump → load → dump identical: {identical}")


if __name__ == "__main__":
    main()
