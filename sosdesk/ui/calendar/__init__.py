"""The planning (week calendar) view."""
