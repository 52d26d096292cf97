"""The invoice workbench: board, lines with drill-down, proof list, role-limited actions, exports."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from sosdesk.store import Store
from tests.invoicing.invoicing_world import add_meeting, build_world

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import Qt  # noqa: E402

from sosdesk.ui.bus import ChangeBus  # noqa: E402
from sosdesk.ui.invoices.page import InvoicesPage  # noqa: E402

MONTH = "2026-10"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_world(tmp_path / "office.db")
    add_meeting(s, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(s, "M2", "2026-10-05T11:00:00+02:00", site="S2", proof=False)
    yield s
    s.close()


@pytest.fixture
def page(qtbot: object, store: Store) -> InvoicesPage:
    bus = ChangeBus()
    widget = InvoicesPage(store, bus)
    widget.months = ["2026-09", MONTH]
    widget.refresh()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1100, 700)
    return widget


def test_models_pass_the_model_tester(page: InvoicesPage, qtmodeltester: object) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    qtmodeltester.check(page.board_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.lines_model)  # type: ignore[attr-defined]


def test_draft_lines_drill_down_and_jump_to_the_calendar(page: InvoicesPage, qtbot: object) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    assert page.board_model.data(page.board.currentIndex()).startswith("brouillon")
    assert [line.kind for line in page.lines_model.lines] == ["meeting", "meeting", "travel"]
    page._on_line_clicked(page.lines_model.index(1, 0))
    assert page.items.count() == 1 and "Maison d'arrêt Fresnes — Hélène Durand" in page.items.item(0).text()
    with qtbot.waitSignal(page.bus.show_meeting, timeout=1000) as blocker:  # type: ignore[attr-defined]
        page.items.itemActivated.emit(page.items.item(0))  # double-click / Entrée
    assert blocker.args == ["M2"]
    assert page.missing.count() == 1 and page.missing.item(0).text().startswith(
        "Rendez-vous du lun. 05/10/2026 11:00 — Entretien psychologique — Maison d'arrêt Fresnes — Hélène Durand : ")
    assert page.history.count() == 1 and "Admin IDF : brouillon créé" in page.history.item(0).text()
    assert page.items.item(0).text().startswith("lun. 05/10/2026 11:00 — Entretien psychologique")
    row = page.board_model.months.index(MONTH)
    assert page.board_model.headerData(row, Qt.Orientation.Vertical) == "octobre 2026"
    assert page.board_model.headerData(0, Qt.Orientation.Horizontal) == "Île-de-France"


def test_title_names_the_region_and_the_month(page: InvoicesPage) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    assert "Facture régionale — Île-de-France, octobre 2026" in page.title.text()
    assert "IDF 2026-10" not in page.title.text()


def test_amounts_in_french(page: InvoicesPage) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    assert page.add_custom_line("Séances supplémentaires", Decimal("2.5"), Decimal(123450), "demande du SPIP")
    row = len(page.lines_model.lines) - 1
    shown = [page.lines_model.data(page.lines_model.index(row, col)) for col in range(4)]
    assert shown[1:] == ["2,5\u00a0unités", "1\u202f234,50\u00a0€", "3\u202f086,25\u00a0€"]
    assert "3\u202f278,75\u00a0€" in page.title.text()  # 65,00 + 71,50 + 56,00 (travel) + 3 086,25


def test_user_shown_by_name_and_french_role(page: InvoicesPage, store: Store) -> None:
    assert page.who.text() == "Utilisateur : Admin IDF (Administrateur régional)"
    store.set_user("nat")
    page.refresh()
    assert page.who.text() == "Utilisateur : Coordination nationale (Coordinateur national)"


def test_only_the_roles_actions_are_shown(page: InvoicesPage, store: Store) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    visible = {s for s, b in page.step_buttons.items() if not b.isHidden()}
    assert visible == {"submit"}
    page.run_step("submit")  # refused: proof missing, nothing changes
    assert "justificatif" in page.last_error
    assert not page.step_buttons["submit"].isEnabled()  # enabled only when it can act, the reason says why
    assert "1 justificatif(s) manquant(s)" in page.step_buttons["submit"].toolTip()
    store.set_user("valid-IDF")
    page.refresh()
    assert {s for s, b in page.step_buttons.items() if not b.isHidden()} == {"approve", "reject"}
    assert not any(b.isEnabled() for b in page.step_buttons.values())
    assert "statut requis : soumise" in page.step_buttons["approve"].toolTip()
    assert page.draft_button.isHidden()


def test_export_runs_off_the_gui_thread(page: InvoicesPage, qtbot: object, tmp_path: Path) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    job = page.start_export("pdf", tmp_path / "f.pdf")
    assert job is not None
    with qtbot.waitSignal(page.runner.finished, timeout=20000):  # type: ignore[attr-defined]
        pass
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    page.grab().save(str(tmp_path / "invoices_page.png"))


def test_custom_line_added_with_justification_then_removed(tmp_path: Path, page: InvoicesPage, qtmodeltester: object) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    assert not page.add_line_button.isHidden() and not page.remove_line_button.isEnabled()
    assert not page.add_custom_line("Séance supplémentaire", Decimal(1), Decimal(2500))
    assert "justifiée" in page.last_error
    assert page.add_custom_line("Séance supplémentaire", Decimal("1.5"), Decimal(2500), "demande du SPIP")
    last = page.lines_model.lines[-1]
    assert (last.kind, last.amount_cents, last.justification) == ("custom", 3750, "demande du SPIP")
    qtmodeltester.check(page.lines_model)  # type: ignore[attr-defined]
    page.grab().save(str(tmp_path / "invoices_custom_line.png"))
    page.lines.setCurrentIndex(page.lines_model.index(0, 0))
    assert page.selected_custom_line() is None  # a generated line cannot be removed
    row = len(page.lines_model.lines) - 1
    page.lines.setCurrentIndex(page.lines_model.index(row, 0))
    page._on_line_clicked(page.lines_model.index(row, 0))
    assert page.remove_line_button.isEnabled()
    page.remove_selected_line()
    assert [line.kind for line in page.lines_model.lines] == ["meeting", "meeting", "travel"]
    assert any("ligne libre retirée" in h for h in [page.history.item(i).text() for i in range(page.history.count())])


def test_custom_line_buttons_only_for_who_may_edit_the_draft(page: InvoicesPage, store: Store) -> None:
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    store.set_user("valid-IDF")
    page.refresh()
    assert page.add_line_button.isHidden() and page.remove_line_button.isHidden()


def test_custom_line_dialog_requires_a_justification_on_a_regional_invoice(tmp_path: Path, qtbot: object) -> None:
    from sosdesk.ui.invoices.custom_line_dialog import CustomLineDialog

    dialog = CustomLineDialog(regional=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.label.setText("Séance supplémentaire")
    dialog.quantity.setText("1,5")
    dialog.unit_price.setText("25,00")
    dialog.accept()
    assert dialog.result() != CustomLineDialog.DialogCode.Accepted
    assert "justification est obligatoire" in dialog.error.text()
    dialog.unit_price.setText("vingt")
    dialog.accept()
    assert "prix unitaire" in dialog.error.text() and "vingt" in dialog.error.text()
    dialog.unit_price.setText("25,00")
    dialog.justification.setPlainText("demande du SPIP du 12/10")
    dialog.grab().save(str(tmp_path / "custom_line_dialog.png"))
    dialog.accept()
    assert dialog.result() == CustomLineDialog.DialogCode.Accepted
    assert dialog.values() == ("Séance supplémentaire", Decimal("1.5"), Decimal("2500.00"), "demande du SPIP du 12/10")


def test_page_speaks_english_with_the_english_translation(qtbot: object, store: Store) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from sosdesk.ui.app import resources_dir

    translator = QTranslator()
    assert translator.load("sosdesk_en", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        widget = InvoicesPage(store, ChangeBus())
        qtbot.addWidget(widget)  # type: ignore[attr-defined]
        assert widget.add_line_button.text() == "Add a free line…"
        assert widget.step_buttons["submit"].text() == "Submit"
        assert widget.export_buttons["pdf"].text() == "Export PDF"
        assert widget.step_buttons["paid"].text() == "Mark as paid"
        assert widget.rate_form.save_button.text() == "Save the new version"
        from sosdesk.ui.invoices.custom_line_dialog import CustomLineDialog

        dialog = CustomLineDialog(regional=True)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert dialog.windowTitle() == "Add a free line"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_national_coordinator_sends_to_chorus_pro_off_the_gui_thread(
        store: Store, qtbot: object, tmp_path: Path) -> None:
    from sosdesk.invoicing.chorus_pro import SETTINGS_KEY, store_credentials
    from tests.invoicing import chorus_standin
    from tests.invoicing.test_en16931 import _national

    standin, server = chorus_standin.start()
    try:
        add_meeting(store, "M3", "2026-10-06T09:00:00+02:00")
        with store.transaction("proof") as (s, _):  # M2 had no proof: give it one so the month validates
            from sosdesk.store import models as m
            from tests.invoicing.invoicing_world import PROOF_SHA

            meeting = s.get(m.Meeting, "M2")
            assert meeting is not None
            meeting.proof = PROOF_SHA
        national = _national(store)
        store_credentials("qualification", {"client_id": chorus_standin.CLIENT_ID, "login": chorus_standin.LOGIN,
                                            "client_secret": chorus_standin.CLIENT_SECRET,
                                            "password": chorus_standin.PASSWORD})
        store.set_state(SETTINGS_KEY, standin.settings())
        store.set_user("nat")
        page = InvoicesPage(store, ChangeBus())
        page.months = ["2026-09", MONTH]
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        page.resize(1100, 700)
        page.refresh()
        page.pick("national", MONTH)
        assert page.invoice_id == national
        assert not page.chorus_button.isHidden() and page.chorus_status_button.isHidden()
        job = page.start_chorus("send")
        assert job is not None
        with qtbot.waitSignal(page.runner.finished, timeout=20000):  # type: ignore[attr-defined]
            pass
        qtbot.waitUntil(lambda: page.progress.isHidden(), timeout=5000)  # type: ignore[attr-defined]
        assert [d["number"] for d in standin.deposits] == ["SOS-2026-000001"]
        assert page.board_model.data(page.board.currentIndex()) == "validée · déposée"
        assert "Chorus Pro : déposée" in page.title.text()
        assert any("Chorus Pro" in page.history.item(i).text() for i in range(page.history.count()))
        assert page.chorus_button.isHidden() and not page.chorus_status_button.isHidden()
        page.grab().save(str(tmp_path / "invoices_chorus.png"))
    finally:
        server.shutdown()
        server.server_close()


def test_billing_settings_dialog_names_wrong_fields_and_writes_nothing(
        store: Store, qtbot: object, tmp_path: Path) -> None:
    from sosdesk.invoicing.billing_settings import current_billing_settings

    store.set_user("nat")
    page = InvoicesPage(store, ChangeBus())
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    assert not page.billing_settings_button.isHidden()
    dialog = page.billing_settings_dialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    before = current_billing_settings(store)
    dialog.fields["buyer.siret"].setText("11000201100045")  # one digit off
    dialog.fields["payment.iban"].setText("FR76 3000 6000 0112 3456 7890 188")
    assert not dialog.save()
    assert "SIRET de l'acheteur : SIRET invalide" in dialog.error.text() and "IBAN" in dialog.error.text()
    assert current_billing_settings(store) == before
    dialog.fields["buyer.siret"].setText("11000201100044")
    dialog.fields["payment.iban"].setText("FR76 3000 6000 0112 3456 7890 189")
    dialog.fields["buyer.service_code"].setText("DISP-LYON-SPIP69")
    dialog.grab().save(str(tmp_path / "billing_settings.png"))
    assert dialog.save()
    assert current_billing_settings(store)["buyer.service_code"] == "DISP-LYON-SPIP69"
    store.set_user("admin-IDF")
    page.refresh()
    assert page.billing_settings_button.isHidden()  # regional roles do not edit them
