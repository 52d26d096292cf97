"""SMS through an HTTP gateway: settings, the provider adapter registry and the transport.

A provider adapter is one module in ``sosdesk.notify.gateways`` exposing a class with
``send(to, text, sender, idempotency_key) -> reference`` raising TransportError; add it to
``PROVIDERS`` below and it can be chosen in the settings.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Protocol

from sosdesk.notify.credentials import SMS_SERVICE, get_secret
from sosdesk.notify.transports import Outgoing, TransportError

PROVIDERS: dict[str, str] = {
    "http_json": "sosdesk.notify.gateways.http_json:HttpJsonGateway",
}


@dataclass(frozen=True, slots=True)
class SmsSettings:
    url: str
    provider: str = "http_json"
    username: str = ""
    sender: str = ""
    timeout: float = 15.0

    @staticmethod
    def from_json(data: dict[str, Any]) -> SmsSettings | None:
        """None when not configured (no URL)."""
        if not data.get("url"):
            return None
        return SmsSettings(url=str(data["url"]), provider=str(data.get("provider", "http_json")),
                           username=str(data.get("username", "")), sender=str(data.get("sender", "")))

    @property
    def account(self) -> str:
        return f"{self.username}@{self.url}"


class SmsGateway(Protocol):
    def send(self, to: str, text: str, sender: str, idempotency_key: str) -> str: ...


def make_gateway(settings: SmsSettings, token: str | None = None) -> SmsGateway:
    target = PROVIDERS.get(settings.provider)
    if target is None:
        raise ValueError(f"fournisseur SMS inconnu « {settings.provider} » ({', '.join(PROVIDERS)})")
    module, cls = target.split(":")
    if token is None:
        token = get_secret(SMS_SERVICE, settings.account) or ""
    gateway: SmsGateway = getattr(importlib.import_module(module), cls)(settings, token)
    return gateway


class SmsTransport:
    """Sends through the configured gateway, passing the idempotency key so a resend is deduped."""

    channel = "sms"

    def __init__(self, settings: SmsSettings, token: str | None = None) -> None:
        self.settings = settings
        self.gateway = make_gateway(settings, token)

    def send(self, message: Outgoing) -> str:
        if not message.body.strip():
            raise TransportError("SMS vide", transient=False)
        return self.gateway.send(message.recipient, message.body, self.settings.sender, message.key)
