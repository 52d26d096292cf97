"""Dépenses page: the month's list (model tester), filters, the dialog refusing a bad amount, the
receipt clearing the regional draft's missing proof, archive, billed expenses, English UI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store import ops_expenses as ops
from sosdesk.store.invoice_models import Invoice
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.expenses.page import ExpensesPage
from tests.proof_samples import pdf_bytes
from tests.store.people_world import add_meeting, build, local

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
TODAY = date(2026, 10, 20)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path)
    add_meeting(s, "M1", "IND_PSY", local(2026, 10, 12, 10), 60, "S1", ["P1"], ["B1"])
    add_meeting(s, "M3", "IND_PSY", local(2026, 10, 12, 10), 60, "S3", ["P3"], ["B3"])
    s.set_user("")
    ops.create_expense(s, {"date": "12/10/2026", "category": "room_rental", "amount": "120,50",
                           "label": "Location salle Maison des associations", "meeting": "M1"},
                       region="ARA", today=TODAY)
    ops.create_expense(s, {"date": "15/10/2026", "category": "materials", "amount": "35",
                           "label": "Fournitures atelier"}, region="ARA", today=TODAY)
    eid, _ = ops.create_expense(s, {"date": "03/10/2026", "category": "transport", "amount": "11,40",
                                    "label": "Billet TER"}, region="ARA", today=TODAY)
    ops.attach_receipt(s, eid, "ter.pdf", pdf_bytes(text="ter"))
    ops.create_expense(s, {"date": "05/10/2026", "category": "other", "amount": "9", "label": "Paris"},
                       region="IDF", today=TODAY)
    ops.create_expense(s, {"date": "05/09/2026", "category": "other", "amount": "9", "label": "Septembre"},
                       region="ARA", today=TODAY)
    s.set_user("admin")
    yield s
    s.close()


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> ExpensesPage:
    p = ExpensesPage(store, ChangeBus(), today=TODAY)
    qtbot.addWidget(p)
    p.resize(1100, 500)
    return p


def shown(page: ExpensesPage, column: int = 2) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def row_of_label(page: ExpensesPage, label: str) -> str:
    return next(r.id for r in page.model.rows() if r.label == label)


def test_model_and_proxy_pass_qtmodeltester(qtmodeltester, page: ExpensesPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


def test_month_list_of_own_region(page: ExpensesPage) -> None:
    assert page.month_label.text() == "octobre 2026"
    assert shown(page) == ["Billet TER", "Location salle Maison des associations", "Fournitures atelier"]
    first = [page.proxy.index(1, c).data() for c in range(6)]
    assert first == ["12/10/2026", "Location de salle", "Location salle Maison des associations", "120,50\u00a0€",
                     "non", "12/10 10:00 · Entretien psychologique"]
    assert page.total_label.text() == "Total du mois : 166,90\u00a0€ — 2 sans justificatif"
    page.prev_button.click()
    assert (page.month_label.text(), shown(page)) == ("septembre 2026", ["Septembre"])
    page.next_button.click()
    page.next_button.click()
    assert shown(page) == [] and page.empty_label.isVisibleTo(page)


def test_instant_filter_and_missing_receipt_filter(page: ExpensesPage) -> None:
    page.filter.setText("materiel")  # accents ignored, category searched
    assert shown(page) == ["Fournitures atelier"]
    page.filter.setText("120,50")
    assert shown(page) == ["Location salle Maison des associations"]
    page.filter.clear()
    page.missing_box.setChecked(True)
    assert shown(page) == ["Location salle Maison des associations", "Fournitures atelier"]
    assert page.count_label.text() == "2 / 3"


def test_dialog_refuses_bad_amount_then_records(qtbot: QtBot, page: ExpensesPage, store: Store) -> None:
    dialog = page.open_dialog(None)
    assert dialog.date.text() == "20/10/2026" and not dialog.region.isEnabled()
    assert [dialog.meeting.itemData(i) for i in range(dialog.meeting.count())] == ["", "M1"]  # ARA only
    dialog.category.setCurrentIndex(dialog.category.findData("materials"))
    dialog.label.setText("Papeterie")
    for typed, words in (("12,345", "au centime près"), ("0", "supérieur à 0"), ("abc", "montant invalide"),
                         ("250 000", "trop élevé")):
        dialog.amount.setText(typed)
        assert not dialog.save()
        assert dialog.isVisible() and "Montant : " in dialog.error_label.text()
        assert words in dialog.error_label.text()
    assert len(page.model.rows()) == 3
    dialog.amount.setText("1 234,5")
    dialog.meeting.setCurrentIndex(dialog.meeting.findData("M1"))
    with qtbot.waitSignal(page.bus.changed):
        assert dialog.save()
    assert not dialog.isVisible()
    assert page.selected_id() == dialog.row_id
    with store.session() as s:
        row = s.get(m.Expense, dialog.row_id)
        assert row is not None and (row.amount_cents, row.meeting_id, row.category) == (123450, "M1", "materials")
    assert "Papeterie" in shown(page) and "1\u202f234,50\u00a0€" in shown(page, 3)


def test_edit_dialog_changes_only_what_was_typed(qtbot: QtBot, page: ExpensesPage, store: Store) -> None:
    eid = row_of_label(page, "Fournitures atelier")
    assert page.pick(eid)
    page.edit_button.click()
    dialog = page.dialog
    assert dialog is not None and (dialog.amount.text(), dialog.label.text()) == ("35,00", "Fournitures atelier")
    # the date is typed in its picker (JJ/MM/AAAA): an impossible day cannot be entered
    before = dialog.date.text()
    dialog.date.setText("31/13/2026")
    assert dialog.date.text() == before
    dialog.date.setFocus()
    dialog.date.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(dialog.date, "16")
    assert dialog.date.text() == "16/10/2026"
    dialog.amount.setText("36,10")
    with qtbot.waitSignal(page.bus.changed):
        assert dialog.save()
    row = page.model.expense(page.model.row_of(eid))  # type: ignore[arg-type]
    assert (row.date, row.amount_cents) == (date(2026, 10, 16), 3610)


def test_attaching_receipt_clears_missing_proof_of_regional_draft(
        qtbot: QtBot, page: ExpensesPage, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eid = row_of_label(page, "Location salle Maison des associations")
    actor = actor_for(store)
    inv_id, _ = regional_draft(store, actor, "ARA", "2026-10")
    assert eid in _missing_ids(store, inv_id)
    scan = tmp_path / "facture-salle.pdf"
    scan.write_bytes(pdf_bytes(text="facture salle"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    page.pick(eid)
    with qtbot.waitSignal(page.bus.changed):
        page.attach_button.click()
    row = page.model.expense(page.model.row_of(eid))  # type: ignore[arg-type]
    assert (row.has_receipt, row.receipt_name) == (True, "facture-salle.pdf")
    assert page.proxy.index(1, 4).data() == "oui"
    assert page.total_label.text() == "Total du mois : 166,90\u00a0€ — 1 sans justificatif"
    regional_draft(store, actor, "ARA", "2026-10")
    missing = _missing_ids(store, inv_id)
    assert eid not in missing and row_of_label(page, "Fournitures atelier") in missing
    assert not page.attach_file(tmp_path / "absent.pdf")
    assert "Lecture impossible" in page.message.text()


def test_archive_asks_then_removes_the_row(qtbot: QtBot, page: ExpensesPage,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    eid = row_of_label(page, "Fournitures atelier")
    page.pick(eid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not page.archive_selected() and page.model.row_of(eid) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.bus.changed):
        page.archive_button.click()
    assert page.model.row_of(eid) is None and "Fournitures atelier" not in shown(page)


def test_billed_expense_refusal_is_shown(page: ExpensesPage, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    eid = row_of_label(page, "Billet TER")
    with store.transaction("validated") as (s, changes):
        s.add(Invoice(id="INV1", kind="regional", scope="ARA", month="2026-10", status="validated",
                      number="SOS-2026-0007", lines=[{"kind": "expense", "items": [eid]}], rate_versions=[]))
    page.bus.changed.emit(changes)
    pos = page.model.row_of(eid)
    assert pos is not None and "SOS-2026-0007" in page.model.index(pos, 0).data(3)  # tooltip
    page.pick(eid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert not page.archive_selected()
    assert "facturé par une facture validée (SOS-2026-0007)" in page.message.text()
    dialog = page.open_dialog(eid)
    dialog.amount.setText("12")
    assert not dialog.save() and "SOS-2026-0007" in dialog.error_label.text()


def test_validator_reads_only(qtbot: QtBot, store: Store) -> None:
    with store.transaction("user") as (s, _):
        s.add(m.User(id="val", name="Victor Valideur", role="regional_validator", region_id="ARA"))
    store.set_user("val")
    p = ExpensesPage(store, ChangeBus(), today=TODAY)
    qtbot.addWidget(p)
    p.pick(p.model.row_id(0))
    assert p.edit_button.isEnabled()
    assert not any(b.isEnabled() for b in (p.new_button, p.attach_button, p.archive_button))


def test_page_listed_after_planning() -> None:
    from sosdesk.ui.main_window import PAGES

    keys = [k for k, _t, _p in PAGES]
    assert keys.index("expenses") == keys.index("planning") + 1
    assert PAGES[keys.index("expenses")][2] == "sosdesk.ui.expenses.page:ExpensesPage"


def test_english_page(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTranslator

    from sosdesk.ui.app import install_translations

    app = QApplication.instance()
    monkeypatch.setenv("SOSDESK_LANG", "en")
    assert install_translations(app) == "en"
    try:
        p = ExpensesPage(store, ChangeBus(), today=TODAY)
        qtbot.addWidget(p)
        assert p.month_label.text() == "October 2026"
        assert [p.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
            "Date", "Category", "Label", "Amount", "Receipt", "Linked meeting"]
        assert (p.new_button.text(), p.attach_button.text()) == ("New expense…", "Attach the receipt…")
        assert p.proxy.index(1, 1).data() == "Room rental" and p.proxy.index(1, 4).data() == "no"
        dialog = p.open_dialog(None)
        dialog.amount.setText("0")
        assert not dialog.save() and "Amount : " in dialog.error_label.text()
    finally:
        for tr in app.findChildren(QTranslator):  # type: ignore[union-attr]
            app.removeTranslator(tr)  # type: ignore[union-attr]
        app.setStyleSheet("")  # type: ignore[union-attr]


def _missing_ids(store: Store, inv_id: str) -> set[str]:
    with store.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        return {p["id"] for p in inv.missing_proof}
