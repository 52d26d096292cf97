"""Imports every model module so Base.metadata knows all tables (migrations, tests)."""

from sosdesk.store import (
    chorus_models,  # noqa: F401
    dates_models,  # noqa: F401
    invoice_models,  # noqa: F401
    models,  # noqa: F401
    notify_models,  # noqa: F401
    privacy_models,  # noqa: F401
    sync_models,  # noqa: F401
)
