"""Fixtures of the printing tests (defined in print_world)."""

from tests.printing.print_world import week_store

__all__ = ["week_store"]
