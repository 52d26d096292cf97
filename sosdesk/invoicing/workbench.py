"""What the invoice workbench shows a ministry checker (issue 14), computed here, not in widgets:
why each line's amount is what it is (rate, site coefficient, no-show ratio, per-meeting rounding,
durations), its items with dates and names, the missing proofs in words, which actions can act now
(and why not), and the months the board scrolls over (every month with data, newest first).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from sosdesk.domain import pricing as pr
from sosdesk.domain.invoice_document import AnnexExpense, AnnexMeeting, AnnexTravel
from sosdesk.domain.invoice_workflow import STEPS, WorkflowError, check_step
from sosdesk.domain.permissions import Actor, PermissionDenied, can
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import (
    SITE_KIND_LABELS,
    SITE_KIND_PLACES,
    day_text,
    duration,
    euros,
    format_decimal,
    quantity,
    ratio_percent,
    table_time,
    weekday_day_text,
)
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.rates import load_schedule
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice

UNIT_PHRASES = {"professional_hour": "de l'heure par professionnel présent", "session_hour": "de l'heure par séance",
                "flat": "forfait par rendez-vous"}


@dataclass(frozen=True, slots=True)
class LineItem:
    """One element of a line as a person reads it; ``kind``/``id`` to jump to it."""

    kind: str  # meeting | expense
    id: str
    text: str


@dataclass
class LineExplanation:
    """Why a line's amount is what it is: a one-line summary (tooltip) and the detail sentences."""

    quantity: str                       # « 7,5 heures »
    summary: str
    details: list[str] = field(default_factory=list)
    items: list[LineItem] = field(default_factory=list)


def _minutes(n: int) -> str:
    """45 → « 45 min », 90 → « 1 h 30 »."""
    return f"{n} min" if n < 60 else duration(n)


def _meeting_item(r: AnnexMeeting, billed: int | None) -> LineItem:
    people = " · ".join([*r.professionals, *r.beneficiaries])
    timing = duration(r.minutes) if billed is None or billed == r.minutes else \
        f"{duration(r.minutes)} → {duration(billed)} facturées"
    text = " — ".join(x for x in (f"{weekday_day_text(r.date)} {r.time}", r.type_label, r.site_name, people, timing,
                                  r.outcome_text, euros(r.amount_cents)) if x)
    if r.holiday:
        text += f" (jour férié : {r.holiday})"
    return LineItem("meeting", r.id, text)


