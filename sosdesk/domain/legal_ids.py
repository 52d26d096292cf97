"""Check keys of the French and European identifiers an e-invoice carries (SIRET, SIREN, VAT id, IBAN)."""

from __future__ import annotations

import re

# La Poste's establishments share SIREN 356 000 000: their SIRET keys use « sum of digits ≡ 0 (mod 5) »
# instead of Luhn (INSEE).
LA_POSTE_SIREN = "356000000"


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check of a digit string, rightmost digit being the key."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def siret_problem(value: str) -> str | None:
    """None when ``value`` is a SIRET (14 digits, Luhn key right), else what is wrong, in French."""
    if not re.fullmatch(r"\d{14}", value):
        return f"SIRET invalide « {value} » : 14 chiffres attendus"
    if value.startswith(LA_POSTE_SIREN):
        ok = sum(int(c) for c in value) % 5 == 0
    else:
        ok = luhn_ok(value) and luhn_ok(value[:9])
    return None if ok else f"SIRET invalide « {value} » : clé de contrôle fausse (faute de frappe ?)"


def vat_id_problem(value: str) -> str | None:
    """A French intra-community VAT number: FR + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97."""
    match = re.fullmatch(r"FR(\d{2})(\d{9})", value)
    if not match:
        return f"numéro de TVA intracommunautaire invalide « {value} » : FR, 2 chiffres de clé et le SIREN attendus"
    key, siren = int(match.group(1)), int(match.group(2))
    if key != (12 + 3 * (siren % 97)) % 97:
        return f"numéro de TVA intracommunautaire invalide « {value} » : clé de contrôle fausse"
    return None


def french_vat_id(siren: str) -> str:
    """The intra-community VAT number computed from a SIREN (for tests and hints)."""
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def iban_problem(value: str) -> str | None:
    """ISO 13616 IBAN: country, 2 check digits, account; mod 97 of the rearranged number is 1."""
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return f"IBAN invalide « {value} »"
    number = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return None if int(number) % 97 == 1 else f"IBAN invalide « {value} » : clé de contrôle fausse"


def bic_problem(value: str) -> str | None:
    if not re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", value):
        return f"BIC invalide « {value} » : 8 ou 11 caractères (banque, pays, lieu, agence)"
    return None
