"""What an administrator reads from ``sosdesk invoice …``: exit codes of cli.md, French titles, amounts
and labels in the tables (JSON keeps the spec's codes)."""

from __future__ import annotations

import json

import pytest

from sosdesk.cli import main
from sosdesk.store import Store
from tests.invoicing.invoicing_world import add_meeting


def _draft(world: Store, capsys: pytest.CaptureFixture[str], missing_proof: bool = False) -> str:
    # cli.md: exit 1 when the draft was written but proof is still missing.
    code = main(["invoice", "draft", "--db", str(world.path), "--region", "IDF", "--month", "2026-10"])
    assert code == (1 if missing_proof else 0)
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_show_exits_1_with_missing_proof_in_table_and_json(world: Store,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    invoice_id = _draft(world, capsys, missing_proof=True)
    db = str(world.path)
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id]) == 1
    capsys.readouterr()
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id, "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)  # the JSON is still printed in full
    assert [p["id"] for p in doc["missing_proof"]] == ["M1"]


def test_show_exits_0_when_nothing_is_missing(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    invoice_id = _draft(world, capsys)
    for extra in ([], ["--json"]):
        assert main(["invoice", "show", "--db", str(world.path), "--invoice", invoice_id, *extra]) == 0


def _national(world: Store, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    regional = _draft(world, capsys)
    db = str(world.path)
    assert main(["invoice", "submit", "--db", db, "--invoice", regional]) == 0
    assert main(["invoice", "approve", "--db", db, "--invoice", regional, "--user", "valid-IDF"]) == 0
    assert main(["invoice", "national", "--db", db, "--month", "2026-10", "--user", "nat"]) == 0
    national = capsys.readouterr().out.strip().splitlines()[-1]
    return regional, national


def test_titles_name_the_region_or_say_national_once(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    regional, national = _national(world, capsys)
    db = str(world.path)
    assert main(["invoice", "show", "--db", db, "--invoice", regional]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Facture régionale — Île-de-France, octobre 2026")
    assert main(["invoice", "national", "--db", db, "--month", "2026-10", "--user", "nat"]) == 0
    err = capsys.readouterr().err
    assert main(["invoice", "show", "--db", db, "--invoice", national]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Facture nationale, octobre 2026")
    assert "nationale national" not in err + out


def test_amounts_and_labels_in_french_in_the_tables_codes_in_json(
        world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    invoice_id = _draft(world, capsys)
    db = str(world.path)
    assert main(["invoice", "add-line", "--db", db, "--invoice", invoice_id, "--label", "Séances supplémentaires",
                 "--quantity", "10", "--unit-price", "1234,5", "--justification", "demande du SPIP"]) == 0
    capsys.readouterr()
    assert main(["invoice", "draft", "--db", db, "--region", "IDF", "--month", "2026-10"]) == 0
    total = "12\u202f410,00\u00a0€"  # 65,00 € + 10 × 1 234,50 €
    assert f"total HT {total}" in capsys.readouterr().err
    assert main(["invoice", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert total in out and "régionale" in out and "brouillon" in out and "Île-de-France" in out
    for code in ("regional", "draft", "12410.00"):
        assert code not in out
    assert main(["invoice", "list", "--db", db, "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert (item["kind"], item["status"], item["total_ttc_cents"]) == ("regional", "draft", 1241000)
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id]) == 0
    out = capsys.readouterr().out
    assert "12\u202f345,00\u00a0€" in out and "Total TTC" in out and total in out
    assert "1234.5" not in out and "12345.00" not in out


def test_missing_proof_and_history_in_french(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    invoice_id = _draft(world, capsys, missing_proof=True)
    db = str(world.path)
    assert main(["invoice", "submit", "--db", db, "--invoice", invoice_id]) == 1
    err = capsys.readouterr().err
    what = "L'entretien psychologique du lundi 05/10/2026 à 9 h 00 avec Jérôme1 Çelik et Hélène Durand"
    assert f"{what} : réunion facturée sans justificatif" in err and "meeting" not in err and "M1" not in err
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id]) == 1
    out = capsys.readouterr().out
    assert f"{what} :" in out and "Admin IDF : brouillon créé" in out and "M1" not in out
    for code in ("meeting", " : draft", "regenerate"):
        assert code not in out, code


def test_history_line_in_paris_time_with_french_words() -> None:
    from datetime import datetime

    from sosdesk.invoicing.queries import history_line
    from sosdesk.store.invoice_models import InvoiceEvent

    event = InvoiceEvent(id="e", invoice_id="i", user_id="valid-IDF", user_name="Valideur IDF", action="reject",
                         from_status="submitted", to_status="draft", comment="justificatifs illisibles",
                         at=datetime.fromisoformat("2026-10-31T23:30:00+00:00"))
    assert history_line(event) == ("01/11/2026 00:30 — Valideur IDF : rejetée (soumise → brouillon) — "
                                   "« justificatifs illisibles »")
