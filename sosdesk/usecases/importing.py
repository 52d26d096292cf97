"""``sosdesk import`` (a spreadsheet): the rows are written only if the acting user may edit people
(beneficiaries, professionals) or plan (meetings) in every region the rows belong to."""

from __future__ import annotations

from pathlib import Path

from sosdesk.domain.permissions import Actor
from sosdesk.store.engine import Store
from sosdesk.store.import_report import ImportReport
from sosdesk.store.spreadsheet_import import import_spreadsheet as _import_spreadsheet
from sosdesk.usecases.gate import allow


def import_spreadsheet(store: Store, actor: Actor | None, path: str | Path, kind: str, *,
                       mapping: dict[str, str | None] | None = None, sheet: str | None = None,
                       region: str | None = None, dry_run: bool = False) -> ImportReport:
    """Check every row of the spreadsheet and, unless ``dry_run`` or a row is wrong, write them all.

    A role that may not write them raises ``PermissionDenied`` (even for a dry run: the report
    would promise a write the user cannot make).
    """
    def authorize(action: str, regions: set[str]) -> None:
        allow(actor, action, regions)

    return _import_spreadsheet(store, path, kind, mapping=mapping, sheet=sheet, region=region,
                               dry_run=dry_run, authorize=authorize)
