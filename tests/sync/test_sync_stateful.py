"""Hypothesis stateful test of sync.md: offices and a national client edit, go offline, push,
pull, export region files, lose replies, crash between data and checkpoint, skew their clocks.
Invariants: no op lost (applied, merged, in conflict_log or visibly rejected), sequences only
grow, validated invoices never change, and after quiescence every office equals the service."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select, text

import sosdesk.store.changes as changes_mod
from sosdesk.domain.errors import InputError
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice
from sosdesk.store.models import OutboxOp
from sosdesk.store.sync_models import SyncConflict, SyncRejected
from sosdesk.syncclient import conflicts, regionfile, service
from sosdesk.syncclient.transport import SyncError
from sync.models import rows as server_rows
from tests.sync.syncworld import World, rows_of, seed_reference

REGIONS = {"nat": None, "a": "R1", "b": "R1", "c": "R2"}
INVOICE = "INV-R1-2026-10"


class Crash(Exception):
    """A simulated power cut between applying a page and committing it."""


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="sosdesk-stateful-"))
        self.world = World(self.tmp)
        self.clients: dict[str, Any] = {}
        for name, region in REGIONS.items():
            role = "national_coordinator" if region is None else "regional_admin"
            self.clients[name] = self.world.office(name, region, role)
        nat, tn = self.clients["nat"]
        seed_reference(nat)
        nat.edit(lambda s: s.add(Invoice(id=INVOICE, kind="regional", scope="R1", month="2026-10",
                                         status="validated", vat_mention="figée", lines=[],
                                         custom_lines=[], missing_proof=[], annex=[],
                                         rate_versions=[], sources=[], missing_regions=[])), "facture")
        service.sync_now(nat, tn)
        for name in ("a", "b", "c"):
            store, t = self.clients[name]
            service.sync_now(store, t)
        self.last_seq = 0
        self.invoice_data = self._server_row("invoices", INVOICE)
        # A hostile office of R1: its own credentials, raw ops (issue 19).
        from tests.sync.syncworld import AppTransport
        self.hostile = AppTransport(self.world.app)
        out = self.hostile.request("POST", "/v1/enrol", json={"code": self.world.code("R1")})
        self.hostile_id = out["device_id"]
        self.hostile_token = self.hostile.request("POST", "/v1/token", json={"refresh": out["refresh"]})["access"]
        self.hostile_ops = 0

    def teardown(self) -> None:
        if hasattr(self, "world"):
            for store, _t in self.clients.values():
                store.close()
            self.world.engine.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ------------------------------------------------------------------------------
    def _server_row(self, table: str, row_id: str) -> Any:
        with self.world.engine.connect() as conn:
            return conn.execute(select(server_rows.c.data, server_rows.c.row_version).where(
                server_rows.c.table_name == table, server_rows.c.row_id == row_id)).first()

    def _region_of(self, name: str) -> str:
        return REGIONS[name] or "R1"

    def _alive(self, name: str, model: type) -> list[str]:
        store, _ = self.clients[name]
        with store.session() as s:
            q = select(model.id).where(model.deleted.is_(False))  # type: ignore[attr-defined]
            if hasattr(model, "region_id"):
                q = q.where(model.region_id == self._region_of(name))
            return sorted(s.scalars(q))

    def _edit(self, name: str, fn: Any, skew_days: int) -> None:
        store, _ = self.clients[name]
        real = changes_mod.utcnow
        changes_mod.utcnow = lambda: real() + timedelta(days=skew_days)
        try:
            store.edit(fn, "édition")
        except InputError:
            pass  # refused locally (frozen invoice): nothing written
        finally:
            changes_mod.utcnow = real

    # -- rules --------------------------------------------------------------------------------
    @rule(name=st.sampled_from(list(REGIONS)), kind=st.sampled_from(["ben", "meet"]),
          skew=st.sampled_from([0, 0, -3, 400]))
    def create(self, name: str, kind: str, skew: int) -> None:
        region = self._region_of(name)
        rid = str(uuid.uuid4())
        if kind == "ben":
            self._edit(name, lambda s: s.add(m.Beneficiary(id=rid, region_id=region, last_name="X")), skew)
        else:
            start = datetime(2026, 11, 23, 9, tzinfo=UTC)
            self._edit(name, lambda s: s.add(m.Meeting(id=rid, region_id=region, type_id="IND", start=start,
                                                       minutes=60, site_id=f"S-{region}")), skew)

    @rule(name=st.sampled_from(list(REGIONS)), data=st.data(),
          field=st.sampled_from(["note", "minutes", "measure", "phone", "delete"]),
          value=st.sampled_from(["x", "y", "z"]))
    def change(self, name: str, data: st.DataObject, field: str, value: str) -> None:
        model: Any = m.Beneficiary if field in ("measure", "phone") else m.Meeting
        ids = self._alive(name, model)
        if field == "delete":
            model = data.draw(st.sampled_from([m.Beneficiary, m.Meeting]))
            ids = self._alive(name, model)
        if not ids:
            return
        row_id = data.draw(st.sampled_from(ids))

        def fn(s: Any) -> None:
            obj = s.get(model, row_id)
            if field == "delete":
                obj.deleted = True
            elif field == "minutes":
                obj.minutes = {"x": 30, "y": 45, "z": 90}[value]
            else:
                setattr(obj, field, value)
        self._edit(name, fn, 0)

    @rule(name=st.sampled_from(list(REGIONS)))
    def toggle_offline(self, name: str) -> None:
        t = self.clients[name][1]
        t.offline = not t.offline

    @rule(name=st.sampled_from(list(REGIONS)), lose_reply=st.booleans())
    def sync(self, name: str, lose_reply: bool) -> None:
        store, t = self.clients[name]
        before = service.status(store)["pending"]
        t.lose_next_reply = lose_reply
        try:
            service.sync_now(store, t)
        except SyncError:
            assert service.status(store)["pending"] >= (before if t.offline else 0)
        t.lose_next_reply = False

    @rule(name=st.sampled_from(list(REGIONS)))
    def crash_during_pull(self, name: str) -> None:
        store, t = self.clients[name]
        if t.offline:
            return
        since = store.get_state(service.K_SINCE)
        real = service.apply_rows

        def crashing(s: Any, rows: list[dict[str, Any]], **kw: Any) -> int:
            real(s, rows, **kw)
            raise Crash()
        service.apply_rows = crashing  # type: ignore[assignment]
        try:
            service.pull_all(store, service.identity(store, t)[1], service.SyncReport())
        except Crash:
            pass
        finally:
            service.apply_rows = real
        assert store.get_state(service.K_SINCE) == since  # data and checkpoint rolled back together

    @rule(name=st.sampled_from(["a", "b", "c"]))
    def region_file(self, name: str) -> None:
        store, _ = self.clients[name]
        nat, tn = self.clients["nat"]
        out = self.tmp / f"{name}.sosdesk"  # merged even when the national office is offline
        regionfile.export_region(store, out, "pw")
        merged, _ = regionfile.merge_region_files(nat, [out], "pw", tn)
        assert not merged.files[0].get("error")

    @rule(name=st.sampled_from(list(REGIONS)), choice=st.sampled_from(["mine", "theirs", "merge"]))
    def resolve(self, name: str, choice: str) -> None:
        store, _ = self.clients[name]
        for c in conflicts.open_list(store)[:1]:
            picks: str | dict[str, str] = choice
            if choice == "merge":
                picks = {f: ("mine" if i % 2 else "theirs") for i, f in enumerate(conflicts.differing_fields(c))}
            conflicts.resolve(store, c.id, picks)

    @rule(name=st.sampled_from(["a", "b"]))
    def forge_invoice_edit(self, name: str) -> None:
        store, t = self.clients[name]
        if t.offline:
            return
        cred, api = service.identity(store, t)
        res = api.push(cred.device_id, [{"op_id": 10**9 + len(self.world.tmp.name), "table": "invoices",
                                          "row_id": INVOICE, "action": "update",
                                          "fields": {"vat_mention": ["figée", "modifiée"]},
                                          "base_version": 1}])["results"][0]
        assert res["status"] in ("rejected", "duplicate")

    @rule(table=st.sampled_from(["beneficiaries", "meetings", "invoices", "invoice_events", "users", "regions"]),
          field=st.sampled_from(["last_name", "birth_date", "start", "minutes", "status", "number", "scope",
                                 "region_id", "professionals", "action", "role", "note", "zz"]),
          value=st.sampled_from([None, "", "\x00", "abc", "31/02/1990", "2026-13-45T99:00", 2**70, True,
                                 ["P1"], {"a": 1}, "R1", "R2", "national", "approved", "validated",
                                 "SOS-2026-999999", "national_coordinator", "validate"]),
          row=st.sampled_from(["H1", "H2", INVOICE]), action=st.sampled_from(["insert", "update"]))
    def hostile_push(self, table: str, field: str, value: Any, row: str, action: str) -> None:
        """Malformed ops and forged workflow steps: refused, never stored, never a 5xx."""
        self.hostile_ops += 1
        base = {"region_id": "R1", "last_name": "H"} if table == "beneficiaries" else {}
        if table == "invoices":
            base = {"kind": "regional", "scope": "R1", "month": "2026-10", "status": "draft"}
        if table == "invoice_events":
            base = {"invoice_id": INVOICE, "action": "validate", "user_id": "nat"}
        fields = {k: [None, v] for k, v in {**base, field: value}.items()}
        res = self.hostile.request("POST", "/v1/push", token=self.hostile_token, json={
            "device_id": self.hostile_id, "ops": [{"op_id": self.hostile_ops, "table": table, "row_id": row,
                                                   "action": action, "fields": fields, "base_version": 0}]})
        assert res["results"][0]["status"] in ("applied", "merged", "rejected", "conflict")

    # -- invariants ---------------------------------------------------------------------------
    @invariant()
    def nothing_malformed_stored_and_no_invoice_moved_by_an_office(self) -> None:
        if not hasattr(self, "world"):
            return
        from sosdesk.contract.fields import Invalid, check_row
        with self.world.engine.connect() as conn:
            for table, row_id, data, deleted in conn.execute(
                    select(server_rows.c.table_name, server_rows.c.row_id, server_rows.c.data, server_rows.c.deleted)):
                if not deleted:
                    try:
                        check_row(table, data)
                    except Invalid as exc:
                        raise AssertionError(f"{table} {row_id} stored malformed ({exc.code})") from None
                if table == "invoices" and row_id != INVOICE:
                    assert data.get("status") in ("draft", "submitted") and not data.get("number"), data
                if table == "users":
                    assert data.get("role") != "national_coordinator" or data.get("region_id") is None

    @invariant()
    def sequences_only_grow(self) -> None:
        if not hasattr(self, "world"):
            return
        with self.world.engine.connect() as conn:
            seq = conn.execute(text("SELECT num FROM server_state WHERE key='seq'")).scalar()
        assert seq >= self.last_seq
        self.last_seq = seq

    @invariant()
    def validated_invoice_never_changes(self) -> None:
        if hasattr(self, "world"):
            assert self._server_row("invoices", INVOICE) == self.invoice_data

    @invariant()
    def every_op_accounted_for(self) -> None:
        if not hasattr(self, "world"):
            return
        with self.world.engine.connect() as conn:
            applied = {(r[0], int(r[1])) for r in conn.execute(text("SELECT device_id, op_id FROM applied_ops"))}
        for store, _t in self.clients.values():
            device = store.get_state(service.K_DEVICE)
            with store.session() as s:
                conflict_ops = {c.op_id for c in s.scalars(select(SyncConflict))}
                conflict_rows = {(c.table_name, c.row_id) for c in s.scalars(select(SyncConflict))}
                rejected = {r.op_id for r in s.scalars(select(SyncRejected))}
                for op in s.scalars(select(OutboxOp)):
                    if op.state == "pushed":
                        assert (device, op.op_id) in applied
                    elif op.state == "conflict":
                        assert op.op_id in conflict_ops or (op.table_name, op.row_id) in conflict_rows
                    elif op.state == "rejected":
                        assert op.op_id in rejected
                    else:
                        assert op.state in ("pending", "superseded")

    # -- quiescence ---------------------------------------------------------------------------
    @precondition(lambda self: hasattr(self, "world"))
    @rule()
    def quiesce_and_compare(self) -> None:
        for _store, t in self.clients.values():
            t.offline = False
        for _round in range(5):
            for store, t in self.clients.values():
                for c in conflicts.open_list(store):
                    conflicts.resolve(store, c.id, "theirs")
                service.sync_now(store, t)
            states = [service.status(store) for store, _t in self.clients.values()]
            if _round and not any(x["pending"] or x["conflicts"] for x in states):
                break
        for store, t in self.clients.values():
            state = service.status(store)
            assert state["pending"] == 0 and state["conflicts"] == 0
            report = service.sync_now(store, t)
            assert report.verified is True, report.mismatch  # /v1/verify agrees after quiescence
        for name in ("a", "b", "c"):
            region = self._region_of(name)
            store, _ = self.clients[name]
            for model, table in ((m.Beneficiary, "beneficiaries"), (m.Meeting, "meetings")):
                mine = rows_of(store, model, region)
                nat_view = rows_of(self.clients["nat"][0], model, region)
                with self.world.engine.connect() as conn:
                    server = {r[0]: {**{k: v for k, v in r[1].items() if k not in ("updated_at", "updated_by")},
                                     "deleted": bool(r[2])}
                              for r in conn.execute(select(
                                  server_rows.c.row_id, server_rows.c.data, server_rows.c.deleted).where(
                                  server_rows.c.table_name == table, server_rows.c.region_id == region))}
                assert mine == server
                assert nat_view == server


TestSyncMachine = pytest.mark.slow(SyncMachine.TestCase)
# SOSDESK_STATEFUL_EXAMPLES=200 for a longer hunt; CI keeps 10.
TestSyncMachine.settings = settings(max_examples=int(os.environ.get("SOSDESK_STATEFUL_EXAMPLES", "10")), phases=[Phase.explicit, Phase.reuse, Phase.generate], stateful_step_count=18, deadline=None,
                                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

