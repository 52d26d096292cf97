"""``sosdesk import`` (a spreadsheet): the rows are written only if the acting user may edit people
(beneficiaries, professionals) or plan (meetings) in every region the rows belong to."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import Actor
from sosdesk.store.engine import Store
from sosdesk.store.import_report import ImportReport
from sosdesk.store.spreadsheet_import import import_spreadsheet as _import_spreadsheet
from sosdesk.usecases.gate import allow
from sosdesk.usecases.load_gate import load_guard


def import_spreadsheet(store: Store, actor: Actor | None, path: str | Path, kind: str, *,
                       mapping: dict[str, str | None] | None = None, sheet: str | None = None,
                       region: str | None = None, dry_run: bool = False, force_protected: bool = False,
                       reason: str = "", now: datetime | None = None) -> ImportReport:
    """Check every row of the spreadsheet and, unless ``dry_run`` or a row is wrong, write them all.

    A role that may not write them raises ``PermissionDenied`` (even for a dry run: the report
    would promise a write the user cannot make). Protected meetings: as ``sosdesk load``
    (``load_gate.load_guard``).
    """
    if force_protected and not reason.strip():
        raise InputError("indiquez le motif (--reason) pour modifier des rendez-vous protégés", "--reason")
    def authorize(action: str, regions: set[str]) -> None:
        allow(actor, action, regions)

    return _import_spreadsheet(store, path, kind, mapping=mapping, sheet=sheet, region=region,
                               dry_run=dry_run, authorize=authorize, protect=load_guard(force_protected, now),
                               reason=reason.strip())
