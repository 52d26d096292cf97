"""One push batch in one database transaction (sync.md): idempotent per (device, op id), scope
checked against the device's region, conflicts decided by ``sosdesk.contract.policy``. The batch's rows
are in ``push_state``, the per-op checks in ``push_rules``.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.engine import Connection

from sosdesk.contract import tables
from sosdesk.contract.fields import INLINE_MAX, SEPARATE_CONTENT, Invalid, blank_row, check_op, references
from sosdesk.contract.policy import decide
from sync import blobs, rules
from sync.auth import Device
from sync.bulk import write_many
from sync.models import applied_ops, change_log, conflict_log, frozen_items, rows, server_state
from sync.purge import erase_history, is_erased
from sync.push_rules import REGION_FIELDS, contract_rule, stored_steps  # noqa: F401  (stored_steps re-exported)
from sync.push_state import CHUNK, Batch, RowState, load_rows, row_state


def _fault_delay() -> float:
    # Test hook: seconds slept per op inside the transaction, so a test can SIGKILL mid-batch.
    return float(os.environ.get("SOSDESK_SYNC_FAULT_DELAY", "0") or 0)


def _others_changed(conn: Connection, table: str, row_id: str, base: int, device_id: str) -> bool:
    q = select(change_log.c.server_seq).where(and_(
        change_log.c.table_name == table, change_log.c.row_id == row_id,
        change_log.c.row_version > base, change_log.c.device_id != device_id)).limit(1)
    return conn.execute(q).first() is not None


def _reject(op: dict[str, Any], reason: str, st: RowState | None, visible: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"op_id": op["op_id"], "status": "rejected", "reason": reason}
    if st is not None and visible:
        out.update(row_version=st.version, data=st.data, deleted=st.deleted)
    return out


# Fields whose change may move a row to another region (recomputed then, checked against the caller).


def _follow(conn: Connection, batch: Batch, device: Device, attachment_id: str, region: str | None,
            next_seq: list[int], now: datetime, op_id: int) -> None:
    """An attachment loaded on the national side (region ``__national__``) moves to the region of
    the row that references it, so that office receives it at its next pull."""
    att = row_state(conn, batch, "attachments", attachment_id)
    if att is None or att.region != tables.NATIONAL or region is None:
        return
    att.region = region
    att.version += 1
    att.dirty = True
    next_seq[0] += 1
    att.seq = next_seq[0]
    batch.log.append(dict(server_seq=att.seq, region_id=region, table_name="attachments", row_id=attachment_id,
                          row_version=att.version, payload={"action": "update", "changes": {}},
                          device_id=device.device_id, op_id=op_id, at=now))


def _index_invoice(conn: Connection, row_id: str, data: dict[str, Any]) -> None:
    """Keep the service's frozen index in step with a stored invoice (pricing.md §7)."""
    if data.get("status") not in ("validated", "paid"):
        return
    if data.get("kind") == "credit_note":
        credited = data.get("credited_invoice_id")
        if credited:
            conn.execute(frozen_items.delete().where(frozen_items.c.invoice_id == str(credited)))
        return
    conn.execute(frozen_items.delete().where(frozen_items.c.invoice_id == row_id))
    items = rules.billed_items(data)
    if items:
        conn.execute(frozen_items.insert(), [dict(item_kind=k, item_id=i, invoice_id=row_id)
                                             for k, i in sorted(items)])


