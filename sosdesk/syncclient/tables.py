"""Moved to :mod:`sosdesk.contract.tables` (kept so older imports keep working)."""

from sosdesk.contract.tables import *  # noqa: F403
from sosdesk.contract.tables import (  # noqa: F401
    GLOBAL_TABLES,
    NATIONAL,
    REFERENCE_TABLES,
    SNAPSHOT_ORDER,
    data_columns,
    from_json,
    model_for,
    region_of,
    row_data,
    sensitive_fields,
    synced_models,
    table_hash,
    table_order,
)
