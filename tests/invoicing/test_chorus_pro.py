"""Deposit to Chorus Pro and status, against a local stand-in of the API (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime

import keyring
import pytest

from sosdesk.cli import main
from sosdesk.domain.invoice_workflow import WorkflowError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.invoicing.chorus_deposit import deposit_labels, deposit_view, refresh_status, send_invoice
from sosdesk.invoicing.chorus_pro import (
    KEYRING_SERVICE,
    SETTINGS_KEY,
    AnswerLost,
    ChorusClient,
    ChorusError,
    config_from,
    store_credentials,
)
from sosdesk.invoicing.drafts import actor_for
from sosdesk.store import Store
from sosdesk.store.invoice_models import Invoice
from tests.invoicing import chorus_standin
from tests.invoicing.chorus_standin import CLIENT_ID, CLIENT_SECRET, LOGIN, PASSWORD, StandIn
from tests.invoicing.test_en16931 import _month, _national

AT = datetime.fromisoformat("2026-11-06T09:00:00+00:00")


@pytest.fixture
def standin() -> Iterator[StandIn]:
    state, server = chorus_standin.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def national(world: Store, standin: StandIn) -> str:
    _month(world)
    invoice_id = _national(world)
    store_credentials("qualification", {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "login": LOGIN,
                                        "password": PASSWORD})
    world.set_state(SETTINGS_KEY, standin.settings())
    return invoice_id


def quick(store: Store) -> ChorusClient:
    """The real client with a short timeout and no waiting between tries."""
    return ChorusClient(config_from(store.get_state(SETTINGS_KEY), timeout=0.4), sleep=lambda s: None)


def _cli(*args: str) -> list[str]:
    return ["invoice", *args]


def test_send_deposits_once_and_status_follows_to_payment(
        world: Store, national: str, standin: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(world.path)
    assert main(_cli("send", "--db", db, "--user", "nat", "--invoice", national)) == 0
    assert "Facture SOS-2026-000001 : déposée (flux FLUX000001" in capsys.readouterr().out
    assert [d["number"] for d in standin.deposits] == ["SOS-2026-000001"]
    assert standin.deposits[0]["name"] == "SOS-2026-000001.pdf"
    # never two deposits of one invoice
    assert main(_cli("send", "--db", db, "--user", "nat", "--invoice", national)) == 2
    assert "déjà déposée sur Chorus Pro" in capsys.readouterr().err
    assert len(standin.deposits) == 1

    standin.set_status("SOS-2026-000001", "MISE_A_DISPOSITION")
    assert main(_cli("status", "--db", db, "--user", "nat", "--invoice", national, "--json")) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["state"], shown["chorus_status"], shown["flux_number"]) == (
        "available", "MISE_A_DISPOSITION", "FLUX000001")
    with world.session() as s:
        assert deposit_labels(s)[national] == "Chorus Pro : mise à disposition de l'acheteur"

    standin.set_status("SOS-2026-000001", "MISE_EN_PAIEMENT")
    assert main(_cli("status", "--db", db, "--user", "nat", "--invoice", national)) == 0
    assert "mise en paiement" in capsys.readouterr().out
    with world.session() as s:
        inv = s.get(Invoice, national)
        assert inv is not None and inv.status == "paid"  # the payment seen on Chorus Pro marks it paid
    assert main(_cli("list", "--db", db)) == 0
    assert "Chorus Pro : mise en paiement" in capsys.readouterr().out
    assert main(_cli("show", "--db", db, "--invoice", national)) == 0
    history = capsys.readouterr().out
    assert "Chorus Pro — « Facture SOS-2026-000001 : déposée" in history
    assert "mise à disposition de l'acheteur" in history and "marquée payée" in history


def test_expired_token_is_renewed_without_losing_the_call(world: Store, national: str, standin: StandIn) -> None:
    now = [0.0]
    client = ChorusClient(config_from(world.get_state(SETTINGS_KEY)), clock=lambda: now[0], sleep=lambda s: None)
    try:
        assert client.find_invoice("SOS-2026-000001") is None
        standin.expire_tokens()  # revoked on the server side: 401, then a new token, then the call
        assert client.find_invoice("SOS-2026-000001") is None
        assert standin.token_count == 2
        now[0] += 3600  # expired by the clock: renewed before calling
        client.find_invoice("SOS-2026-000001")
        assert standin.token_count == 3
        assert standin.calls.count("/cpro/factures/v1/rechercher/fournisseur") == 4  # 3 answered, one 401
    finally:
        client.close()


def test_rejected_flux_and_rejected_invoice_give_the_reason(
        world: Store, national: str, standin: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    standin.reject_next_flux = "Le SIRET du destinataire est inconnu de Chorus Pro"
    view = send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    assert view.state == "deposited"
    assert main(_cli("status", "--db", str(world.path), "--user", "nat", "--invoice", national)) == 1
    out = capsys.readouterr().out
    assert "rejetée" in out and "motif : Le SIRET du destinataire est inconnu de Chorus Pro" in out
    with pytest.raises(WorkflowError, match=r"rejetée par Chorus Pro .* ne se redépose pas ; corrigez par un avoir"):
        send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    assert len(standin.deposits) == 1


def test_invoice_rejected_by_the_buyer(world: Store, national: str, standin: StandIn) -> None:
    send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    standin.set_status("SOS-2026-000001", "REJETEE", "Numéro d'engagement juridique inconnu")
    view = refresh_status(world, actor_for(world, "nat"), national, quick, now=AT)
    assert (view.state, view.reason) == ("rejected", "Numéro d'engagement juridique inconnu")


def test_lost_answer_is_reconciled_never_deposited_twice(world: Store, national: str, standin: StandIn) -> None:
    standin.lose_next_deposit = 1.5  # received and processed, but the answer comes after the client's timeout
    view = send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    assert view.state == "deposited" and view.chorus_id == "1000"  # found by asking Chorus Pro
    assert len(standin.deposits) == 1


def test_lost_answer_while_chorus_is_down_stays_to_check_then_resolves(
        world: Store, national: str, standin: StandIn) -> None:
    standin.lose_next_deposit = 1.5
    standin.fail_after_deposit = 3  # the reconciling search fails too (3 tries)
    with pytest.raises(ChorusError, match="à vérifier"):
        send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    view = deposit_view(world, national)
    assert view is not None and (view.state, view.attempts) == ("uncertain", 1)
    # sending again asks first: the invoice is there, so no second deposit
    view = send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    assert view.state == "deposited" and len(standin.deposits) == 1


def test_server_errors_are_retried_on_queries_only(world: Store, national: str, standin: StandIn) -> None:
    send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    standin.fail_next = 2  # two 503 then the answer
    view = refresh_status(world, actor_for(world, "nat"), national, quick, now=AT)
    assert view.state == "deposited"
    client = quick(world)
    standin.fail_next = 1
    with pytest.raises(AnswerLost):  # a deposit is never blindly repeated
        client.deposit(b"%PDF", "x.pdf")
    client.close()


def test_unreachable_platform_leaves_nothing_deposited_and_a_later_send_works(
        world: Store, national: str, standin: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    good = world.get_state(SETTINGS_KEY)
    world.set_state(SETTINGS_KEY, {**good, "api_url": "http://127.0.0.1:9/cpro", "oauth_url": "http://127.0.0.1:9/t"})
    assert main(_cli("send", "--db", str(world.path), "--user", "nat", "--invoice", national)) == 1
    assert "injoignable" in capsys.readouterr().err
    view = deposit_view(world, national)
    assert view is None or view.state == "not_sent"
    world.set_state(SETTINGS_KEY, good)
    assert send_invoice(world, actor_for(world, "nat"), national, quick, now=AT).state == "deposited"
    assert len(standin.deposits) == 1


def test_only_a_validated_national_invoice_by_the_national_coordinator(
        world: Store, national: str, standin: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.invoicing.drafts import current_invoice

    with world.session() as s:
        regional = current_invoice(s, "regional", "IDF", "2026-10")
        assert regional is not None
        regional_id = regional.id
    with pytest.raises(WorkflowError, match="facture nationale"):
        send_invoice(world, actor_for(world, "nat"), regional_id, quick, now=AT)
    with pytest.raises(PermissionDenied):
        send_invoice(world, actor_for(world), national, quick, now=AT)
    assert main(_cli("status", "--db", str(world.path), "--user", "nat", "--invoice", national)) == 2
    assert "n'a pas été déposée" in capsys.readouterr().err
    assert standin.deposits == []


def test_setup_puts_secrets_in_the_keyring_and_missing_ones_are_named(
        world: Store, standin: StandIn, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _month(world)
    national = _national(world)
    db = str(world.path)
    assert main(_cli("send", "--db", db, "--user", "nat", "--invoice", national)) == 2
    assert "chorus-setup" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{CLIENT_SECRET}\n{PASSWORD}\n"))
    settings = standin.settings()
    assert main(_cli("chorus-setup", "--db", db, "--user", "nat", "--client-id", CLIENT_ID, "--login", LOGIN,
                     "--oauth-url", settings["oauth_url"], "--api-url", settings["api_url"])) == 0
    assert keyring.get_password(KEYRING_SERVICE, "qualification:client_secret") == CLIENT_SECRET
    assert CLIENT_SECRET not in json.dumps(world.get_state(SETTINGS_KEY))  # never in the data file
    assert main(_cli("send", "--db", db, "--user", "nat", "--invoice", national)) == 0
    assert len(standin.deposits) == 1


def test_crash_after_the_file_left_is_reconciled_at_the_next_send(
        world: Store, national: str, standin: StandIn) -> None:
    """sosdesk stopped between « sending » recorded and the answer: the next send asks, never redeposits."""
    from sosdesk.invoicing.exports import facturx_bytes
    from sosdesk.store.chorus_models import ChorusDeposit

    client = quick(world)
    client.deposit(facturx_bytes(world, national)[0], "SOS-2026-000001.pdf")  # the file that did leave
    client.close()
    with world.transaction("crash") as (s, _):
        s.add(ChorusDeposit(invoice_id=national, state="sending", environment="qualification",
                            file_name="SOS-2026-000001.pdf", attempts=1, flux_number="", chorus_id="",
                            chorus_status="", reason="", last_error="", updated_at=AT))
    view = send_invoice(world, actor_for(world, "nat"), national, quick, now=AT)
    assert (view.state, view.attempts) == ("deposited", 1)
    assert len(standin.deposits) == 1
