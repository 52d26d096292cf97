"""Per-person proof of invoice workflow steps (issue 19, docs/security.md), through a real uvicorn on
SQLite and PostgreSQL: each person's steps are signed with their own key (sealed under their
password in the office file), the service verifies them against the key it registered, refuses
forged, unsigned or mis-roled steps whatever device carries them, pins a registered key until the
national side clears it, and `sosdesk-sync audit` re-verifies an invoice's history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.contract import proof
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store.invoice_models import InvoiceEvent
from sosdesk.store.models import OutboxOp
from sosdesk.store.users import remember_signer, set_password, unlock_signing_key
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sync.cli import main
from tests.invoicing.invoicing_world import NOW, add_meeting, build_world
from tests.sync.rawclient import Raw, make_code, move, op, reference
from tests.sync.realserver import RealServer

PASSWORDS = {"admin-IDF": "mot de passe d'Alice", "valid-IDF": "mot de passe de Victor",
             "nat": "mot de passe de Nadia"}


@pytest.fixture
def server(server_db: str) -> Iterator[RealServer]:
    srv = RealServer(server_db).start()
    yield srv
    srv.stop()


def _as(store: object, uid: str) -> None:
    store.set_user(uid)  # type: ignore[attr-defined]
    assert remember_signer(store, uid, PASSWORDS[uid])  # type: ignore[arg-type]


def _audit(url: str, invoice_id: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, str]]]:
    capsys.readouterr()
    code = main(["audit", "--db", url, "--invoice", invoice_id, "--json"])
    return code, json.loads(capsys.readouterr().out)["steps"]


def _forged(invoice_id: str, user: str, action: str, before: str, after: str, key: object) -> dict[str, object]:
    at = "2026-11-06T09:00:00+00:00"
    fields = {"invoice_id": invoice_id, "action": action, "from_status": before, "to_status": after,
              "at": at, "user_id": user, "content_hash": "0" * 64}
    signature = proof.sign_step(proof.step_of(fields), key)  # type: ignore[arg-type]
    return op("invoice_events", f"EV-{user}-{action}-{after}", **fields, user_name=user, comment="",
              signature=signature)


def test_each_persons_steps_are_signed_verified_and_audited(server: RealServer, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    world = build_world(tmp_path / "nat.db")
    service.enrol(world, server.base, make_code(server.url, None, "national_coordinator"),
                  HttpTransport(server.base))
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    for uid, password in PASSWORDS.items():
        world.set_user(uid)
        set_password(world, uid, password)
    _as(world, "admin-IDF")
    reg, _ = regional_draft(world, actor_for(world, "admin-IDF"), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world, "admin-IDF"), reg, "submit", now=NOW)
    _as(world, "valid-IDF")
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", "conforme", now=NOW)
    _as(world, "nat")
    nat_id, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat_id, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat_id, "validate", now=NOW)
    with world.session() as s:
        signed = {e.action: e for e in s.query(InvoiceEvent).filter(InvoiceEvent.invoice_id == reg)}
        assert signed["submit"].signature and signed["approve"].signature and not signed["draft"].signature
        # the private key never leaves the file: not in any op waiting to be pushed
        ops = list(s.query(OutboxOp).filter(OutboxOp.table_name == "users"))
        assert any("signing_key" in o.fields for o in ops)               # the public half travels
        assert not any("sealed_key" in o.fields or "sosdesk-person-key" in json.dumps(o.fields, default=str)
                       for o in ops)
    report = service.sync_now(world)
    assert "rejected" not in report.results and "conflict" not in report.results, report.results

    code, steps = _audit(server.url, reg, capsys)
    assert code == 0
    verdicts = {(st["action"], st["user"]): st["verdict"] for st in steps}
    assert verdicts[("submit", "admin-IDF")] == "signed" and verdicts[("approve", "valid-IDF")] == "signed"
    assert verdicts[("draft", "admin-IDF")] == "unsigned"          # a draft is covered by the next signed step
    from sosdesk.invoicing.queries import detail

    shown = detail(world, reg)
    assert shown is not None and sum("signée ✓" in line for line in shown.history) == 2  # submit, approve
    code, steps = _audit(server.url, nat_id, capsys)
    assert code == 0 and {st["action"]: st["verdict"] for st in steps}["validate"] == "signed"

    # whatever device carries it, a step is refused unless its person signed it with their registered key
    carrier = Raw(server.base, server.url, None, "national_coordinator")
    stranger = proof.new_key()
    assert carrier.one(_forged(reg, "valid-IDF", "reject", "approved", "draft", stranger)) == \
        ("rejected", "bad_signature")
    unsigned = _forged(reg, "valid-IDF", "reject", "approved", "draft", stranger)
    del unsigned["fields"]["signature"]  # type: ignore[attr-defined]
    assert carrier.one(unsigned) == ("rejected", "unsigned_step")
    admin_key = unlock_signing_key(world, "admin-IDF", PASSWORDS["admin-IDF"])
    assert carrier.one(_forged(reg, "admin-IDF", "approve", "submitted", "approved", admin_key)) == \
        ("rejected", "status_role")                                    # the administrator's real key, wrong role
    valid_key = unlock_signing_key(world, "valid-IDF", PASSWORDS["valid-IDF"])
    good = _forged(reg, "valid-IDF", "reject", "approved", "draft", valid_key)
    tampered = _forged(reg, "valid-IDF", "reject", "approved", "draft", valid_key)
    tampered["fields"]["to_status"] = [None, "approved"]
    assert carrier.one(tampered) == ("rejected", "bad_signature")  # signed content altered after signing
    assert carrier.one(good) == ("applied", "")

    # an invoice's status moves only with its person's signed step: named as the mover, a person with
    # a registered key cannot be impersonated by a device, even the national one
    office = Raw(server.base, server.url, "IDF", "regional_admin")
    assert office.one(op("invoices", "INV-X", kind="regional", scope="IDF", month="2026-09",
                         status="draft")) == ("applied", "")
    forged_move = move("invoices", "INV-X", 1, status=("draft", "submitted"))
    forged_move["updated_by"] = "admin-IDF"
    assert office.one(forged_move) == ("rejected", "unsigned_step")


def test_a_service_requiring_signed_steps_refuses_every_unsigned_move(server_db: str) -> None:
    srv = RealServer(server_db, env={"SOSDESK_SYNC_REQUIRE_SIGNED_STEPS": "1"}).start()
    try:
        nat = Raw(srv.base, srv.url, None, "national_coordinator")
        reference(nat)
        admin = Raw(srv.base, srv.url, "R1", "regional_admin")
        assert admin.one(op("invoices", "INV1", kind="regional", scope="R1", month="2026-10",
                            status="draft")) == ("applied", "")
        assert admin.one(move("invoices", "INV1", 1, status=("draft", "submitted"))) == ("rejected", "unsigned_step")
        assert admin.one(op("invoice_events", "EV1", invoice_id="INV1", action="submit", user_id="nobody",
                            from_status="draft", to_status="submitted", at="2026-11-06T09:00:00+00:00")) == \
            ("rejected", "unsigned_step")
    finally:
        srv.stop()


def test_a_registered_key_is_pinned_until_the_national_side_clears_it(server: RealServer,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    office = Raw(server.base, server.url, "R1", "regional_admin")
    first, second = proof.public_key(proof.new_key()), proof.public_key(proof.new_key())
    assert office.one(op("users", "U-R1", name="Véra Lambert", role="regional_validator", region_id="R1",
                         email="", signing_key=first)) == ("applied", "")
    assert office.one(move("users", "U-R1", 1, signing_key=(first, second))) == ("rejected", "key_pinned")
    capsys.readouterr()
    assert main(["person-key", "--db", server.url, "--user", "U-R1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signing_key"] == first
    assert main(["person-key", "--db", server.url, "--user", "U-R1", "--clear"]) == 0
    pulled = {c["row_id"]: c for c in office.pull().json()["changes"]}
    assert pulled["U-R1"]["data"]["signing_key"] is None             # every office learns it was cleared
    version = pulled["U-R1"]["row_version"]
    assert office.one(move("users", "U-R1", version, signing_key=(None, second))) == ("applied", "")
    assert main(["person-key", "--db", server.url, "--user", "nobody"]) == 2
    assert main(["audit", "--db", server.url, "--invoice", "nothing"]) == 2


def test_password_changes_keep_the_key_and_a_reset_makes_a_new_one(tmp_path: Path) -> None:
    world = build_world(tmp_path / "office.db")
    world.set_user("valid-IDF")
    set_password(world, "valid-IDF", "premier mot de passe")
    key = unlock_signing_key(world, "valid-IDF", "premier mot de passe")
    assert key is not None and unlock_signing_key(world, "valid-IDF", "pas le bon") is None
    public = proof.public_key(key)
    set_password(world, "valid-IDF", "second mot de passe", old_password="premier mot de passe")
    again = unlock_signing_key(world, "valid-IDF", "second mot de passe")
    assert again is not None and proof.public_key(again) == public  # the service's registered key still holds
    world.set_user("nat")
    set_password(world, "nat", "mot de passe de Nadia")
    set_password(world, "valid-IDF", "donné par Nadia")              # a reset: given by someone else
    assert unlock_signing_key(world, "valid-IDF", "donné par Nadia") is None   # opens no key
    world.set_user("valid-IDF")
    set_password(world, "valid-IDF", "troisième mot de passe", old_password="donné par Nadia")
    fresh = unlock_signing_key(world, "valid-IDF", "troisième mot de passe")
    assert fresh is not None and proof.public_key(fresh) != public  # new key: the national side must clear the old
    with world.session() as s:
        from sosdesk.store import models as m

        user = s.get(m.User, "valid-IDF")
        assert user is not None and user.signing_key == proof.public_key(fresh)
    # the office file's dump never carries the sealed private key
    from sosdesk.store.interchange import dump_store

    assert "sosdesk-person-key" not in dump_store(world)
