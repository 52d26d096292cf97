"""A benchmark suite of ``sosdesk-planning/1`` weeks that the planner was not tuned on (issue 18).

Independent of ``planner_instances`` (the weeks the planner was built with): each instance is a
(size, structure, seed) triple, and the structures stress what that generator does not:

- ``law_rooms``: court/police appointments held in small office rooms (they take a room, H5);
- ``scarce_skills``: one skill held by very few professionals;
- ``collective``: most of the need is collective sessions (3–8 participants, one or two facilitators);
- ``parole``: many beneficiaries on tight day-parole windows (an hour or two on a few days);
- ``fragmented``: professionals and beneficiaries free in short scattered windows;
- ``one_group``: every professional may go to every site (one connected component);
- ``many_groups``: sites in separate areas nobody crosses (many independent components).

``instances(size, seeds)`` deals structures round-robin over seeds, so five or more seeds of a
size cover most structures; the same triple always gives the same week.
"""

from __future__ import annotations

import random
from typing import Any

SIZES: dict[str, tuple[int, int, int]] = {"S": (30, 7, 2), "M": (150, 30, 6), "L": (600, 100, 15)}
STRUCTURES = ("law_rooms", "scarce_skills", "collective", "parole", "fragmented", "one_group", "many_groups")
SKILLS = ("psy", "social", "job", "facilitator")


def _w(day: int, start: int, end: int) -> dict[str, Any]:
    return {"day": day, "from": f"{start // 60:02d}:{start % 60:02d}", "to": f"{end // 60:02d}:{end % 60:02d}"}


def _types() -> list[dict[str, Any]]:
    return [
        {"id": "I_PSY", "kind": "individual", "minutes": 60, "skill": "psy", "professionals": 1,
         "min_participants": 1, "max_participants": 1},
        {"id": "I_SOC", "kind": "individual", "minutes": 45, "skill": "social", "professionals": 1,
         "min_participants": 1, "max_participants": 1},
        {"id": "I_JOB", "kind": "individual", "minutes": 30, "skill": "job", "professionals": 1,
         "min_participants": 1, "max_participants": 1},
        {"id": "C_WORK", "kind": "collective", "minutes": 120, "skill": "facilitator", "professionals": 2,
         "min_participants": 3, "max_participants": 8},
        {"id": "C_TALK", "kind": "collective", "minutes": 90, "skill": "facilitator", "professionals": 1,
         "min_participants": 3, "max_participants": 6},
        {"id": "LAW", "kind": "law_enforcement", "minutes": 60, "skill": "court", "professionals": 0,
         "min_participants": 1, "max_participants": 1},
    ]


