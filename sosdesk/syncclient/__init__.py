"""Office side of sync (sync.md): credentials, push/pull/snapshot, conflicts, region files."""

# An enrolled national desktop takes invoice numbers from the service (registered as number source).
from sosdesk.syncclient import numbers as _numbers  # noqa: F401
