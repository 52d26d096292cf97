"""How many SMS a text costs: GSM 03.38 7-bit alphabet (160 characters, 153 per part when split)
unless one character is outside it, then UCS-2 (70, 67 per part). Extension characters (€, [, ]…)
count twice in GSM-7."""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


@dataclass(frozen=True, slots=True)
class SmsLength:
    characters: int        # as the user counts them
    units: int             # GSM-7 septets or UCS-2 characters
    segments: int          # SMS billed by the gateway (0 for an empty text)
    unicode: bool          # UCS-2: some character is outside the GSM alphabet
    per_segment: int       # capacity of one part of a text this long
    outside: tuple[str, ...]   # the characters that forced UCS-2, in order of appearance

    @property
    def remaining(self) -> int:
        """Characters left before the next segment starts."""
        return self.segments * self.per_segment - self.units if self.segments else self.per_segment


def sms_length(text: str) -> SmsLength:
    outside = tuple(dict.fromkeys(c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENDED))
    unicode = bool(outside)
    if unicode:
        # UTF-16 code units: an emoji costs two
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    else:
        units = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        single, multi = 160, 153
    if units == 0:
        segments, per = 0, single
    elif units <= single:
        segments, per = 1, single
    else:
        segments, per = -(-units // multi), multi
    return SmsLength(len(text), units, segments, unicode, per, outside)
