"""Random small weeks that use every field of ``sosdesk-planning/1`` at once, for property tests.

Unlike the benchmark suite (realistic structures, one grid), these draw each feature at random:
any grid (5 to 60 minutes), overlapping open windows, asymmetric and missing travel pairs (sites
not reachable the same day), meeting types without professionals or with two, sessions whose
minimum no one can reach, weekly caps smaller than a meeting, forbidden pairs, referents,
law-enforcement appointments with buffers at offices or elsewhere, fixed meetings that already
break a rule. Deterministic in the seed.
"""

from __future__ import annotations

import random
from typing import Any


def _hm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def random_week(seed: int, max_beneficiaries: int = 14) -> dict[str, Any]:
    rng = random.Random(f"random-week|{seed}")
    slot = rng.choice((5, 10, 15, 15, 15, 20, 30, 60))

    def grid(lo_hour: int, hi_hour: int) -> int:
        return rng.randrange(lo_hour * 60 // slot, hi_hour * 60 // slot + 1) * slot

    def window(day: int | None = None, lo: int = 7, hi: int = 20, slots: int = 1) -> dict[str, Any]:
        start = grid(lo, hi - 1)
        end = min(start + slot * rng.randint(slots, max(slots, 600 // slot)), 24 * 60 - slot) // slot * slot
        return {"day": day or rng.randint(1, 7), "from": _hm(start), "to": _hm(max(end, start + slot))}

    site_ids = [f"S{i}" for i in range(rng.randint(1, 4))]
    sites: list[dict[str, Any]] = []
    for sid in site_ids:
        site: dict[str, Any] = {"id": sid, "name": f"Site {sid}", "capacity": rng.randint(1, 3),
                                "kind": rng.choice(("office", "office", "external"))}
        if rng.random() < 0.8:
            site["open"] = [window(d, 7, 19, 8) for d in range(1, 8) if rng.random() < 0.8]
            if site["open"] and rng.random() < 0.3:
                site["open"].append(window(site["open"][0]["day"], 7, 20, 2))  # may overlap the first
        sites.append(site)
    travel: list[dict[str, Any]] = []
    for i, a in enumerate(site_ids):
        for b in site_ids[i + 1:]:
            if rng.random() < 0.7:
                travel.append({"from": a, "to": b, "minutes": rng.choice((0, 10, 15, 30, 45, 90))})
                if rng.random() < 0.2:
                    travel.append({"from": b, "to": a, "minutes": rng.choice((5, 20, 60))})
    skills = ["psy", "soc", "fac"][: rng.randint(1, 3)]
    types: list[dict[str, Any]] = []
    for k in range(rng.randint(1, 4)):
        collective = rng.random() < 0.35
        low = rng.randint(1, 3) if collective else 1
        types.append({"id": f"T{k}", "kind": "collective" if collective else "individual",
                      "minutes": slot * rng.randint(max(1, 30 // slot), max(1, 150 // slot)),
                      "skill": rng.choice(skills),
                      "professionals": rng.choice((1, 1, 2)) if collective else rng.choice((1, 1, 1, 2, 0)),
                      "min_participants": low, "max_participants": low + rng.randint(0, 5) if collective else 1})
    law: dict[str, Any] = {"id": "LAW", "kind": "law_enforcement", "minutes": slot * max(1, 60 // slot),
                           "skill": "law", "professionals": 0, "min_participants": 1, "max_participants": 1}
    pros: list[dict[str, Any]] = []
    for k in range(rng.randint(1, 6)):
        pro: dict[str, Any] = {"id": f"P{k}", "skills": rng.sample(skills, rng.randint(1, len(skills)))}
        if rng.random() < 0.5:
            pro["sites"] = rng.sample(site_ids, rng.randint(1, len(site_ids)))
        if rng.random() < 0.6:
            pro["home_site"] = rng.choice(site_ids)
        if rng.random() < 0.5:
            pro["max_minutes_per_week"] = slot * rng.randint(1, 2400 // slot)
        if rng.random() < 0.8:
            pro["available"] = [window(None, 7, 20, 2) for _ in range(rng.randint(1, 8))]
        pros.append(pro)
    bens: list[dict[str, Any]] = []
    for k in range(rng.randint(1, max_beneficiaries)):
        ben: dict[str, Any] = {"id": f"B{k}", "requirements": [
            {"type": t["id"], "minutes": slot * rng.randint(1, 480 // slot)}
            for t in rng.sample(types, rng.randint(1, len(types)))]}
        if rng.random() < 0.6:
            ben["available"] = [window(None, 7, 20, 2) for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.4:
            ben["unavailable"] = [window(None, 7, 20, 1) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            ben["sites"] = rng.sample(site_ids, rng.randint(1, len(site_ids)))
        if k and rng.random() < 0.3:
            ben["forbidden_with"] = [f"B{rng.randrange(k)}"]
        if rng.random() < 0.4:
            ben["referent"] = rng.choice(pros)["id"]
        if rng.random() < 0.4:
            ben["max_meetings_per_day"] = rng.randint(1, 3)
        bens.append(ben)
    fixed: list[dict[str, Any]] = []
    for k in range(rng.randint(0, 5)):
        kind = law if rng.random() < 0.6 else rng.choice(types)
        if kind["min_participants"] > 1:
            continue
        meeting: dict[str, Any] = {
            "id": f"F{k}", "type": kind["id"], "day": rng.randint(1, 7), "start": _hm(grid(8, 17)),
            "minutes": kind["minutes"], "site": rng.choice(site_ids), "professionals": [],
            "beneficiaries": [rng.choice(bens)["id"]], "buffer_minutes": rng.choice((0, 0, 30, 60))}
        able = [p["id"] for p in pros if kind["skill"] in p["skills"]]
        if len(able) < kind["professionals"]:
            continue
        meeting["professionals"] = rng.sample(able, kind["professionals"])
        fixed.append(meeting)
    return {"format": "sosdesk-planning/1", "week": "2026-W48", "timezone": "Europe/Paris",
            "slot_minutes": slot, "sites": sites, "travel_minutes": travel, "meeting_types": [*types, law],
            "professionals": pros, "beneficiaries": bens, "fixed": fixed}
