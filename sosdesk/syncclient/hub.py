"""The national office's local service (sync.md, region files with no network).

A service database beside the national data file (``<file>.sync-hub.db``) with the central
service's schema; region files are pushed into it in-process by the service's own push code (same
idempotency, same conflict rules), then its resulting rows are applied to the national file by the
pull code. Every merged op also waits in ``sync_relay`` until the next synchronisation forwards it
to the central service under the office's device id; the national file is then realigned on the
central service's answer, which is authoritative.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sosdesk.contract import sender, tables
from sosdesk.contract.fields import references
from sosdesk.store import cipher
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.sync_apply import apply_rows
from sosdesk.store.sync_models import SyncRelay
from sosdesk.syncclient.files import files_apart
from sosdesk.syncclient.transport import Api, Refused, SyncError
from sync import auth, db, push, scope, senders
from sync.models import rows, server_state

SUFFIX = ".sync-hub.db"
BATCH = 500


def hub_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + SUFFIX)


@contextmanager
def open_hub(store: Store) -> Iterator[Engine]:
    """The local service database of this national file (created or upgraded on first use)."""
    path = hub_path(store).resolve()
    key = store.key
    if key is None:
        engine = db.make_engine(f"sqlite:///{path}")
    else:
        # Keyed like the national file (issue 16): the hub holds every region's merged rows.
        if path.exists() and path.stat().st_size and cipher.is_plain(path):
            cipher.encrypt_in_place(path, key)  # a hub made before encryption: encrypted once
        engine = db.make_engine(f"sqlite:///{path}", module=cipher.binding(),
                                creator=lambda: cipher.connect(path, key, timeout=60, isolation_level=None,
                                                               pooled=True))
    try:
        db.upgrade(engine)
        yield engine
    finally:
        engine.dispose()


def _parents(op: dict[str, Any], s: Session) -> set[tuple[str, str]]:
    """Rows the service reads to find an op's region (a travel time's site, an event's invoice)."""
    def value(name: str) -> Any:
        if name in op["fields"]:
            return op["fields"][name][1]
        model = tables.model_for(op["table"])
        obj = s.get(model, op["row_id"]) if model is not None else None
        return getattr(obj, name, None)
    # Rows its values point to: the service checks they exist and lie in the office's scope.
    out = references(op["table"], {k: v[1] for k, v in op["fields"].items() if len(v) == 2})
    if op["table"] == "travel_minutes" and value("from_site"):
        out.add(("sites", str(value("from_site"))))
    if op["table"] == "invoice_events" and value("invoice_id"):
        out.add(("invoices", str(value("invoice_id"))))
    return out


def _seed(conn: Connection, s: Session, keys: set[tuple[str, str]]) -> None:
    """Copy the national file's rows into the hub where the hub has no newer state of them.

    The national file is the truth (it follows the central service); a hub row newer than the file
    is one merged before a crash, left for the file to catch up from.
    """
    known = {(c["table"], c["row_id"]): c["row_version"] for c in scope.rows_of(conn, keys)}
    seq = int(conn.execute(select(server_state.c.num).where(server_state.c.key == "seq")
                           .with_for_update()).scalar_one())
    regions: dict[tuple[str, str], str | None] = {}

    def region(table: str, row_id: str) -> str | None:
        key = (table, row_id)
        if key not in regions:
            model = tables.model_for(table)
            obj = s.get(model, row_id) if model is not None else None
            regions[key] = (None if obj is None else
                            tables.region_of(table, tables.row_data(obj), row_id, region, None))
        return regions[key]

    for table, row_id in keys:
        model = tables.model_for(table)
        obj = s.get(model, row_id) if model is not None else None
        if obj is None:
            continue
        version = known.get((table, row_id))
        if version is not None and version >= obj.row_version:
            continue
        seq += 1
        values = dict(region_id=region(table, row_id), row_version=obj.row_version, deleted=bool(obj.deleted),
                      data=tables.row_data(obj), server_seq=seq)
        if version is None:
            conn.execute(rows.insert().values(table_name=table, row_id=row_id, **values))
        else:
            conn.execute(update(rows).where(and_(rows.c.table_name == table, rows.c.row_id == row_id))
                         .values(**values))
    conn.execute(update(server_state).where(server_state.c.key == "seq").values(num=seq))


def store_keys(engine: Engine, found: list[dict[str, Any]]) -> None:
    """Keep the service's region-file key records in the hub (merges with no network use them)."""
    with db.write(engine) as conn:
        senders.store_records(conn, found)


def office_keys(engine: Engine) -> list[dict[str, Any]]:
    """The office keys this hub holds (issued here, or copied from the service)."""
    with db.read(engine) as conn:
        return [r for r in senders.records(conn) if r["kind"] == "office"]


def issue_office_key(store: Store, region: str, role: str) -> str:
    """An office key issued by the national office itself (no network needed): kept in the hub,
    registered with the central service at the next synchronisation. Returns the key file's text."""
    with open_hub(store) as engine, db.write(engine) as conn:
        return senders.issue_office_key(conn, region, role)


def share_keys(store: Store, api: Api) -> None:
    """National sync: register the office keys issued here with the service, then keep the service's
    record of every key (merges made later with no network use it)."""
    with open_hub(store) as engine:
        known = {k["key_id"]: k for k in api.sender_keys()}
        mine = [k for k in office_keys(engine) if k["key_id"] not in known]
        for rec in mine:
            api.register_office_key(rec)
        store_keys(engine, api.sender_keys() if mine else list(known.values()))


