"""Phone numbers for SMS: French numbers by default, checked with ``phonenumbers``, sent as E.164."""

from __future__ import annotations

import phonenumbers


def sms_number(text: str, region: str = "FR") -> str:
    """'06 12 34 56 78' → '+33612345678'. Raises ValueError (French) when it cannot receive SMS."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("aucun numéro de téléphone")
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValueError(f"numéro de téléphone illisible « {raw} »") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"numéro de téléphone invalide « {raw} »")
    kind = phonenumbers.number_type(number)
    if kind not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        raise ValueError(f"« {raw} » n'est pas un numéro de portable (pas de SMS possible)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
