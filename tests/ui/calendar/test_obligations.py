"""Obligations panel: model checked by qtmodeltester, filter "sous l'obligation", refresh after edits."""

from __future__ import annotations

from typing import Any

from sosdesk.domain.model import ObligationStatus
from sosdesk.ui.calendar.obligations import ObligationsModel
from sosdesk.ui.calendar.page import PlanningPage


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = ObligationsModel()
    model.set_rows([ObligationStatus("B1", "IND", 60, 120), ObligationStatus("B2", "IND", 120, 120)])
    qtmodeltester.check(model)
    model.set_rows([ObligationStatus("B1", "IND", 120, 120), ObligationStatus("B2", "IND", 120, 120)])
    qtmodeltester.check(model)


def test_panel_refreshes_from_changes_and_filters(page: PlanningPage) -> None:
    panel = page.obligations
    model = panel.model
    rows = {(model.row(i).beneficiary, model.row(i).type): model.row(i) for i in range(model.rowCount())}
    assert rows[("B4", "IND")].planned_minutes == 60
    page.scene().select_ids(["M4"])
    page.actions_.cancel_meetings(["M4"])
    rows = {(model.row(i).beneficiary, model.row(i).type): model.row(i) for i in range(model.rowCount())}
    assert rows[("B4", "IND")].planned_minutes == 0
    panel.under.setChecked(True)
    assert model.rowCount() == model.total()  # everyone is under their obligation
    panel.search.setText("Nom4")
    assert panel.model.rowCount() == 2  # B4: IND and COL
    clicked: list[str] = []
    panel.beneficiary_clicked.connect(clicked.append)
    panel.table.clicked.emit(panel.model.index(0, 0))
    assert clicked == ["B4"]
    assert page.mode == "beneficiary" and page.resources == ("B4",)
