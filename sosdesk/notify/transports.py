"""What every transport receives and the one error it raises (transient → retried, else failed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message ready to leave. ``key`` is the idempotency key, stable across retries."""

    key: str
    channel: str
    recipient: str
    subject: str
    body: str

    @property
    def message_id(self) -> str:
        """Stable e-mail Message-ID: a resend of the same message is recognisable as the same."""
        return f"<{self.key}@rappels.sosdesk>"


class TransportError(Exception):
    """Sending failed. ``transient`` failures (server down, 4xx SMTP, 5xx HTTP) are retried."""

    def __init__(self, message: str, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


class Transport(Protocol):
    channel: str

    def send(self, message: Outgoing) -> str:
        """Send; return the provider's reference (may be empty). Raise TransportError."""
        ...
