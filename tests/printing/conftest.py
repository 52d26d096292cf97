"""Fixtures of the printing tests (defined in print_world)."""

from print_world import week_store

__all__ = ["week_store"]
