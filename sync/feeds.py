"""Subscribable calendar feeds of professionals (``GET /v1/feeds/<token>.ics``).

One feed per professional, reached by an unguessable token. The database keeps only the token's
SHA-256 (lookups compare hashes) and a nonce: the service derives the token again from its secret
and the nonce, so an administrator can show the URL again; renewing changes the nonce (the old URL
stops at once), revoking removes the hash. The content follows ``sosdesk ics`` exactly (shared
renderer ``sosdesk.ics.render_calendar``): initials only, stable UIDs, SEQUENCE, cancelled
meetings kept as STATUS:CANCELLED. ``ETag`` is derived from the sequence numbers of the
professional's region and of reference data, so a phone polling every 15 minutes gets a 304
after three small indexed reads.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections import Counter
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool

from sosdesk.ics import FeedMeeting, counts_as_version, initials, render_calendar
from sync import db
from sync.models import change_log, rows, server_state
from sync.phone_common import (
    admin_caller,
    log_access,
    new_secret,
    now,
    professional,
    professional_for_admin,
    token_hash,
)
from sync.phone_models import feed_tokens

PAST_DAYS = 92          # meetings older than this leave the feed (agendas keep what they had)
FEED_PATH = "/v1/feeds/{token}.ics"


def _key(conn: Connection) -> bytes:
    text = conn.execute(select(server_state.c.text).where(server_state.c.key == "secret")).scalar_one()
    return bytes.fromhex(text)


def derive_token(key: bytes, professional_id: str, nonce: str) -> str:
    mac = hmac.new(key, f"feed|{professional_id}|{nonce}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()[:40]


def feed_token(conn: Connection, pro: dict[str, Any], action: str) -> tuple[str | None, datetime | None]:
    """``show`` (made if missing), ``renew`` or ``revoke`` the feed token of ``pro``:
    (token or None when revoked, creation instant)."""
    pid = pro["id"]
    row = conn.execute(select(feed_tokens).where(feed_tokens.c.professional_id == pid)
                       .with_for_update()).first()
    key = _key(conn)
    if action == "revoke":
        if row is not None:
            conn.execute(update(feed_tokens).where(feed_tokens.c.professional_id == pid).values(
                token_hash=None, revoked_at=now()))
        return None, None
    if row is not None and row.token_hash is not None and action == "show":
        return derive_token(key, pid, row.nonce), row.created_at
    nonce, at = new_secret(), now()
    token = derive_token(key, pid, nonce)
    values = dict(region_id=pro["region_id"], token_hash=token_hash(token), nonce=nonce, created_at=at,
                  revoked_at=None)
    if row is None:
        conn.execute(feed_tokens.insert().values(professional_id=pid, **values))
    else:
        conn.execute(update(feed_tokens).where(feed_tokens.c.professional_id == pid).values(**values))
    return token, at


def _when(value: Any, fallback: datetime) -> datetime:
    if isinstance(value, str) and value:
        try:
            out = datetime.fromisoformat(value)
        except ValueError:
            return fallback
        return out if out.tzinfo else out.replace(tzinfo=fallback.tzinfo)
    return fallback


def _by_id(conn: Connection, table: str, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    wanted = sorted(ids)
    for i in range(0, len(wanted), 400):
        q = select(rows.c.row_id, rows.c.data).where(rows.c.table_name == table,
                                                     rows.c.row_id.in_(wanted[i:i + 400]))
        out.update({r.row_id: dict(r.data) for r in conn.execute(q)})
    return out


def sequences(conn: Connection, ids: list[str]) -> Counter[str]:
    """SEQUENCE of each meeting: the service's logged changes that moved or changed it."""
    counts: Counter[str] = Counter()
    for i in range(0, len(ids), 400):
        q = select(change_log.c.row_id, change_log.c.payload).where(
            change_log.c.table_name == "meetings", change_log.c.row_id.in_(ids[i:i + 400]))
        for r in conn.execute(q):
            payload = r.payload or {}
            action = payload.get("action", "update")
            if action != "insert" and counts_as_version(action, payload.get("changes") or {}):
                counts[r.row_id] += 1
    return counts


