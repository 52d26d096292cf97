"""The push side of a synchronisation: pending outbox ops in batches (rows with an open conflict wait),
sent to the service, and its per-op answers stored (versions, conflicts kept, rejections listed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from sosdesk.contract import tables
from sosdesk.store.engine import Store
from sosdesk.store.models import OutboxOp
from sosdesk.store.purge import redact_sent
from sosdesk.store.sync_apply import full_data, open_conflicts, set_fields
from sosdesk.store.sync_models import SyncConflict, SyncRejected
from sosdesk.syncclient.files import files_apart
from sosdesk.syncclient.report import Progress, SyncReport, raise_if_cancelled
from sosdesk.syncclient.transport import Api

BATCH = 500


def op_payload(op: OutboxOp, row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"op_id": op.op_id, "table": op.table_name, "row_id": op.row_id,
                           "action": op.action, "fields": op.fields, "base_version": op.base_version}
    if row is not None:
        out["updated_at"] = row.updated_at.isoformat() if row.updated_at else None
        out["updated_by"] = row.updated_by
    return out


def pending_batch(store: Store, after: int, limit: int = BATCH) -> tuple[list[dict[str, Any]], int, bool]:
    """Up to ``limit`` pushable ops after op id ``after`` (rows with an open conflict wait)."""
    with store.session() as s:
        held = set(open_conflicts(s))
        ops = list(s.scalars(select(OutboxOp).where(OutboxOp.state == "pending", OutboxOp.op_id > after)
                             .order_by(OutboxOp.op_id).limit(limit)))
        out = []
        for op in ops:
            if (op.table_name, op.row_id) in held:
                continue
            model = tables.model_for(op.table_name)
            row = s.get(model, op.row_id) if model is not None else None
            out.append(op_payload(op, row))
        last = ops[-1].op_id if ops else after
        return out, last, len(ops) == limit


def record_results(store: Store, ops: list[dict[str, Any]], results: list[dict[str, Any]],
                   report: SyncReport) -> None:
    """Store the service's per-op answers: versions, conflicts kept, rejections listed."""
    with store.transaction("Synchronisation : envoi", origin="sync") as (s, changes):
        by_id = {op["op_id"]: op for op in ops}
        conflicts = open_conflicts(s)
        for res in results:
            op = by_id[res["op_id"]]
            status = res.get("original", res["status"]) if res["status"] == "duplicate" else res["status"]
            report.count(res["status"])
            outbox = s.get(OutboxOp, op["op_id"])
            if outbox is None:
                continue
            outbox.state = {"applied": "pushed", "merged": "pushed"}.get(status, status)
            outbox.result = res
            model = tables.model_for(op["table"])
            row = s.get(model, op["row_id"]) if model is not None else None
            if status == "applied" and row is not None and res["row_version"] > row.row_version:
                row.row_version = res["row_version"]
            elif status == "conflict" and row is not None:
                key = (op["table"], op["row_id"])
                theirs = {**res["data"], "deleted": res["deleted"]}
                c = conflicts.get(key)
                if c is None:
                    c = SyncConflict(table_name=op["table"], row_id=op["row_id"], op_id=op["op_id"],
                                     fields=list(res["fields"]), my_fields=sorted(op["fields"]),
                                     mine=full_data(row), theirs=theirs, theirs_version=res["row_version"])
                    s.add(c)
                    conflicts[key] = c
                else:
                    c.fields = sorted(set(c.fields) | set(res["fields"]))
                    c.my_fields = sorted(set(c.my_fields) | set(op["fields"]))
                    c.mine, c.theirs, c.theirs_version = full_data(row), theirs, res["row_version"]
            elif status == "rejected":
                s.add(SyncRejected(op_id=op["op_id"], table_name=op["table"], row_id=op["row_id"],
                                   action=op["action"], fields=op["fields"], reason=res.get("reason", "")))
                if row is not None and "data" in res:
                    # The service's version stands: show it again, the refused edit stays listed.
                    set_fields(row, op["table"], res["data"])
                    row.deleted = res["deleted"]
                    row.row_version = res["row_version"]
        # Ops of an erased person carried their old values to the service: now they are sent, go.
        redact_sent(s, {(op["table"], op["row_id"]) for op in ops})
    report.changes.merge(changes)
def push_all(store: Store, api: Api, device_id: str, report: SyncReport,
             cancel: Callable[[], bool] | None = None, progress: Progress | None = None) -> None:
    after = 0
    while True:
        raise_if_cancelled(cancel)
        ops, after, more = pending_batch(store, after)
        if ops:
            if progress:
                progress(f"Envoi de {len(ops)} modification(s)…")
            answer = api.push(device_id, files_apart(api, ops, progress))
            record_results(store, ops, answer["results"], report)
            report.pushed += len(ops)
        if not more:
            return
