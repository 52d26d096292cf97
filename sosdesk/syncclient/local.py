"""Applying pulled rows to an office file lives in ``sosdesk.store.sync_apply`` (the service fills its
per-region reminder files with the same code); re-exported here for the client's modules."""

from sosdesk.store.sync_apply import (  # noqa: F401
    apply_rows,
    full_data,
    open_conflicts,
    pending_fields,
    readable,
    set_fields,
)
