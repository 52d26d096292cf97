"""The billing settings an e-invoice needs (seller and buyer identifiers, VAT regime, payment), checked
when they are edited so that a wrong value is caught before any invoice is built.

They live in the synced ``settings`` object (interchange.md ``settings``):

- seller: ``organisation``, ``siret`` (BT-30), ``address`` (BG-5), ``vat_id`` (BT-31, « FR… »),
  ``tax_registration_id`` (BT-32), ``vat_regime`` — ``exempt`` (category E, article 261-7-1° du CGI) or
  ``outside_scope`` (category O, « hors champ ») — and ``vat_exemption_reason`` (BT-120);
- ``payment``: ``terms`` (BT-20), ``days`` (due date BT-9 = issue date + days), ``means`` (BT-81, UNTDID 4461
  code) and ``iban`` / ``bic`` (BT-84 / BT-86);
- ``buyer``: ``name``, ``siret`` (BT-47), ``service_code`` (BT-10), ``commitment_number`` (BT-13), ``address``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.legal_ids import bic_problem, iban_problem, siret_problem, vat_id_problem
from sosdesk.domain.permissions import Actor, require
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store

VAT_REGIMES = {"exempt": "exonérée (catégorie E)", "outside_scope": "hors champ de la TVA (catégorie O)"}
DEFAULT_EXEMPTION_REASON = "TVA non applicable, article 261-7-1° du CGI"
PAYMENT_MEANS = {"30": "virement", "58": "virement SEPA", "42": "paiement sur compte bancaire"}
TRANSFER_MEANS = ("30", "58")  # BR-61: a credit transfer needs the payee's account (BT-84)
DEFAULT_PAYMENT_DAYS = 30  # délai de paiement légal des personnes publiques (art. R. 2192-10 CCP)
# Chorus Pro: service code up to 100 characters, legal commitment number up to 50, no spaces.
SERVICE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/]{0,99}")
COMMITMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/]{0,49}")

# Dotted path → French name, for messages and the settings form.
FIELD_LABELS: dict[str, str] = {
    "organisation": "raison sociale", "siret": "SIRET de l'association", "address": "adresse de l'association",
    "vat_id": "numéro de TVA intracommunautaire", "tax_registration_id": "identifiant fiscal",
    "vat_regime": "régime de TVA", "vat_exemption_reason": "mention d'exonération",
    "payment.terms": "conditions de paiement", "payment.days": "délai de paiement (jours)",
    "payment.means": "moyen de paiement", "payment.iban": "IBAN", "payment.bic": "BIC",
    "buyer.name": "nom de l'acheteur", "buyer.siret": "SIRET de l'acheteur",
    "buyer.service_code": "code service Chorus Pro", "buyer.commitment_number": "numéro d'engagement juridique",
    "buyer.address": "adresse de l'acheteur",
}


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) else "texte attendu"


def _siret(value: Any) -> str | None:
    if not isinstance(value, str):
        return "texte attendu"
    return siret_problem(value) if value else None


def _pattern(regex: re.Pattern[str], what: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "texte attendu"
        return None if not value or regex.fullmatch(value) else f"{what} invalide « {value} »"
    return check


def _optional(check: Callable[[str], str | None]) -> Callable[[Any], str | None]:
    def run(value: Any) -> str | None:
        if not isinstance(value, str):
            return "texte attendu"
        return check(value) if value else None
    return run


def _days(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 60
    return None if ok else "nombre de jours entre 0 et 60 attendu (délai légal maximal : 60 jours)"


def _one_of(choices: dict[str, str]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in choices else "valeurs possibles : " + ", ".join(f"{k} ({v})" for k, v in choices.items())
    return check


CHECKS: dict[str, Callable[[Any], str | None]] = {
    "organisation": _text, "siret": _siret, "address": _text,
    "vat_id": _optional(vat_id_problem), "tax_registration_id": _text, "vat_regime": _one_of(VAT_REGIMES),
    "vat_exemption_reason": _text,
    "payment.terms": _text, "payment.days": _days, "payment.means": _one_of(PAYMENT_MEANS),
    "payment.iban": _optional(iban_problem), "payment.bic": _optional(bic_problem),
    "buyer.name": _text, "buyer.siret": _siret,
    "buyer.service_code": _pattern(SERVICE_CODE, "code service (lettres, chiffres, - _ . /, 100 au plus)"),
    "buyer.commitment_number": _pattern(COMMITMENT, "numéro d'engagement (lettres, chiffres, - _ . /, 50 au plus)"),
    "buyer.address": _text,
}


def get(settings: dict[str, Any], path: str) -> Any:
    head, _, tail = path.partition(".")
    value = settings.get(head)
    return value.get(tail) if tail and isinstance(value, dict) else (None if tail else value)


def check_settings(settings: dict[str, Any], problems: ProblemList) -> None:
    """Every billing field present in ``settings`` is checked; cross-field rules too."""
    for path, check in CHECKS.items():
        value = get(settings, path)
        if value is not None and (message := check(value)):
            problems.add(path, message)
    if settings.get("vat_regime") == "outside_scope" and settings.get("vat_id"):
        # BR-O-02: an invoice « hors champ » carries no seller VAT identifier.
        problems.add("vat_id", "une association hors champ de la TVA n'a pas de numéro de TVA sur ses factures "
                               "(règle BR-O-02) : videz-le ou choisissez le régime exonéré")
    vat_id, siret = settings.get("vat_id") or "", settings.get("siret") or ""
    if vat_id and siret and not vat_id_problem(vat_id) and vat_id[4:] != siret[:9]:
        problems.add("vat_id", f"le numéro de TVA ne correspond pas au SIREN {siret[:9]} du SIRET")


def facturx_problems(settings: dict[str, Any], vat_rate_zero: bool = True) -> list[str]:
    """What is missing to build an EN 16931 invoice Chorus Pro accepts (French, one line each)."""
    out = []
    for path in ("organisation", "siret", "address", "buyer.name", "buyer.siret", "buyer.service_code",
                 "buyer.commitment_number"):
        if not get(settings, path):
            out.append(f"{FIELD_LABELS[path]} ({path}) manquant")
    regime = settings.get("vat_regime") or "exempt"
    if not vat_rate_zero and not settings.get("vat_id"):
        out.append("numéro de TVA intracommunautaire (vat_id) manquant : la TVA est facturée (règle BR-S-02)")
    elif vat_rate_zero and regime == "exempt" and not (settings.get("vat_id") or settings.get("tax_registration_id")):
        out.append("numéro de TVA (vat_id) ou identifiant fiscal (tax_registration_id) manquant : une facture "
                   "exonérée de TVA doit en porter un (règle BR-E-02)")
    payment = settings.get("payment") or {}
    if payment.get("means", "30") in TRANSFER_MEANS and not payment.get("iban"):
        out.append("IBAN (payment.iban) manquant : un paiement par virement l'exige (règle BR-61)")
    problems = ProblemList()
    check_settings(settings, problems)
    out += [str(p) for p in problems.problems]
    return out


def parse_value(path: str, text: str) -> Any:
    """A value typed on the command line or in the form, in the type the setting holds."""
    if path == "payment.days":
        try:
            return int(text)
        except ValueError:
            raise InputError("nombre de jours entier attendu", path) from None
    if path in ("payment.iban", "payment.bic", "vat_id"):
        return text.replace(" ", "").upper()
    return text.strip()


def update_billing_settings(store: Store, actor: Actor, changes: dict[str, Any]) -> tuple[dict[str, Any], Changes]:
    """Apply ``{dotted path: value}`` to the settings after checking the result; nothing written if wrong."""
    require(actor, "edit_rates")
    problems = ProblemList()
    for path in changes:
        if path not in CHECKS:
            problems.add(path, "paramètre de facturation inconnu (" + ", ".join(CHECKS) + ")")
    problems.raise_if_any()

    def apply(s: Any) -> dict[str, Any]:
        row = s.get(m.Setting, "settings")
        data = dict(row.data) if row is not None and not row.deleted else {}
        for path, value in changes.items():
            head, _, tail = path.partition(".")
            if tail:
                inner = dict(data.get(head) or {})
                if value in ("", None):
                    inner.pop(tail, None)
                else:
                    inner[tail] = value
                data[head] = inner
            elif value in ("", None):
                data.pop(head, None)
            else:
                data[head] = value
        checked = ProblemList()
        check_settings(data, checked)
        checked.raise_if_any()
        if row is None:
            s.add(m.Setting(id="settings", data=data))
        else:
            row.data = data
        return data

    return store.edit(apply, "Paramètres de facturation")


def current_billing_settings(store: Store) -> dict[str, Any]:
    """``{dotted path: value}`` of every billing setting (None when unset), for a form."""
    with store.session() as s:
        row = s.get(m.Setting, "settings")
        data = dict(row.data) if row is not None and not row.deleted else {}
    return {path: get(data, path) for path in CHECKS}
