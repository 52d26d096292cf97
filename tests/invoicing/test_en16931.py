"""Factur-X checked as Chorus Pro checks it: the EN 16931 business rules (CII), not only the XSD.

Every Factur-X exported in tests/invoicing is also run through the rules by the autouse fixture of
conftest.py; these tests add what each kind of invoice must carry, and the demo's months."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import facturx
import pypdf
import pytest
from lxml import etree

from sosdesk.cli import main
from sosdesk.domain.errors import InputError
from sosdesk.invoicing.billing_settings import update_billing_settings
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.workflow import apply_step, credit_note
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from tests.invoicing.en16931 import fatal, findings
from tests.invoicing.invoicing_world import IBAN, NOW, SELLER_VAT_ID, add_expense, add_meeting

DEMO_NOW = datetime.fromisoformat("2026-12-05T17:00:00+00:00")
NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
      "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"}


def _month(world: Store, expenses: bool = True) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(world, "M2", "2026-10-05T11:00:00+02:00", site="S2")
    add_meeting(world, "M3", "2026-10-06T14:00:00+02:00", type="COL_WORK", minutes=90, bens=("B1", "B2"),
                attendance={"B1": "absent_unexcused", "B2": "absent_excused"})
    if expenses:
        add_expense(world, "E1", "2026-10-03", "room_rental", 12000)


def _national(world: Store) -> str:
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    return nat


def _xml(world: Store, invoice_id: str, out: Path) -> etree._Element:
    (path,) = export_invoice(world, invoice_id, "facturx", out)
    _, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=False)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert fatal(xml) == []  # also checked by the autouse fixture; explicit here
    return etree.fromstring(xml)


def _text(tree: etree._Element, path: str) -> str | None:
    return tree.findtext(path, namespaces=NS)


def test_national_invoice_with_expenses_is_exempt_with_reason_and_seller_tax_id(world: Store, tmp_path: Path) -> None:
    _month(world)
    tree = _xml(world, _national(world), tmp_path / "n.pdf")
    assert _text(tree, ".//rsm:ExchangedDocument/ram:TypeCode") == "380"
    assert {e.text for e in tree.iterfind(".//ram:CategoryCode", NS)} == {"E"}  # lines and breakdown
    assert _text(tree, ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason") == (
        "TVA non applicable, art. 261 du CGI")  # the rate table's mention
    assert _text(tree, ".//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']") == SELLER_VAT_ID
    assert _text(tree, ".//ram:SellerTradeParty/ram:PostalTradeAddress/ram:PostcodeCode") == "75011"
    assert _text(tree, ".//ram:PayeePartyCreditorFinancialAccount/ram:IBANID") == IBAN
    assert _text(tree, ".//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == "58"
    # issued 2026-11-05 (Paris), due 30 days later (BT-9)
    assert _text(tree, ".//ram:IssueDateTime/udt:DateTimeString") == "20261105"
    assert _text(tree, ".//ram:DueDateDateTime/udt:DateTimeString") == "20261205"
    assert _text(tree, ".//ram:BuyerReference") == "SERV-DAP-01"
    assert _text(tree, ".//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID") == "EJ-2026-0042"
    # the printed page says what the XML says
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "n.pdf").pages[:2]).replace("\n", " ")
    for expected in ("TVA non applicable, art. 261 du CGI", f"N° de TVA intracommunautaire : {SELLER_VAT_ID}",
                     "Paiement à 30 jours par virement SEPA — échéance le 05/12/2026", f"IBAN : {IBAN}",
                     "frais de recouvrement", "Pas d'escompte"):
        assert expected in text, expected


def test_regional_draft_without_expenses_conforms(world: Store, tmp_path: Path) -> None:
    _month(world, expenses=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    tree = _xml(world, reg, tmp_path / "r.pdf")
    assert len(tree.findall(".//ram:IncludedSupplyChainTradeLineItem", NS)) == 4  # 2 held, 1 no-show, travel
    assert _text(tree, ".//ram:IssueDateTime/udt:DateTimeString") == "20261105"  # a draft: its generation day


def test_credit_note_is_381_referring_to_the_invoice_it_corrects(world: Store, tmp_path: Path) -> None:
    _month(world)
    nat = _national(world)
    note, _ = credit_note(world, actor_for(world, "nat"), nat, now=NOW)
    apply_step(world, actor_for(world, "nat"), note, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), note, "validate", now=NOW)
    tree = _xml(world, note, tmp_path / "a.pdf")
    assert _text(tree, ".//rsm:ExchangedDocument/ram:TypeCode") == "381"
    assert _text(tree, ".//rsm:ExchangedDocument/ram:ID") == "SOS-2026-000002"
    ref = ".//ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument"
    assert _text(tree, f"{ref}/ram:IssuerAssignedID") == "SOS-2026-000001"  # BT-25
    assert _text(tree, f"{ref}/ram:FormattedIssueDateTime/qdt:DateTimeString") == "20261105"  # BT-26
    assert _text(tree, ".//ram:GrandTotalAmount") == "380.00"  # a credit note states what it credits
    assert all(not (e.text or "").startswith("-") for e in tree.iterfind(".//ram:LineTotalAmount", NS))


def test_outside_scope_association_bills_in_category_o(world: Store, tmp_path: Path) -> None:
    update_billing_settings(world, actor_for(world, "nat"), {
        "vat_regime": "outside_scope", "vat_id": "", "vat_exemption_reason": "Hors champ de la TVA (association)"})
    _month(world)
    tree = _xml(world, _national(world), tmp_path / "o.pdf")
    assert {e.text for e in tree.iterfind(".//ram:CategoryCode", NS)} == {"O"}
    assert tree.find(".//ram:RateApplicablePercent", NS) is None  # BR-O-05, BR-O-09
    assert tree.find(".//ram:SpecifiedTaxRegistration", NS) is None  # BR-O-02
    assert _text(tree, ".//ram:ExemptionReason") == "Hors champ de la TVA (association)"


def test_taxable_rate_bills_in_category_s(world: Store, tmp_path: Path) -> None:
    with world.transaction("vat") as (s, _):
        table = s.get(m.RateTable, "2026-01-01")
        assert table is not None
        table.content = {**table.content, "vat": {"rate": "0.2", "mention": ""}}
    _month(world, expenses=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    tree = _xml(world, reg, tmp_path / "s.pdf")
    assert {e.text for e in tree.iterfind(".//ram:CategoryCode", NS)} == {"S"}
    assert tree.find(".//ram:ExemptionReason", NS) is None


def test_exempt_seller_without_any_tax_id_is_refused_before_building(world: Store, tmp_path: Path) -> None:
    update_billing_settings(world, actor_for(world, "nat"), {"vat_id": ""})
    _month(world, expenses=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    with pytest.raises(InputError, match="BR-E-02"):
        export_invoice(world, reg, "facturx", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_checker_finds_what_chorus_pro_would_refuse(world: Store, tmp_path: Path) -> None:
    """The rules are really applied: the XML of before this fix (no seller tax id) fails BR-E-02."""
    _month(world, expenses=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    tree = _xml(world, reg, tmp_path / "r.pdf")
    for node in tree.findall(".//ram:SpecifiedTaxRegistration", NS):
        node.getparent().remove(node)
    rules = {f.rule for f in fatal(etree.tostring(tree))}
    assert "BR-E-02" in rules


def test_empty_month_draft_says_so_and_facturx_is_refused_without_traceback(
        world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(world.path)
    assert main(["invoice", "draft", "--db", db, "--region", "IDF", "--month", "2026-08"]) == 0
    out = capsys.readouterr()
    draft = out.out.strip().splitlines()[-1]
    assert "rien à facturer en août 2026 pour Île-de-France" in out.err
    target = tmp_path / "vide.pdf"
    assert main(["invoice", "export", "--db", db, "--invoice", draft, "--format", "facturx",
                 "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert "rien à facturer en août 2026" in err and "BR-16" in err and "Traceback" not in err
    assert not target.exists()
    assert main(["invoice", "export", "--db", db, "--invoice", draft, "--format", "pdf",
                 "--out", str(tmp_path / "vide-papier.pdf")]) == 0  # the paper trace of an empty month


@pytest.mark.slow
def test_demo_months_pass_the_business_rules(tmp_path: Path, en16931_on_every_facturx: list[bytes]) -> None:
    from sosdesk.store.demo import ADMIN_ID, REGION, build_demo

    store = open_store(tmp_path / "demo.db")
    try:
        build_demo(store, today=date(2026, 12, 5))
        store.set_user(ADMIN_ID)
        for month in ("2026-10", "2026-11", "2026-12"):
            invoice_id, _ = regional_draft(store, actor_for(store), REGION, month, now=DEMO_NOW)
            export_invoice(store, invoice_id, "facturx", tmp_path / f"{month}.pdf")
        assert len(en16931_on_every_facturx) == 3
        for xml in en16931_on_every_facturx:
            assert [f for f in findings(xml) if f.flag == "warning"] == []  # not even a warning
        empty, _ = regional_draft(store, actor_for(store), REGION, "2026-08", now=DEMO_NOW)
        with pytest.raises(InputError, match="BR-16"):
            export_invoice(store, empty, "facturx", tmp_path / "2026-08.pdf")
    finally:
        store.close()
