"""Every edit writes the change log and the outbox in its own transaction (sync.md), or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sosdesk.store import Store, open_store
from sosdesk.store.models import ChangeLog, OutboxOp, Region, Site, User


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _seed(path: Path) -> Store:
    store = open_store(path)

    def add(s: Session) -> None:
        s.add(Region(id="ARA", name="Auvergne-Rhône-Alpes"))
        s.add(User(id="U1", name="Camille Admin", role="regional_admin", region_id="ARA"))
    store.edit(add, "init")
    store.set_user("U1")
    return store


def test_edit_records_who_what_old_new(db_path: Path) -> None:
    store = _seed(db_path)

    def add_site(s: Session) -> None:
        s.add(Site(id="S1", region_id="ARA", name="Antenne Lyon 3", capacity=2))
    _, changes = store.edit(add_site, "Nouveau site")
    assert changes.inserted["sites"] == {"S1"}

    def grow(s: Session) -> None:
        s.get(Site, "S1").capacity = 4
    _, changes = store.edit(grow, "Capacité")
    assert changes.updated["sites"] == {"S1"}

    with store.session() as s:
        log = s.scalars(select(ChangeLog).where(ChangeLog.row_id == "S1").order_by(ChangeLog.seq)).all()
        assert [e.action for e in log] == ["insert", "update"]
        assert log[1].changes == {"capacity": [2, 4]}
        assert log[1].user_id == "U1" and log[1].label == "Capacité"
        ops = s.scalars(select(OutboxOp).where(OutboxOp.row_id == "S1").order_by(OutboxOp.op_id)).all()
        assert [o.action for o in ops] == ["insert", "update"]
        assert ops[0].fields["capacity"] == [None, 2]  # defaults and values are in the op
        assert ops[0].op_id < ops[1].op_id
        site = s.get(Site, "S1")
        assert site.updated_by == "U1"


def test_failed_edit_leaves_no_trace(db_path: Path) -> None:
    store = _seed(db_path)
    before = (_count(store, ChangeLog), _count(store, OutboxOp), _count(store, Site))

    def broken(s: Session) -> None:
        s.add(Site(id="S9", region_id="ARA", name="Temp"))
        s.flush()
        raise RuntimeError("boom")
    with pytest.raises(RuntimeError):
        store.edit(broken)
    assert (_count(store, ChangeLog), _count(store, OutboxOp), _count(store, Site)) == before


def test_synced_rows_are_tombstoned_not_deleted(db_path: Path) -> None:
    store = _seed(db_path)

    def hard_delete(s: Session) -> None:
        s.delete(s.get(Region, "ARA"))
    with pytest.raises(RuntimeError, match="never deleted"):
        store.edit(hard_delete)

    def tombstone(s: Session) -> None:
        s.get(User, "U1").deleted = True
    store.edit(tombstone)
    with store.session() as s:
        op = s.scalars(select(OutboxOp).order_by(OutboxOp.op_id.desc())).first()
        assert op.action == "delete" and op.row_id == "U1"


def test_pulled_changes_do_not_enter_the_outbox(db_path: Path) -> None:
    store = _seed(db_path)
    before = _count(store, OutboxOp)
    with store.transaction("pull", origin="sync") as (s, _changes):
        s.add(Region(id="IDF", name="Île-de-France", row_version=7))
    assert _count(store, OutboxOp) == before
    with store.session() as s:
        entry = s.scalars(select(ChangeLog).where(ChangeLog.row_id == "IDF")).one()
        assert entry.origin == "sync"


def test_file_is_wal_with_foreign_keys(db_path: Path) -> None:
    store = _seed(db_path)
    with store.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    def orphan(s: Session) -> None:
        s.add(Site(id="S2", region_id="NOPE", name="x"))
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.edit(orphan)
    assert _count(store, Site) == 0


def test_change_log_records_file_size_not_file_content(db_path: Path) -> None:
    from sosdesk.store.models import Attachment

    store = _seed(db_path)
    content = b"%PDF-1.4 feuille signee" * 100

    def attach(s: Session) -> None:
        s.add(Attachment(id="a" * 64, filename="emargement.pdf", media_type="application/pdf",
                         content=content))
    store.edit(attach)
    with store.session() as s:
        entry = s.scalars(select(ChangeLog).where(ChangeLog.row_id == "a" * 64)).one()
        assert entry.changes["content"] == [None, f"<{len(content)} octets>"]
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == "a" * 64)).one()
        assert op.fields["content"][1] != entry.changes["content"][1]  # the outbox carries the file
