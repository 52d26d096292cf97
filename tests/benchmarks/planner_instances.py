"""Realistic ``sosdesk-planning/1`` weeks for the planner benchmark (sizes S, M, L).

Sites come in areas of three (travel listed inside an area only, plus a court per area);
professionals work in one area; beneficiaries have 2–11 h of weekly obligations, jobs, day-parole
hours, forbidden partners, referents and some court appointments with buffers.
"""

from __future__ import annotations

import random
from typing import Any

SIZES: dict[str, tuple[int, int, int]] = {"S": (30, 6, 2), "M": (150, 30, 6), "L": (600, 100, 15)}
WEEKDAYS = [1, 2, 3, 4, 5]

TYPES: list[dict[str, Any]] = [
    {"id": "IND_PSY", "kind": "individual", "minutes": 60, "skill": "psychologist", "professionals": 1,
     "min_participants": 1, "max_participants": 1},
    {"id": "IND_SOC", "kind": "individual", "minutes": 60, "skill": "social_worker", "professionals": 1,
     "min_participants": 1, "max_participants": 1},
    {"id": "IND_CIP", "kind": "individual", "minutes": 45, "skill": "job_counsellor", "professionals": 1,
     "min_participants": 1, "max_participants": 1},
    {"id": "COL_WORK", "kind": "collective", "minutes": 120, "skill": "facilitator", "professionals": 2,
     "min_participants": 3, "max_participants": 8},
    {"id": "COL_PREV", "kind": "collective", "minutes": 90, "skill": "facilitator", "professionals": 1,
     "min_participants": 3, "max_participants": 10},
    {"id": "LAW_SPIP", "kind": "law_enforcement", "minutes": 60, "skill": "probation_officer",
     "professionals": 0, "min_participants": 1, "max_participants": 1},
]


def _w(day: int, start: str, end: str) -> dict[str, Any]:
    return {"day": day, "from": start, "to": end}


