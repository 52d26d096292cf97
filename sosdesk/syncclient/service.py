"""One synchronisation of an office file: identity check, push everything pending, then pull
(first time: snapshot). The push side is ``outgoing``. Each pulled page is applied with its checkpoint in one transaction."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sosdesk.contract import sender, tables
from sosdesk.contract.fields import SEPARATE_CONTENT
from sosdesk.store.changes import DEMO_OUTBOX
from sosdesk.store.engine import Store
from sosdesk.store.models import LocalState, OutboxOp
from sosdesk.store.sync_apply import apply_rows, open_conflicts
from sosdesk.store.sync_models import REGION_KEY, ROLE_KEY, SyncRejected
from sosdesk.syncclient import credentials, hub
from sosdesk.syncclient.outgoing import (  # noqa: F401  (re-exported: moved to outgoing)
    BATCH,
    op_payload,
    pending_batch,
    push_all,
    record_results,
)
from sosdesk.syncclient.report import Progress, SyncReport, raise_if_cancelled
from sosdesk.syncclient.transport import Api, HttpTransport, Refused, SyncError, Transport

PAGE = 1000
SKEW_WARNING_SECONDS = 300
K_SERVER, K_DEVICE, K_SINCE = "sync.server", "sync.device_id", "sync.since"
K_REGION, K_ROLE, K_LAST = REGION_KEY, ROLE_KEY, "sync.last_sync"
K_OFFLINE = "sync.offline_device"  # the device id was made here, before any enrolment (region files)
# The key that signs this office's region files (docs/security.md): its id (private half in the
# keyring) and the device id it was registered for; or an office key imported from the national side.
K_SENDER_KEY, K_SENDER_DEVICE = "sync.sender_key", "sync.sender_key_device"
K_OFFICE_KEY = "sync.office_key"  # {"key_id", "region", "role"}


def enrol(store: Store, server: str, code: str, transport: Transport | None = None) -> credentials.Credentials:
    """Spend an enrolment code: new device id + refresh token into the keyring, ids into the file."""
    server, code = server.strip().rstrip("/"), code.strip()
    if not server.startswith(("http://", "https://")):
        raise SyncError(f"Adresse du service « {server} » invalide : elle commence par https:// "
                        "(ou http:// sur le réseau local), par exemple https://sync.exemple.fr.")
    if not code:
        raise SyncError("Saisissez le code d'enrôlement remis par le coordinateur national.")
    api = Api(transport or HttpTransport(server))
    # An office that already exported region files keeps the device id they carry (no duplicates).
    offline = store.get_state(K_DEVICE) if store.get_state(K_OFFLINE) else None
    credentials.check_available()  # before the code is spent
    key = sender.new_key()
    try:
        out = api.enrol(code, offline, sender.public_text(key))
    except SyncError as exc:
        if "injoignable" in str(exc):  # nothing is pending at enrolment: say what to do instead
            raise SyncError(f"Le service de synchronisation est injoignable ({server}) : vérifiez "
                            "l'adresse et la connexion, puis relancez l'enrôlement (le code reste "
                            "valable).") from None
        raise
    cred = credentials.Credentials(out["device_id"], out["refresh"], server, str(store.path.resolve()),
                                   out["region"], out["role"])
    credentials.save(cred)
    for name, value in ((K_SERVER, server), (K_DEVICE, cred.device_id), (K_REGION, cred.region),
                        (K_ROLE, cred.role), (K_OFFLINE, None)):
        store.set_state(name, value)
    _keep_sender_key(store, key, cred.device_id)
    return cred


def _keep_sender_key(store: Store, key: Any, device_id: str) -> None:
    kid = sender.key_id(sender.public_text(key))
    credentials.save_sender_key(kid, sender.private_text(key))
    store.set_state(K_SENDER_KEY, kid)
    store.set_state(K_SENDER_DEVICE, device_id)


def ensure_sender_key(store: Store, api: Api, cred: credentials.Credentials) -> None:
    """An office device registers the key that signs its region files once (after enrolment by an
    older version, or as a copy with a new device id); a service without the call is left alone."""
    if cred.role == "national_coordinator":
        return
    kid = store.get_state(K_SENDER_KEY)
    if kid and store.get_state(K_SENDER_DEVICE) == cred.device_id and credentials.load_sender_key(str(kid)):
        return
    key = sender.new_key()
    try:
        api.register_sender_key(sender.public_text(key))
    except SyncError as exc:
        if isinstance(exc, Refused) or "404" not in str(exc):
            raise
        return
    _keep_sender_key(store, key, cred.device_id)


def identity(store: Store, transport: Transport | None = None,
             report: SyncReport | None = None) -> tuple[credentials.Credentials, Api]:
    """This file's credentials; a copied file (keyring bound to another path) gets a new device id."""
    device_id = store.get_state(K_DEVICE)
    server = store.get_state(K_SERVER)
    if not device_id or not server:
        raise SyncError("Ce poste n'est pas enrôlé : lancez « sosdesk enrol --server URL --code CODE ».")
    cred = credentials.load(device_id)
    if cred is None:
        raise SyncError("Les identifiants de synchronisation de cette base ne sont pas dans le trousseau "
                        "de ce poste (fichier copié depuis une autre machine ?) : enrôlez ce poste avec "
                        "un nouveau code (« sosdesk enrol »).")
    here = str(store.path.resolve())
    api = Api(transport or HttpTransport(cred.server), cred.refresh)
    if cred.db != here:
        out = api.clone()
        cred = credentials.Credentials(out["device_id"], out["refresh"], cred.server, here,
                                       out["region"], out["role"])
        credentials.save(cred)
        store.set_state(K_DEVICE, cred.device_id)
        api = Api(api.transport, cred.refresh)
        if report is not None:
            report.warnings.append("Cette base est une copie d'une autre : elle a reçu une nouvelle "
                                   "identité d'appareil avant de se synchroniser.")
    return cred, api


