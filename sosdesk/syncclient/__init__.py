"""Office side of sync (sync.md): credentials, push/pull/snapshot, conflicts, region files."""