def generate(size: str, seed: int = 1, week: str = "2026-W48") -> dict[str, Any]:
    """One week of one region at the given size; the same seed gives the same instance."""
    n_ben, n_pro, n_sites = SIZES[size]
    rng = random.Random(f"{size}-{seed}")
    n_areas = max(1, n_sites // 3)
    areas: list[list[str]] = [[] for _ in range(n_areas)]
    sites: list[dict[str, Any]] = []
    travel: list[dict[str, Any]] = []
    for i in range(n_sites):
        sid = f"S{i + 1}"
        area = i % n_areas
        areas[area].append(sid)
        days = WEEKDAYS if i < n_areas or rng.random() < 0.6 else sorted(rng.sample(WEEKDAYS, 3))
        sites.append({"id": sid, "name": f"Antenne {sid}", "kind": "office" if i < n_areas else "rented",
                      "capacity": rng.choice([2, 3, 3, 4]), "open": [_w(d, "08:30", "18:30") for d in days]})
    courts = []
    for a in range(n_areas):
        cid = f"C{a + 1}"
        courts.append(cid)
        sites.append({"id": cid, "name": f"SPIP {a + 1}", "kind": "external", "capacity": 20,
                      "open": [_w(d, "08:00", "18:00") for d in WEEKDAYS]})
        members = areas[a]
        for x in range(len(members)):
            travel.append({"from": members[x], "to": cid, "minutes": rng.choice([20, 30, 40])})
            for y in range(x + 1, len(members)):
                travel.append({"from": members[x], "to": members[y], "minutes": rng.choice([15, 25, 35, 45])})

    skills_cycle = ["psychologist", "social_worker", "psychologist", "social_worker", "facilitator",
                    "job_counsellor", "social_worker", "facilitator"]
    pros: list[dict[str, Any]] = []
    pros_by_area: list[list[dict[str, Any]]] = [[] for _ in range(n_areas)]
    for i in range(n_pro):
        area = i % n_areas
        skill = skills_cycle[(i // n_areas) % len(skills_cycle)]
        skills = [skill] + (["facilitator"] if skill != "facilitator" and rng.random() < 0.15 else [])
        part_time = rng.random() < 0.3
        days = sorted(rng.sample(WEEKDAYS, 3)) if part_time else WEEKDAYS
        start, end = rng.choice([("09:00", "17:00"), ("08:30", "16:30"), ("10:00", "18:00")])
        home = areas[area][i % len(areas[area])]
        p = {"id": f"P{i + 1}", "skills": skills, "home_site": home,
             "sites": sorted(areas[area]) if rng.random() < 0.7 else [home],
             "max_minutes_per_week": 1260 if part_time else 2100,
             "available": [_w(d, start, end) for d in days]}
        pros.append(p)
        pros_by_area[area].append(p)

    bens: list[dict[str, Any]] = []
    by_area: list[list[str]] = [[] for _ in range(n_areas)]
    fixed: list[dict[str, Any]] = []
    for i in range(n_ben):
        bid = f"B{i + 1}"
        area = i % n_areas
        by_area[area].append(bid)
        hours = rng.choice([2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8, 11])
        reqs: list[dict[str, Any]] = []
        left = hours * 60
        if rng.random() < 0.35 and left >= 180:
            col = rng.choice(["COL_WORK", "COL_PREV"])
            mins = 120 if col == "COL_WORK" else 90
            reqs.append({"type": col, "minutes": mins * (2 if left >= 360 else 1)})
            left -= reqs[-1]["minutes"]
        psy = min(left, rng.choice([60, 60, 120]))
        if psy > 0:
            reqs.append({"type": "IND_PSY", "minutes": psy})
            left -= psy
        if left > 0 and rng.random() < 0.3:
            cip = min(left, 90)
            reqs.append({"type": "IND_CIP", "minutes": cip})
            left -= cip
        if left > 0:
            reqs.append({"type": "IND_SOC", "minutes": min(left, 240)})
        b: dict[str, Any] = {"id": bid, "requirements": reqs,
                             "sites": rng.sample(areas[area], min(len(areas[area]), rng.choice([1, 2, 2])))}
        r = rng.random()
        if r < 0.25:  # works daytime on some days
            b["unavailable"] = [_w(d, "08:00", rng.choice(["14:00", "16:00"])) for d in rng.sample(WEEKDAYS, 3)]
        elif r < 0.4:  # day parole: only some afternoons
            b["available"] = [_w(d, "13:00", "18:00") for d in sorted(rng.sample(WEEKDAYS, 3))]
        referents = [p for p in pros_by_area[area] if {"psychologist", "social_worker"} & set(p["skills"])]
        if referents:
            b["referent"] = rng.choice(referents)["id"]
        if rng.random() < 0.1:
            b["max_meetings_per_day"] = 1
        bens.append(b)
        if rng.random() < 0.1:
            day = rng.choice(WEEKDAYS)
            fixed.append({"id": f"F{len(fixed) + 1}", "type": "LAW_SPIP", "day": day,
                          "start": rng.choice(["09:00", "10:30", "14:00"]), "minutes": 60,
                          "site": courts[area], "professionals": [], "beneficiaries": [bid],
                          "buffer_minutes": 60})
    for area_bens in by_area:
        for bid in area_bens:
            if rng.random() < 0.04 and len(area_bens) > 1:
                other = rng.choice([x for x in area_bens if x != bid])
                bens[int(bid[1:]) - 1].setdefault("forbidden_with", []).append(other)
    for b in bens:
        if "forbidden_with" in b:
            b["forbidden_with"] = sorted(set(b["forbidden_with"]))
    return {"format": "sosdesk-planning/1", "week": week, "timezone": "Europe/Paris", "slot_minutes": 15,
            "sites": sites, "travel_minutes": travel, "meeting_types": TYPES, "professionals": pros,
            "beneficiaries": bens, "fixed": fixed}
