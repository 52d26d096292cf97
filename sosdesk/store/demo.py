"""``sosdesk demo``: a realistic, deterministic demo region (Auvergne-Rhône-Alpes) so a newcomer sees
full weeks: sites, staff, beneficiaries under judicial measures, a rate table, and weeks of meetings
ending with the current one (past days held with attendance and proof, the rest planned)."""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import now_utc, shift_week, utc_to_local, week_monday, week_of
from sosdesk.domain.vocabulary import count, day_text
from sosdesk.store import convert
from sosdesk.store import models as m
from sosdesk.store.changes import DEMO_OUTBOX
from sosdesk.store.demo_dates import demo_dates, demo_windows
from sosdesk.store.demo_history import expense_rows, meeting_rows
from sosdesk.store.demo_meetings import plan_week
from sosdesk.store.demo_names import luhn_siret
from sosdesk.store.demo_people import (
    REGION,
    Reference,
    build_beneficiaries,
    build_professionals,
    build_sites,
    build_types,
    professional_count,
)
from sosdesk.store.engine import Store

ADMIN_ID = "U-ADMIN"
# pricing.md §1, extended to every demo meeting type
RATE_TABLE: dict[str, Any] = {
    "meeting_types": {
        "IND_PSY": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                    "rounding_minutes": 15, "max_professionals_billed": 1},
        "IND_SOC": {"unit": "professional_hour", "price_cents": 5500, "min_billed_minutes": 30,
                    "rounding_minutes": 15, "max_professionals_billed": 1},
        "COL_WORK": {"unit": "session_hour", "price_cents": 9000, "min_billed_minutes": 60,
                     "rounding_minutes": 15},
        "COL_TALK": {"unit": "session_hour", "price_cents": 8000, "min_billed_minutes": 60,
                     "rounding_minutes": 15},
        "LAW_ENF": {"unit": "flat", "price_cents": 4500},
    },
    "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
               "billable_site_kinds": ["detention", "external"]},
    "no_show": {"ratio": "0.5", "notice_hours": 24},
    "vat": {"rate": "0", "mention": "TVA non applicable, article 261-7-1° du CGI (association)"},
}


@dataclass(frozen=True)
class DemoSummary:
    sites: int
    professionals: int
    beneficiaries: int
    meetings: int
    attachments: int
    expenses: int
    first_week: str
    last_week: str

    def __str__(self) -> str:
        first, last = week_monday(self.first_week), week_monday(self.last_week) + timedelta(days=6)
        return (f"{count(self.sites, 'site')}, {count(self.professionals, 'professionnel')}, "
                f"{count(self.beneficiaries, 'bénéficiaire')}, {self.meetings} rendez-vous du {day_text(first)} "
                f"au {day_text(last)}, {count(self.expenses, 'dépense')}, "
                f"{count(self.attachments, 'pièce jointe', 'pièces jointes')}")


def settings_data() -> dict[str, Any]:
    return {
        "organisation": "SOS Accompagnement Rhône-Alpes (démonstration)",
        "siret": luhn_siret("8123456760001"),  # SIREN 812 345 676 (its own Luhn key is right too)
        "invoice_prefix": "SOS",
        "address": "27 rue Paul Bert, 69003 Lyon",
        # E-invoice (Factur-X, Chorus Pro): exempt under article 261-7-1° du CGI, tax id BT-32, transfer.
        "vat_regime": "exempt", "tax_registration_id": "FR19812345676",
        "payment": {"days": 30, "means": "30", "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP"},
        "require_proof": True,
        "buyer": {"name": "Ministère de la Justice – Direction interrégionale des services pénitentiaires de Lyon",
                  "siret": luhn_siret("1100000150001"), "service_code": "DISP-LYON-SPIP69",
                  "commitment_number": "EJ-2026-004217", "address": "1 rue du Général Mouton-Duvernet, 69003 Lyon"},
    }


