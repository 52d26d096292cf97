"""The Rappels page's parts: the outbox list, the template editor, the rules and transport settings."""
