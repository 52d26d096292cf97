"""E-mail over SMTP (smtplib): STARTTLS, SSL or plain (local relay); password from the keyring.

Each message carries a stable Message-ID derived from its idempotency key, so a message resent
after an interrupted run is the same message to the recipient's server and to a person checking.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from sosdesk.notify.credentials import SMTP_SERVICE, get_secret
from sosdesk.notify.transports import Outgoing, TransportError

SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender: str = ""
    timeout: float = 20.0
    # Extra CA certificate(s) (PEM file) trusted besides the system's: for an office relay with its
    # own certificate. Verification itself is never switched off.
    ca_file: str = ""

    @staticmethod
    def from_json(data: dict[str, Any]) -> SmtpSettings | None:
        """None when not configured (no host)."""
        if not data.get("host"):
            return None
        security = str(data.get("security", "starttls"))
        default_port = {"ssl": 465, "starttls": 587}.get(security, 25)
        return SmtpSettings(host=str(data["host"]), port=int(data.get("port") or default_port),
                            security=security, username=str(data.get("username", "")),
                            sender=str(data.get("sender", "")), ca_file=str(data.get("ca_file") or ""))

    @property
    def account(self) -> str:
        return f"{self.username}@{self.host}"


def build_email(message: Outgoing, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = message.recipient
    mail["Subject"] = message.subject
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = message.message_id
    mail.set_content(message.body)
    return mail


class SmtpTransport:
    """Sends one message per connection: reminders are few and a broken connection costs one."""

    channel = "email"

    def __init__(self, settings: SmtpSettings, password: str | None = None) -> None:
        if settings.security not in SECURITY:
            raise ValueError(f"sécurité SMTP inconnue « {settings.security} » ({', '.join(SECURITY)})")
        self.settings = settings
        self._password = password

    def _password_or_keyring(self) -> str | None:
        if self._password is not None:
            return self._password
        return get_secret(SMTP_SERVICE, self.settings.account) if self.settings.username else None

    def tls_context(self) -> ssl.SSLContext:
        """The system's trusted CAs plus ``ca_file`` if set; certificate and host name always checked."""
        context = ssl.create_default_context()
        if self.settings.ca_file:
            try:
                context.load_verify_locations(cafile=self.settings.ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise TransportError(f"fichier de certificats SMTP « {self.settings.ca_file} » introuvable ou "
                                     f"illisible ({exc}) : rien n'a été envoyé", transient=False) from None
        return context

    def _connect(self) -> smtplib.SMTP:
        st = self.settings
        if st.security == "ssl":
            return smtplib.SMTP_SSL(st.host, st.port, timeout=st.timeout, context=self.tls_context())
        context = self.tls_context() if st.security == "starttls" else None
        smtp = smtplib.SMTP(st.host, st.port, timeout=st.timeout)
        if context is not None:
            try:
                smtp.starttls(context=context)
            except BaseException:
                smtp.close()   # the connection is not handed to a ``with`` yet
                raise
        return smtp

    def send(self, message: Outgoing) -> str:
        st = self.settings
        mail = build_email(message, st.sender or st.username)
        try:
            with self._connect() as smtp:
                if st.username:
                    password = self._password_or_keyring()
                    if not password:
                        raise TransportError(
                            f"mot de passe SMTP absent du trousseau pour {st.account}", transient=False)
                    smtp.login(st.username, password)
                refused = smtp.send_message(mail)
        except ssl.SSLCertVerificationError as exc:
            raise TransportError(
                f"certificat du serveur SMTP non reconnu pour {st.host}:{st.port} ({exc.verify_message}) : "
                "rien n'a été envoyé. Vérifiez l'adresse du serveur ; s'il a son propre certificat, "
                "indiquez le fichier de son autorité dans les réglages (ca_file)", transient=False) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise TransportError(_smtp_text(f"identifiant ou mot de passe SMTP refusé pour {st.account} "
                                            "(corrigez le mot de passe dans les réglages des rappels)",
                                            exc.smtp_code, exc.smtp_error),
                                 transient=400 <= exc.smtp_code < 500) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise TransportError(f"le serveur SMTP {st.host}:{st.port} ne propose pas ce qu'il faut ({exc}) : "
                                 "vérifiez la sécurité choisie (starttls, ssl ou none)", transient=False) from None
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise TransportError(_smtp_text("destinataire refusé", code, text), transient=400 <= code < 500) \
                from None
        except smtplib.SMTPResponseException as exc:
            raise TransportError(_smtp_text("le serveur SMTP refuse", exc.smtp_code, exc.smtp_error),
                                 transient=400 <= exc.smtp_code < 500 or exc.smtp_code == 421) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise TransportError(f"serveur SMTP {st.host}:{st.port} injoignable ({exc})") from None
        if refused:
            raise TransportError(f"destinataire refusé : {', '.join(refused)}", transient=False)
        return message.message_id


def _smtp_text(what: str, code: int, text: bytes | str) -> str:
    detail = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{what} ({code} {detail})"