def users() -> list[m.User]:
    return [
        m.User(id=ADMIN_ID, name="Claire Martin", role="regional_admin", region_id=REGION,
               email="claire.martin@sos-accompagnement.example.org"),
        m.User(id="U-VALID", name="Jean-Paul Giraud", role="regional_validator", region_id=REGION,
               email="jean-paul.giraud@justice.example.org"),
        m.User(id="U-NAT", name="Sophie Lambert", role="national_coordinator", region_id=None,
               email="sophie.lambert@sos-accompagnement.example.org"),
    ]


def _problem(ref: Reference, week: str, dated: tuple[Any, Any] = ((), ())) -> dm.PlanningProblem:
    sites = {r.id: convert.site(r) for r in ref.sites}
    return dm.PlanningProblem(
        week=week, sites=sites,
        meeting_types={r.id: convert.meeting_type(r) for r in ref.types},
        professionals={r.id: convert.professional(r) for r in ref.professionals},
        beneficiaries={r.id: convert.beneficiary(r) for r in ref.beneficiaries},
        travel=convert.travel(ref.travel), dated=demo_windows(week, sites, list(dated[0]), list(dated[1])))


def build_demo(store: Store, seed: int = 0, beneficiaries: int = 60, weeks: int = 6,
               today: date | None = None) -> DemoSummary:
    """Fill ``store`` (expected empty) with the demo region; same seed and today → same data."""
    rng = random.Random(seed)
    today = today or utc_to_local(now_utc()).date()
    current = week_of(today)
    week_list = [shift_week(current, -k) for k in reversed(range(weeks))]
    first_monday = week_monday(week_list[0])
    sites, travel = build_sites(beneficiaries)
    ref = Reference(region=m.Region(id=REGION, name="Auvergne-Rhône-Alpes"), sites=sites, travel=travel,
                    types=build_types())
    ref.professionals = build_professionals(rng, professional_count(beneficiaries))
    ref.beneficiaries = build_beneficiaries(rng, beneficiaries, ref.professionals, first_monday)
    absences, closed_days = demo_dates(ref.sites, ref.professionals, ref.beneficiaries, current)

    # Professionals' capacity drives the volume (~10 meetings each a week, ~500 a week for 2,000
    # beneficiaries); the current week is only partly planned so the planner has work to do.
    full_target = max(3, 10 * len(ref.professionals))
    meetings: list[m.Meeting] = []
    expenses: list[m.Expense] = []
    docs: dict[str, m.Attachment] = {}
    today_wd = today.isoweekday()
    for week in week_list:
        problem = _problem(ref, week, (absences, closed_days))
        if week == current:
            law_count = 2 if beneficiaries >= 10 else 1
            law_days = list(range(today_wd, 6)) if today_wd <= 5 else list(range(1, 6))
        else:
            law_count = rng.randrange(0, max(1, beneficiaries // 100) + 1)
            law_days = list(range(1, 6))
        target = full_target * 3 // 5 if week == current else full_target
        planned = plan_week(rng, problem, target, law_count, law_days)
        rows, sheets = meeting_rows(rng, week, planned, today)
        spent, receipts = expense_rows(rng, week, rows, today)
        meetings += rows
        expenses += spent
        for doc in [*sheets, *receipts]:
            docs.setdefault(doc.id, doc)

    with store.transaction("Région de démonstration : organisation et utilisateurs") as (s, _c):
        s.add(m.Setting(id="settings", data=settings_data()))
        s.add(ref.region)
        s.add_all(users())
    store.set_user(ADMIN_ID)
    with store.transaction("Région de démonstration") as (s, _c):
        s.add_all(ref.rows()[1:])
        s.add(m.RateTable(id=date(first_monday.year, 1, 1).isoformat(),
                          valid_from=date(first_monday.year, 1, 1), content=copy.deepcopy(RATE_TABLE)))
        s.add_all(docs.values())
        s.add_all(meetings)
        s.add_all(expenses)
        s.add_all(absences)
        s.add_all(closed_days)
    with store.session() as s:
        last_op = s.scalar(select(func.max(m.OutboxOp.op_id)))
    store.set_state(DEMO_OUTBOX, last_op)
    return DemoSummary(sites=len(ref.sites), professionals=len(ref.professionals),
                       beneficiaries=beneficiaries, meetings=len(meetings), attachments=len(docs),
                       expenses=len(expenses), first_week=week_list[0], last_week=current)
