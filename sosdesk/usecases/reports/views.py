"""The four reports as ``ReportView``s (tables and charts in French) and as JSON (stable keys,
docs/reports.md). Every output — window, PDF, CSV, XLSX, terminal — shows these same values."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from sosdesk.domain.invoice_workflow import KIND_SHORT_LABELS, STATUS_LABELS
from sosdesk.domain.periods import Period
from sosdesk.domain.report_math import CHRONIC_THRESHOLD, CHRONIC_WEEKS, DEFAULT_WEEKLY_MINUTES, hours, rate
from sosdesk.domain.report_view import Chart, ReportTable, ReportView, Series
from sosdesk.domain.vocabulary import (
    EXPENSE_CATEGORY_LABELS,
    euros,
    format_decimal,
    month_label,
    month_short,
    percent_text,
)
from sosdesk.usecases.reports.activity import ActivityReport, Counts
from sosdesk.usecases.reports.common import Scope, skill_label
from sosdesk.usecases.reports.finance import FinanceReport
from sosdesk.usecases.reports.obligations import ObligationsReport
from sosdesk.usecases.reports.staffing import StaffingReport

KINDS = ("staffing", "obligations", "activity", "finance")
TITLES = {"staffing": "Effectifs et besoins de recrutement", "obligations": "Couverture des obligations",
          "activity": "Activité : présences, absences et annulations", "finance": "Finances : prévu, réalisé, facturé"}
HIRING_FORMULA = ("Recrutements = arrondi supérieur de (demande hebdomadaire − heures disponibles par semaine) "
                  "÷ heures hebdomadaires moyennes d'un professionnel de la compétence.")

Report = StaffingReport | ObligationsReport | ActivityReport | FinanceReport


skill = skill_label  # a table cell or a chart label: « Psychologue »


def week_short(week: str) -> str:
    return "S" + week[-2:]


def _h(minutes: int) -> float:
    return float(hours(minutes))


def _e(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _fr_h(minutes: int) -> str:
    return format_decimal(hours(minutes), 1) + "\u00a0h"


def view(report: Report) -> ReportView:
    if isinstance(report, StaffingReport):
        return staffing_view(report)
    if isinstance(report, ObligationsReport):
        return obligations_view(report)
    if isinstance(report, ActivityReport):
        return activity_view(report)
    return finance_view(report)


# -- staffing --------------------------------------------------------------------------------------------

def staffing_view(r: StaffingReport) -> ReportView:
    hires = sum(h.hires for h in r.hiring)
    unmet = sum(u.unmet_minutes for u in r.unmet)
    planned = sum(sum(p.planned) for p in r.professionals)
    held = sum(sum(p.held) for p in r.professionals)
    need = [f"{skill(h.skill)} : {h.hires}" for h in r.hiring if h.hires]
    highlights = (("Recrutements nécessaires", str(hires) + (f" ({', '.join(need)})" if need else "")),
                  ("Heures prévues", _fr_h(planned)), ("Heures réalisées", _fr_h(held)),
                  ("Demande non couverte", _fr_h(unmet)))
    weeks = tuple(week_short(w) for w in r.weeks)
    charts = (
        Chart("Heures prévues par compétence et par semaine", "stacked", weeks,
              tuple(Series(skill(k.skill), tuple(_h(v) for v in k.planned)) for k in r.skills if any(k.planned)), "h"),
        Chart("Besoin hebdomadaire par compétence : demande, disponible, prévu", "bar",
              tuple(skill(h.skill) for h in r.hiring),
              (Series("Demande", tuple(_h(h.demand_minutes) for h in r.hiring)),
               Series("Disponible", tuple(_h(h.available_minutes) for h in r.hiring)),
               Series("Prévu", tuple(_h(h.planned_minutes) for h in r.hiring))), "h / semaine"),
    )
    tables = (
        ReportTable("hiring", "Recrutements nécessaires par compétence",
                    ("Compétence", "Professionnels", "Disponible (h/sem.)", "Demande (h/sem.)", "Prévu (h/sem.)",
                     "Moyenne par professionnel (h/sem.)", "Écart (h/sem.)", "Recrutements"),
                    tuple((skill(h.skill), h.professionals, hours(h.available_minutes), hours(h.demand_minutes),
                           hours(h.planned_minutes), hours(h.average_minutes),
                           hours(max(0, h.demand_minutes - h.available_minutes)), h.hires) for h in r.hiring),
                    frozenset(range(1, 8))),
        ReportTable("unmet", "Demande non couverte par compétence et lieu",
                    ("Compétence", "Lieu", "Bénéficiaires", "Non couvert (h)"),
                    tuple((skill(u.skill), u.site_name, u.beneficiaries, hours(u.unmet_minutes)) for u in r.unmet),
                    frozenset({2, 3})),
        ReportTable("skills", "Heures par compétence et par semaine",
                    ("Compétence", "Semaine", "Prévu (h)", "Réalisé (h)", "Demande (h)"),
                    tuple((skill(k.skill), w, hours(k.planned[i]), hours(k.held[i]), hours(k.demand[i]))
                          for k in r.skills for i, w in enumerate(r.weeks)),
                    frozenset({2, 3, 4})),
        ReportTable("professionals", "Heures par professionnel sur la période",
                    ("Professionnel", "Région", "Compétences", "Plafond (h/sem.)", "Prévu (h)", "Réalisé (h)",
                     "Charge moyenne (%)"),
                    tuple((p.name, p.region, ", ".join(skill(x) for x in p.skills),
                           None if p.cap_minutes is None else hours(p.cap_minutes), hours(sum(p.planned)),
                           hours(sum(p.held)),
                           rate(sum(p.planned), (p.cap_minutes or 0) * len(r.weeks))) for p in r.professionals),
                    frozenset({3, 4, 5, 6})),
        ReportTable("professional_weeks", "Heures par professionnel et par semaine",
                    ("Professionnel", "Semaine", "Prévu (h)", "Réalisé (h)"),
                    tuple((p.name, w, hours(p.planned[i]), hours(p.held[i]))
                          for p in r.professionals for i, w in enumerate(r.weeks) if p.planned[i] or p.held[i]),
                    frozenset({2, 3})),
    )
    notes = (HIRING_FORMULA,
             "Demande = besoin hebdomadaire des mesures en cours × professionnels du type ÷ participants maximum "
             f"(séances collectives partagées). Disponible = plafonds hebdomadaires (sans plafond : "
             f"{DEFAULT_WEEKLY_MINUTES // 60} h), partagés entre les compétences d'un professionnel.",
             "Non couvert = besoin hebdomadaire moins les heures prévues du même type pour la personne, "
             "rattaché au premier lieu autorisé du bénéficiaire.")
    return ReportView("staffing", TITLES["staffing"], r.period.label(), r.scope.label, notes, highlights, charts, tables)


# -- obligations -------------------------------------------------------------------------------------------

def obligations_view(r: ObligationsReport) -> ReportView:
    held = r.held_minutes
    people = len({x.beneficiary for x in r.rows})
    highlights = (("Couverture à ce jour", percent_text(r.coverage_to_date)), ("Bénéficiaires suivis", str(people)),
                  ("Sous-couverture chronique", str(len(r.chronic))),
                  ("Heures exigées à ce jour / réalisées", f"{_fr_h(r.required_to_date)} / {_fr_h(held)}"))
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for x in r.rows:
        acc = by_month[x.month]
        acc[0] += x.required_minutes
        acc[1] += x.planned_minutes
        acc[2] += x.held_minutes
    charts = (
        Chart("Couverture hebdomadaire des obligations (semaines terminées)", "line",
              tuple(week_short(w) for w in r.weeks),
              (Series("Couverture réalisée (%)", tuple(float(v or 0) for v in r.weekly_coverage)),
               Series(f"Seuil ({format_decimal(CHRONIC_THRESHOLD)} %)",
                      tuple(float(CHRONIC_THRESHOLD) for _ in r.weeks))), "%"),
        Chart("Heures exigées, prévues et réalisées par mois", "bar", tuple(month_short(mo) for mo in r.months),
              (Series("Exigé", tuple(_h(by_month[mo][0]) for mo in r.months)),
               Series("Prévu", tuple(_h(by_month[mo][1]) for mo in r.months)),
               Series("Réalisé", tuple(_h(by_month[mo][2]) for mo in r.months))), "h"),
    )
    weeks_head = " · ".join(week_short(w) for w in r.weeks)
    tables = (
        ReportTable("chronic", f"Sous-couverture chronique (< {format_decimal(CHRONIC_THRESHOLD)} % "
                               f"pendant {CHRONIC_WEEKS} semaines consécutives ou plus)",
                    ("Bénéficiaire", "Région", "Mesure", "Semaines consécutives", f"Couverture ({weeks_head})"),
                    tuple((c.name, c.region, c.measure, c.weeks_below,
                           " · ".join("—" if v is None else format_decimal(v, 0) for v in c.weekly))
                          for c in r.chronic), frozenset({3})),
        ReportTable("measures", "Couverture par mesure et par mois",
                    ("Mesure", "Mois", "Bénéficiaires", "Exigé (h)", "Réalisé (h)", "Couverture (%)"),
                    tuple((x.measure, month_label(x.month), x.beneficiaries, hours(x.required_minutes),
                           hours(x.held_minutes), x.coverage) for x in r.measures), frozenset({2, 3, 4, 5})),
        ReportTable("beneficiaries", "Couverture par bénéficiaire, type et mois",
                    ("Bénéficiaire", "Région", "Mesure", "Type", "Mois", "Exigé (h)", "Prévu (h)", "Réalisé (h)",
                     "Couverture (%)"),
                    tuple((x.name, x.region, x.measure, x.type_label, month_label(x.month), hours(x.required_minutes),
                           hours(x.planned_minutes), hours(x.held_minutes), x.coverage) for x in r.rows),
                    frozenset({5, 6, 7, 8})),
    )
    notes = ("Exigé = besoin hebdomadaire × jours de la mesure dans la période ÷ 7 ; réalisé = rendez-vous tenus "
             "où le bénéficiaire était présent. Couverture à ce jour = réalisé ÷ exigé du début de la période à "
             "aujourd'hui.",
             f"Sous-couverture chronique : moins de {format_decimal(CHRONIC_THRESHOLD)} % de l'exigé réalisé "
             f"pendant {CHRONIC_WEEKS} semaines terminées consécutives.")
    return ReportView("obligations", TITLES["obligations"], r.period.label(), r.scope.label, notes, highlights,
                      charts, tables)


# -- activity ------------------------------------------------------------------------------------------------

def activity_view(r: ActivityReport) -> ReportView:
    t = r.total
    with_r = _sum(e.reminded for e in r.reminders)
    without = _sum(e.not_reminded for e in r.reminders)
    highlights = (("Taux de présence", percent_text(t.held_rate)), ("Absences", percent_text(t.no_show_rate)),
                  ("Annulations tardives", percent_text(t.late_cancel_rate)),
                  ("Absences + annulations tardives avec / sans rappel",
                   f"{percent_text(with_r.missed_rate)} / {percent_text(without.missed_rate)}"))
    months = tuple(month_short(mo) for mo, _ in r.by_month)
    charts = (
        Chart("Rendez-vous par issue et par mois", "stacked", months,
              (Series("Tenus", tuple(float(c.held) for _, c in r.by_month)),
               Series("Absences", tuple(float(c.no_show) for _, c in r.by_month)),
               Series("Annulations tardives", tuple(float(c.late_cancel) for _, c in r.by_month)),
               Series("Annulations à temps", tuple(float(c.cancelled) for _, c in r.by_month))), "rendez-vous"),
        Chart("Effet des rappels : absences et annulations tardives (%)", "bar", months,
              (Series("Avec rappel envoyé", tuple(float(e.reminded.missed_rate or 0) for e in r.reminders)),
               Series("Sans rappel", tuple(float(e.not_reminded.missed_rate or 0) for e in r.reminders))), "%"),
    )
    tables = (
        ReportTable("by_type_site", "Issues par mois, type de rendez-vous et lieu",
                    ("Mois", "Type", "Lieu", "Tenus", "Absences", "Annulations tardives", "Annulations à temps",
                     "Présences à saisir", "Présence (%)", "Absence (%)", "Annulation tardive (%)"),
                    tuple((month_label(x.month), x.type_label, x.site_name, x.counts.held, x.counts.no_show,
                           x.counts.late_cancel, x.counts.cancelled, x.counts.to_record, x.counts.held_rate,
                           x.counts.no_show_rate, x.counts.late_cancel_rate) for x in r.rows),
                    frozenset(range(3, 11))),
        ReportTable("reminders", "Effet des rappels par mois",
                    ("Mois", "Avec rappel : dus", "Avec rappel : manqués", "Avec rappel (%)", "Sans rappel : dus",
                     "Sans rappel : manqués", "Sans rappel (%)"),
                    tuple((month_label(e.month), e.reminded.due, e.reminded.no_show + e.reminded.late_cancel,
                           e.reminded.missed_rate, e.not_reminded.due,
                           e.not_reminded.no_show + e.not_reminded.late_cancel, e.not_reminded.missed_rate)
                          for e in r.reminders), frozenset(range(1, 7))),
    )
    notes = ("Taux calculés sur les rendez-vous dus = tenus + absences + annulations tardives (annulés moins "
             "longtemps avant le début que le délai de prévenance de la grille tarifaire, 24 h par défaut : la "
             "règle de facturation). Manqués = absences + annulations tardives.",
             "Avec rappel : au moins un rappel envoyé avant le début du rendez-vous.")
    return ReportView("activity", TITLES["activity"], r.period.label(), r.scope.label, notes, highlights, charts,
                      tables)


def _sum(items: Any) -> Counts:
    acc = {"held": 0, "no_show": 0, "late_cancel": 0, "cancelled": 0, "to_record": 0}
    for c in items:
        for k in acc:
            acc[k] += getattr(c, k)
    return Counts(**acc)


# -- finance ---------------------------------------------------------------------------------------------------

def finance_view(r: FinanceReport) -> ReportView:
    planned = sum(x.planned_cents for x in r.regions)
    held = sum(x.held_cents for x in r.regions)
    billed = sum(x.billed_cents or 0 for x in r.regions)
    paid = sum(v for _, v in r.paid_by_month)
    credits = sum(c.ttc_cents for c in r.credit_notes)
    highlights = (("Prévu", euros(planned)), ("Réalisé", euros(held)), ("Facturé", euros(billed)),
                  ("Payé", euros(paid)), ("Avoirs", euros(credits)))
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for x in r.regions:
        acc = by_month[x.month]
        acc[0] += x.planned_cents
        acc[1] += x.held_cents
        acc[2] += x.billed_cents or 0
    months = tuple(month_short(mo) for mo in r.months)
    cats = sorted({e.category for e in r.expenses}, key=lambda c: list(EXPENSE_CATEGORY_LABELS).index(c)
                  if c in EXPENSE_CATEGORY_LABELS else 99)
    exp = {(e.category, e.month): e.amount_cents for e in r.expenses}
    charts = (
        Chart("Prestations prévues, réalisées et facturées par mois (€ HT)", "bar", months,
              (Series("Prévu", tuple(by_month[mo][0] / 100 for mo in r.months)),
               Series("Réalisé", tuple(by_month[mo][1] / 100 for mo in r.months)),
               Series("Facturé", tuple(by_month[mo][2] / 100 for mo in r.months))), "€"),
        Chart("Frais par catégorie et par mois (€)", "stacked", months,
              tuple(Series(EXPENSE_CATEGORY_LABELS.get(c, c), tuple(exp.get((c, mo), 0) / 100 for mo in r.months))
                    for c in cats), "€"),
    )

    def age_row(a: Any) -> tuple[Any, ...]:
        return (a.number or "brouillon", KIND_SHORT_LABELS.get(a.kind, a.kind),
                "National" if a.scope == "national" else a.scope, month_label(a.month),
                STATUS_LABELS.get(a.status, a.status), _e(a.ttc_cents), a.issued, a.paid, a.days, a.bucket)

    age_headers = ("Numéro", "Document", "Périmètre", "Mois", "Statut", "TTC (€)", "Émise le", "Payée le",
                   "Jours", "Ancienneté")
    tables = (
        ReportTable("regions", "Prévu, réalisé et facturé par région et par mois (prestations, € HT)",
                    ("Région", "Mois", "Prévu (€)", "Réalisé (€)", "Facturé (€)", "Facture HT (€)", "Statut",
                     "Écart réalisé − facturé (€)", "Non tarifés"),
                    tuple((x.region_name, month_label(x.month), _e(x.planned_cents), _e(x.held_cents),
                           _e(x.billed_cents), _e(x.invoice_ht_cents),
                           "pas de facture" if x.invoice_status is None else STATUS_LABELS.get(x.invoice_status,
                                                                                               x.invoice_status),
                           None if x.billed_cents is None else _e(x.held_cents - x.billed_cents), x.unpriced)
                          for x in r.regions), frozenset({2, 3, 4, 5, 7, 8})),
        ReportTable("expenses", "Frais par catégorie et par mois",
                    ("Catégorie", "Mois", "Nombre", "Montant (€)"),
                    tuple((EXPENSE_CATEGORY_LABELS.get(e.category, e.category), month_label(e.month), e.count,
                           _e(e.amount_cents)) for e in r.expenses), frozenset({2, 3})),
        ReportTable("statuses", "Factures par statut",
                    ("Statut", "Nombre", "HT (€)", "TTC (€)"),
                    tuple((STATUS_LABELS.get(x.status, x.status), x.count, _e(x.ht_cents), _e(x.ttc_cents))
                          for x in r.statuses), frozenset({1, 2, 3})),
        ReportTable("ageing", "Paiements et ancienneté des factures", age_headers,
                    tuple(age_row(a) for a in r.invoices), frozenset({5, 8})),
        ReportTable("credit_notes", "Avoirs", age_headers, tuple(age_row(a) for a in r.credit_notes),
                    frozenset({5, 8})),
        ReportTable("paid_by_month", "Encaissements par mois de paiement",
                    ("Mois de paiement", "Payé TTC (€)"),
                    tuple((month_label(mo), _e(v)) for mo, v in r.paid_by_month), frozenset({1})),
    )
    notes = ("Prévu : rendez-vous non annulés tarifés comme s'ils étaient tenus ; réalisé : tarifé sur l'issue "
             "enregistrée (tenu, absence, annulation tardive) ; moteur de facturation (grille en vigueur, "
             "coefficient du lieu, arrondi par rendez-vous), hors déplacements et frais.",
             "Facturé : lignes « rendez-vous » de la dernière édition de la facture régionale du mois. Ancienneté : "
             "jours entre l'émission et le paiement, ou jusqu'à aujourd'hui si elle n'est pas payée.")
    return ReportView("finance", TITLES["finance"], r.period.label(), r.scope.label, notes, highlights, charts, tables)


# -- JSON -------------------------------------------------------------------------------------------------------

COMPUTED = {"Counts": ("due", "held_rate", "no_show_rate", "late_cancel_rate", "missed_rate"),
            "ObligationsReport": ("coverage_to_date",),
            "CoverageRow": ("coverage",), "MeasureMonth": ("coverage",)}


def _plain(value: Any) -> Any:
    if isinstance(value, Period):
        return {"from": value.first.isoformat(), "to": value.last.isoformat(), "kind": value.kind,
                "label": value.label()}
    if isinstance(value, Scope):
        return {"region": value.region, "label": value.label}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in COMPUTED.get(type(value).__name__, ()):
            out[name] = _plain(getattr(value, name))
        return out
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_json(kind: str, report: Report) -> dict[str, Any]:
    """``{"report", "format", "period", "scope", ...fields}`` — keys documented in docs/reports.md."""
    body = _plain(report)
    return {"report": kind, "format": "sosdesk-report/1", **body}
