"""Undo and redo travel like any edit, through the real sync service (issue 10): an undone removal
(a revival) reaches another device of the region, and a change pulled since refuses the undo
(« … a été modifié depuis par la synchronisation »), writing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.syncclient import service
from sosdesk.usecases.undo import EditStep, UndoConflict, UndoStack
from tests.sync.realserver import RealServer
from tests.sync.syncworld import update
from tests.sync.test_sync_dates import _office


def test_undone_removal_syncs_and_a_pulled_change_refuses_undo(server_db: str, tmp_path: Path) -> None:
    server = RealServer(server_db).start()
    try:
        from tests.sync.syncworld import seed_reference

        nat = _office(tmp_path, server, "nat", None, "national_coordinator")
        seed_reference(nat)
        service.sync_now(nat)
        office = _office(tmp_path, server, "office", "R1", "regional_admin")
        service.sync_now(office)
        office.edit(lambda s: s.add(m.Professional(id="P3", region_id="R1", first_name="Anne", last_name="Petit",
                                                   skills=["psy"])), "pro")
        leave, _ = ops.add_absence(office, ops.AbsenceInput("professional", "P3", "21/12/2026", "31/12/2026",
                                                            reason="congé"))
        service.sync_now(office)
        second = _office(tmp_path, server, "second", "R1", "regional_admin")
        service.sync_now(second)

        stack = UndoStack(office)
        stack.push(EditStep("Supprimer le congé", lambda st: ops.remove_absence(st, leave)))
        service.sync_now(office)
        service.sync_now(second)
        with second.session() as s:
            assert s.get(Unavailability, leave).deleted  # type: ignore[union-attr]
        stack.undo()  # the leave is back: pushed as an update that undeletes
        report = service.sync_now(office)
        assert set(report.results) <= {"applied"}
        service.sync_now(second)
        with second.session() as s:
            row = s.get(Unavailability, leave)
            assert row is not None and not row.deleted and row.reason == "congé"

        def reason(s: object) -> None:
            row = s.get(Unavailability, leave)  # type: ignore[attr-defined]
            row.reason = "formation"
        stack.push(EditStep("Motif", lambda st: st.edit(reason, "Motif")[1]))
        service.sync_now(office)
        service.sync_now(second)
        update(second, Unavailability, leave, reason="maladie")
        service.sync_now(second)
        service.sync_now(office)
        with pytest.raises(UndoConflict, match="a été modifié depuis par la synchronisation"):
            stack.undo()
        with office.session() as s:
            row = s.get(Unavailability, leave)
            assert row is not None and row.reason == "maladie"
    finally:
        server.stop()
