"""Benchmark of the hard-rule engine on a synthetic week (500 meetings, 2,000 beneficiaries,
100 professionals, 10 sites): check_week, WeekIndex build, 1,000 check_candidate calls, peak memory.

Run: .venv/bin/python tests/benchmarks/bench_rules.py [--seed N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc
from dataclasses import replace

from sosdesk.domain.model import (
    Beneficiary,
    Meeting,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
    TravelMatrix,
    Window,
)
from sosdesk.domain.rules import WeekIndex, check_week, obligations

WEEKDAYS = range(1, 6)


def synthetic_week(seed: int = 1) -> tuple[PlanningProblem, list[Meeting]]:
    """A busy regional week: 400 individual and 100 collective meetings over Monday–Friday."""
    rng = random.Random(seed)
    sites = {f"S{i}": Site(f"S{i}", capacity=rng.randint(3, 6),
                           open=tuple(Window(d, 8 * 60, 19 * 60) for d in WEEKDAYS)) for i in range(1, 11)}
    travel = [(a, b, rng.choice((15, 20, 30, 45))) for a in sites for b in sites if a < b and rng.random() < 0.8]
    types = {
        "IND_PSY": MeetingType("IND_PSY", "individual", 60, "psychologist"),
        "IND_SOC": MeetingType("IND_SOC", "individual", 45, "social_worker"),
        "COL_WORK": MeetingType("COL_WORK", "collective", 120, "facilitator", professionals=2,
                                min_participants=3, max_participants=8),
        "LAW": MeetingType("LAW", "law_enforcement", 60, "judge", professionals=0),
    }
    skills = ("psychologist", "social_worker", "facilitator")
    pros = {f"P{i}": Professional(f"P{i}", skills=(skills[i % 3],), home_site=f"S{i % 10 + 1}",
                                  sites=tuple(rng.sample(sorted(sites), 4)), max_minutes_per_week=2100,
                                  available=tuple(Window(d, 8 * 60 + 30, 18 * 60) for d in WEEKDAYS))
            for i in range(1, 101)}
    bens: dict[str, Beneficiary] = {}
    for i in range(1, 2001):
        bid = f"B{i}"
        parole = rng.random() < 0.2
        bens[bid] = Beneficiary(
            bid,
            requirements=(Requirement(rng.choice(("IND_PSY", "IND_SOC")), rng.choice((60, 120, 180))),
                          Requirement("COL_WORK", 120)),
            available=tuple(Window(d, 13 * 60, 18 * 60) for d in (2, 3, 4)) if parole else (),
            unavailable=(Window(rng.choice(WEEKDAYS), 8 * 60, 12 * 60),) if rng.random() < 0.3 else (),
            sites=tuple(rng.sample(sorted(sites), 3)) if rng.random() < 0.5 else (),
            forbidden_with=tuple(f"B{rng.randint(1, 2000)}" for _ in range(rng.randint(0, 3))),
            referent=f"P{rng.randint(1, 100)}",
        )
    meetings: list[Meeting] = []
    ben_ids, by_skill = sorted(bens), {s: [p for p in pros if skills.index(s) == int(p[1:]) % 3] for s in skills}
    for n in range(500):
        # people mostly go where they may (sites lists), as a planner would place them
        day, start = rng.choice(WEEKDAYS), rng.randrange(8 * 60, 17 * 60, 15)
        if n < 100:
            team = tuple(rng.sample(by_skill["facilitator"], 2))
            site = rng.choice(pros[team[0]].sites)
            group = tuple(rng.sample(ben_ids, rng.randint(3, 8)))
            meetings.append(Meeting(f"M{n}", "COL_WORK", day, start, 120, site, team, group))
        elif n < 480:
            ben = bens[rng.choice(ben_ids)]
            tid = ben.requirements[0].type
            pro = pros[rng.choice(by_skill[types[tid].skill])]
            shared = sorted(set(pro.sites) & set(ben.sites)) or list(pro.sites)
            if ben.available:
                day, start = rng.choice((2, 3, 4)), rng.randrange(13 * 60, 17 * 60, 15)
            meetings.append(Meeting(f"M{n}", tid, day, start, types[tid].minutes, rng.choice(shared),
                                    (pro.id,), (ben.id,)))
        else:
            meetings.append(Meeting(f"M{n}", "LAW", day, start, 60, "S1", (), (rng.choice(ben_ids),),
                                    fixed=True, buffer_minutes=60))
    fixed = tuple(m for m in meetings if m.fixed)
    problem = PlanningProblem("2026-W48", sites, types, pros, bens, TravelMatrix.build(travel), fixed)
    return problem, meetings


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    problem, meetings = synthetic_week(args.seed)
    rng = random.Random(args.seed + 1)

    tracemalloc.start()
    verdict = check_week(problem, meetings)
    index = WeekIndex(problem, meetings)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    week_times = []
    for _ in range(20):
        began = time.perf_counter()
        check_week(problem, meetings)
        week_times.append(time.perf_counter() - began)
    began = time.perf_counter()
    WeekIndex(problem, meetings)
    build = time.perf_counter() - began
    began = time.perf_counter()
    obligations(problem, meetings)
    oblig = time.perf_counter() - began

    candidates = []
    for _ in range(1000):
        m = rng.choice(meetings)
        candidates.append(replace(m, day=rng.choice(WEEKDAYS), start=rng.randrange(8 * 60, 17 * 60, 15)))
    calls = []
    for c in candidates:
        began = time.perf_counter()
        index.check_candidate(c)
        calls.append(time.perf_counter() - began)
    calls.sort()

    print(f"week: {len(meetings)} meetings, {len(problem.beneficiaries)} beneficiaries, "
          f"{len(problem.professionals)} professionals, {len(problem.sites)} sites; "
          f"{len(verdict)} violations found")
    print(f"check_week            median {ms(statistics.median(week_times))}  max {ms(max(week_times))}")
    print(f"WeekIndex build       {ms(build)}")
    print(f"obligations           {ms(oblig)}")
    print(f"check_candidate x1000 median {ms(statistics.median(calls))}  p99 {ms(calls[int(len(calls) * 0.99) - 1])}"
          f"  max {ms(calls[-1])}")
    print(f"peak memory (check_week + WeekIndex, tracemalloc) {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
