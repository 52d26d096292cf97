"""The planner on the suite of ``planner_suite`` (weeks it was not tuned on): covered / bound,
wall time, peak memory and hard-rule breaches found by the independent checker of the tests.

Run (the machine is shared: keep it nice, and L sparingly)::

    nice -n 10 .venv/bin/python tests/benchmarks/bench_planner_suite.py S M [--seeds 7] [--limit M=30]
        [--week-seeds 300,301]

The default, seven seeds a size, gives one week of each structure the issue names (law-enforcement
in office rooms, scarce skills, collective sessions, tight windows, fragmented availability, one
connected group, many groups); five seeds leave the last two out. Each instance runs in a fresh
process (its own peak memory). Prints one line per instance, then min / median of covered/bound
and wall time per size. "bound" is ``stats.coverage_bound_minutes``, a proven upper bound of the
spec's problem (LP relaxation, see ``sosdesk.planning.bound``).

``--week-seeds 300,301`` runs every structure on each of those generator seeds instead: weeks
nobody measured the planner on (the suite's own seeds, 100–106, were measured in every round
since round 8 and flatter it: docs/planning.md, « Round 17 »).

``--slack S`` adds S seconds to each run's deadline (``budget.CLOCK_SLACK``) without changing its
work budget: the clock then cuts nothing, so two variants of the planner compare on the same work
however busy (or slow: this machine's speed varies by 1.7x within minutes) the machine is. Compare
covered minutes then; wall times and the bound (its child process gets the slack too) are not a
run at the limit's.

``--portfolio`` searches one-group weeks as round 20 did (two seeded searches, the better kept)
instead of splitting their days between the two processes (``Lns.run_split``, round 21);
``--no-portfolio`` with one search only.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sosdesk.domain.rules import check_week  # noqa: E402
from sosdesk.planning.instance import parse_instance  # noqa: E402
from sosdesk.planning.solver import solve  # noqa: E402
from tests.benchmarks.planner_suite import STRUCTURES, instances, week  # noqa: E402
from tests.planning.independent_check import new_breaches  # noqa: E402

LIMITS = {"S": 10.0, "M": 30.0, "L": 120.0}


def one(size: str, structure: str, seed: int, limit: float) -> dict[str, object]:
    problem = parse_instance(week(size, structure, seed))
    started = time.monotonic()
    result = solve(problem, time_limit=limit, seed=0, workers=2)
    wall = time.monotonic() - started
    s = result.stats
    fixed_only = len(s.get("fixed_problems", []))
    return {
        "size": size, "structure": structure, "seed": seed, "limit": limit,
        "bens": len(problem.beneficiaries), "required": s["required_minutes"], "covered": s["covered_minutes"],
        "bound": s["coverage_bound_minutes"], "start": s.get("greedy_covered_minutes"),
        "ratio": s["covered_minutes"] / max(s["coverage_bound_minutes"], 1), "wall": round(wall, 2),
        "status": s["status"], "cut": s.get("cut_phases", []), "lns": f"{s.get('lns_accepted')}/{s.get('lns_iterations')}",
        "processes": s.get("lns_processes", 0), "lns_work": s.get("lns_work"),
        "search_s": s.get("phase_seconds", {}).get("search"), "cpu_s": round(time.process_time(), 1),
        "breaches": len(new_breaches(problem, result.meetings)),
        "check_week": len(check_week(problem, result.meetings)) - fixed_only,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
    }


def _options(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="The planner on the generated suite: covered / bound, wall, breaches.")
    ap.add_argument("sizes", nargs="*", metavar="SIZE", help="S, M and/or L (default: S M)")
    ap.add_argument("--seeds", type=int, default=len(STRUCTURES), help="weeks a size from the suite's seeds (default 7)")
    ap.add_argument("--week-seeds", default="", help="every structure on each of these generator seeds, e.g. 300,301")
    ap.add_argument("--limit", action="append", default=[], metavar="SIZE=SECONDS", help="time limit of a size")
    ap.add_argument("--slack", type=float, help="seconds added to every deadline (budget.CLOCK_SLACK): same work")
    how = ap.add_mutually_exclusive_group()
    how.add_argument("--portfolio", action="store_true", help="one-group weeks as round 20 (two searches, the better)")
    how.add_argument("--no-portfolio", action="store_true", help="one-group weeks by one search only")
    ns = ap.parse_intermixed_args(argv)
    for size in ns.sizes:
        if size not in LIMITS:
            ap.error(f"size {size!r}: expected one of {', '.join(LIMITS)}")
    ns.limits = dict(LIMITS)  # --limit SIZE=SECONDS over the defaults
    for item in ns.limit:
        size, sep, value = item.partition("=")
        if not sep or size not in LIMITS:
            ap.error(f"--limit {item!r}: expected SIZE=SECONDS with SIZE among {', '.join(LIMITS)}")
        try:
            ns.limits[size] = float(value)
        except ValueError:
            ap.error(f"--limit {item!r}: {value!r} is not a number of seconds")
    try:
        ns.week_seeds = [int(x) for x in ns.week_seeds.split(",") if x.strip()]
    except ValueError:
        ap.error(f"--week-seeds {ns.week_seeds!r}: expected seeds separated by commas")
    return ns


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        if "--no-portfolio" in argv[5:]:
            from sosdesk.planning import solver

            solver.PORTFOLIO = solver.SPLIT = False
        if "--portfolio" in argv[5:]:
            from sosdesk.planning import solver

            solver.SPLIT = False
        if "--slack" in argv[5:]:
            from sosdesk.planning import budget

            budget.CLOCK_SLACK = float(argv[argv.index("--slack") + 1])
        print(json.dumps(one(argv[1], argv[2], int(argv[3]), float(argv[4]))))
        return
    ns = _options(argv)
    seeds: int = ns.seeds
    week_seeds: list[int] = ns.week_seeds
    limits: dict[str, float] = ns.limits
    sizes: list[str] = ns.sizes
    extra: list[str] = (["--portfolio"] if ns.portfolio else []) + (["--no-portfolio"] if ns.no_portfolio else []) \
        + (["--slack", str(ns.slack)] if ns.slack is not None else [])
    rows: list[dict[str, object]] = []
    for size in sizes or ["S", "M"]:
        chosen = [(st, ws) for ws in week_seeds for st in STRUCTURES] if week_seeds else instances(size, seeds)
        for structure, seed in chosen:
            out = subprocess.run([sys.executable, __file__, "--one", size, structure, str(seed), str(limits[size]), *extra],
                                 capture_output=True, text=True, check=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(f"{size} {structure:<13} seed {seed}: covered/bound {row['ratio']:.3f} "
                  f"({row['covered']}/{row['bound']}, start {row['start']}, required {row['required']}), "
                  f"{row['wall']} s (search {row['search_s']} s, work {row['lns_work']}, cpu {row['cpu_s']} s), {row['status']}, cut {row['cut']}, lns {row['lns']} x{row['processes']}, "
                  f"breaches {row['breaches']} / check {row['check_week']}, "
                  f"peak {row['peak_mb']} MB (+{row['child_peak_mb']} MB child)", flush=True)
    print("\nsize  n  limit  min      median   covered/bound   wall min/median/max   breaches  peak MB")
    for size in dict.fromkeys(r["size"] for r in rows):
        mine = [r for r in rows if r["size"] == size]
        ratios = [float(r["ratio"]) for r in mine]  # type: ignore[arg-type]
        walls = [float(r["wall"]) for r in mine]  # type: ignore[arg-type]
        print(f"{size:<5} {len(mine)}  {limits[str(size)]:<5g}  {min(ratios):.4f}   {statistics.median(ratios):.4f}"
              f"                   {min(walls):.1f}/{statistics.median(walls):.1f}/{max(walls):.1f}"
              f"          {sum(int(r['breaches']) + int(r['check_week']) for r in mine)}"  # type: ignore[call-overload]
              f"         {max(int(r['peak_mb']) for r in mine)}")  # type: ignore[call-overload]


if __name__ == "__main__":
    main(sys.argv[1:])
