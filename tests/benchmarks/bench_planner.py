"""Planner benchmark: the planner vs a first-fit baseline on generated weeks S, M, L.

"bound" is the proven LP upper bound of ``sosdesk.planning.bound`` (gap = 1 − covered / bound).

Run: ``.venv/bin/python tests/benchmarks/bench_planner.py [S M L]``. Each size runs in a fresh
process so peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from planner_instances import generate

from sosdesk.domain.model import Meeting
from sosdesk.domain.rules import check_week
from sosdesk.planning.candidates import Availability, Options
from sosdesk.planning.candidates import generate as candidates
from sosdesk.planning.greedy import first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of, travel_minutes
from sosdesk.planning.solver import solve

TIME_LIMITS = {"S": 10.0, "M": 30.0, "L": 120.0}


def greedy_baseline(problem: object) -> dict[str, object]:
    """First fit on a 30-minute grid, every professional tried, in day/time order."""
    started = time.monotonic()
    av = Availability(problem)  # type: ignore[arg-type]
    cands = candidates(problem, Options(30, 60, 1000, 6), av)  # type: ignore[arg-type]
    chosen = first_fit(av, cands, cands.items)
    meetings = [Meeting(f"G{i}", it.type, it.day, it.start, it.end - it.start, it.site, it.pros, chosen[i])
                for i, it in enumerate(cands.items) if i in chosen]
    meetings += list(problem.fixed)  # type: ignore[attr-defined]
    violations = check_week(problem, meetings)  # type: ignore[arg-type]
    planned = coverage_of(problem, meetings)  # type: ignore[arg-type]
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values()  # type: ignore[attr-defined]
                for r in b.requirements}
    return {"covered": sum(min(planned.get(k, 0), v) for k, v in required.items()),
            "travel": travel_minutes(problem, meetings),  # type: ignore[arg-type]
            "seconds": round(time.monotonic() - started, 2), "violations": len(violations)}


def one(size: str) -> dict[str, object]:
    problem = parse_instance(generate(size))
    result = solve(problem, time_limit=TIME_LIMITS[size], seed=0, workers=2)
    s = result.stats
    row = {"size": size, "required": s["required_minutes"], "covered": s["covered_minutes"],
           "bound": s["coverage_bound_minutes"], "travel": s["travel_minutes"], "status": s["status"],
           "seconds": s["solve_seconds"], "lns": f"{s.get('lns_accepted')}/{s.get('lns_iterations')}",
           "processes": s.get("lns_processes", 0), "clock": s.get("lns_stopped_by_clock", False),
           "start": s.get("greedy_covered_minutes"), "unmet": len(result.unmet), "dropped": s["dropped_by_verification"],
           "violations": len([v for v in check_week(problem, result.meetings)])}
    row["greedy"] = greedy_baseline(problem)
    # the planner's worker processes have their own peak (they run at the same time as this one)
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    row["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return row


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        print(json.dumps(one(argv[1])))
        return
    sizes = argv or ["S", "M", "L"]
    print("size required covered bound cov/bound gap travel status secs | greedy covered travel secs | "
          "peak MB (main + worker)")
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", size], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        g = r["greedy"]
        ratio = r["covered"] / r["bound"] if r["bound"] else 1.0
        print(f"{size} {r['required']} {r['covered']} {r['bound']} {ratio:.1%} {1 - ratio:.1%} {r['travel']} "
              f"{r['status']} {r['seconds']} | {g['covered']} {g['travel']} {g['seconds']} | {r['peak_mb']} + "
              f"{r['worker_peak_mb']} "
              f"(LNS from {r['start']}, moves kept {r['lns']} in {r['processes']} process(es)"
              f"{', stopped by the clock' if r['clock'] else ''}, unmet {r['unmet']}, "
              f"violations {r['violations']}/{g['violations']})", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
