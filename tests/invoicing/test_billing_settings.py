"""Billing settings are checked when edited (CLI and use case): a wrong identifier never reaches an invoice."""

from __future__ import annotations

import json

import pytest

from sosdesk.cli import main
from sosdesk.domain.errors import InputError
from sosdesk.domain.legal_ids import iban_problem, siret_problem, vat_id_problem
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.invoicing.billing_settings import update_billing_settings
from sosdesk.invoicing.drafts import actor_for
from sosdesk.invoicing.month_inputs import settings_data
from sosdesk.store import Store


def test_identifier_keys() -> None:
    assert siret_problem("73282932000074") is None  # a real SIRET
    assert "clé de contrôle" in (siret_problem("73282932000075") or "")
    assert "14 chiffres" in (siret_problem("7328293200007") or "")
    assert siret_problem("35600000000051") is None  # La Poste: sum of digits multiple of 5
    assert vat_id_problem("FR44732829320") is None and vat_id_problem("FR45732829320")
    assert iban_problem("FR76 3000 6000 0112 3456 7890 189") is None and iban_problem("FR7630006000011234567890188")


def test_wrong_values_are_refused_and_nothing_is_written(world: Store) -> None:
    nat = actor_for(world, "nat")
    with world.session() as s:
        before = settings_data(s)
    with pytest.raises(InputError) as err:
        update_billing_settings(world, nat, {"buyer.siret": "11000201100045", "payment.iban": "FR00 1234",
                                             "buyer.service_code": "DISP LYON", "payment.days": 90})
    paths = {p.path for p in err.value.problems}
    assert paths == {"buyer.siret", "payment.iban", "buyer.service_code", "payment.days"}
    with world.session() as s:
        assert settings_data(s) == before
    with pytest.raises(InputError, match="SIREN"):  # VAT id of another company
        update_billing_settings(world, nat, {"vat_id": "FR44732829320"})
    with pytest.raises(InputError, match="BR-O-02"):  # hors champ with a VAT id
        update_billing_settings(world, nat, {"vat_regime": "outside_scope"})
    with pytest.raises(PermissionDenied):
        update_billing_settings(world, actor_for(world), {"buyer.service_code": "X"})


def test_cli_settings_show_set_and_refuse(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(world.path)
    assert main(["invoice", "settings", "--db", db, "--user", "nat", "--set", "buyer.service_code=DISP-LYON-69",
                 "--set", "payment.iban=FR76 3000 6000 0112 3456 7890 189"]) == 0
    out = capsys.readouterr()
    assert "DISP-LYON-69" in out.out and "paramètres complets" in out.err
    assert main(["invoice", "settings", "--db", db, "--user", "nat", "--set", "siret=12345678200011"]) == 2
    err = capsys.readouterr().err
    assert "siret" in err and "clé de contrôle" in err and "Traceback" not in err
    assert main(["invoice", "settings", "--db", db, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["settings"]["siret"] == "12345678200010" and shown["facturx_missing"] == []
    assert shown["settings"]["payment.iban"] == "FR7630006000011234567890189"
