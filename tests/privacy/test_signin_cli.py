"""Every command on a protected file acts as a signed-in person (docs/data-protection.md): the
password comes from SOSDESK_PASSWORD, --password-file, a live window session (not for workflow
steps), or the terminal; the faults of issue 16 (approve as the validator without their password,
admin resetting the validator's password, change without the old one) are refused."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.cli import build_parser, main
from sosdesk.commands.signin import sign_in
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import InvoiceEvent
from sosdesk.store.sessions import open_session
from sosdesk.store.users import SCRYPT_N, check_password
from tests.invoicing.invoicing_world import add_meeting
from tests.privacy.conftest import PASSWORDS

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path,
        *argv: str, password: str | None = None) -> tuple[int, str, str]:
    if password is None:
        monkeypatch.delenv("SOSDESK_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("SOSDESK_PASSWORD", password)
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_role_signs_in_and_does_only_its_part(protected: Store, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    add_meeting(protected, "M1", "2026-10-05T09:00:00+02:00")
    db = protected.path
    protected.close()
    admin, valid, nat = PASSWORDS["admin-IDF"], PASSWORDS["valid-IDF"], PASSWORDS["nat"]

    # Without a password nothing is read: not even the list of invoices.
    code, _, err = run(capsys, monkeypatch, db, "invoice", "list")
    assert code == 2 and "mot de passe requis" in err and "SOSDESK_PASSWORD" in err
    code, _, err = run(capsys, monkeypatch, db, "dump", password="devine")
    assert code == 2 and "mot de passe incorrect" in err

    # Regional administrator: drafts and submits; may not approve.
    code, out, _ = run(capsys, monkeypatch, db, "invoice", "draft", "--region", "IDF", "--month", "2026-10",
                       "--user", "admin-IDF", password=admin)
    assert code == 0
    invoice = out.strip().splitlines()[-1]
    assert run(capsys, monkeypatch, db, "invoice", "submit", "--invoice", invoice, "--user", "admin-IDF",
               password=admin)[0] == 0
    code, _, err = run(capsys, monkeypatch, db, "invoice", "approve", "--invoice", invoice,
                       "--user", "admin-IDF", password=admin)
    assert code == 2 and "ne peut pas approuver" in err

    # Fault: approving as the validator with someone else's password.
    code, _, err = run(capsys, monkeypatch, db, "invoice", "approve", "--invoice", invoice,
                       "--user", "valid-IDF", password=admin)
    assert code == 2 and "mot de passe incorrect" in err

    # The validator approves with their own password, from a password file.
    pw_file = tmp_path / "valideur.txt"
    pw_file.write_text(valid + "\n", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, db, "invoice", "approve", "--invoice", invoice,
                       "--user", "valid-IDF", "--password-file", str(pw_file))
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, db, "invoice", "national", "--month", "2026-10",
                       "--user", "valid-IDF", password=valid)
    assert code == 2 and "nationale" in err

    # National coordinator: the national invoice.
    code, out, err = run(capsys, monkeypatch, db, "invoice", "national", "--month", "2026-10",
                         "--user", "nat", password=nat)
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, db, "expense", "add", "--date", "07/10/2026", "--category",
                       "transport", "--amount", "12,50", "--label", "Train", "--region", "IDF",
                       "--user", "valid-IDF", password=valid)
    assert code == 2 and "ne peut pas" in err, err

    store = open_store(db)
    try:
        with store.session() as s:
            events = [(e.action, e.user_id) for e in s.scalars(select(InvoiceEvent)
                                                               .where(InvoiceEvent.invoice_id == invoice))]
    finally:
        store.close()
    assert ("approve", "valid-IDF") in events and ("submit", "admin-IDF") in events


def test_password_changes_and_resets(protected: Store, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = protected.path
    protected.close()
    admin, valid, nat = PASSWORDS["admin-IDF"], PASSWORDS["valid-IDF"], PASSWORDS["nat"]
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", "nouveau secret 4")

    # Fault: the regional administrator resets the validator's password.
    code, _, err = run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "admin-IDF",
                       password=admin)
    assert code == 2 and "seul le coordinateur national" in err
    # Fault: a change without the old password.
    code, _, err = run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "valid-IDF")
    assert code == 2 and "mot de passe requis" in err
    code, _, err = run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "valid-IDF",
                       password="pas le bon")
    assert code == 2 and "mot de passe incorrect" in err
    assert run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "valid-IDF",
               password=valid)[0] == 0
    assert run(capsys, monkeypatch, db, "invoice", "list", "--user", "valid-IDF", password=valid)[0] == 2
    assert run(capsys, monkeypatch, db, "invoice", "list", "--user", "valid-IDF",
               password="nouveau secret 4")[0] == 0

    # The national coordinator resets it: recorded; the validator must choose their own first.
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", "donné par nat 5")
    assert run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "nat", password=nat)[0] == 0
    code, _, err = run(capsys, monkeypatch, db, "invoice", "list", "--user", "valid-IDF",
                       password="donné par nat 5")
    assert code == 2 and "choisissez d'abord le vôtre" in err
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", "le mien enfin 6")
    assert run(capsys, monkeypatch, db, "user", "passwd", "valid-IDF", "--user", "valid-IDF",
               password="donné par nat 5")[0] == 0
    assert run(capsys, monkeypatch, db, "invoice", "list", "--user", "valid-IDF",
               password="le mien enfin 6")[0] == 0
    store = open_store(db)
    try:
        with store.session() as s:
            log = [(c.user_id, c.label, c.changes) for c in s.scalars(
                select(m.ChangeLog).where(m.ChangeLog.table_name == "users", m.ChangeLog.row_id == "valid-IDF"))]
    finally:
        store.close()
    assert ("nat", "Réinitialiser le mot de passe", {"password": ["", "<réinitialisé>"]}) in log
    assert all("scrypt" not in json.dumps(c) for _u, _l, c in log)


def test_new_users_of_a_protected_file_get_an_initial_password(
        protected: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with protected.transaction("sans mot de passe") as (s, _):
        s.add(m.User(id="old", name="Ancien", role="regional_admin", region_id="IDF"))
    db = protected.path
    protected.close()
    admin = PASSWORDS["admin-IDF"]
    code, _, err = run(capsys, monkeypatch, db, "invoice", "list", "--user", "old", password="")
    assert code == 2 and "n'a pas de mot de passe" in err
    add = ["user", "add", "--name", "Nouvel admin", "--role", "regional_admin", "--region", "IDF",
           "--user", "admin-IDF"]
    code, _, err = run(capsys, monkeypatch, db, *add, password=admin)
    assert code == 2 and "nouveau mot de passe requis" in err
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", "initial secret 7")
    code, out, _ = run(capsys, monkeypatch, db, *add, password=admin)
    assert code == 0
    new_id = out.strip().splitlines()[-1]
    code, _, err = run(capsys, monkeypatch, db, "dump", "--user", new_id, password="initial secret 7")
    assert code == 2 and "choisissez d'abord" in err
    # A regional admin gives a first password to a user of the region who has none; never a reset.
    assert run(capsys, monkeypatch, db, "user", "passwd", "old", "--user", "admin-IDF", password=admin)[0] == 0
    code, _, err = run(capsys, monkeypatch, db, "user", "passwd", "old", "--user", "admin-IDF", password=admin)
    assert code == 2 and "seul le coordinateur national" in err


def test_window_session_serves_reads_not_workflow_steps(protected: Store, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    add_meeting(protected, "M1", "2026-10-05T09:00:00+02:00")
    db = protected.path
    assert open_session(protected, "admin-IDF", datetime.now(UTC))
    protected.close()
    code, out, err = run(capsys, monkeypatch, db, "invoice", "draft", "--region", "IDF", "--month", "2026-10",
                         "--user", "admin-IDF")
    assert code == 0, err
    invoice = out.strip().splitlines()[-1]
    code, _, err = run(capsys, monkeypatch, db, "invoice", "submit", "--invoice", invoice, "--user", "admin-IDF")
    assert code == 2 and "mot de passe requis" in err
    # Another person's session is not this person's.
    code, _, err = run(capsys, monkeypatch, db, "invoice", "list", "--user", "valid-IDF")
    assert code == 2 and "mot de passe requis" in err


def test_session_expires_and_is_bound_to_the_file(protected: Store) -> None:
    assert open_session(protected, "admin-IDF", NOW, timedelta(hours=1))
    args = build_parser().parse_args(["invoice", "list", "--db", str(protected.path), "--user", "admin-IDF"])
    assert sign_in(args, now=NOW + timedelta(minutes=59)).via == "session"
    with pytest.raises(Exception, match="mot de passe requis"):
        sign_in(args, now=NOW + timedelta(minutes=61))
    protected.set_state("session.admin-IDF", hashlib.sha256(b"autre").hexdigest())  # a copied keyring entry
    with pytest.raises(Exception, match="mot de passe requis"):
        sign_in(args, now=NOW)


def test_old_hashes_are_redone_at_sign_in(protected: Store, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"ancien secret 8", salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    old = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    with protected.transaction("ancien hachage") as (s, _):
        user = s.get(m.User, "admin-IDF")
        assert user is not None
        user.password_hash = old
    db = protected.path
    protected.close()
    assert run(capsys, monkeypatch, db, "invoice", "list", "--user", "admin-IDF",
               password="ancien secret 8")[0] == 0
    store = open_store(db)
    try:
        with store.session() as s:
            stored = s.get(m.User, "admin-IDF").password_hash  # type: ignore[union-attr]
        assert stored.split("$")[1] == str(SCRYPT_N) == "131072"
        assert check_password(store, "admin-IDF", "ancien secret 8")
    finally:
        store.close()


def test_load_cannot_bring_a_national_coordinator_into_an_enrolled_regional_file(
        protected: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    protected.set_state("sync.region", "IDF")
    protected.set_state("sync.role", "regional_admin")
    db = protected.path
    protected.close()
    data = {"format": "sosdesk-data/1",
            "users": [{"id": "intrus", "name": "Faux national", "role": "national_coordinator"}]}
    path = tmp_path / "intrus.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, db, "load", str(path), "--user", "admin-IDF",
                       password=PASSWORDS["admin-IDF"])
    assert code == 2 and "enrôlé pour la région IDF" in err
    # Not enrolled, still protected: only the national coordinator may load one, or change a role.
    data["users"].append({"id": "valid-IDF", "name": "Valideur IDF", "role": "regional_admin", "region": "IDF"})
    path.write_text(json.dumps(data), encoding="utf-8")
    store = open_store(db)
    store.set_state("sync.region", None)
    store.close()
    code, _, err = run(capsys, monkeypatch, db, "load", str(path), "--user", "admin-IDF",
                       password=PASSWORDS["admin-IDF"])
    assert code == 2 and err.count("seul le coordinateur national") == 2
    store = open_store(db)
    try:
        with store.session() as s:
            assert s.get(m.User, "intrus") is None
            assert s.get(m.User, "valid-IDF").role == "regional_validator"  # type: ignore[union-attr]
    finally:
        store.close()
