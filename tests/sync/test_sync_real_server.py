"""The real service (uvicorn subprocess) on SQLite and PostgreSQL: SIGKILL inside a push batch,
concurrent identical pushes, unreachable server from the CLI."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.cipher import open_file
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport, SyncError
from sync import auth, db
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store, seed_reference

N = 300


def _code(url: str, region: str | None, role: str) -> str:
    engine = db.make_engine(url)
    try:
        with db.write(engine) as conn:
            return auth.make_code(conn, region, role)
    finally:
        engine.dispose()


def _counts(url: str) -> tuple[int, int, int]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT count(*) FROM rows WHERE table_name='beneficiaries'")).scalar()
            log = conn.execute(text("SELECT count(*) FROM change_log WHERE table_name='beneficiaries'")
                               ).scalar()
            ops = conn.execute(text("SELECT count(*) FROM applied_ops")).scalar()
        return int(rows or 0), int(log or 0), int(ops or 0)
    finally:
        engine.dispose()


def _office(tmp: Path, server: RealServer, name: str, region: str | None, role: str) -> Store:
    store = fresh_store(tmp / f"{name}.db")
    service.enrol(store, server.base, _code(server.url, region, role), HttpTransport(server.base))
    return store


def _add_many(store: Store, n: int) -> None:
    store.edit(lambda s: s.add_all(m.Beneficiary(id=f"B{i:04d}", region_id="R1", last_name=f"N{i}")
                                   for i in range(n)), "lot")


@pytest.mark.slow
def test_sigkill_inside_push_batch_all_or_nothing(server_db: str, tmp_path: Path) -> None:
    server = RealServer(server_db).start()
    try:
        nat = _office(tmp_path, server, "nat", None, "national_coordinator")
        seed_reference(nat)
        service.sync_now(nat)
        office = _office(tmp_path, server, "office", "R1", "regional_admin")
        service.sync_now(office)
        server.stop()
        # Slow pushes down (test hook) so the kill lands inside the batch's transaction.
        server.start(SOSDESK_SYNC_FAULT_DELAY="0.01")
        _add_many(office, N)
        errors: list[Exception] = []

        def push() -> None:
            try:
                service.sync_now(office)
            except SyncError as exc:
                errors.append(exc)

        worker = threading.Thread(target=push)
        worker.start()
        time.sleep(1.0)
        server.kill()
        worker.join(30)
        assert errors and "injoignable" in str(errors[0])
        rows, log, _ops = _counts(server_db)
        assert (rows, log) in ((0, 0), (N, N))  # all or nothing of the batch
        assert service.status(office)["pending"] == N  # nothing lost on the office side
        server.start()
        report = service.sync_now(office)
        assert report.pushed == N
        assert set(report.results) <= {"applied", "duplicate"}
        rows, log, _ops = _counts(server_db)
        assert (rows, log) == (N, N)  # no duplicates
        assert service.status(office)["pending"] == 0
        # a replay of the same batch changes nothing
        cred, api = service.identity(office)
        with office.session() as s:
            from sqlalchemy import select

            from sosdesk.store.models import OutboxOp
            ops_rows = list(s.scalars(select(OutboxOp).order_by(OutboxOp.op_id).limit(50)))
            payload = [service.op_payload(op, None) for op in ops_rows]
        again = api.push(cred.device_id, payload)["results"]
        assert {r["status"] for r in again} == {"duplicate"}
        assert _counts(server_db)[:2] == (N, N)
    finally:
        server.stop()


@pytest.mark.slow
def test_concurrent_identical_pushes_apply_once(server_db: str, tmp_path: Path) -> None:
    server = RealServer(server_db).start()
    try:
        nat = _office(tmp_path, server, "nat", None, "national_coordinator")
        seed_reference(nat)
        service.sync_now(nat)
        office = _office(tmp_path, server, "office", "R1", "regional_admin")
        service.sync_now(office)
        _add_many(office, 100)
        cred, _ = service.identity(office)
        batch, _last, _more = service.pending_batch(office, 0)
        results: list[list[dict[str, Any]]] = []

        def push() -> None:
            api = service.Api(HttpTransport(server.base), cred.refresh)
            results.append(api.push(cred.device_id, batch)["results"])

        threads = [threading.Thread(target=push) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(results) == 4
        statuses = sorted(sorted({r["status"] for r in res}) for res in results)
        assert statuses == [["applied"], ["duplicate"], ["duplicate"], ["duplicate"]]
        assert _counts(server_db)[:2] == (100, 100)
    finally:
        server.stop()


def test_cli_sync_unreachable_server_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.cli import main
    from tests.sync.realserver import free_port

    server = RealServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        db_file = tmp_path / "office.db"
        store = fresh_store(db_file)
        store.close()
        code = _code(server.url, None, "national_coordinator")
        assert main(["enrol", "--db", str(db_file), "--server", server.base, "--code", code]) == 0
        assert main(["sync", "--db", str(db_file)]) == 0
    finally:
        server.stop()
    store = fresh_store(tmp_path / "unused.db")
    store.close()
    from sosdesk.store import open_store

    office = open_store(db_file)
    office.edit(lambda s: s.add(m.Region(id="R9", name="Neuf")), "ajout")
    office.close()
    capsys.readouterr()
    assert main(["sync", "--db", str(db_file), "--server", f"http://127.0.0.1:{free_port()}"]) == 2
    err = capsys.readouterr().err
    assert "injoignable" in err and "Traceback" not in err
    office = open_store(db_file)
    assert service.status(office)["pending"] == 1


def test_cli_sync_on_a_locked_file_says_so_without_personal_data(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:

    from sosdesk.cli import main

    server = RealServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        db_file = tmp_path / "office.db"
        store = fresh_store(db_file)
        store.close()
        assert main(["enrol", "--db", str(db_file), "--server", server.base,
                     "--code", _code(server.url, None, "national_coordinator")]) == 0
        from sosdesk.store import open_store

        office = open_store(db_file)
        office.edit(lambda s: s.add(m.Region(id="R9", name="Région Confidentielle")), "ajout")
        office.close()
        holder = open_file(db_file, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")  # another program writing the file for a long time
        try:
            capsys.readouterr()
            assert main(["sync", "--db", str(db_file)]) == 2
        finally:
            holder.rollback()
            holder.close()
        err = capsys.readouterr().err
        assert "verrouillée" in err and "Traceback" not in err and "Confidentielle" not in err, err
    finally:
        server.stop()
