"""Factur-X (EN 16931 profile): the CII XML of an invoice and its embedding in a PDF/A-3.

Chorus Pro reads the buyer service code (BT-10, BuyerReference), the legal commitment number
(BT-13, BuyerOrderReferencedDocument) and the SIRET numbers (scheme 0009) from the XML, and checks the
EN 16931 business rules: an association exempt under article 261-7-1° du CGI bills in VAT category E with
the exemption reason and its VAT or tax registration identifier (BR-E-*), one « hors champ » in category O
without rate nor VAT identifier (BR-O-*); see billing_settings for where each value comes from.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from lxml import etree

from sosdesk.domain.errors import InputError
from sosdesk.domain.invoice_document import LEGAL_NOTES, InvoiceDocument, Party, VatTreatment
from sosdesk.domain.timegrid import PARIS, month_bounds
from sosdesk.domain.vocabulary import month_label

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


def _address(parent: etree._Element, text: str) -> None:
    """BG-5 / BG-8: « 27 rue Paul Bert, 69003 Lyon » → line, postcode, city; country FR (BR-09, BR-11)."""
    address = _el(parent, "ram:PostalTradeAddress")
    text = " ".join((text or "").split())
    match = re.fullmatch(r"(?P<line>.*?)[,\s]+(?P<code>\d{5})\s+(?P<city>.+)", text)
    if match:
        _el(address, "ram:PostcodeCode", match["code"])
        if match["line"]:
            _el(address, "ram:LineOne", match["line"])
        _el(address, "ram:CityName", match["city"])
    elif text:
        _el(address, "ram:LineOne", text)
    _el(address, "ram:CountryID", "FR")


def _party(parent: etree._Element, tag: str, who: Party, tax_ids: tuple[tuple[str, str], ...] = ()) -> None:
    """A trade party: name, SIRET as legal registration (scheme 0009, read by Chorus Pro), address, tax ids."""
    party = _el(parent, tag)
    _el(party, "ram:Name", who.name)
    legal = _el(party, "ram:SpecifiedLegalOrganization")
    _el(legal, "ram:ID", who.siret, schemeID=SIRET_SCHEME)
    _address(party, who.address)
    for scheme, value in tax_ids:  # VA: VAT identifier (BT-31), FC: tax registration (BT-32)
        if value:
            _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", value, schemeID=scheme)


def _tax(parent: etree._Element, vat: VatTreatment) -> etree._Element:
    tax = _el(parent, "ram:ApplicableTradeTax")
    _el(tax, "ram:TypeCode", "VAT")
    _el(tax, "ram:CategoryCode", vat.category)
    if vat.percent is not None:
        _el(tax, "ram:RateApplicablePercent", vat.percent)
    return tax


def cii_xml(doc: InvoiceDocument) -> bytes:
    """The EN 16931 CII XML of an invoice document (built with a session: parties, payment, VAT).

    Refused (InputError, French) when the invoice has no line (BR-16) or a setting it needs is missing."""
    h = doc.header
    if not doc.lines:
        raise InputError(f"rien à facturer en {month_label(h.month)} : une facture électronique "
                         "(Factur-X, EN 16931) doit avoir au moins une ligne (règle BR-16) ; exportez en PDF "
                         "si vous voulez garder une trace de ce mois vide", "lines")
    if doc.einvoice_problems:
        raise InputError("paramètres de facturation à compléter avant la facture électronique : "
                         + " ; ".join(doc.einvoice_problems), "settings")
    vat, payment = doc.vat.treatment, doc.payment
    if vat is None or doc.issue_date is None or payment.due is None:
        raise ValueError("cii_xml needs a document read with the billing settings (build_document with a session)")
    credit = h.kind == "credit_note"
    sign = -1 if credit else 1  # a credit note (381) states the amounts it credits as positive numbers
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = _el(root, "rsm:ExchangedDocumentContext")
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", "urn:cen.eu:en16931:2017")
    header = _el(root, "rsm:ExchangedDocument")
    _el(header, "ram:ID", h.number or h.id)  # BT-1
    _el(header, "ram:TypeCode", "381" if credit else "380")  # BT-3
    _date(header, "ram:IssueDateTime", doc.issue_date)  # BT-2
    _el(_el(header, "ram:IncludedNote"), "ram:Content", f"Suivi socio-judiciaire — {month_label(h.month)} — {h.place}")
    for code, text in LEGAL_NOTES:  # BT-21/BT-22: mentions of article L. 441-9 du code de commerce
        note = _el(header, "ram:IncludedNote")
        _el(note, "ram:Content", text)
        _el(note, "ram:SubjectCode", code)
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    for i, line in enumerate(doc.lines, start=1):
        item = _el(trade, "ram:IncludedSupplyChainTradeLineItem")
        _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(i))
        _el(_el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.label)
        amount = line.amount_cents * sign
        qty = line.quantity * sign
        if qty == 0:
            qty = Decimal(1)
        if (qty < 0) != (amount < 0) and amount:  # the item net price is never negative (BR-27)
            qty = -qty
        price = abs(line.unit_price_cents) if line.unit_price_cents is not None else abs(Decimal(amount) / qty)
        agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
        _el(_el(agreement, "ram:NetPriceProductTradePrice"), "ram:ChargeAmount",
            str((price / 100).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)))
        _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", format(qty.normalize(), "f"),
            unitCode=UNIT_CODES.get(line.unit, "C62"))
        settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
        _tax(settlement, vat)
        _el(_el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"), "ram:LineTotalAmount",
            _amount(amount))
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    _el(agreement, "ram:BuyerReference", doc.buyer.service_code)  # BT-10: Chorus Pro service code
    seller_tax = (() if vat.category == "O" else (("VA", doc.seller.vat_id),)) + (
        ("FC", doc.seller.tax_registration_id),)
    _party(agreement, "ram:SellerTradeParty", doc.seller, seller_tax)
    _party(agreement, "ram:BuyerTradeParty", doc.buyer)
    _el(_el(agreement, "ram:BuyerOrderReferencedDocument"), "ram:IssuerAssignedID",
        doc.buyer.commitment_number)  # BT-13: legal commitment number (engagement juridique)
    first, nxt = month_bounds(h.month)
    event = _el(_el(trade, "ram:ApplicableHeaderTradeDelivery"), "ram:ActualDeliverySupplyChainEvent")
    _date(event, "ram:OccurrenceDateTime", nxt - timedelta(days=1))  # BT-72: the month's work, done by its end
    settle = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settle, "ram:InvoiceCurrencyCode", "EUR")
    payment_means = _el(settle, "ram:SpecifiedTradeSettlementPaymentMeans")
    _el(payment_means, "ram:TypeCode", payment.means)  # BT-81
    if payment.iban:
        _el(_el(payment_means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", payment.iban)
        if payment.bic:
            _el(_el(payment_means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", payment.bic)
    ht, vat_amount, ttc = (x * sign for x in (doc.totals.ht_cents, doc.totals.vat_cents, doc.totals.ttc_cents))
    tax = _el(settle, "ram:ApplicableTradeTax")
    _el(tax, "ram:CalculatedAmount", _amount(vat_amount))
    _el(tax, "ram:TypeCode", "VAT")
    if vat.reason:
        _el(tax, "ram:ExemptionReason", vat.reason)  # BT-120
    _el(tax, "ram:BasisAmount", _amount(ht))
    _el(tax, "ram:CategoryCode", vat.category)
    if vat.percent is not None:
        _el(tax, "ram:RateApplicablePercent", vat.percent)
    period = _el(settle, "ram:BillingSpecifiedPeriod")  # BG-14
    _date(period, "ram:StartDateTime", first)
    _date(period, "ram:EndDateTime", nxt - timedelta(days=1))
    terms = _el(settle, "ram:SpecifiedTradePaymentTerms")
    _el(terms, "ram:Description", payment.terms)  # BT-20
    _date(terms, "ram:DueDateDateTime", payment.due)  # BT-9
    sums = _el(settle, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(sums, "ram:LineTotalAmount", _amount(ht))
    _el(sums, "ram:TaxBasisTotalAmount", _amount(ht))
    _el(sums, "ram:TaxTotalAmount", _amount(vat_amount), currencyID="EUR")
    _el(sums, "ram:GrandTotalAmount", _amount(ttc))
    _el(sums, "ram:DuePayableAmount", _amount(ttc))
    if credit and h.credited_number:  # BT-25 / BT-26: the invoice this credit note corrects
        ref = _el(settle, "ram:InvoiceReferencedDocument")
        _el(ref, "ram:IssuerAssignedID", h.credited_number)
        if h.credited_issued_at:
            holder = _el(ref, "ram:FormattedIssueDateTime")
            _el(holder, "qdt:DateTimeString", h.credited_issued_at.astimezone(PARIS).strftime("%Y%m%d"), format="102")
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


def embed_facturx(pdf: bytes, xml: bytes, doc: InvoiceDocument) -> bytes:
    """PDF/A-3 with ``factur-x.xml`` embedded; the XML is checked against the EN 16931 XSD first."""
    import facturx

    facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    title = doc.header.long_title
    result = facturx.generate_from_binary(
        pdf, xml, flavor="factur-x", level="en16931", check_xsd=True, lang="fr-FR",
        pdf_metadata={"author": "sosdesk", "keywords": "Factur-X, facture", "title": title, "subject": title})
    return _add_output_intent(bytes(result))