def _one(conn: Connection, batch: Batch, device: Device, op: dict[str, Any],
         next_seq: list[int]) -> dict[str, Any]:
    table, row_id, fields = op["table"], op["row_id"], op["fields"]
    if tables.model_for(table) is None:
        return _reject(op, "unknown_table", None, False)
    st = row_state(conn, batch, table, row_id)
    seen = st is not None and (device.national or st.region in (device.region, None))
    apart = SEPARATE_CONTENT.get(table)
    stored_apart = False
    if apart is not None:
        inline = fields.get(apart, [None, None])[-1]
        if isinstance(inline, str) and batch.inline_max is not None and len(inline) > batch.inline_max * 4 // 3 + 4:
            return _reject(op, f"inline_too_large:{apart}", st, seen)
        if st is None and apart not in fields and op["action"] != "delete":
            # The file was uploaded apart (its row id is its SHA-256) by this region or the national office.
            if not blobs.owned(conn, row_id, device):
                return _reject(op, f"missing_blob:{apart}", st, seen)
            stored_apart = True
    try:
        check_op(table, op["action"], fields, st is None, op.get("updated_at"), op.get("updated_by"), stored_apart)
    except Invalid as exc:
        return _reject(op, exc.code, st, seen)
    values = {k: v[1] for k, v in fields.items() if k != "deleted"}
    if is_erased(table, st.data if st else None):
        return _reject(op, "purged", st, seen)  # erased: nothing may bring the data back

    def lookup(other_table: str, other_id: str) -> str | None:
        other = row_state(conn, batch, other_table, other_id)
        return other.region if other else None

    if st is not None:
        region = st.region
        new_region = region
        if REGION_FIELDS & values.keys():
            new_region = tables.region_of(table, {**st.data, **values}, row_id, lookup, device.region)
    else:
        region = new_region = tables.region_of(table, values, row_id, lookup, device.region)
    visible = device.national or region in (device.region, None)
    if not device.national:
        if table in tables.REFERENCE_TABLES and table != "users":
            return _reject(op, "reference_read_only", st, visible)
        if region != device.region or new_region != device.region:
            return _reject(op, "forbidden", st, visible)
    reason = rules.table_allowed(device, table) or contract_rule(conn, batch, device, table, op, st,
                                                                   values, new_region)
    if reason:
        return _reject(op, reason, st, visible)
    base = int(op.get("base_version", 0))
    others = False
    deleting = op["action"] == "delete" or (fields.get("deleted", [None, False])[1] is True)
    if st is not None and base != st.version and (deleting or st.deleted):
        others = _others_changed(conn, table, row_id, base, device.device_id)
    d = decide(op["action"], fields, base, st.version if st else None, st.data if st else None,
               st.deleted if st else False, others, tables.sensitive_fields(table))
    now = datetime.now(UTC)
    if d.status == "conflict":
        assert st is not None
        for name in d.conflict_fields:
            batch.conflicts.append(dict(
                at=now, kind="conflict", table_name=table, row_id=row_id, region_id=region, field=name,
                losing=True if name == "deleted" else values.get(name),
                winning=st.deleted if name == "deleted" else st.data.get(name),
                device_id=device.device_id, op_id=op["op_id"]))
        return {"op_id": op["op_id"], "status": "conflict", "fields": d.conflict_fields,
                "row_version": st.version, "data": st.data, "deleted": st.deleted}
    for name, losing, winning in d.lost:
        batch.conflicts.append(dict(
            at=now, kind="lww", table_name=table, row_id=row_id, region_id=region, field=name,
            losing=losing, winning=winning, device_id=device.device_id, op_id=op["op_id"]))
    changed = bool(d.apply) or d.delete or d.undelete or st is None
    if st is None:
        st = RowState(new_region, 0, False, dict(blank_row(table)), False)
        batch.states[(table, row_id)] = st
    if not changed:
        return {"op_id": op["op_id"], "status": d.status, "row_version": st.version}
    st.data = {**st.data, **d.apply}
    for key in ("updated_at", "updated_by"):
        if op.get(key) is not None:
            st.data[key] = op[key]
    if d.delete:
        st.deleted = True
    if d.undelete:
        st.deleted = False
    st.region = new_region
    if table == "invoices" and ("status" in d.apply or d.undelete):
        _index_invoice(conn, row_id, st.data)
    for name, value in d.apply.items():
        if (table, name) in tables.ATTACHMENT_REFS and isinstance(value, str) and new_region != tables.NATIONAL:
            _follow(conn, batch, device, str(value), new_region, next_seq, now, op["op_id"])
    st.version += 1
    st.dirty = True
    next_seq[0] += 1
    st.seq = next_seq[0]
    if is_erased(table, d.apply):
        batch.erased.append((row_id, st.seq))
    payload = {"action": "delete" if d.delete else op["action"], "changes": d.apply}
    batch.log.append(dict(server_seq=st.seq, region_id=st.region, table_name=table, row_id=row_id,
                          row_version=st.version, payload=payload, device_id=device.device_id,
                          op_id=op["op_id"], at=now))
    return {"op_id": op["op_id"], "status": d.status, "row_version": st.version}


