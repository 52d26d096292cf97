"""Local store: SQLAlchemy models, the SQLite file, migrations, change log and outbox."""

from sosdesk.store.engine import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
