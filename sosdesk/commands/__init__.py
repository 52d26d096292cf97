"""Headless command handlers, grouped by area."""
