"""The rate table form: prefilled from the version in force, validated field by field in French,
previewed on the selected month, saved as a new version used by the next draft, national role only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sosdesk.store import Store
from sosdesk.store import models as m
from tests.invoicing.invoicing_world import SPEC_RATES, add_meeting, build_world

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QDate  # noqa: E402

from sosdesk.ui.bus import ChangeBus  # noqa: E402
from sosdesk.ui.invoices.page import InvoicesPage  # noqa: E402
from sosdesk.ui.invoices.rate_form import RateForm, TypeRow  # noqa: E402

MONTH = "2026-10"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_world(tmp_path / "office.db")
    add_meeting(s, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(s, "M2", "2026-10-05T11:00:00+02:00", site="S2")
    s.set_user("nat")
    yield s
    s.close()


@pytest.fixture
def page(qtbot: object, store: Store) -> InvoicesPage:
    widget = InvoicesPage(store, ChangeBus())
    widget.months = ["2026-09", MONTH]
    widget.refresh()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1200, 760)
    widget.tabs.setCurrentWidget(widget.rate_form)
    return widget


def row(form: RateForm, type_id: str) -> TypeRow:
    return next(r for r in form.rows if r.type_id == type_id)


def october(form: RateForm) -> None:
    form.valid_from.setDate(QDate(2026, 10, 1))


def test_form_round_trips_the_version_in_force(tmp_path: Path, page: InvoicesPage) -> None:
    form = page.rate_form
    assert form.loaded_from == "2026-01-01" and "01/01/2026" in form.based_on.text()
    assert [r.label for r in form.rows] == ["Atelier collectif", "Entretien psychologique", "Rappel à la loi"]
    assert row(form, "IND_PSY").price.text() == "65,00"
    assert form.no_show_percent.text() == "50" and form.travel_price.text() == "32,00"
    assert [k for k, box in form.kind_boxes.items() if box.isChecked()] == ["detention", "external"]
    assert form.kind_boxes["detention"].text() == "Détention"
    assert form.content()[1] == SPEC_RATES
    assert form.save_button.isEnabled() and form.fields.isEnabled()
    page.grab().save(str(tmp_path / "rate_form_page.png"))


def test_cells_follow_the_unit(page: InvoicesPage) -> None:
    form = page.rate_form
    flat, session, pro = row(form, "LAW_ENF"), row(form, "COL_WORK"), row(form, "IND_PSY")
    assert not flat.rounding.isEnabled() and not flat.min_billed.isEnabled() and flat.price.isEnabled()
    assert session.rounding.isEnabled() and not session.max_pros.isEnabled()
    assert pro.max_pros.isEnabled()
    session.unit.setCurrentIndex(session.unit.findData("flat"))
    assert not session.rounding.isEnabled()
    assert form.content()[1]["meeting_types"]["COL_WORK"] == {"unit": "flat", "price_cents": 9000}
    pro.unit.setCurrentIndex(pro.unit.findData(""))  # « non tarifé »: left out of the table
    assert "IND_PSY" not in form.content()[1]["meeting_types"] and not pro.price.isEnabled()


def test_bad_price_and_zero_rounding_are_refused_with_the_field_named(page: InvoicesPage, store: Store) -> None:
    form = page.rate_form
    october(form)
    row(form, "IND_PSY").price.setText("65,001")
    row(form, "COL_WORK").rounding.setValue(0)
    form.no_show_percent.setText("cinquante")
    assert form.save() is None
    lines = form.message.text().splitlines()
    assert lines[0] == ("Entretien psychologique — prix : montant « 65,001 » au centime près attendu "
                        "(deux décimales au plus)")
    assert "Atelier collectif — arrondi : entier attendu entre 1 et 1439" in lines
    assert any(line.startswith("Absence non excusée — part facturée : nombre invalide") for line in lines)
    with store.session() as s:
        assert s.get(m.RateTable, "2026-10-01") is None


def test_preview_on_the_selected_month_and_region(page: InvoicesPage) -> None:
    form = page.rate_form
    page.board.setCurrentIndex(page.board_model.index(-1, -1))  # the page opens on last month: no cell now
    form.preview()
    assert form.message.text() == "Choisissez un mois (et une région) dans le tableau des factures."
    page.pick("IDF", MONTH)
    october(form)
    row(form, "IND_PSY").price.setText("70,00")
    form.preview()  # +5,00 € at the office, +5,50 € in detention (× 1,10)
    assert form.message.text() == ("Cette version changerait le brouillon d'octobre 2026 pour la région "
                                   "Île-de-France de +10,50\u00a0€.")
    page.pick("national", MONTH)
    form.preview()  # the national cell: one sentence per region
    assert form.message.text().endswith("Île-de-France de +10,50\u00a0€.")


def test_saved_version_is_used_by_the_next_draft(page: InvoicesPage, store: Store, qtbot: object) -> None:
    form = page.rate_form
    october(form)
    row(form, "IND_PSY").price.setText("70,00")
    with qtbot.waitSignal(page.bus.changed, timeout=1000):  # type: ignore[attr-defined]
        assert form.save() is not None
    assert form.message.text().startswith("Version du 01/10/2026 enregistrée")
    with store.session() as s:
        saved = s.get(m.RateTable, "2026-10-01")
        assert saved is not None and saved.content["meeting_types"]["IND_PSY"]["price_cents"] == 7000
    store.set_user("admin-IDF")
    page.make_regional_draft("IDF", MONTH)
    page.pick("IDF", MONTH)
    meeting_lines = [line for line in page.lines_model.lines if line.kind == "meeting"]
    assert sorted(line.amount_cents for line in meeting_lines) == [7000, 7700]


def test_version_used_by_a_validated_invoice_is_not_replaced(page: InvoicesPage, store: Store) -> None:
    from sosdesk.store.invoice_models import FrozenItem

    with store.transaction("validated invoice") as (s, _):
        s.add(FrozenItem(item_kind="rate_table", item_id="2026-01-01", invoice_id="INV1"))
    form = page.rate_form
    form.valid_from.setDate(QDate(2026, 1, 1))
    assert form.save() is None
    assert form.message.text() == ("Valable à partir du : la grille du 01/01/2026 a servi à une facture validée : "
                                   "créez une nouvelle version avec une autre date d'effet")


def test_regional_admin_sees_the_form_disabled(page: InvoicesPage, store: Store) -> None:
    store.set_user("admin-IDF")
    page.refresh()
    form = page.rate_form
    assert not form.fields.isEnabled() and not form.save_button.isEnabled()
    assert not form.preview_button.isEnabled() and not form.note.isHidden()
    assert form.content()[1] == SPEC_RATES  # still readable
    assert form.save() is None  # even if called: refused by save_rate_version, message shown
    assert form.message.text().startswith("Administrateur régional ne peut pas modifier les grilles tarifaires")
    with store.session() as s:
        assert [r.id for r in s.query(m.RateTable)] == ["2026-01-01"]


def test_advanced_tab_shows_the_json_read_only(page: InvoicesPage) -> None:
    form = page.rate_form
    form.tabs.setCurrentWidget(form.json_view)
    assert form.json_view.isReadOnly()
    assert '"price_cents": 6500' in form.json_view.toPlainText()
    assert f'"valid_from": "{form.valid_from_date().isoformat()}"' in form.json_view.toPlainText()
    assert date.today() < form.valid_from_date()  # a new version starts next month by default