def _meeting_line(line: pr.Line, rows: list[AnnexMeeting], schedule: pr.RateSchedule,
                  sites: dict[str, tuple[str, str]]) -> LineExplanation:
    amount = quantity(line.quantity, "meeting" if line.unit == "item" else line.unit)
    first = min((r.date for r in rows), default=None)
    table = schedule.table_for(first) if first else None
    rate = table.meeting_types.get(line.type or "") if table else None
    type_label = rows[0].type_label if rows else (line.type or "")
    if table is None or rate is None:
        return LineExplanation(amount, f"{amount} × {euros(line.unit_price_cents)}",
                               [f"{len(rows)} rendez-vous"], [_meeting_item(r, None) for r in rows])
    no_show = line.outcome == "no_show"
    ratio = table.no_show_ratio if no_show else Decimal(1)
    unit_price = line.unit_price_cents if line.unit_price_cents is not None else Decimal(0)
    coefficient = unit_price / (rate.price_cents * ratio) if rate.price_cents else Decimal(1)
    details = [f"Tarif « {type_label} » : {euros(rate.price_cents)} {UNIT_PHRASES.get(rate.unit, '')} "
               f"(grille en vigueur au {day_text(table.valid_from)})"]
    if rate.unit == "professional_hour" and rate.max_professionals_billed:
        k = rate.max_professionals_billed
        details[0] += f", au plus {k} professionnel{'s facturés' if k > 1 else ' facturé'} par rendez-vous"
    summary = [f"{amount} × {euros(unit_price)}"]
    if coefficient != 1:
        kinds = {sites.get(r.site, ("", ""))[1] for r in rows} - {""}
        place = " ou ".join(sorted(SITE_KIND_PLACES.get(k, SITE_KIND_LABELS.get(k, k)) for k in kinds))
        names = ", ".join(sorted({r.site_name for r in rows} - {""}))
        text = f"coefficient de site {format_decimal(coefficient, 2)}" + (f" {place}" if place else "")
        details.append(f"{text[0].upper()}{text[1:]} ({names})")
        summary.append(text)
    if no_show:
        details.append(f"Absence non excusée ou annulation tardive : {ratio_percent(ratio)} du montant "
                       f"(moins de {table.notice_hours} h avant le rendez-vous pour une annulation)")
        summary.append(f"absence facturée à {ratio_percent(ratio)}")
    if coefficient != 1 or no_show:
        parts = [euros(rate.price_cents)] + ([format_decimal(coefficient, 2)] if coefficient != 1 else []) + (
            [ratio_percent(ratio)] if no_show else [])
        details.append(f"Prix unitaire : {' × '.join(parts)} = {euros(unit_price)}")
    items: list[LineItem] = []
    if rate.unit == "flat":
        details.append(f"Quantité : {len(rows)} rendez-vous au forfait")
        items = [_meeting_item(r, None) for r in rows]
    else:
        planned = sum(r.minutes for r in rows)
        billed_each = [pr.billed_minutes(rate, r.minutes) for r in rows]
        rounded = sum(1 for r, b in zip(rows, billed_each, strict=True) if b != r.minutes)
        rule = f"arrondi par rendez-vous : durée arrondie aux {rate.rounding_minutes} min supérieures"
        if rate.min_billed_minutes:
            rule += f", au moins {_minutes(rate.min_billed_minutes)} facturées"
        details.append(rule[0].upper() + rule[1:] + (f" ({rounded} rendez-vous arrondi(s))" if rounded else ""))
        summary.append(f"arrondi par rendez-vous ({rate.rounding_minutes} min)")
        several = rate.unit == "professional_hour" and line.quantity * 60 != sum(billed_each)
        details.append(f"Quantité : {amount} = {len(rows)} rendez-vous, {duration(planned)} prévues → "
                       f"{duration(sum(billed_each))} facturées"
                       + (" × professionnels présents" if several else ""))
        items = [_meeting_item(r, b) for r, b in zip(rows, billed_each, strict=True)]
    exact = pr.round_cents(line.quantity * unit_price)
    head = (f"somme des {len(rows)} montants arrondis au centime, un par rendez-vous" if len(rows) > 1
            else "montant du rendez-vous arrondi au centime")
    details.append(f"Montant : {head} = {euros(line.amount_cents)}" + (
        "" if exact == line.amount_cents else
        f" (quantité × prix unitaire = {euros(exact)} ; l'écart vient de l'arrondi de chaque rendez-vous)"))
    return LineExplanation(amount, " — ".join(summary), details, items)


def _travel_line(line: pr.Line, rows: list[AnnexTravel], schedule: pr.RateSchedule) -> LineExplanation:
    amount = quantity(line.quantity, "hour")
    raw = sum(r.raw_minutes for r in rows)
    billed = sum(r.minutes for r in rows)
    first = min((r.date for r in rows), default=None)
    table = schedule.table_for(first) if first else None
    details = [f"{len(rows)} journée(s) de professionnel : {duration(raw)} de trajet → {duration(billed)} "
               f"facturées ({amount})"]
    summary = f"{amount} × {euros(line.unit_price_cents)}"
    if table is not None:
        travel = table.travel
        rule = f"Arrondi par journée aux {travel.rounding_minutes} min supérieures"
        if travel.max_minutes_per_day:
            rule += f", plafond de {duration(travel.max_minutes_per_day)} par jour"
        details.append(rule)
        kinds = " ou ".join(SITE_KIND_LABELS.get(k, k).lower() for k in sorted(travel.billable_site_kinds))
        details.append(f"Seuls les trajets vers les lieux de type {kinds} sont facturés, "
                       f"à {euros(travel.price_cents_per_hour)} de l'heure")
        summary += f" — arrondi par journée ({travel.rounding_minutes} min)"
    items = [LineItem("meeting", (r.meetings or ("",))[0],
                      " — ".join((weekday_day_text(r.date), r.professional, " → ".join(r.stops),
                                  f"{duration(r.raw_minutes)} → {duration(r.minutes)}", euros(r.amount_cents))))
             for r in rows]
    return LineExplanation(amount, summary, details, items)


def _expense_line(line: pr.Line, rows: list[AnnexExpense]) -> LineExplanation:
    category = pr.CATEGORY_LABELS.get(line.category or "", line.category or "")
    amount = quantity(len(rows), "expense")
    items = [LineItem("expense", r.id, " — ".join(x for x in (
        weekday_day_text(r.date), r.label, euros(r.amount_cents), "" if r.receipt else "sans justificatif") if x))
        for r in rows]
    return LineExplanation(amount, f"{amount} remboursés au réel (TTC)",
                           [f"{amount} « {category} » remboursés au montant payé, taxes comprises, "
                            "sur justificatif"], items)