def professional_meetings(conn: Connection, pro: dict[str, Any], start: datetime | None = None,
                          end: datetime | None = None) -> list[tuple[str, bool, int, dict[str, Any]]]:
    """(id, deleted, row_version, data) of the meetings of ``pro`` in its region, by start."""
    q = select(rows.c.row_id, rows.c.deleted, rows.c.row_version, rows.c.data).where(
        rows.c.table_name == "meetings", rows.c.region_id == pro["region_id"])
    out = []
    for r in conn.execute(q):
        data = dict(r.data)
        if pro["id"] not in (data.get("professionals") or []):
            continue
        at = datetime.fromisoformat(data["start"])
        if (start is not None and at < start) or (end is not None and at >= end):
            continue
        out.append((r.row_id, bool(r.deleted), int(r.row_version), data))
    out.sort(key=lambda t: (t[3]["start"], t[0]))
    return out


def calendar_of(conn: Connection, pro: dict[str, Any], at: datetime) -> bytes:
    found = professional_meetings(conn, pro, start=at - timedelta(days=PAST_DAYS))
    sites = _by_id(conn, "sites", {d.get("site_id") or "" for _, _, _, d in found})
    types = _by_id(conn, "meeting_types", {d.get("type_id") or "" for _, _, _, d in found})
    bens = _by_id(conn, "beneficiaries", {b for _, _, _, d in found for b in d.get("beneficiaries") or []})
    pros = _by_id(conn, "professionals", {p for _, _, _, d in found for p in d.get("professionals") or []})
    seq = sequences(conn, [mid for mid, _, _, _ in found])

    def name(p: str) -> str:
        d = pros.get(p)
        return f"{d.get('first_name') or ''} {d.get('last_name') or ''}".strip() or p if d else p

    feed = []
    for mid, deleted, _version, d in found:
        start = datetime.fromisoformat(d["start"])
        site, mtype = sites.get(d.get("site_id") or ""), types.get(d.get("type_id") or "")
        feed.append(FeedMeeting(
            id=mid, start=start, minutes=int(d.get("minutes") or 0),
            type_label=(mtype.get("label") or d["type_id"]) if mtype else str(d.get("type_id")),
            site_name=site.get("name") if site else None, site_address=(site or {}).get("address") or "",
            initials=tuple(initials(bens[b].get("first_name") or "", bens[b].get("last_name") or "", b)
                           if b in bens else b for b in d.get("beneficiaries") or []),
            others=tuple(name(p) for p in d.get("professionals") or [] if p != pro["id"]),
            cancelled=deleted or d.get("status") == "cancelled",
            updated_at=_when(d.get("updated_at"), start), sequence=seq.get(mid, 0)))
    return render_calendar(name(pro["id"]), feed)


