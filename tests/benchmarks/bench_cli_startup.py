"""How long `sosdesk` takes to start a command, and how well `plan` keeps short limits.

Each command runs in a fresh process (as a user types it), several times; the median wall time is
printed. ``plan`` solves suite weeks (``planner_suite``) from an instance file at short limits: the
limit counts from the process's start (docs/planning.md, « The time limit is a promise »), so the
start-up is part of what the limit must hold.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_cli_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.planner_suite import week  # noqa: E402

SOSDESK = [sys.executable, "-m", "sosdesk"]


def wall(args: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(args, capture_output=True, check=False)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("command                                   median wall (s)")
        for args in (["--version"], ["plan", "--help"], ["invoice", "--help"], ["--help"]):
            times = [wall([*SOSDESK, *args]) for _ in range(runs)]
            print(f"sosdesk {' '.join(args):34s} {statistics.median(times):6.2f}")
        print("\nplan --instance at short limits (wall / limit, median of the runs)")
        for size, structure, limit in (("S", "parole", 2.0), ("M", "one_group", 3.0), ("M", "law_rooms", 5.0),
                                       ("L", "collective", 10.0)):
            instance = folder / f"{size}-{structure}.json"
            instance.write_text(json.dumps(week(size, structure, 500)), encoding="utf-8")
            out = folder / "plan.json"
            times = [wall([*SOSDESK, "plan", "--instance", str(instance), "--out", str(out),
                           "--time-limit", str(limit)]) for _ in range(runs)]
            covered = json.loads(out.read_text(encoding="utf-8"))["stats"]["covered_minutes"]
            print(f"{size} {structure:12s} limit {limit:4.0f} s: wall {statistics.median(times):5.2f} s "
                  f"(max {max(times):5.2f}, {max(times) / limit:.2f} of the limit), covered {covered} min")


if __name__ == "__main__":
    main()