def explain_lines(store: Store, invoice_id: str) -> list[LineExplanation]:
    """One explanation per line of the invoice, in the order of its lines."""
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            return []
        doc = build_document(inv)
        schedule = load_schedule(s)
        sites = {x.id: (x.name, x.kind) for x in s.scalars(select(m.Site))}
    annex = {r.id: r for r in doc.annex}
    travel = doc.travel()
    out: list[LineExplanation] = []
    for line in doc.lines:
        items = [annex[i] for i in line.items if i in annex]
        if line.kind == "meeting":
            out.append(_meeting_line(line, [r for r in items if isinstance(r, AnnexMeeting)], schedule, sites))
        elif line.kind == "travel":
            ids = set(line.items)
            out.append(_travel_line(line, [r for r in travel if ids.intersection(r.meetings)], schedule))
        elif line.kind == "expense":
            out.append(_expense_line(line, [r for r in items if isinstance(r, AnnexExpense)]))
        else:
            amount = quantity(line.quantity, line.unit)
            text = f"Ligne libre : {amount} × {euros(line.unit_price_cents)}"
            out.append(LineExplanation(amount, text, [text] + (
                [f"Justification : {line.justification}"] if line.justification else [])))
    return out


def missing_items(store: Store, invoice_id: str) -> list[LineItem]:
    """The invoice's missing proofs in words: date, type, place, people, then what to do."""
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            return []
        missing = build_document(inv).missing_proof
        wanted = [p.id for p in missing if p.kind == "meeting"]
        meetings = {x.id: x for x in s.scalars(select(m.Meeting).where(m.Meeting.id.in_(wanted)))} if wanted else {}
        types = {t.id: t.label for t in s.scalars(select(m.MeetingType))}
        sites = {x.id: x.name for x in s.scalars(select(m.Site))}
        pros = {p.id: p.display_name for p in s.scalars(select(m.Professional))}
        expenses = {p.id: s.get(m.Expense, p.id) for p in missing if p.kind == "expense"}
        regions = {r.id: r.name or r.id for r in s.scalars(select(m.Region))}
        out: list[LineItem] = []
        for p in missing:
            if p.kind == "meeting" and p.id in meetings:
                row = meetings[p.id]
                start = utc_to_local(row.start)
                who = ", ".join(str(pros.get(x) or x) for x in row.professionals)
                what = " — ".join(x for x in (f"{weekday_day_text(start)} {table_time(start)}",
                                              types.get(row.type_id, row.type_id), sites.get(row.site_id, ""), who) if x)
                out.append(LineItem("meeting", p.id, f"Rendez-vous du {what} : {p.reason}"))
            elif p.kind == "expense" and expenses.get(p.id) is not None:
                exp = expenses[p.id]
                assert exp is not None
                category = pr.CATEGORY_LABELS.get(exp.category, exp.category)
                out.append(LineItem("expense", p.id, f"Frais du {day_text(exp.date)} — {category} — {exp.label} — "
                                                     f"{euros(exp.amount_cents)} : {p.reason}"))
            elif p.kind == "region":
                out.append(LineItem("region", p.id, f"Région {regions.get(p.id, p.id)} : {p.reason}"))
            else:
                out.append(LineItem(p.kind, p.id, pr.missing_text(p)))
        return out


# -- the board ------------------------------------------------------------------------------------


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift(month: str, delta: int) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + mon - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def board_months(store: Store, today: date) -> list[str]:
    """Every month from the newest (the current month, or a later one with data) back to the oldest
    with meetings, expenses or invoices, newest first: the board scrolls over years."""
    with store.session() as s:
        first_meeting, last_meeting = s.execute(select(func.min(m.Meeting.start), func.max(m.Meeting.start)).where(
            m.Meeting.deleted.is_(False))).one()
        first_expense, last_expense = s.execute(select(func.min(m.Expense.date), func.max(m.Expense.date)).where(
            m.Expense.deleted.is_(False))).one()
        first_invoice, last_invoice = s.execute(select(func.min(Invoice.month), func.max(Invoice.month)).where(
            Invoice.deleted.is_(False))).one()
    lows = [_month(utc_to_local(first_meeting).date()) if first_meeting else None,
            _month(first_expense) if first_expense else None, first_invoice]
    highs = [_month(utc_to_local(last_meeting).date()) if last_meeting else None,
             _month(last_expense) if last_expense else None, last_invoice, _month(today)]
    newest = max(x for x in highs if x is not None)
    oldest = min([x for x in lows if x is not None] or [_shift(_month(today), -1)])
    oldest = min(oldest, _shift(_month(today), -1))
    out, month = [], newest
    while month >= oldest:
        out.append(month)
        month = _shift(month, -1)
    return out


