"""sosdesk: planning, billing and reminders for socio-judicial follow-up offices."""

__version__ = "0.1.0"
