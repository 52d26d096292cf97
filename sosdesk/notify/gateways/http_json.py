"""Generic JSON-over-HTTPS SMS gateway: POST {to, text, sender, reference} with a bearer token
and an ``Idempotency-Key`` header (the provider drops a second request with the same key)."""

from __future__ import annotations

from typing import Any

import requests

from sosdesk.notify.transports import TransportError


class HttpJsonGateway:
    def __init__(self, settings: Any, token: str) -> None:
        self.url = settings.url
        self.timeout = settings.timeout
        self.token = token

    def send(self, to: str, text: str, sender: str, idempotency_key: str) -> str:
        headers = {"Idempotency-Key": idempotency_key}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        payload = {"to": to, "text": text, "sender": sender, "reference": idempotency_key}
        try:
            resp = requests.post(self.url, json=payload, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise TransportError(f"passerelle SMS injoignable ({type(exc).__name__})") from None
        if resp.status_code >= 500 or resp.status_code in (408, 429):
            raise TransportError(f"passerelle SMS en erreur (HTTP {resp.status_code})")
        if resp.status_code >= 400:
            raise TransportError(f"passerelle SMS : envoi refusé (HTTP {resp.status_code} "
                                 f"{resp.text[:200]})", transient=False)
        try:
            data = resp.json()
        except ValueError:
            return ""
        return str(data.get("id", "")) if isinstance(data, dict) else ""