def key_record(engine: Engine, kid: str) -> dict[str, Any] | None:
    """A region-file key's record as this hub knows it (from the service, or issued into the hub by
    ``sosdesk-sync office-key --db`` for a national office that is never online)."""
    with db.read(engine) as conn:
        return senders.flat_record(conn, kid)


def office_device(record: dict[str, Any], manifest: dict[str, Any]) -> auth.Device:
    """The office a verified file speaks for: its device id, and the region and role of the key
    that signed it (never the manifest's, never a national role: ``sender.refusal``)."""
    return auth.Device(str(manifest["device_id"]), str(record["region"]), str(record["role"]))


class _MissingRows(Exception):
    count = 0


def merge_ops(store: Store, engine: Engine, record: dict[str, Any], manifest: dict[str, Any],
              ops: list[dict[str, Any]], source: str) -> tuple[dict[str, int], Changes]:
    """Push one verified file's ops into the hub, apply the rows they touched to the national file
    and queue them (with their signatures) for the central service. Returns the hub's answers by
    status and what changed here."""
    device = office_device(record, manifest)
    keys = {(op["table"], op["row_id"]) for op in ops}
    counts: dict[str, int] = defaultdict(int)
    missing = _MissingRows()
    try:
        with db.write(engine) as conn:
            with store.session() as s:
                parents: set[tuple[str, str]] = set()
                for op in ops:
                    parents |= _parents(op, s)
                _seed(conn, s, keys | parents)
            for i in range(0, len(ops), BATCH):
                for res in push.push_batch(conn, device, ops[i:i + BATCH]):
                    counts[res["status"]] += 1
                    if str(res.get("reason", "")).startswith("missing_reference"):
                        missing.count += 1
            if missing.count:
                raise missing  # nothing recorded in the hub: the same file merges once the rows are here
            states = scope.rows_of(conn, keys)
    except _MissingRows:
        raise SyncError(f"{source} : {missing.count} modification(s) font référence à des lignes absentes de "
                        "la base nationale ; synchronisez d'abord cette base, puis fusionnez à nouveau le "
                        "fichier (rien n'a été fusionné, rien n'est perdu).") from None
    # The hub is committed first: merging the file again re-applies its rows here (duplicates).
    try:
        with store.transaction(f"Fusion du fichier régional {Path(source).name}", origin="sync") as (s, changes):
            apply_rows(s, states)
            queued = set(s.execute(select(SyncRelay.op_id).where(SyncRelay.device_id == device.device_id)
                                   ).scalars())
            for op in ops:
                if int(op["op_id"]) not in queued:
                    s.add(SyncRelay(device_id=device.device_id, region_id=device.region, op_id=int(op["op_id"]),
                                    op=op, source=str(source)))
                    queued.add(int(op["op_id"]))
    except IntegrityError:
        raise SyncError(f"{source} : des modifications font référence à des lignes absentes de la base "
                        "nationale ; synchronisez d'abord cette base, puis fusionnez à nouveau le fichier "
                        "(rien n'est perdu, le fichier est déjà enregistré).") from None
    return dict(counts), changes


def pending_relays(store: Store) -> int:
    with store.session() as s:
        return len(list(s.scalars(select(SyncRelay.id).where(SyncRelay.state == "pending"))))


def relay_pending(store: Store, api: Api, on_changes: Callable[[Changes], None],
                  warnings: list[str] | None = None) -> int:
    """Forward merged ops to the central service, then realign the national file (and forget the
    hub's provisional rows) on the service's answer. Returns how many ops were forwarded. A file
    the service refuses to relay (device of another region) is marked refused, not retried."""
    with store.session() as s:
        waiting = list(s.scalars(select(SyncRelay).where(SyncRelay.state == "pending").order_by(SyncRelay.id)))
    groups: dict[tuple[str, str | None, str | None], list[SyncRelay]] = defaultdict(list)
    for r in waiting:
        groups[(r.device_id, r.region_id, sender.signer(r.op.get("sig")))].append(r)
    sent = 0
    for (device_id, region, _key), relays in groups.items():
        for i in range(0, len(relays), BATCH):
            part = relays[i:i + BATCH]
            try:
                answer = api.push(device_id, files_apart(api, [r.op for r in part]), region)
            except Refused as exc:
                _mark(store, part, "refused")
                if warnings is not None:
                    warnings.append(f"Fichier régional de l'appareil {device_id} (région {region or '?'}) "
                                    f"non transmis : {exc}")
                continue
            by_op = {res["op_id"]: res for res in answer["results"]}
            with store.transaction("Synchronisation : fichiers régionaux transmis", origin="sync") as (s, ch):
                for r in part:
                    res = by_op.get(r.op_id)
                    row = s.get(SyncRelay, r.id)
                    if row is not None and res is not None:
                        row.state = str(res.get("original", res["status"]))
                apply_rows(s, answer.get("rows") or [], force=True)
            on_changes(ch)
            _forget(store, {(r.op["table"], r.op["row_id"]) for r in part})
            sent += len(part)
    return sent


def _mark(store: Store, relays: list[SyncRelay], state: str) -> None:
    with store.session() as s, s.begin():
        for r in relays:
            row = s.get(SyncRelay, r.id)
            if row is not None:
                row.state = state


def _forget(store: Store, keys: set[tuple[str, str]]) -> None:
    """Drop the hub's provisional rows: the next merge reseeds them from the realigned file."""
    if not hub_path(store).exists():
        return
    with open_hub(store) as engine, db.write(engine) as conn:
        for table, row_id in keys:
            conn.execute(rows.delete().where(and_(rows.c.table_name == table, rows.c.row_id == row_id)))
