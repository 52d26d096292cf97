"""Reminders: outbox of SMS and e-mail messages, French templates, SMTP and HTTP SMS transports."""
