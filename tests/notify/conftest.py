"""Fixtures of the reminder tests (defined in notify_world)."""

from tests.notify.notify_world import office, sms_gateway, smtp_server

__all__ = ["office", "sms_gateway", "smtp_server"]
