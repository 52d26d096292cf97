"""What one synchronisation did (``SyncReport``), its progress callback and the cancel check, shared by
the push and pull sides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sosdesk.store.changes import Changes
from sosdesk.syncclient.transport import SyncError

Progress = Callable[[str], None]


@dataclass
class SyncReport:
    """What one synchronisation did, for the CLI, the page and the tests."""

    pushed: int = 0
    results: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    snapshot_rows: int = 0
    relayed: int = 0                     # region-file ops forwarded to the service (national)
    verified: bool | None = None         # /v1/verify after quiescence: None = not checked
    mismatch: list[str] = field(default_factory=list)  # tables that differ from the service
    skew_seconds: float | None = None
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # pulled rows left out (table id (reason))
    changes: Changes = field(default_factory=Changes)

    def count(self, status: str) -> None:
        self.results[status] = self.results.get(status, 0) + 1

    @property
    def problems(self) -> int:
        return self.results.get("conflict", 0) + self.results.get("rejected", 0)


def raise_if_cancelled(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise SyncError("Synchronisation interrompue : ce qui a été reçu est enregistré, le reste "
                        "suivra la prochaine fois.", 1)
