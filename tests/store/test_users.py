"""Users and passwords: scrypt round trip, permissions of add_user, the hash never leaves the file
(change log, outbox, sync data, dump), migration of a 0004 file, and the `sosdesk user` commands."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.cli import main
from sosdesk.contract import tables
from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.engine import _make_engine
from sosdesk.store.migrate import upgrade_to_head
from sosdesk.store.users import (
    add_user,
    any_password,
    check_password,
    hash_password,
    list_users,
    password_must_change,
    set_password,
    verify_hash,
)

SECRET = "correct horse battery"


@pytest.fixture
def office(db_path: Path) -> Iterator[Store]:
    store = open_store(db_path)
    with store.transaction("fixture") as (s, _):
        s.add_all([m.Region(id="R1", name="Rhône"), m.Region(id="R2", name="Isère")])
        s.flush()
        s.add_all([m.User(id="ADM", name="Admin Rhône", role="regional_admin", region_id="R1"),
                   m.User(id="VAL", name="Valideur Rhône", role="regional_validator", region_id="R1"),
                   m.User(id="NAT", name="Coordination", role="national_coordinator")])
    store.set_user("ADM")
    yield store
    store.close()


def test_hash_round_trip_and_wrong_password() -> None:
    stored = hash_password(SECRET)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "131072", "8", "1") and salt and digest  # OWASP 2023+
    assert verify_hash(stored, SECRET)
    assert not verify_hash(stored, SECRET + "!")
    assert not verify_hash(stored, "")
    assert hash_password(SECRET) != stored  # fresh salt each time
    assert not verify_hash("n'importe quoi", SECRET) and not verify_hash(None, SECRET)


def test_set_and_check_password(office: Store) -> None:
    assert not any_password(office)
    assert not check_password(office, "VAL", SECRET)  # no password yet: never accepted
    set_password(office, "VAL", SECRET)
    assert any_password(office)
    assert check_password(office, "VAL", SECRET)
    assert not check_password(office, "VAL", "mauvais mot")
    assert not check_password(office, "NOBODY", SECRET)
    assert {u.id: u.has_password for u in list_users(office)} == {"ADM": False, "VAL": True, "NAT": False}
    with pytest.raises(InputError, match="au moins 8 caractères"):
        set_password(office, "VAL", "court")
    with pytest.raises(InputError, match="utilisateur inconnu"):
        set_password(office, "NOBODY", SECRET)


def test_password_permissions(office: Store) -> None:
    office.set_user("VAL")
    set_password(office, "VAL", SECRET)  # one's own first password
    with pytest.raises(PermissionDenied):
        set_password(office, "ADM", SECRET)
    with pytest.raises(PermissionDenied, match="ancien mot de passe"):
        set_password(office, "VAL", "autre secret")  # a change needs the old one
    set_password(office, "VAL", "autre secret", old_password=SECRET)
    office.set_user("ADM")
    with pytest.raises(PermissionDenied, match="seul le coordinateur national"):
        set_password(office, "VAL", "par l'admin")  # issue 16: resets are the coordinator's
    with pytest.raises(PermissionDenied):
        set_password(office, "NAT", SECRET)
    office.set_user("NAT")
    set_password(office, "ADM", SECRET)
    set_password(office, "VAL", "réinitialisé")
    assert check_password(office, "ADM", SECRET) and check_password(office, "VAL", "réinitialisé")
    assert password_must_change(office, "VAL") and not password_must_change(office, "NAT")


def test_hash_never_logged_synced_or_dumped(office: Store, db_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    office.set_user("VAL")
    set_password(office, "VAL", SECRET)
    with office.session() as s:
        stored = s.get(m.User, "VAL").password_hash  # type: ignore[union-attr]
        logs = [json.dumps(c.changes) for c in s.scalars(select(m.ChangeLog))]
        outbox = [json.dumps(o.fields) for o in s.scalars(select(m.OutboxOp))]
        user = s.get(m.User, "VAL")
        assert user is not None
        sync_data = tables.row_data(user)
    assert stored and stored.startswith("scrypt$")
    digest = stored.split("$")[-1]
    for text in (*logs, *outbox, json.dumps(sync_data)):
        assert "password_hash" not in text and digest not in text
    assert any('"password"' in text for text in logs)  # the audit still says it changed
    assert "password_hash" not in tables.data_columns("users")
    office.close()
    monkeypatch.setenv("SOSDESK_PASSWORD", SECRET)  # the file is protected now: VAL signs in
    assert main(["dump", "--db", str(db_path), "--user", "VAL"]) == 0
    dumped = capsys.readouterr().out
    assert "Valideur Rhône" in dumped and digest not in dumped and "password" not in dumped


def test_sync_never_writes_a_hash(office: Store) -> None:
    from sosdesk.store.sync_apply import set_fields

    set_password(office, "VAL", SECRET)
    with office.transaction("pull", origin="sync") as (s, _):
        user = s.get(m.User, "VAL")
        assert user is not None
        set_fields(user, "users", {"name": "Valideur", "password_hash": "scrypt$1$1$1$AA==$AA=="})
    assert check_password(office, "VAL", SECRET)


def test_add_user_validation_and_permissions(office: Store) -> None:
    new_id, changes = add_user(office, "  Nouvelle Valideuse ", "regional_validator", "R1", "nv@example.org")
    assert "users" in changes.inserted and new_id in changes.inserted["users"]
    with office.session() as s:
        row = s.get(m.User, new_id)
        assert row is not None and row.name == "Nouvelle Valideuse" and row.region_id == "R1"
        assert row.password_hash is None
    with pytest.raises(InputError) as exc:
        add_user(office, "", "chef", None, "pas-une-adresse")
    assert {p.path for p in exc.value.problems} == {"name", "role", "email"}
    with pytest.raises(InputError, match="région est obligatoire"):
        add_user(office, "X", "regional_admin", None)
    with pytest.raises(InputError, match="région inconnue"):
        add_user(office, "X", "regional_admin", "R9")
    with pytest.raises(PermissionDenied, match="sa région"):  # a regional admin: their region only
        add_user(office, "X", "regional_admin", "R2")
    with pytest.raises(PermissionDenied):
        add_user(office, "X", "national_coordinator", None)
    office.set_user("VAL")
    with pytest.raises(PermissionDenied, match="ne peut pas créer"):
        add_user(office, "X", "regional_validator", "R1")
    office.set_user("NAT")
    add_user(office, "Admin Isère", "regional_admin", "R2")
    add_user(office, "Coordination 2", "national_coordinator", None)
    assert len(list_users(office)) == 6


def test_first_user_of_an_empty_file(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        uid, _ = add_user(store, "Coordination", "national_coordinator")
        store.set_user("")
        with pytest.raises(PermissionDenied, match="aucun utilisateur"):  # only the first one is free
            add_user(store, "Autre", "national_coordinator")
        store.set_user(uid)
        add_user(store, "Autre", "national_coordinator")
    finally:
        store.close()


def test_migration_upgrades_a_0004_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = _make_engine(path)
    upgrade_to_head(engine, "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO regions (id, name, row_version, deleted, updated_at, updated_by) "
                "VALUES ('R1', 'Rhône', 0, 0, '2026-01-01 00:00:00', '')")
    con.execute("INSERT INTO users (id, name, role, region_id, email, row_version, deleted, updated_at, "
                "updated_by) VALUES ('U1', 'Ancien', 'regional_admin', 'R1', '', 0, 0, '2026-01-01 00:00:00', '')")
    con.commit()
    assert "password_hash" not in {r[1] for r in con.execute("PRAGMA table_info(users)")}
    con.close()
    store = open_store(path, user_id="U1")
    try:
        assert [u.id for u in list_users(store)] == ["U1"] and not any_password(store)
        set_password(store, "U1", SECRET)
        assert check_password(store, "U1", SECRET)
    finally:
        store.close()


def test_cli_user_commands(office: Store, db_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    office.close()
    db = ["--db", str(db_path)]
    assert main(["user", "add", *db, "--name", "Val Deux", "--role", "regional_validator", "--region", "R1"]) == 0
    new_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["user", "add", *db, "--user", "VAL", "--name", "X", "--role", "regional_validator",
                 "--region", "R1"]) == 2
    assert "ne peut pas créer" in capsys.readouterr().err
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", "court")
    assert main(["user", "passwd", *db, new_id, "--user", new_id]) == 2
    assert "8 caractères" in capsys.readouterr().err
    monkeypatch.setenv("SOSDESK_NEW_PASSWORD", SECRET)
    assert main(["user", "passwd", *db, new_id, "--user", new_id]) == 0
    capsys.readouterr()
    assert main(["user", "list", *db, "--json"]) == 2  # protected now: ADM has no password, locked
    assert "n'a pas de mot de passe" in capsys.readouterr().err
    monkeypatch.setenv("SOSDESK_PASSWORD", SECRET)
    assert main(["user", "list", *db, "--json", "--user", new_id]) == 0
    listed = {u["id"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed[new_id]["has_password"] is True and listed["ADM"]["has_password"] is False
    assert listed[new_id]["name"] == "Val Deux" and "password_hash" not in listed[new_id]
    store = open_store(db_path)
    try:
        assert check_password(store, new_id, SECRET)
    finally:
        store.close()