dumps = _dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _flush(conn: Connection, batch: Batch, device: Device, seq: int) -> None:
    """Write the batch with one executemany per table; JSON serialised once per value."""
    new, old = [], []
    for (t, r), s in batch.states.items():
        if not s.dirty:
            continue
        values = dict(region_id=s.region, row_version=s.version, deleted=s.deleted, data=_dumps(s.data),
                      server_seq=s.seq)
        if s.in_db:
            old.append(dict(k_table=t, k_row=r, **values))
        else:
            new.append(dict(table_name=t, row_id=r, **values))
    write_many(conn, "update_rows", rows, old)
    write_many(conn, "insert_rows", rows, new)
    if batch.log:
        for entry in batch.log:
            entry["payload"] = _dumps(entry["payload"])
        write_many(conn, "insert_log", change_log, batch.log)
    if batch.conflicts:
        conn.execute(conflict_log.insert(), batch.conflicts)
    fresh = [dict(device_id=device.device_id, op_id=r["op_id"], result=text) for r, text
             in zip(batch.results, batch.encoded, strict=True) if r["status"] != "duplicate"]
    write_many(conn, "insert_applied", applied_ops, fresh)
    for person, erased_at in batch.erased:
        erase_history(conn, person, erased_at)
    conn.execute(update(server_state).where(server_state.c.key == "seq").values(num=seq))


def push_batch(conn: Connection, device: Device, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply ``ops`` of ``device`` inside the caller's write transaction; per-op results (no cap on
    inline files: a national office's hub merging region files)."""
    return _push(conn, device, ops, None).results


def _push(conn: Connection, device: Device, ops: list[dict[str, Any]], inline_max: int | None) -> Batch:
    # The counter row is the push lock on PostgreSQL: sequence numbers follow commit order.
    seq = int(conn.execute(select(server_state.c.num).where(server_state.c.key == "seq")
                           .with_for_update()).scalar_one())
    batch = Batch(inline_max=inline_max)
    op_ids = [int(op["op_id"]) for op in ops]
    stored: dict[int, dict[str, Any]] = {}
    for i in range(0, len(op_ids), CHUNK):
        q = select(applied_ops.c.op_id, applied_ops.c.result).where(and_(
            applied_ops.c.device_id == device.device_id, applied_ops.c.op_id.in_(op_ids[i:i + CHUNK])))
        stored.update({int(r.op_id): dict(r.result) for r in conn.execute(q)})
    keys: set[tuple[str, str]] = set()
    for op in ops:
        if int(op["op_id"]) not in stored:
            keys.add((op["table"], op["row_id"]))
            keys |= references(op["table"], {k: v[1] for k, v in op["fields"].items() if len(v) == 2})
    load_rows(conn, keys, batch)
    for op in ops:
        if op["table"] == "invoice_events" and op["action"] == "insert" and int(op["op_id"]) not in stored:
            values = {k: v[1] for k, v in op["fields"].items() if isinstance(v, list) and len(v) == 2}
            batch.steps.setdefault(str(values.get("invoice_id")), []).append(values)
    next_seq = [seq]
    delay = _fault_delay()
    for op in ops:
        op_id = int(op["op_id"])
        if op_id in stored:
            original = stored[op_id]
            batch.results.append({**original, "status": "duplicate", "original": original["status"]})
            batch.encoded.append(_dumps(batch.results[-1]))
            continue
        result = _one(conn, batch, device, op, next_seq)
        stored[op_id] = result
        batch.results.append(result)
        batch.encoded.append(_dumps(result))
        if delay:
            time.sleep(delay)
    _flush(conn, batch, device, next_seq[0])
    return batch


def push_encoded(conn: Connection, device: Device, ops: list[dict[str, Any]]) -> str:
    """``push_batch`` answering the JSON array of results (each result serialised only once)."""
    batch = _push(conn, device, ops, INLINE_MAX)
    return "[" + ",".join(batch.encoded) + "]"
