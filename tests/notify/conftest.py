"""Fixtures of the reminder tests (defined in notify_world)."""

from tests.notify.notify_world import (
    office,
    sms_gateway,
    smtp_server,
    smtp_ssl_server,
    smtp_starttls_server,
    tls_cert,
)

__all__ = ["office", "sms_gateway", "smtp_server", "smtp_ssl_server", "smtp_starttls_server", "tls_cert"]
