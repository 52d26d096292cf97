"""Transport secrets in the OS keyring (DESIGN: credentials never in the data file)."""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors

SMTP_SERVICE = "sosdesk-smtp"
SMS_SERVICE = "sosdesk-sms"


def get_secret(service: str, account: str) -> str | None:
    try:
        return keyring.get_password(service, account)
    except keyring.errors.KeyringError:
        return None


def set_secret(service: str, account: str, secret: str) -> None:
    """Store (or with an empty secret, forget) a password or token."""
    if secret:
        keyring.set_password(service, account, secret)
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(service, account)