def week(size: str, structure: str, seed: int) -> dict[str, Any]:
    """One week; deterministic in (size, structure, seed)."""
    n_ben, n_pro, n_sites = SIZES[size]
    rng = random.Random(f"suite|{size}|{structure}|{seed}")
    n_areas = 1 if structure == "one_group" else max(1, n_sites // 2 if structure == "many_groups" else n_sites // 3)
    sites: list[dict[str, Any]] = []
    area_of: dict[str, int] = {}
    small_rooms = structure == "law_rooms"
    for i in range(n_sites):
        sid = f"S{i + 1}"
        area_of[sid] = i % n_areas
        close = rng.choice((18 * 60, 19 * 60))
        open_ = [_w(d, 8 * 60 + 30, close) for d in range(1, 6)]
        if rng.random() < 0.4:
            open_.append(_w(6, 9 * 60, 12 * 60 + 30))
        cap = rng.choice((1, 2)) if small_rooms else rng.choice((2, 2, 3, 4))
        sites.append({"id": sid, "name": f"Site {i + 1}", "kind": "office", "capacity": cap, "open": open_})
    courts = []
    for a in range(n_areas):
        cid = f"COURT{a + 1}"
        area_of[cid] = a
        courts.append(cid)
        sites.append({"id": cid, "name": f"Tribunal {a + 1}", "kind": "external", "capacity": 3,
                      "open": [_w(d, 8 * 60 + 30, 17 * 60) for d in range(1, 6)]})
    travel = []
    ids = [s["id"] for s in sites]
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if area_of[a] == area_of[b] or structure == "one_group":
                travel.append({"from": a, "to": b, "minutes": rng.choice((15, 20, 30, 45))})
    offices = [s["id"] for s in sites if s["kind"] == "office"]

    def area_offices(a: int) -> list[str]:
        return [s for s in offices if area_of[s] == a]

    skill_weights = {"psy": 3, "social": 3, "job": 2, "facilitator": 3}
    if structure == "scarce_skills":
        skill_weights["psy"] = 1
    pros: list[dict[str, Any]] = []
    for i in range(n_pro):
        area = i % n_areas
        skill = rng.choices(SKILLS, weights=[skill_weights[s] for s in SKILLS])[0]
        skills = [skill] + ([rng.choice(SKILLS)] if rng.random() < 0.2 else [])
        if structure == "one_group":
            mine = rng.sample(offices, min(len(offices), rng.choice((2, 3, len(offices)))))
        else:
            own = area_offices(area)
            mine = rng.sample(own, min(len(own), rng.choice((1, 2, 2, 3))))
        if structure == "fragmented":
            avail = [_w(d, s, s + rng.choice((90, 120, 150))) for d in range(1, 6)
                     for s in sorted(rng.sample(range(9 * 60, 16 * 60, 30), 2)) if rng.random() < 0.8]
        elif rng.random() < 0.25:
            avail = [_w(d, 9 * 60, 17 * 60) for d in rng.sample(range(1, 6), 3)]
        else:
            avail = [_w(d, 9 * 60, 17 * 60 + 30) for d in range(1, 6)]
        pros.append({"id": f"P{i + 1}", "skills": sorted(set(skills)), "home_site": mine[0], "sites": sorted(mine),
                     "max_minutes_per_week": rng.choice((1260, 1800, 2100)), "available": avail})
    if not any("facilitator" in p["skills"] for p in pros):
        pros[0]["skills"].append("facilitator")
    bens: list[dict[str, Any]] = []
    fixed: list[dict[str, Any]] = []
    collective_share = 0.8 if structure == "collective" else 0.35
    for i in range(n_ben):
        bid = f"B{i + 1}"
        area = rng.randrange(n_areas)
        own = area_offices(area) or offices
        mine = rng.sample(own, min(len(own), rng.choice((1, 1, 2))))
        reqs: dict[str, int] = {}
        reqs["I_SOC"] = rng.choice((45, 90))
        if rng.random() < 0.6:
            reqs["I_PSY"] = rng.choice((60, 60, 120))
        if rng.random() < 0.3:
            reqs["I_JOB"] = rng.choice((30, 60))
        if rng.random() < collective_share:
            reqs[rng.choice(("C_WORK", "C_TALK"))] = rng.choice((90, 120, 180, 240))
        b: dict[str, Any] = {"id": bid, "requirements": [{"type": t, "minutes": m} for t, m in reqs.items()],
                             "sites": sorted(mine), "max_meetings_per_day": rng.choice((1, 2, 2, 2))}
        shape = rng.random()
        if (structure == "parole" and shape < 0.6) or shape < 0.12:
            days = rng.sample(range(1, 6), rng.choice((2, 3)))
            start = rng.choice((12 * 60, 13 * 60, 14 * 60))
            b["available"] = [_w(d, start, start + rng.choice((90, 120))) for d in days]
        elif structure == "fragmented" and shape < 0.7:
            b["available"] = [_w(d, s, s + 90) for d in range(1, 6) for s in (9 * 60, 14 * 60) if rng.random() < 0.4]
            if not b["available"]:
                b["available"] = [_w(2, 14 * 60, 16 * 60)]
        elif shape < 0.4:
            b["unavailable"] = [_w(d, 8 * 60, 12 * 60) for d in range(1, 6)]
        bens.append(b)
        law_share = 0.35 if structure == "law_rooms" else 0.08
        if rng.random() < law_share:
            day = rng.randrange(1, 6)
            start = rng.choice(range(9 * 60, 16 * 60, 30))
            site = rng.choice(mine) if structure == "law_rooms" else courts[area]
            fixed.append({"id": f"F{len(fixed) + 1}", "type": "LAW", "day": day, "start": _w(0, start, start)["from"],
                          "minutes": 60, "site": site, "professionals": [], "beneficiaries": [bid],
                          "buffer_minutes": rng.choice((0, 15, 30))})
    for _ in range(max(1, n_ben // 25)):
        a, b2 = rng.sample(bens, 2)
        a.setdefault("forbidden_with", []).append(b2["id"])
    for b in bens:  # referents among professionals of a site they share
        mine_sites = set(b["sites"])
        options = [p["id"] for p in pros if mine_sites & set(p["sites"]) and {"psy", "social"} & set(p["skills"])]
        if options:
            b["referent"] = rng.choice(options)
    # law appointments of a beneficiary must not overlap each other (the instance stays consistent)
    seen: dict[tuple[str, int], list[tuple[int, int]]] = {}
    kept = []
    for f in fixed:
        h, m = f["start"].split(":")
        s = int(h) * 60 + int(m)
        key = (f["beneficiaries"][0], f["day"])
        if any(s < e and a < s + 60 for a, e in seen.get(key, [])):
            continue
        seen.setdefault(key, []).append((s, s + 60))
        kept.append(f)
    return {"format": "sosdesk-planning/1", "week": "2026-W48", "timezone": "Europe/Paris", "slot_minutes": 15,
            "sites": sites, "travel_minutes": travel, "meeting_types": _types(), "professionals": pros,
            "beneficiaries": bens, "fixed": kept}


def instances(size: str, seeds: int = len(STRUCTURES)) -> list[tuple[str, int]]:
    """(structure, seed) of the suite at ``size``: structures dealt round-robin over the seeds."""
    return [(STRUCTURES[k % len(STRUCTURES)], 100 + k) for k in range(seeds)]