def fetch_files(store: Store, api: Api, changes: list[dict[str, Any]], report: SyncReport) -> list[dict[str, Any]]:
    """Pulled attachment rows whose file travels apart: downloaded when this file lacks it. A file the
    service cannot give is left out (named in the report) and its row comes again later."""
    wanted = [c for c in changes if c["table"] in SEPARATE_CONTENT and not c.get("deleted")
              and c["data"].get(SEPARATE_CONTENT[c["table"]]) is None]
    if not wanted:
        return changes
    missing: set[tuple[str, str]] = set()
    held: set[str] = set()
    with store.session() as s:
        for c in wanted:
            model = tables.model_for(c["table"])
            obj = s.get(model, c["row_id"]) if model is not None else None
            if obj is not None and getattr(obj, SEPARATE_CONTENT[c["table"]], None):
                held.add(c["row_id"])
    for c in wanted:
        if c["row_id"] in held:
            continue
        data = api.download_attachment(c["row_id"])
        if data is None or hashlib.sha256(data).hexdigest() != c["row_id"]:
            missing.add((c["table"], c["row_id"]))
            continue
        c["data"] = {**c["data"], SEPARATE_CONTENT[c["table"]]: base64.b64encode(data).decode("ascii")}
    if missing:
        _skipped(report, [f"{t} {r} (fichier joint indisponible)" for t, r in sorted(missing)])
    return [c for c in changes if (c["table"], c["row_id"]) not in missing]


def _apply_pages(store: Store, pages: list[dict[str, Any]], report: SyncReport) -> None:
    skipped: list[str] = []
    with store.transaction("Synchronisation : réception", origin="sync") as (s, changes):
        for page in pages:
            report.pulled += apply_rows(s, page["changes"], skipped=skipped)
        s.merge(LocalState(key=K_SINCE, value=pages[-1]["next_since"]))
    report.changes.merge(changes)
    _skipped(report, skipped)


