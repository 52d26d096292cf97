"""Exports (pricing.md §8) read back: exact JSON keys, CSV for French Excel, PDF text, Factur-X XSD."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import facturx
import pypdf
import pytest
from lxml import etree

from sosdesk.cli import main
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store
from tests.invoicing.invoicing_world import NOW, add_expense, add_meeting

CSV_LINE_COLUMNS = ["Libellé", "Nature", "Type", "Résultat", "Catégorie", "Quantité", "Unité", "Prix unitaire (€)",
                    "Montant HT (€)", "Nombre d'éléments"]


@pytest.fixture
def validated(world: Store) -> str:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(world, "M2", "2026-10-05T11:00:00+02:00", site="S2")
    add_meeting(world, "M3", "2026-10-06T14:00:00+02:00", type="COL_WORK", minutes=90, bens=("B1", "B2"),
                attendance={"B1": "absent_unexcused", "B2": "absent_excused"})
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    return nat


def test_json_has_exactly_the_spec_keys(world: Store, validated: str, tmp_path: Path) -> None:
    (path,) = export_invoice(world, validated, "json", tmp_path / "f.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert list(doc) == ["format", "id", "number", "scope", "month", "status", "lines", "total_ht_cents",
                         "vat_cents", "total_ttc_cents", "missing_proof"]
    assert (doc["format"], doc["number"], doc["scope"], doc["status"]) == (
        "sosdesk-invoice/1", "SOS-2026-000001", "national", "validated")
    kinds = {line["kind"]: line for line in doc["lines"]}
    assert set(kinds["meeting"]) == {"label", "kind", "type", "outcome", "quantity", "unit", "unit_price_cents",
                                     "amount_cents", "items"}
    assert set(kinds["expense"]) == {"label", "kind", "category", "quantity", "unit", "unit_price_cents",
                                     "amount_cents", "items"}
    assert set(kinds["travel"]) == {"label", "kind", "quantity", "unit", "unit_price_cents", "amount_cents",
                                    "items"}
    no_show = next(line for line in doc["lines"] if line.get("outcome") == "no_show")
    assert (no_show["quantity"], no_show["unit"], no_show["unit_price_cents"], no_show["amount_cents"]) == (
        "1.5", "hour", 4500, 6750)
    assert doc["total_ht_cents"] == sum(line["amount_cents"] for line in doc["lines"]) == 38000


def test_csv_for_french_excel(world: Store, validated: str, tmp_path: Path) -> None:
    lines_path, annex_path = export_invoice(world, validated, "csv", tmp_path / "F.csv")
    assert annex_path.name == "F-annexe.csv"
    raw = lines_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == CSV_LINE_COLUMNS
    travel = next(r for r in rows if r[1] == "Déplacement")
    assert (travel[5], travel[6], travel[7], travel[8]) == ("1,75", "heure", "32,00", "56,00")
    held = next(r for r in rows if r[0].endswith("Entretien psychologique — réalisé (65,00\u00a0€)"))
    assert held[1:7] == ["Rendez-vous", "Entretien psychologique", "réalisé", "", "1", "heure"]
    no_show = next(r for r in rows if r[3] == "absence non excusée")
    assert no_show[1:3] == ["Rendez-vous", "Atelier collectif"]
    expense = next(r for r in rows if r[1] == "Frais")
    assert (expense[4], expense[6]) == ("Location de salle", "unité")
    assert all(len(r) == len(CSV_LINE_COLUMNS) for r in rows if r)  # one column set for every row
    assert rows[-1][0] == "Total TTC" and rows[-1][8] == "380,00"
    text = raw.decode("utf-8-sig")
    for code in ("meeting", "travel", "expense", "held", "no_show", "room_rental", "hour", "item", "IND_PSY"):
        assert f";{code};" not in text, code
    annex = list(csv.reader(annex_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    refs = {r[1]: r for r in annex[1:]}
    assert set(refs) == {"M1", "M2", "M3", "P1|2026-10-05", "E1"}
    assert [refs[k][0] for k in ("M1", "P1|2026-10-05", "E1")] == ["Rendez-vous", "Déplacement", "Frais"]
    assert refs["E1"][6] == "Location de salle" and refs["M3"][10] == "absence non excusée"
    assert refs["M2"][3:6] == ["05/10/2026", "11:00", "60"] and refs["M2"][11] == "71,50"
    assert "Jérôme" not in annex_path.read_text(encoding="utf-8-sig")  # no full names


def test_pdf_text_has_parties_totals_and_annex(world: Store, validated: str, tmp_path: Path) -> None:
    (path,) = export_invoice(world, validated, "pdf", tmp_path / "f.pdf")
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Facture nationale n° SOS-2026-000001", "Association Suivi Été", "SIRET : 12345678200010",
                     "Code service : SERV-DAP-01", "N° d'engagement : EJ-2026-0042", "380,00 €",
                     "TVA non applicable, art. 261 du CGI", "Annexe", "Maison d'arrêt Fresnes", "J.Ç. (B1)",
                     f"page 1 / {len(reader.pages)}"):
        assert expected in text, expected
    assert "Jérôme1" not in text
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert fonts


def test_pdf_titles_name_the_region_or_say_national(world: Store, validated: str, tmp_path: Path) -> None:
    from sosdesk.invoicing.drafts import current_invoice

    with world.session() as s:
        regional = current_invoice(s, "regional", "IDF", "2026-10")
        assert regional is not None
        regional_id = regional.id
    titles = {}
    for name, invoice_id in (("regional", regional_id), ("national", validated)):
        (path,) = export_invoice(world, invoice_id, "pdf", tmp_path / f"{name}.pdf")
        titles[name] = pypdf.PdfReader(path).pages[0].extract_text()
    assert "Facture régionale — Île-de-France" in titles["regional"] and "APPROUVÉE" in titles["regional"]
    assert "Facture nationale n° SOS-2026-000001" in titles["national"]
    assert "nationale national" not in titles["national"] and "Facture n°" not in titles["national"]


def test_facturx_embeds_an_xsd_valid_en16931_xml(world: Store, validated: str, tmp_path: Path) -> None:
    (path,) = export_invoice(world, validated, "facturx", tmp_path / "f.pdf")
    name, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=False)
    assert name == "factur-x.xml"
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    tree = etree.fromstring(xml)
    ns = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
          "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}
    assert tree.findtext(".//ram:BuyerReference", namespaces=ns) == "SERV-DAP-01"  # BT-10
    assert tree.findtext(".//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID", namespaces=ns) == "EJ-2026-0042"
    assert [e.text for e in tree.iterfind(".//ram:SpecifiedLegalOrganization/ram:ID", ns)] == [
        "12345678200010", "11000201100044"]
    assert tree.findtext(".//rsm:ExchangedDocument/ram:ID", namespaces=ns) == "SOS-2026-000001"
    assert tree.findtext(".//ram:GrandTotalAmount", namespaces=ns) == "380.00"
    root: Any = pypdf.PdfReader(path).trailer["/Root"]
    assert "/OutputIntents" in root and "/Metadata" in root  # PDF/A-3 essentials


def test_cli_draft_prints_the_id_last_and_submit_exits_1_on_missing_proof(
        world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    db = str(world.path)
    # exit 1: the draft is written (its id printed last) but M1's proof is missing (cli.md)
    assert main(["invoice", "draft", "--db", db, "--region", "IDF", "--month", "2026-10"]) == 1
    invoice_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["invoice", "draft", "--db", db, "--region", "IDF", "--month", "2026-10"]) == 1
    assert capsys.readouterr().out.strip().splitlines()[-1] == invoice_id  # regenerated, never two
    assert main(["invoice", "submit", "--db", db, "--invoice", invoice_id]) == 1
    err = capsys.readouterr().err
    assert "du lundi 05/10/2026 à 9 h 00" in err and "justificatif" in err and "M1" not in err
    assert main(["invoice", "approve", "--db", db, "--invoice", invoice_id, "--user", "valid-IDF"]) == 2
    assert main(["invoice", "export", "--db", db, "--invoice", invoice_id, "--format", "json",
                 "--out", str(tmp_path / "x.json")]) == 0
    assert json.loads((tmp_path / "x.json").read_text())["missing_proof"][0]["id"] == "M1"


def test_cli_missing_rate_is_bad_input(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.store import models as m

    with world.transaction("type") as (s, _):
        s.add(m.MeetingType(id="MEDIATION", label="Médiation", kind="individual", minutes=60))
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", type="MEDIATION")
    assert main(["invoice", "draft", "--db", str(world.path), "--region", "IDF", "--month", "2026-10"]) == 2
    assert "MEDIATION" in capsys.readouterr().err


def test_facturx_xml_writes_large_round_quantities_without_exponent() -> None:
    from sosdesk.domain.invoice_document import Header, InvoiceDocument, Vat, line_from_json
    from sosdesk.domain.pricing import Totals
    from sosdesk.invoicing.document import with_settings
    from sosdesk.invoicing.facturx_xml import cii_xml

    settings = {"organisation": "Asso", "siret": "12345678200010", "address": "1 rue A, 75001 Paris",
                "vat_id": "FR11123456782", "payment": {"means": "42"},
                "buyer": {"name": "DAP", "siret": "11000201100044", "service_code": "S", "commitment_number": "EJ"}}
    line = line_from_json({"label": "Entretiens", "kind": "meeting", "quantity": "700", "unit": "hour",
                           "unit_price_cents": 6500, "amount_cents": 4550000, "items": []})
    doc = InvoiceDocument(Header("X", "regional", "IDF", "2026-10", "draft"), (line,),
                          Totals(4550000, 910000, 5460000), Vat("0.20", ""))
    xml = cii_xml(with_settings(doc, settings))
    assert b"<ram:BilledQuantity unitCode=\"HUR\">700</ram:BilledQuantity>" in xml
    assert b"<ram:RateApplicablePercent>20</ram:RateApplicablePercent>" in xml
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")


def test_draft_pdf_and_csv_read_as_french_sentences(world: Store, tmp_path: Path) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", site="S2")
    add_meeting(world, "M2", "2026-10-05T11:00:00+02:00", site="S2", proof=False)
    add_meeting(world, "M3", "2026-10-06T09:00:00+02:00", status="cancelled", cancelled_at="2026-10-06T07:00:00+02:00")
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    (path,) = export_invoice(world, reg, "pdf", tmp_path / "f.pdf")
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    first, annex = pages[0], " ".join(pages[1:]).replace("\n", " ")  # cells wrap
    flat = " ".join(first.split())  # the sentence wraps in its cell
    assert "BROUILLON" in first and ("L'entretien psychologique du lundi 05/10/2026 à 11 h 00 avec Jérôme1 Çelik et "
                                     "Hélène Durand : réunion facturée sans justificatif") in flat
    assert "2 rendez-vous en annexe" in first and "1 journée(s) de déplacement en annexe" in first
    assert "meeting" not in first and "élément(s)" not in first
    assert "annulation tardive" in annex and "(annulée)" not in annex
    assert "Fresnes → Maison" not in annex  # the same site twice in a row is one stop
    _, annex_csv = export_invoice(world, reg, "csv", tmp_path / "F.csv")
    rows = {r[1]: r for r in csv.reader(annex_csv.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")}
    assert rows["P1|2026-10-05"][7] == "Maison d'arrêt Fresnes" and rows["M3"][10] == "annulation tardive"
