"""Imports every model module so Base.metadata knows all tables (migrations, tests)."""

from sosdesk.store import models  # noqa: F401
from sosdesk.store import notify_models  # noqa: F401
from sosdesk.store import invoice_models  # noqa: F401
from sosdesk.store import sync_models  # noqa: F401