class FeedCache:
    """Feed tokens (``TOKEN_SECONDS``) and region sequence numbers (``SEQ_SECONDS``) kept in memory.

    A renewal or revocation made through this process clears it at once; one made through another
    worker process reaches this one within ``TOKEN_SECONDS``. A change of the planning shows in a
    feed at most ``SEQ_SECONDS`` late (phones poll every 15 minutes or so)."""

    TOKEN_SECONDS = 5.0
    SEQ_SECONDS = 1.0

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._tokens: dict[str, tuple[float, tuple[str, str, str] | tuple[()]]] = {}
        self._seqs: dict[str, tuple[float, tuple[int, int]]] = {}
        self.bodies: dict[str, bytes] = {}   # rendered feeds by ETag (same ETag, same bytes)

    def clear(self) -> None:
        self._tokens.clear()
        self.bodies.clear()

    def token(self, digest: str) -> tuple[str, str, str] | tuple[()] | None:
        hit = self._tokens.get(digest)
        return hit[1] if hit is not None and hit[0] > time.monotonic() else None

    def load_token(self, digest: str) -> tuple[str, str, str] | tuple[()]:
        with db.read(self.engine) as conn:
            row = conn.execute(select(feed_tokens.c.professional_id, feed_tokens.c.region_id,
                                      feed_tokens.c.nonce).where(feed_tokens.c.token_hash == digest)).first()
        value: tuple[str, str, str] | tuple[()] = (row.professional_id, row.region_id, row.nonce) if row else ()
        if len(self._tokens) > 10_000:
            self._tokens.clear()
        self._tokens[digest] = (time.monotonic() + self.TOKEN_SECONDS, value)
        return value

    def seqs(self, region: str) -> tuple[int, int] | None:
        hit = self._seqs.get(region)
        return hit[1] if hit is not None and hit[0] > time.monotonic() else None

    def load_seqs(self, region: str) -> tuple[int, int]:
        with db.read(self.engine) as conn:
            region_seq = select(func.max(rows.c.server_seq)).where(rows.c.region_id == region).scalar_subquery()
            global_seq = select(func.max(rows.c.server_seq)).where(rows.c.region_id.is_(None)).scalar_subquery()
            got = conn.execute(select(region_seq, global_seq)).one()
        value = (int(got[0] or 0), int(got[1] or 0))
        self._seqs[region] = (time.monotonic() + self.SEQ_SECONDS, value)
        return value


class FeedIn(BaseModel):
    professional_id: str = Field(min_length=1, max_length=64)
    action: str = Field(pattern="^(show|renew|revoke)$")


def router(engine: Engine, pending_log: Any) -> APIRouter:
    api = APIRouter()
    cache = FeedCache(engine)

    @api.post("/v1/phone/feed")
    def manage_feed(body: FeedIn, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        device = admin_caller(engine, authorization)
        with db.write(engine) as conn:
            pro = professional_for_admin(conn, device, body.professional_id)
            token, created = feed_token(conn, pro, body.action)
            cache.clear()
            log_access(conn, f"feed_{body.action}", pro["id"], 200)
        return {"professional_id": pro["id"], "revoked": token is None,
                "path": FEED_PATH.format(token=token) if token else None,
                "created_at": created.isoformat() if created else None}

    @api.get("/v1/feeds/{name}")
    async def feed(name: str, request: Request) -> Response:
        # Hot path (a phone polling, nothing changed): token and sequence numbers from a short-lived
        # in-memory cache, no thread hop, no database round trip most of the time.
        token = name.removesuffix(".ics")
        at = now()
        found = cache.token(token_hash(token))
        if found is None:
            found = await run_in_threadpool(cache.load_token, token_hash(token))
        if not found:
            pending_log.add("feed", None, 404)
            raise HTTPException(404, "calendrier inconnu ou révoqué")
        pid, region, nonce = found
        seqs = cache.seqs(region)
        if seqs is None:
            seqs = await run_in_threadpool(cache.load_seqs, region)
        tag = hashlib.sha256(f"{pid}|{nonce}|{seqs[0]}|{seqs[1]}|{at.date()}".encode()).hexdigest()[:32]
        etag = f'"{tag}"'
        headers = {"ETag": etag, "Cache-Control": "private, no-cache",
                   "Content-Disposition": 'inline; filename="sosdesk.ics"'}
        match = request.headers.get("if-none-match", "")
        if etag in [t.strip().removeprefix("W/") for t in match.split(",")] or match.strip() == "*":
            pending_log.add("feed", pid, 304)
            return Response(status_code=304, headers=headers)
        body = cache.bodies.get(etag)
        if body is None:
            body = await run_in_threadpool(_render, pid, at)
            if body is not None:
                if len(cache.bodies) >= 256:
                    cache.bodies.pop(next(iter(cache.bodies)))
                cache.bodies[etag] = body
        if body is None:
            pending_log.add("feed", pid, 404)
            raise HTTPException(404, "calendrier inconnu ou révoqué")
        pending_log.add("feed", pid, 200)
        return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)

    def _render(pid: str, at: datetime) -> bytes | None:
        with db.read(engine) as conn:
            pro = professional(conn, pid)
            return None if pro is None else calendar_of(conn, pro, at)

    return api
