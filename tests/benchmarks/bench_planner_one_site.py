"""What « one site a day » costs (issue 18): exact CP-SAT solves of small suite weeks in the planner's
restricted model, against the bound of the spec's problem (``coverage_bound``: several sites a day
allowed).

For each week it prints the restricted model's best plan and CP-SAT's proven bound of that model,
and the spec's bound. When the restricted optimum is proven and equals the spec's bound, the
restriction cost nothing on that week; otherwise the cost is at most ``spec bound − restricted
best`` (an upper estimate: the spec's bound is a relaxation).

Run (machine shared: one week at a time, nice)::

    nice -n 10 .venv/bin/python tests/benchmarks/bench_planner_one_site.py [--seconds 60] law_rooms:100 ...
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sosdesk.planning.bound import coverage_bound  # noqa: E402
from sosdesk.planning.candidates import Availability, Candidates, Options, generate, requirement_room  # noqa: E402
from sosdesk.planning.cpmodel import SolveControl  # noqa: E402
from sosdesk.planning.instance import parse_instance  # noqa: E402
from sosdesk.planning.solver import _solve_exact  # noqa: E402
from tests.benchmarks.planner_suite import week  # noqa: E402


def one(structure: str, seed: int, seconds: float) -> str:
    problem = parse_instance(week("S", structure, seed))
    av = Availability(problem)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    room = Candidates()
    requirement_room(problem, room)
    fixed_cov = sum(min(room.fixed_minutes.get(k, 0), r) for k, r in required.items())
    spec, _ = coverage_bound(av, room, 60.0)
    cands = generate(problem, Options(problem.slot_minutes, problem.slot_minutes), av)
    started = time.monotonic()
    chosen, status, model_bound = _solve_exact(av, cands, required, SolveControl(0, 2, None, None),
                                               time.monotonic() + seconds, fixed_cov, lambda _c, _b: None)
    best = fixed_cov + sum(min(sum(it.end - it.start for it, who in chosen if b in who and it.type == t), r)
                           for (b, t), r in required.items())
    return (f"S {structure:<13} seed {seed}: restricted best {best} ({status}, model bound {model_bound}), "
            f"spec bound {fixed_cov + spec}, cost ≤ {fixed_cov + spec - best} min "
            f"({len(cands.items)} candidates, {time.monotonic() - started:.0f} s)")


def main(argv: list[str]) -> None:
    seconds = 60.0
    weeks: list[tuple[str, int]] = []
    it = iter(argv)
    for arg in it:
        if arg == "--seconds":
            seconds = float(next(it))
        else:
            name, seed = arg.split(":")
            weeks.append((name, int(seed)))
    for structure, seed in weeks or [("law_rooms", 100), ("fragmented", 104), ("one_group", 105)]:
        print(one(structure, seed, seconds), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
