"""« Tester l'envoi »: one message through the real transport with the settings being edited (not yet
saved), to an address or number the user types. Nothing is written to the reminder outbox."""

from __future__ import annotations

import uuid
from typing import Any

from sosdesk.domain.errors import InputError
from sosdesk.notify.phone import sms_number
from sosdesk.notify.sms import SmsSettings, SmsTransport
from sosdesk.notify.smtp import SmtpSettings, SmtpTransport
from sosdesk.notify.transports import Outgoing, TransportError


def channel_of(recipient: str) -> str:
    """An address with « @ » is an e-mail, anything else a phone number."""
    return "email" if "@" in recipient else "sms"


def send_test(recipient: str, smtp: dict[str, Any], sms: dict[str, Any], organisation: str = "",
              password: str | None = None, token: str | None = None) -> str:
    """Send one test message; return a French sentence saying what left. Raises InputError (French)
    for bad input and when the server or gateway refuses or cannot be reached."""
    recipient = recipient.strip()
    if not recipient:
        raise InputError("saisissez une adresse e-mail ou un numéro de portable", "destinataire")
    who = organisation or "sosdesk"
    key = f"test-{uuid.uuid4().hex}"
    try:
        if channel_of(recipient) == "email":
            settings = SmtpSettings.from_json(smtp)
            if settings is None:
                raise InputError("indiquez le serveur SMTP avant de tester l'envoi d'un e-mail", "SMTP")
            transport: SmtpTransport | SmsTransport = SmtpTransport(settings, password or None)
            to = recipient
            subject, body = f"Essai d'envoi — {who}", (
                f"Ceci est un message d'essai envoyé par sosdesk pour {who}.\n"
                "S'il vous parvient, les rappels par e-mail fonctionnent.")
        else:
            sms_settings = SmsSettings.from_json(sms)
            if sms_settings is None:
                raise InputError("indiquez l'adresse de la passerelle SMS avant de tester l'envoi d'un SMS",
                                 "SMS")
            try:
                to = sms_number(recipient)
            except ValueError as exc:
                raise InputError(str(exc), "destinataire") from None
            transport = SmsTransport(sms_settings, token or None)
            subject, body = "", f"Essai d'envoi sosdesk pour {who} : les rappels par SMS fonctionnent."
        ref = transport.send(Outgoing(key, transport.channel, to, subject, body))
    except ValueError as exc:  # unknown security or provider
        raise InputError(str(exc), "réglages") from None
    except TransportError as exc:
        raise InputError(f"échec de l'envoi à {recipient} : {exc}", "envoi") from None
    kind = "e-mail" if transport.channel == "email" else "SMS"
    done = f"{kind} d'essai envoyé à {recipient}"
    return done + (f" (référence {ref})" if ref and transport.channel == "sms" else "") + "."