# -- actions --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionState:
    """Whether an action shows, whether it can act now, and why not (French, for the tooltip)."""

    visible: bool
    enabled: bool
    reason: str = ""


def _step_state(actor: Actor, step: str, kind: str, status: str, region: str | None,
                missing: int) -> ActionState:
    spec = STEPS[step]
    action = ("invoice_draft" if kind == "regional" else "invoice_national") if step == "submit" else spec.action
    if kind not in spec.kinds or not can(actor.role, action):
        return ActionState(False, False)
    try:
        check_step(actor, step, kind, status, region, comment="x")
    except (WorkflowError, PermissionDenied) as exc:
        return ActionState(True, False, str(exc))
    if step == "submit" and missing:
        return ActionState(True, False, f"{missing} justificatif(s) manquant(s) : joignez-les (onglet "
                                        "« Justificatifs manquants ») avant de soumettre")
    return ActionState(True, True)


def action_states(actor: Actor | None, cell: tuple[str, str] | None, invoice: dict[str, Any] | None
                  ) -> dict[str, ActionState]:
    """Each workbench action for ``actor`` on the selected board cell (scope, month) and its invoice
    (``kind``, ``status``, ``scope``, ``missing`` count, or None when the cell has none)."""
    none = ActionState(False, False)
    pick = "choisissez d'abord une case (région et mois) dans le tableau"
    out: dict[str, ActionState] = {}
    if actor is None:
        return dict.fromkeys(("draft", "national", *STEPS, "export"), none)
    status = invoice["status"] if invoice else None
    if can(actor.role, "invoice_draft"):
        if cell is None:
            out["draft"] = ActionState(True, False, pick)
        elif cell[0] == "national":
            out["draft"] = ActionState(True, False, "la facture nationale se prépare par la coordination nationale")
        elif actor.region not in (None, cell[0]):
            out["draft"] = ActionState(True, False, "vous ne préparez que les factures de votre région")
        elif status is not None and status != "draft":
            out["draft"] = ActionState(True, False, "seul un brouillon peut être régénéré : cette facture est "
                                                    "déjà soumise ou plus avancée")
        else:
            out["draft"] = ActionState(True, True)
    else:
        out["draft"] = none
    if can(actor.role, "invoice_national"):
        if cell is None:
            out["national"] = ActionState(True, False, pick)
        elif invoice is not None and invoice["kind"] == "national" and status != "draft":
            out["national"] = ActionState(True, False, "la facture nationale de ce mois n'est plus un brouillon")
        else:
            out["national"] = ActionState(True, True)
    else:
        out["national"] = none
    for step in STEPS:
        if invoice is None:
            out[step] = none
        else:
            region = invoice["scope"] if invoice["kind"] == "regional" else None
            out[step] = _step_state(actor, step, invoice["kind"], invoice["status"], region, invoice["missing"])
    out["export"] = ActionState(True, invoice is not None, "" if invoice else
                                "aucune facture dans cette case : rien à exporter")
    return out


def empty_text(scope_label: str, month_label: str, actor: Actor | None, scope: str) -> str:
    """What to do on a board cell without an invoice."""
    head = f"Aucune facture pour {scope_label}, {month_label}"
    if actor is not None and scope == "national" and can(actor.role, "invoice_national"):
        return f"{head} : créez le brouillon national avec « Préparer le brouillon national »."
    if actor is not None and scope != "national" and can(actor.role, "invoice_draft") and actor.region in (None, scope):
        return f"{head} : créez le brouillon {_of(scope_label)} avec « Préparer / régénérer le brouillon régional »."
    who = "la coordination nationale" if scope == "national" else f"l'administration régionale de {scope_label}"
    return f"{head} : elle sera préparée par {who}."


def _of(name: str) -> str:
    """« d'Île-de-France », « de Bretagne »."""
    return f"d'{name}" if name[:1].lower() in "aeiouyàâéèêëîïôöûüœ" and name else f"de {name}"


def board_missing_text(count: int) -> str:
    """The board's « ⚠ n » in words (tooltip and legend)."""
    return (f"⚠ {count} : {count} justificatif(s) manquant(s) ou présence(s) non saisie(s) — "
            "la soumission est bloquée tant qu'il en manque")



def default_cell(actor: Actor | None, today: date, scopes: list[str]) -> tuple[str, str] | None:
    """Where the board opens: the user's region (national for the coordinator), last month — the
    invoice being prepared or checked now."""
    if not scopes:
        return None
    scope = "national" if actor is not None and actor.role == "national_coordinator" else (
        actor.region if actor is not None and actor.region in scopes else scopes[0])
    return scope, _shift(_month(today), -1)
