"""`sosdesk invoice …`: drafts, workflow steps, exports, list and show (cli.md, pricing.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import annex_from_json, holiday_warnings
from sosdesk.domain.invoice_workflow import (
    KIND_SHORT_LABELS,
    STATUS_LABELS,
    invoice_title,
    month_label,
)
from sosdesk.domain.pricing import UNIT_LABELS, euros, format_decimal, missing_text
from sosdesk.domain.vocabulary import count
from sosdesk.invoicing import interchange_section
from sosdesk.invoicing.command_run import (
    EXIT_OK,
    EXIT_PROBLEMS,
    print_table,
    run,
    sign_as,
)
from sosdesk.invoicing.command_settings import chorus_command, chorus_setup_command, settings_command
from sosdesk.invoicing.document import scope_label
from sosdesk.invoicing.queries import history_line
from sosdesk.store import Store
from sosdesk.store.invoice_models import Invoice, InvoiceEvent


def _draft(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.drafts import actor_for, regional_draft

    def work(store: Store, user: str | None) -> int:
        invoice_id, _ = regional_draft(store, actor_for(store, user), args.region, args.month)
        return _report_draft(store, invoice_id, args)

    return run(args, work)


def _national(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.drafts import actor_for, national_draft

    def work(store: Store, user: str | None) -> int:
        invoice_id, _ = national_draft(store, actor_for(store, user), args.month)
        return _report_draft(store, invoice_id, args)

    return run(args, work)


def _report_draft(store: Store, invoice_id: str, args: argparse.Namespace) -> int:
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        print(f"{_title(s, inv)} : {count(len(inv.lines), 'ligne')}, total HT {euros(inv.total_ht_cents)}",
              file=sys.stderr)
        if not inv.lines:
            print(f"rien à facturer en {month_label(inv.month)} pour {scope_label(s, inv.scope)} : aucun "
                  "rendez-vous, déplacement ni frais facturable ce mois-ci ; le brouillon reste vide (0,00 €) "
                  "et ne donnera pas de facture électronique", file=sys.stderr)
        if inv.missing_regions:
            print("régions non approuvées : " + ", ".join(scope_label(s, r) for r in inv.missing_regions),
                  file=sys.stderr)
        for p in inv.missing_proof:
            if p["kind"] != "region":  # listed just above
                print(f"justificatif manquant — {missing_text(p)}", file=sys.stderr)
        for text in holiday_warnings(annex_from_json(r) for r in inv.annex):
            print(f"attention — {text}", file=sys.stderr)
        problems = bool(inv.missing_proof)
    print(invoice_id)  # cli.md: the id alone on the last stdout line
    # cli.md: 1 when the work ran but found problems — the draft exists, proof is still missing.
    return EXIT_PROBLEMS if problems else EXIT_OK


def _title(s: Session, inv: Invoice) -> str:
    """« Facture régionale — Île-de-France, octobre 2026 (brouillon) », « Facture nationale, … »."""
    return (f"{invoice_title(inv.kind, scope_label(s, inv.scope))}, {month_label(inv.month)} "
            f"({STATUS_LABELS.get(inv.status, inv.status)})")


def _step(name: str) -> Any:
    def handler(args: argparse.Namespace) -> int:
        from sosdesk.invoicing.drafts import actor_for
        from sosdesk.invoicing.workflow import apply_step

        def work(store: Store, user: str | None) -> int:
            sign_as(args, store)
            inv, _ = apply_step(store, actor_for(store, user), args.invoice, name, args.comment or "")
            with store.session() as s:
                title = _title(s, inv)
            print(title + (f" — n° {inv.number}" if inv.number else ""), file=sys.stderr)
            print(inv.number or inv.id)
            return EXIT_OK

        return run(args, work)

    return handler


def _credit_note(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.drafts import actor_for
    from sosdesk.invoicing.workflow import credit_note

    def work(store: Store, user: str | None) -> int:
        sign_as(args, store)
        note_id, _ = credit_note(store, actor_for(store, user), args.invoice, args.comment or "")
        print("avoir créé en brouillon : soumettez-le puis validez-le pour lui donner un numéro", file=sys.stderr)
        print(note_id)
        return EXIT_OK

    return run(args, work)


def _add_line(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.drafts import actor_for, add_custom_line, parse_amount

    def work(store: Store, user: str | None) -> int:
        add_custom_line(store, actor_for(store, user), args.invoice, args.label,
                        parse_amount(args.quantity, "quantity"), parse_amount(args.unit_price, "unit_price") * 100,
                        args.justification or "")
        print(args.invoice)
        return EXIT_OK

    return run(args, work)


def _export(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.exports import export_invoice

    def work(store: Store, user: str | None) -> int:
        for path in export_invoice(store, args.invoice, args.format, Path(args.out)):
            print(path)
        return EXIT_OK

    return run(args, work)


def _list(args: argparse.Namespace) -> int:
    def work(store: Store, user: str | None) -> int:
        with store.session() as s:
            q = select(Invoice).where(Invoice.deleted.is_(False))
            if args.month:
                q = q.where(Invoice.month == args.month)
            rows = list(s.scalars(q.order_by(Invoice.month, Invoice.kind.desc(), Invoice.scope, Invoice.edition)))
            scopes = {r.scope: scope_label(s, r.scope) for r in rows}
            from sosdesk.invoicing.chorus_deposit import deposit_labels

            chorus = deposit_labels(s)
        items: list[dict[str, Any]] = [{"id": r.id, "kind": r.kind, "scope": r.scope, "month": r.month, "status": r.status,
                  "number": r.number, "total_ttc_cents": r.total_ttc_cents,
                  "missing_proof": len(r.missing_proof), "chorus": chorus.get(r.id)} for r in rows]
        if getattr(args, "json", False):
            print(json.dumps(items, ensure_ascii=False, indent=2))  # codes, as stored
            return EXIT_OK
        table = [["Identifiant", "Mois", "Nature", "Périmètre", "Statut", "Numéro", "Total TTC", ""]]
        table += [[it["id"], month_label(it["month"]), KIND_SHORT_LABELS.get(it["kind"], it["kind"]),
                   scopes[it["scope"]], STATUS_LABELS.get(it["status"], it["status"]), it["number"] or "—",
                   euros(it["total_ttc_cents"]),
                   count(it["missing_proof"], "justificatif manquant", "justificatifs manquants")
                   if it["missing_proof"] else (it["chorus"] or "")]
                  for it in items]
        print_table(table, right=(6,))
        if not items:
            print("aucune facture" + (f" pour {month_label(args.month)}" if args.month else ""), file=sys.stderr)
        return EXIT_OK

    return run(args, work)


def _show(args: argparse.Namespace) -> int:
    from sosdesk.domain.invoice_document import invoice_json
    from sosdesk.invoicing.document import build_document
    from sosdesk.invoicing.drafts import get_invoice

    def work(store: Store, user: str | None) -> int:
        with store.session() as s:
            inv = get_invoice(s, args.invoice)
            doc = build_document(inv)
            title = _title(s, inv)
            events = list(s.scalars(select(InvoiceEvent).where(InvoiceEvent.invoice_id == inv.id)
                                    .order_by(InvoiceEvent.at)))
        if getattr(args, "json", False):
            out = invoice_json(doc)
            out["history"] = [{"at": e.at.isoformat(), "user": e.user_id, "action": e.action,
                               "from": e.from_status, "to": e.to_status, "comment": e.comment} for e in events]
            print(json.dumps(out, ensure_ascii=False, indent=2))
            return EXIT_PROBLEMS if doc.missing_proof else EXIT_OK  # cli.md: same code as the table
        print(title + (f" — n° {doc.header.number}" if doc.header.number else ""))
        table = [["Désignation", "Quantité", "Unité", "Prix unitaire", "Montant HT"]]
        table += [[line.label, format_decimal(line.quantity), UNIT_LABELS.get(line.unit, line.unit),
                   euros(line.unit_price_cents), euros(line.amount_cents)] for line in doc.lines]
        table += [["Total HT", "", "", "", euros(doc.totals.ht_cents)],
                  [f"TVA ({format_decimal(doc.vat.rate_decimal * 100)} %)", "", "", "", euros(doc.totals.vat_cents)],
                  ["Total TTC", "", "", "", euros(doc.totals.ttc_cents)]]
        print_table(table, right=(1, 3, 4), indent="  ")
        if doc.missing_proof:
            print("Justificatifs manquants :")
        for p in doc.missing_proof:
            print(f"  {missing_text(p)}")
        holidays = holiday_warnings(doc.annex)
        if holidays:
            print("À vérifier (jours fériés) :")
        for text in holidays:
            print(f"  {text}")
        print("Historique :")
        for e in events:
            print(f"  {history_line(e)}")
        return EXIT_PROBLEMS if doc.missing_proof else EXIT_OK

    return run(args, work)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``sosdesk invoice …`` and register the invoices section of sosdesk-data/1."""
    interchange_section.register()
    parser = sub.add_parser("invoice", parents=[common], help="facturation mensuelle",
                            description="Facturation : brouillons, circuit de validation, exports.")
    cmds = parser.add_subparsers(dest="invoice_command", metavar="ÉTAPE", required=True)

    p = cmds.add_parser("draft", parents=[common], help="créer ou régénérer le brouillon régional")
    p.add_argument("--region", required=True)
    p.add_argument("--month", required=True, metavar="AAAA-MM")
    p.set_defaults(func=_draft)
    p = cmds.add_parser("national", parents=[common], help="créer ou régénérer le brouillon national")
    p.add_argument("--month", required=True, metavar="AAAA-MM")
    p.set_defaults(func=_national)
    for name, text in (("submit", "soumettre"), ("approve", "approuver (valideur régional)"),
                       ("reject", "rejeter avec un commentaire (valideur régional)"),
                       ("validate", "valider et numéroter (coordination nationale)"),
                       ("paid", "marquer payée")):
        p = cmds.add_parser(name, parents=[common], help=text)
        p.add_argument("--invoice", required=True, metavar="ID")
        p.add_argument("--comment", default="")
        p.set_defaults(func=_step(name))
    p = cmds.add_parser("credit-note", parents=[common], help="avoir sur une facture validée")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.add_argument("--comment", default="")
    p.set_defaults(func=_credit_note)
    p = cmds.add_parser("add-line", parents=[common], help="ajouter une ligne libre à un brouillon")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.add_argument("--label", required=True)
    p.add_argument("--quantity", required=True)
    p.add_argument("--unit-price", required=True, metavar="EUROS")
    p.add_argument("--justification", default="")
    p.set_defaults(func=_add_line)
    p = cmds.add_parser("export", parents=[common], help="exporter (json, csv, pdf, facturx, proofs : dossier des justificatifs)")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.add_argument("--format", required=True, choices=("json", "csv", "pdf", "facturx", "proofs"))
    p.add_argument("--out", required=True, metavar="PATH")
    p.set_defaults(func=_export)
    p = cmds.add_parser("settings", parents=[common], help="paramètres de facturation (identifiants, TVA, paiement)",
                        description="Affiche ou modifie les paramètres de la facture électronique ; chaque valeur "
                                    "est contrôlée (clé du SIRET, du numéro de TVA, de l'IBAN) avant d'être écrite.")
    p.add_argument("--set", action="append", metavar="CLÉ=VALEUR",
                   help="par ex. siret=…, vat_regime=exempt|outside_scope, buyer.service_code=…, payment.iban=…")
    p.set_defaults(func=settings_command)
    p = cmds.add_parser("send", parents=[common], help="déposer une facture validée sur Chorus Pro")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.set_defaults(func=lambda a: chorus_command(a, "send"))
    p = cmds.add_parser("status", parents=[common], help="état d'une facture sur Chorus Pro (interroge Chorus Pro)")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.set_defaults(func=lambda a: chorus_command(a, "status"))
    p = cmds.add_parser("chorus-setup", parents=[common], help="raccordement à Chorus Pro (PISTE, compte technique)",
                        description="Enregistre l'environnement Chorus Pro et les identifiants PISTE et du compte "
                                    "technique dans le trousseau du système ; le client_secret et le mot de passe "
                                    "sont demandés (ou lus sur l'entrée standard, un par ligne).")
    p.add_argument("--environment", default="qualification", metavar="qualification|production")
    p.add_argument("--client-id", metavar="ID")
    p.add_argument("--login", metavar="COMPTE", help="identifiant du compte technique Chorus Pro")
    p.add_argument("--oauth-url", metavar="URL")
    p.add_argument("--api-url", metavar="URL")
    p.add_argument("--structure-user-id", type=int, metavar="N", help="idUtilisateurCourant (facultatif)")
    p.set_defaults(func=chorus_setup_command)
    p = cmds.add_parser("list", parents=[common], help="lister les factures")
    p.add_argument("--month", metavar="AAAA-MM")
    p.set_defaults(func=_list)
    p = cmds.add_parser("show", parents=[common], help="afficher une facture et son historique")
    p.add_argument("--invoice", required=True, metavar="ID")
    p.set_defaults(func=_show)