def _skipped(report: SyncReport, skipped: list[str]) -> None:
    """Rows the service holds that do not fit the contract: named (table, id, field), not applied."""
    if skipped:
        report.skipped.extend(skipped)
        report.warnings.append(
            f"{len(skipped)} ligne(s) reçue(s) illisible(s) ignorée(s) (signalez-les au coordinateur "
            f"national) : {', '.join(skipped[:5])}{' …' if len(skipped) > 5 else ''}")


def _with_files(store: Store, api: Api, page: dict[str, Any], report: SyncReport) -> dict[str, Any]:
    return {**page, "changes": fetch_files(store, api, page["changes"], report)}


def pull_all(store: Store, api: Api, report: SyncReport, cancel: Callable[[], bool] | None = None,
             progress: Progress | None = None, limit: int = PAGE) -> None:
    """Pull until up to date; a page whose parent rows are in a later page waits for that page."""
    since = int(store.get_state(K_SINCE) or 0)
    while True:
        raise_if_cancelled(cancel)
        pages = [_with_files(store, api, api.pull(since, limit), report)]
        while True:
            try:
                _apply_pages(store, pages, report)
                break
            except IntegrityError:
                if not pages[-1]["has_more"]:
                    raise
                pages.append(_with_files(store, api, api.pull(pages[-1]["next_since"], limit), report))
        since = pages[-1]["next_since"]
        if progress:
            progress(f"Réception : {report.pulled} ligne(s)…")
        if not pages[-1]["has_more"]:
            return


def snapshot_all(store: Store, api: Api, report: SyncReport, cancel: Callable[[], bool] | None = None,
                 progress: Progress | None = None, limit: int = 2000) -> None:
    """First download, table by table (parents first); then pulls resume from the snapshot's start."""
    start: int | None = None
    for table in tables.table_order():
        after = ""
        while True:
            raise_if_cancelled(cancel)
            page = api.snapshot(table, after, limit)
            page = {**page, "rows": fetch_files(store, api, page["rows"], report)}
            if start is None:
                start = int(page["server_seq"])
            if page["rows"]:
                skipped: list[str] = []
                with store.transaction("Synchronisation : première réception", origin="sync") as (s, ch):
                    report.snapshot_rows += apply_rows(s, page["rows"], skipped=skipped)
                report.changes.merge(ch)
                _skipped(report, skipped)
                if progress:
                    progress(f"Première réception : {report.snapshot_rows} ligne(s)…")
            if not page["has_more"]:
                break
            after = page["next_after"]
    store.set_state(K_SINCE, start or 0)


def check_clock(api: Api, report: SyncReport) -> None:
    """Clocks never order anything; a large skew is only shown as a warning."""
    meta = api.meta()
    server_time = datetime.fromisoformat(meta["server_time"])
    report.skew_seconds = (datetime.now(UTC) - server_time).total_seconds()
    if abs(report.skew_seconds) > SKEW_WARNING_SECONDS:
        report.warnings.append(
            f"L'horloge de ce poste diffère de celle du service de {abs(report.skew_seconds) / 60:.0f} "
            "minute(s) : la synchronisation n'en dépend pas, mais vérifiez l'heure du poste.")


