"""Factur-X (EN 16931 profile): the CII XML of an invoice and its embedding in a PDF/A-3.

Chorus Pro reads the buyer service code (BT-10, BuyerReference), the legal commitment number
(BT-13, BuyerOrderReferencedDocument) and the SIRET numbers (scheme 0009) from the XML.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree

from sosdesk.domain.errors import InputError
from sosdesk.domain.invoice_workflow import invoice_title, month_label
from sosdesk.domain.timegrid import PARIS, month_bounds

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NSMAP = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
UNIT_CODES = {"hour": "HUR", "item": "C62"}
SIRET_SCHEME = "0009"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    ns, name = tag.split(":")
    node = etree.SubElement(parent, f"{{{NSMAP[ns]}}}{name}", attrs)
    if text is not None:
        node.text = text
    return node


def _amount(cents: int | Decimal) -> str:
    return str((Decimal(cents) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _date(parent: etree._Element, tag: str, day: date) -> None:
    holder = _el(parent, tag)
    _el(holder, "udt:DateTimeString", day.strftime("%Y%m%d"), format="102")


def _party(parent: etree._Element, tag: str, name: str, siret: str) -> None:
    party = _el(parent, tag)
    _el(party, "ram:Name", name or "—")
    if siret:
        legal = _el(party, "ram:SpecifiedLegalOrganization")
        _el(legal, "ram:ID", siret, schemeID=SIRET_SCHEME)
    address = _el(party, "ram:PostalTradeAddress")
    _el(address, "ram:CountryID", "FR")


def cii_xml(doc: dict[str, Any], settings: dict[str, Any]) -> bytes:
    """The EN 16931 CII XML of an invoice document (print_document shape)."""
    buyer = settings.get("buyer") or {}
    missing = [k for k, v in (("siret", settings.get("siret")), ("buyer.siret", buyer.get("siret")),
                              ("buyer.service_code", buyer.get("service_code")),
                              ("buyer.commitment_number", buyer.get("commitment_number"))) if not v]
    if missing:
        raise InputError(f"paramètres requis pour Factur-X manquants : {', '.join(missing)}", "settings")
    credit = doc.get("kind") == "credit_note"
    sign = -1 if credit else 1  # a credit note states positive amounts with type code 381
    issued = (datetime.fromisoformat(doc["issued_at"]).astimezone(PARIS).date() if doc.get("issued_at")
              else datetime.now(PARIS).date())
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = _el(root, "rsm:ExchangedDocumentContext")
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", "urn:cen.eu:en16931:2017")
    header = _el(root, "rsm:ExchangedDocument")
    _el(header, "ram:ID", doc.get("number") or doc["id"])
    _el(header, "ram:TypeCode", "381" if credit else "380")
    _date(header, "ram:IssueDateTime", issued)
    _el(_el(header, "ram:IncludedNote"), "ram:Content",
        f"Suivi socio-judiciaire — {month_label(doc['month'])} — {doc.get('scope_label') or doc['scope']}")
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    vat_rate = Decimal(doc.get("vat_rate") or "0")
    category = "E" if vat_rate == 0 else "S"
    percent = format((vat_rate * 100).normalize(), "f")
    for i, line in enumerate(doc["lines"], start=1):
        item = _el(trade, "ram:IncludedSupplyChainTradeLineItem")
        _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(i))
        _el(_el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line["label"])
        qty = Decimal(line["quantity"]) * sign
        amount = int(line["amount_cents"]) * sign
        price = (Decimal(str(line["unit_price_cents"])) if line["unit_price_cents"] is not None
                 else (Decimal(amount) / qty if qty else Decimal(amount)))
        agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
        _el(_el(agreement, "ram:NetPriceProductTradePrice"), "ram:ChargeAmount",
            str((abs(price) / 100).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)))
        _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", format(qty.normalize(), "f"),
            unitCode=UNIT_CODES.get(line["unit"], "C62"))
        settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:TypeCode", "VAT")
        _el(tax, "ram:CategoryCode", category)
        _el(tax, "ram:RateApplicablePercent", percent)
        _el(_el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"), "ram:LineTotalAmount",
            _amount(amount))
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    _el(agreement, "ram:BuyerReference", str(buyer["service_code"]))  # BT-10
    _party(agreement, "ram:SellerTradeParty", str(settings.get("organisation", "")), str(settings["siret"]))
    _party(agreement, "ram:BuyerTradeParty", str(buyer.get("name", "")), str(buyer["siret"]))
    _el(_el(agreement, "ram:BuyerOrderReferencedDocument"), "ram:IssuerAssignedID",
        str(buyer["commitment_number"]))  # BT-13
    _el(trade, "ram:ApplicableHeaderTradeDelivery")
    settle = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settle, "ram:InvoiceCurrencyCode", "EUR")
    ht, vat, ttc = (int(doc[k]) * sign for k in ("total_ht_cents", "vat_cents", "total_ttc_cents"))
    tax = _el(settle, "ram:ApplicableTradeTax")
    _el(tax, "ram:CalculatedAmount", _amount(vat))
    _el(tax, "ram:TypeCode", "VAT")
    if category == "E":
        _el(tax, "ram:ExemptionReason", doc.get("vat_mention") or "Exonération de TVA")
    _el(tax, "ram:BasisAmount", _amount(ht))
    _el(tax, "ram:CategoryCode", category)
    _el(tax, "ram:RateApplicablePercent", percent)
    first, nxt = month_bounds(doc["month"])
    period = _el(settle, "ram:BillingSpecifiedPeriod")
    _date(period, "ram:StartDateTime", first)
    _date(period, "ram:EndDateTime", nxt - timedelta(days=1))
    sums = _el(settle, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(sums, "ram:LineTotalAmount", _amount(ht))
    _el(sums, "ram:TaxBasisTotalAmount", _amount(ht))
    _el(sums, "ram:TaxTotalAmount", _amount(vat), currencyID="EUR")
    _el(sums, "ram:GrandTotalAmount", _amount(ttc))
    _el(sums, "ram:DuePayableAmount", _amount(ttc))
    if credit and doc.get("credited_number"):
        _el(_el(settle, "ram:InvoiceReferencedDocument"), "ram:IssuerAssignedID", doc["credited_number"])
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _srgb_profile() -> bytes:
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _add_output_intent(pdf: bytes) -> bytes:
    """PDF/A needs an output intent (sRGB) in the catalog."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    icc = DecodedStreamObject()
    icc.set_data(_srgb_profile())
    icc[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"), NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): Text("sRGB IEC61966-2.1"), NameObject("/Info"): Text("sRGB"),
        NameObject("/DestOutputProfile"): writer._add_object(icc)})
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def embed_facturx(pdf: bytes, xml: bytes, doc: dict[str, Any]) -> bytes:
    """PDF/A-3 with ``factur-x.xml`` embedded; the XML is checked against the EN 16931 XSD first."""
    import facturx

    facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    title = invoice_title(doc.get("kind", ""), doc.get("scope_label") or doc.get("scope", ""))
    title += f" n° {doc['number']}" if doc.get("number") else f", {month_label(doc['month'])}"
    result = facturx.generate_from_binary(
        pdf, xml, flavor="factur-x", level="en16931", check_xsd=True, lang="fr-FR",
        pdf_metadata={"author": "sosdesk", "keywords": "Factur-X, facture", "title": title, "subject": title})
    return _add_output_intent(bytes(result))
