"""The invoice workbench as a ministry checker reads it (issue 14): each line says why its amount is
what it is, quantities in French, items with dates and names, the board's ⚠ explained, actions enabled
only when they can act (the reason otherwise), an empty state that says what to do, a board over years,
and the validator approving with the proof on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store
from tests.invoicing.invoicing_world import NOW, add_meeting, build_world

pytest.importorskip("PySide6")
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

from PySide6.QtCore import Qt  # noqa: E402

from sosdesk.ui.bus import ChangeBus  # noqa: E402
from sosdesk.ui.invoices.page import InvoicesPage  # noqa: E402

MONTH = "2026-10"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_world(tmp_path / "office.db")
    add_meeting(s, "M1", "2026-10-05T09:00:00+02:00", minutes=50)            # 50 min → 1 h billed
    add_meeting(s, "M2", "2026-10-05T11:00:00+02:00", site="S2", proof=False)  # detention, coefficient 1,10
    add_meeting(s, "M0", "2024-03-04T09:00:00+01:00")  # history: the board reaches back to March 2024
    yield s
    s.close()


@pytest.fixture
def page(qtbot: object, store: Store) -> InvoicesPage:
    widget = InvoicesPage(store, ChangeBus())
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1600, 940)
    widget.show()
    return widget


def _click_cell(qtbot: object, page: InvoicesPage, scope: str, month: str) -> None:
    row = page.board_model.ensure_month(month)
    col = next(i for i, (sid, _) in enumerate(page.board_model.scopes) if sid == scope)
    index = page.board_model.index(row, col)
    page.board.scrollTo(index)
    rect = page.board.visualRect(index)
    qtbot.mouseClick(page.board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def test_empty_state_says_what_to_do_and_actions_say_why_not(page: InvoicesPage, qtbot: object) -> None:
    from sosdesk.domain.permissions import Actor
    from sosdesk.invoicing.workbench import action_states

    no_cell = action_states(Actor("admin-IDF", "regional_admin", "IDF"), None, None)["draft"]
    assert not no_cell.enabled and "choisissez d'abord une case" in no_cell.reason
    assert page.lines_stack.currentWidget() is page.empty_state
    _click_cell(qtbot, page, "IDF", MONTH)
    assert page.empty_state.isVisible()
    assert page.empty_state.text() == ("Aucune facture pour Île-de-France, octobre 2026 : créez le brouillon "
                                       "d'Île-de-France avec « Préparer / régénérer le brouillon régional ».")
    assert page.draft_button.isEnabled() and not page.export_buttons["pdf"].isEnabled()
    assert "rien à exporter" in page.export_buttons["pdf"].toolTip()
    assert page.board_model.data(page.board.currentIndex()) == ""  # no grid of « — »
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.lines_stack.currentWidget() is page.lines and page.export_buttons["proofs"].isEnabled()
    _click_cell(qtbot, page, "national", MONTH)
    assert "elle sera préparée par la coordination nationale" in page.empty_state.text()
    assert not page.draft_button.isEnabled() and "coordination nationale" in page.draft_button.toolTip()


def test_each_line_explains_its_amount(page: InvoicesPage, qtbot: object) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    labels = [line.label for line in page.lines_model.lines]
    detention = labels.index(next(x for x in labels if "71,50" in x))
    assert page.lines_model.data(page.lines_model.index(detention, 1)) == "1\u00a0heure"
    tip = page.lines_model.data(page.lines_model.index(detention, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == ("1\u00a0heure × 71,50\u00a0€ — coefficient de site 1,10 en détention — "
                                   "arrondi par rendez-vous (15 min)")
    rect = page.lines.visualRect(page.lines_model.index(0, 0))
    qtbot.mouseClick(page.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    why = page.why.text()
    assert "Pourquoi ce montant" in why and "0 h 50 prévues → 1 h facturées" in why
    assert "Arrondi par rendez-vous : durée arrondie aux 15 min supérieures, au moins 30 min facturées" in why
    assert page.items.item(0).text() == ("lun. 05/10/2026 09:00 — Entretien psychologique — Bureau République — "
                                         "Hélène Durand · J.Ç. (B1) — 0 h 50 → 1 h facturées — réalisé — 65,00\u00a0€")
    travel = len(labels) - 1
    qtbot.keyClick(page.lines, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert page.lines.currentIndex().row() == travel
    assert "1 h 40 de trajet → 1 h 45 facturées (1,75\u00a0heure)" in page.why.text()


def test_board_warning_is_explained_and_scrolls_over_years(page: InvoicesPage, qtbot: object) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    index = page.board.currentIndex()
    assert page.board_model.data(index) == "brouillon (1 ⚠)"
    tip = page.board_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "⚠ 1 : 1 justificatif(s) manquant(s)" in tip and "la soumission est bloquée" in tip
    assert "⚠ n : justificatifs manquants" in page.legend.text()
    months = page.board_model.all_months
    assert months[0] >= MONTH and months[-1] == "2024-03" and months == sorted(months, reverse=True)
    assert len(page.board_model.months) < len(months)  # lazy: a year at a time
    _click_cell(qtbot, page, "IDF", "2024-03")
    assert page.board_model.months[-1] <= "2024-03" and page.selected_cell() == ("IDF", "2024-03")
    assert "Aucune facture pour Île-de-France, mars 2024" in page.empty_state.text()


def test_validator_approves_with_the_proof_on_screen(page: InvoicesPage, store: Store, qtbot: object) -> None:
    with store.transaction("proof") as (s, _):
        from sosdesk.store import models as m
        from tests.invoicing.invoicing_world import PROOF_SHA

        meeting = s.get(m.Meeting, "M2")
        assert meeting is not None
        meeting.proof = PROOF_SHA
    inv, _ = regional_draft(store, actor_for(store), "IDF", MONTH, now=NOW)
    apply_step(store, actor_for(store), inv, "submit", now=NOW)
    store.set_user("valid-IDF")
    page.refresh()
    _click_cell(qtbot, page, "IDF", MONTH)
    assert page.tabs.currentWidget() is page.viewer and page.viewer.kind == "pdf"
    assert page.step_buttons["approve"].isEnabled() and page.viewer.isVisible()
    assert page.viewer.position_label.text() == "1 / 2"
    page.items.setCurrentRow(0)
    rect = page.lines.visualRect(page.lines_model.index(1, 0))
    qtbot.mouseClick(page.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    page.items.setCurrentRow(0)
    assert page.view_selected_proof() and page.viewer.position_label.text() == "2 / 2"
    assert "Maison d'arrêt Fresnes" in page.viewer.heading.text()


def test_export_proofs_from_the_page(page: InvoicesPage, qtbot: object, tmp_path: Path) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    job = page.start_export("proofs", tmp_path / "j.pdf")
    assert job is not None
    with qtbot.waitSignal(page.runner.finished, timeout=20000):  # type: ignore[attr-defined]
        pass
    from pypdf import PdfReader

    assert "Justificatifs de la facture" in (PdfReader(tmp_path / "j.pdf").pages[0].extract_text() or "")