def sync_now(store: Store, transport: Transport | None = None, cancel: Callable[[], bool] | None = None,
             progress: Progress | None = None) -> SyncReport:
    """Push everything pending, then pull (snapshot the first time)."""
    report = SyncReport()
    cred, api = identity(store, transport, report)
    check_clock(api, report)
    ensure_sender_key(store, api, cred)
    if cred.role == "national_coordinator":
        # The keys that sign region files, kept for merges made later with no network.
        hub.share_keys(store, api)
    # The national file's own changes first: merged office ops may point to rows (regions, sites,
    # people) the national office created and the service must know before it accepts them.
    push_all(store, api, cred.device_id, report, cancel, progress)
    if hub.pending_relays(store):
        if progress:
            progress("Transmission des fichiers régionaux fusionnés…")
        report.relayed = hub.relay_pending(store, api, report.changes.merge, report.warnings)
    if store.get_state(K_SINCE) is None:
        snapshot_all(store, api, report, cancel, progress)
    pull_all(store, api, report, cancel, progress)
    store.set_state(K_LAST, datetime.now(UTC).isoformat())
    if not report.problems and quiescent(store):
        verify(store, api, report, cancel, progress)
    return report


def quiescent(store: Store) -> bool:
    """Nothing left to send and nothing waiting for a person."""
    state = status(store)
    return not (state["pending"] or state["conflicts"]) and not hub.pending_relays(store)


def local_checks(store: Store) -> dict[str, dict[str, Any]]:
    """Per table: live-row count and hash of the rows this file holds from the service."""
    out: dict[str, dict[str, Any]] = {}
    with store.session() as s:
        for table, model in tables.synced_models().items():
            pairs = [(r, int(v), bool(d)) for r, v, d in s.execute(
                select(model.id, model.row_version, model.deleted).where(model.row_version > 0))]
            if pairs:
                out[table] = {"count": sum(1 for p in pairs if not p[2]), "hash": tables.table_hash(pairs)}
    return out


def _differences(server: dict[str, Any], local: dict[str, dict[str, Any]]) -> list[str]:
    empty = {"count": 0, "hash": tables.table_hash([])}
    return sorted(t for t in set(server) | set(local)
                  if dict(server.get(t) or empty) != dict(local.get(t) or empty))


def verify(store: Store, api: Api, report: SyncReport, cancel: Callable[[], bool] | None = None,
           progress: Progress | None = None) -> None:
    """Compare per-table counts and hashes with the service (sync.md); a difference is only
    reported (warning, exit 1), never repaired silently. A writer racing us gets one more pull."""
    for attempt in range(2):
        server = api.verify()["tables"]
        local = local_checks(store)
        bad = _differences(server, local)
        if not bad:
            report.verified, report.mismatch = True, []
            return
        if attempt == 0:
            pull_all(store, api, report, cancel, progress)
    report.verified, report.mismatch = False, bad
    detail = ", ".join(f"{t} (service : {(server.get(t) or {}).get('count', 0)} ligne(s), ce poste : "
                       f"{(local.get(t) or {}).get('count', 0)})" for t in bad)
    report.warnings.append(
        f"Contrôle de cohérence : ce poste diffère du service pour {detail}. Rien n'a été modifié ; "
        "signalez-le à l'administrateur avant de continuer à saisir.")


def status(store: Store) -> dict[str, Any]:
    """Counts the page and `sosdesk sync --json` show."""
    # Rows written by `sosdesk demo` are nobody's work: counted apart, not shown as the user's changes.
    demo_upto = store.get_state(DEMO_OUTBOX)
    with store.session() as s:
        pending = len(list(s.scalars(select(OutboxOp.op_id).where(OutboxOp.state == "pending"))))
        demo_pending = len(list(s.scalars(select(OutboxOp.op_id).where(
            OutboxOp.state == "pending", OutboxOp.op_id <= demo_upto)))) if demo_upto else 0
        conflicts = len(open_conflicts(s))
        rejected = len(list(s.scalars(select(SyncRejected.id).where(SyncRejected.dismissed.is_(False)))))
    return {"server": store.get_state(K_SERVER), "device_id": store.get_state(K_DEVICE),
            "region": store.get_state(K_REGION), "role": store.get_state(K_ROLE),
            "last_sync": store.get_state(K_LAST), "since": store.get_state(K_SINCE),
            "pending": pending, "demo_pending": demo_pending, "conflicts": conflicts, "rejected": rejected}
