"""SMS length and segments: GSM 03.38 vs UCS-2, extension characters counted twice."""

from sosdesk.domain.sms_length import sms_length


def test_gsm7_single_and_split() -> None:
    assert sms_length("").segments == 0
    one = sms_length("a" * 160)
    assert (one.segments, one.unicode, one.remaining) == (1, False, 0)
    two = sms_length("a" * 161)
    assert (two.segments, two.per_segment, two.remaining) == (2, 153, 145)
    assert sms_length("é è à ù ç" .replace("ç", "Ç")).unicode is False


def test_extension_characters_count_twice() -> None:
    n = sms_length("€" * 80)
    assert (n.characters, n.units, n.segments) == (80, 160, 1)
    assert sms_length("€" * 81).segments == 2


def test_unicode_lowers_the_capacity() -> None:
    n = sms_length("Votre rendez-vous de la fenêtre" + "a" * 40)
    assert n.unicode and n.outside == ("ê",) and n.segments == 2 and n.per_segment == 67
    assert sms_length("ê" * 70).segments == 1
    assert sms_length("🙂" * 35).units == 70
