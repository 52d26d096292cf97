"""JSON calls of the mobile page and the administrators' call that issues sign-in codes."""

from __future__ import annotations

import base64
import hashlib
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote_plus

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool

from sosdesk.domain.timegrid import PARIS, local_to_utc
from sosdesk.ics import initials
from sync import auth, db, limits, push
from sync.feeds import _by_id, professional_meetings
from sync.models import applied_ops, rows, server_state
from sync.phone_common import (
    AccessLog,
    admin_caller,
    aware,
    log_access,
    new_secret,
    now,
    professional,
    professional_for_admin,
    token_hash,
)
from sync.phone_models import field_codes, field_requests, field_sessions

STATIC = Path(__file__).with_name("static")
CODE_HOURS = 72
SESSION_DAYS = 30
# Failed sign-ins: at most this many per address and quarter of an hour, counted in the database so
# that every service process (and a restart) sees the same count.
SIGNIN_FAILURES, SIGNIN_WINDOW = 10, 900
MAX_PHOTO = 6 * 1024 * 1024
ROLE = "field_professional"
ATTENDANCE = ("present", "absent_excused", "absent_unexcused")
FILES = {"": ("index.html", "text/html; charset=utf-8"), "app.js": ("app.js", "text/javascript; charset=utf-8"),
         "app.css": ("app.css", "text/css; charset=utf-8")}


def _code_text(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def issue_code(conn: Connection, pro: dict[str, Any]) -> tuple[str, datetime]:
    """A one-time sign-in code (16 characters, 80 bits) valid ``CODE_HOURS``; earlier unused codes
    of the same person stop working (one link in circulation at a time)."""
    at = now()
    conn.execute(update(field_codes).where(field_codes.c.professional_id == pro["id"],
                                           field_codes.c.used_at.is_(None)).values(revoked=True))
    raw = base64.b32encode(hashlib.sha256(new_secret().encode()).digest()[:10]).decode()
    expires = at + timedelta(hours=CODE_HOURS)
    conn.execute(field_codes.insert().values(code_hash=token_hash(raw), professional_id=pro["id"],
                                             region_id=pro["region_id"], created_at=at, expires_at=expires,
                                             used_at=None, revoked=False))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4)), expires


def revoke_all(conn: Connection, professional_id: str) -> None:
    """Every code and every signed-in phone of the professional stops working."""
    conn.execute(update(field_codes).where(field_codes.c.professional_id == professional_id)
                 .values(revoked=True))
    conn.execute(update(field_sessions).where(field_sessions.c.professional_id == professional_id)
                 .values(revoked=True))


class LinkIn(BaseModel):
    professional_id: str = Field(min_length=1, max_length=64)
    action: str = Field(pattern="^(issue|revoke)$")


class SignIn(BaseModel):
    code: str = Field(min_length=4, max_length=64)


class RecordIn(BaseModel):
    client_id: str = Field(min_length=8, max_length=64)
    meeting_id: str = Field(min_length=1, max_length=64)
    kind: str = Field(pattern="^(attendance|self_present)$")
    beneficiary_id: str | None = Field(default=None, max_length=64)
    value: str | None = None
    seen: dict[str, Any] = Field(default_factory=dict)
    base_version: int = Field(ge=0)


def _image_type(content: bytes) -> str | None:
    """The media type of a photo or scan, checked like every proof the desktop accepts
    (``sosdesk.domain.proof_files``: PDF/JPEG/PNG/TIFF by content); None when refused."""
    from sosdesk.domain.proof_files import ProofRefused, check_proof

    try:
        return check_proof("photo", content, MAX_PHOTO).media_type
    except ProofRefused:
        return None


def _meeting_json(mid: str, version: int, d: dict[str, Any], me: str, sites: dict[str, dict[str, Any]],
                  types: dict[str, dict[str, Any]], bens: dict[str, dict[str, Any]]) -> dict[str, Any]:
    site = sites.get(d.get("site_id") or "") or {}
    mtype = types.get(d.get("type_id") or "") or {}
    address = site.get("address") or ""
    present = d.get("professionals_present")
    attendance = d.get("attendance") or {}
    return {
        "id": mid, "row_version": version, "start": d["start"], "minutes": int(d.get("minutes") or 0),
        "status": d.get("status") or "planned",
        "type": mtype.get("label") or d.get("type_id"), "kind": mtype.get("kind") or "individual",
        "seats": int(mtype.get("max_participants") or 1) if mtype.get("kind") == "collective" else None,
        "site": {"name": site.get("name") or "", "address": address,
                 "map": ("https://www.openstreetmap.org/search?query=" + quote_plus(address)) if address else None},
        "beneficiaries": [
            {"id": b, "initials": initials((bens.get(b) or {}).get("first_name") or "",
                                           (bens.get(b) or {}).get("last_name") or "", "?"),
             "attendance": attendance.get(b)} for b in d.get("beneficiaries") or []],
        "me_present": me in (present or []) or (present is None and d.get("status") == "held"),
        "professionals_present": present,
        "proof": d.get("proof"),
    }


def _field_ops(conn: Connection, device: auth.Device, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Push ``ops`` (no ids yet) as the page's device through the service's push code."""
    # Same lock as push: op ids of this device are handed out under it (PostgreSQL row lock).
    conn.execute(select(server_state.c.num).where(server_state.c.key == "seq").with_for_update()).first()
    last = conn.execute(select(func.max(applied_ops.c.op_id)).where(
        applied_ops.c.device_id == device.device_id)).scalar()
    stamp = now().isoformat()
    for i, op in enumerate(ops, start=int(last or 0) + 1):
        op.update(op_id=i, updated_at=stamp, updated_by=device.device_id.removeprefix("field:"))
    return push.push_batch(conn, device, ops)


def _verdict(results: list[dict[str, Any]]) -> dict[str, Any]:
    statuses = [r["status"] for r in results]
    if "rejected" in statuses:
        bad = next(r for r in results if r["status"] == "rejected")
        return {"status": "rejected", "reason": bad.get("reason", "")}
    if "conflict" in statuses:
        bad = next(r for r in results if r["status"] == "conflict")
        return {"status": "conflict", "fields": bad.get("fields", []), "data": {
            k: bad.get("data", {}).get(k) for k in ("attendance", "status", "professionals_present", "proof")}}
    last = results[-1] if results else {}
    return {"status": "merged" if "merged" in statuses else "applied", "row_version": last.get("row_version")}


def router(engine: Engine, access: AccessLog) -> APIRouter:
    api = APIRouter()
    files = {name: ((STATIC / fname).read_bytes(), media) for name, (fname, media) in FILES.items()}
    tags = {name: '"' + hashlib.sha256(content).hexdigest()[:16] + '"' for name, (content, _) in files.items()}

    def static(name: str, request: Request) -> Response:
        content, media = files[name]
        headers = {"ETag": tags[name], "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff",
                   "Referrer-Policy": "no-referrer",
                   "Content-Security-Policy": "default-src 'self'; img-src 'self' blob: data:; "
                                              "connect-src 'self'; frame-ancestors 'none'"}
        if request.headers.get("if-none-match") == tags[name]:
            return Response(status_code=304, headers=headers)
        return Response(content, media_type=media, headers=headers)

    @api.get("/field/", include_in_schema=False)
    def page(request: Request) -> Response:
        return static("", request)

    @api.get("/field/{name}", include_in_schema=False)
    def asset(name: str, request: Request) -> Response:
        if name not in files or not name:
            raise HTTPException(404, "introuvable")
        return static(name, request)

    @api.post("/v1/phone/field-link")
    def field_link(body: LinkIn, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        device = admin_caller(engine, authorization)
        with db.write(engine) as conn:
            pro = professional_for_admin(conn, device, body.professional_id)
            if body.action == "revoke":
                revoke_all(conn, pro["id"])
                log_access(conn, "field_revoke", pro["id"], 200)
                return {"professional_id": pro["id"], "revoked": True}
            code, expires = issue_code(conn, pro)
            log_access(conn, "field_link", pro["id"], 200)
        return {"professional_id": pro["id"], "code": code, "path": f"/field/?c={code.replace('-', '')}",
                "expires_at": expires.isoformat()}

    def session(authorization: str | None) -> tuple[str, str]:
        """(professional id, region) of a valid page session."""
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "connexion requise")
        with db.read(engine) as conn:
            r = conn.execute(select(field_sessions).where(
                field_sessions.c.session_hash == token_hash(authorization[7:]))).first()
            if r is None or r.revoked or aware(r.expires_at) < now():
                raise HTTPException(401, "session expirée ou révoquée : demandez un nouveau lien")
            if professional(conn, r.professional_id) is None:
                raise HTTPException(401, "professionnel(le) inconnu(e)")
            return r.professional_id, r.region_id

    @api.post("/v1/field/signin")
    def signin(body: SignIn, request: Request) -> dict[str, Any]:
        who = request.client.host if request.client else "?"
        with engine.connect() as conn:
            blocked = limits.failures(conn, "field_signin", who, SIGNIN_WINDOW, time.time()) >= SIGNIN_FAILURES
        if blocked:
            access.add("field_signin", None, 429)
            raise HTTPException(429, "trop de tentatives : réessayez dans un quart d'heure")
        with db.write(engine) as conn:
            r = conn.execute(select(field_codes).where(
                field_codes.c.code_hash == token_hash(_code_text(body.code)))).first()
            if r is None or r.revoked or r.used_at is not None or aware(r.expires_at) < now():
                limits.record_failure(conn, "field_signin", who, SIGNIN_WINDOW, time.time())
                log_access(conn, "field_signin", None, 403)
                failed = True
            else:
                failed = False
                pro = professional(conn, r.professional_id)
                conn.execute(update(field_codes).where(field_codes.c.code_hash == r.code_hash)
                             .values(used_at=now()))
                token = new_secret(32)
                expires = now() + timedelta(days=SESSION_DAYS)
                conn.execute(field_sessions.insert().values(
                    session_hash=token_hash(token), professional_id=r.professional_id,
                    region_id=r.region_id, created_at=now(), expires_at=expires, revoked=False))
                log_access(conn, "field_signin", r.professional_id, 200)
        if failed:
            raise HTTPException(403, "code inconnu, déjà utilisé, expiré ou révoqué")
        return {"session": token, "first_name": (pro or {}).get("first_name") or "",
                "expires_at": expires.isoformat()}

    @api.post("/v1/field/signout")
    def signout(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        pid, _ = session(authorization)
        assert authorization is not None
        with db.write(engine) as conn:
            conn.execute(update(field_sessions).where(
                field_sessions.c.session_hash == token_hash(authorization[7:])).values(revoked=True))
            log_access(conn, "field_signout", pid, 200)
        return {"signed_out": True}

    @api.get("/v1/field/week")
    def week(authorization: Annotated[str | None, Header()] = None,
             day: Annotated[date | None, Query(alias="from")] = None,
             days: Annotated[int, Query(ge=1, le=14)] = 7) -> dict[str, Any]:
        pid, region = session(authorization)
        first = day or now().astimezone(PARIS).date()
        start, end = local_to_utc(first, 0), local_to_utc(first + timedelta(days=days), 0)
        with db.read(engine) as conn:
            pro = professional(conn, pid) or {"id": pid, "region_id": region}
            found = [f for f in professional_meetings(conn, pro, start, end) if not f[1]]
            sites = _by_id(conn, "sites", {d.get("site_id") or "" for _, _, _, d in found})
            types = _by_id(conn, "meeting_types", {d.get("type_id") or "" for _, _, _, d in found})
            bens = _by_id(conn, "beneficiaries", {b for _, _, _, d in found for b in d.get("beneficiaries") or []})
        access.add("field_week", pid, 200)
        return {"from": first.isoformat(), "days": days, "first_name": pro.get("first_name") or "",
                "meetings": [_meeting_json(mid, v, d, pid, sites, types, bens) for mid, _, v, d in found]}

    def _meeting_row(conn: Connection, pid: str, region: str, meeting_id: str) -> tuple[int, dict[str, Any]]:
        r = conn.execute(select(rows.c.region_id, rows.c.row_version, rows.c.deleted, rows.c.data).where(
            rows.c.table_name == "meetings", rows.c.row_id == meeting_id)).first()
        if r is None or r.deleted or r.region_id != region or pid not in (r.data.get("professionals") or []):
            raise HTTPException(404, "rendez-vous inconnu")
        return int(r.row_version), dict(r.data)

    def _stored(conn: Connection, client_id: str, pid: str) -> dict[str, Any] | None:
        r = conn.execute(select(field_requests).where(field_requests.c.client_id == client_id)).first()
        if r is None:
            return None
        if r.professional_id != pid:
            raise HTTPException(409, "identifiant d'envoi déjà utilisé")
        return dict(r.result)

    def _keep(conn: Connection, client_id: str, pid: str, result: dict[str, Any]) -> dict[str, Any]:
        conn.execute(field_requests.insert().values(client_id=client_id, professional_id=pid, result=result,
                                                    at=now()))
        return result

    @api.post("/v1/field/record")
    def record(body: RecordIn, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        pid, region = session(authorization)
        device = auth.Device(f"field:{pid}", region, ROLE)
        with db.write(engine) as conn:
            done = _stored(conn, body.client_id, pid)
            if done is not None:
                return {**done, "duplicate": True}
            _version, data = _meeting_row(conn, pid, region, body.meeting_id)
            seen_status = body.seen.get("status") or "planned"
            fields: dict[str, list[Any]] = {}
            if body.kind == "attendance":
                if body.value not in ATTENDANCE or body.beneficiary_id not in (data.get("beneficiaries") or []):
                    raise HTTPException(422, "présence ou bénéficiaire invalide")
                current = dict(data.get("attendance") or {})
                old = dict(current)
                seen = body.seen.get("attendance")
                if seen is None:
                    old.pop(body.beneficiary_id, None)
                else:
                    old[body.beneficiary_id] = seen
                fields["attendance"] = [old, {**current, body.beneficiary_id: body.value}]
            else:
                current_p = data.get("professionals_present")
                if pid not in (current_p or []):
                    fields["professionals_present"] = [current_p, sorted({*(current_p or []), pid})]
            if seen_status == "planned":
                fields["status"] = ["planned", "held"]
            result: dict[str, Any] = {"status": "applied"}
            if fields:
                ops = [{"table": "meetings", "row_id": body.meeting_id, "action": "update",
                        "fields": fields, "base_version": body.base_version}]
                result = _verdict(_field_ops(conn, device, ops))
            log_access(conn, f"field_{body.kind}", pid, 200)
            return _keep(conn, body.client_id, pid, result)

    @api.post("/v1/field/proof")
    async def proof(request: Request, authorization: Annotated[str | None, Header()] = None,
                    meeting_id: Annotated[str, Query(min_length=1, max_length=64)] = "",
                    client_id: Annotated[str, Query(min_length=8, max_length=64)] = "",
                    seen: Annotated[str, Query(max_length=64)] = "",
                    base_version: Annotated[int, Query(ge=0)] = 0,
                    site_day: bool = False) -> dict[str, Any]:
        declared = int(request.headers.get("content-length") or 0)
        if declared > MAX_PHOTO:
            raise HTTPException(413, f"photo trop lourde (au plus {MAX_PHOTO // (1024 * 1024)} Mo)")
        content = bytearray()
        async for chunk in request.stream():
            content += chunk
            if len(content) > MAX_PHOTO:
                raise HTTPException(413, f"photo trop lourde (au plus {MAX_PHOTO // (1024 * 1024)} Mo)")
        return await run_in_threadpool(_proof, authorization, meeting_id, client_id, seen or None,
                                       base_version, bytes(content), site_day)

    def _proof(authorization: str | None, meeting_id: str, client_id: str, seen: str | None,
               base_version: int, content: bytes, site_day: bool = False) -> dict[str, Any]:
        pid, region = session(authorization)
        media = _image_type(content)
        if media is None:
            raise HTTPException(415, "la photo doit être une image JPEG, PNG ou TIFF, ou un PDF")
        device = auth.Device(f"field:{pid}", region, ROLE)
        sha = hashlib.sha256(content).hexdigest()
        with db.write(engine) as conn:
            done = _stored(conn, client_id, pid)
            if done is not None:
                return {**done, "duplicate": True}
            _version, data = _meeting_row(conn, pid, region, meeting_id)
            day = datetime.fromisoformat(data["start"]).astimezone(PARIS).date().isoformat()
            ext = {"image/jpeg": "jpg", "image/png": "png", "image/tiff": "tif"}.get(media, "pdf")
            ops = [{"table": "attachments", "row_id": sha, "action": "insert", "base_version": 0,
                    "fields": {"filename": [None, f"feuille-{day}.{ext}"], "media_type": [None, media],
                               "content": [None, base64.b64encode(content).decode("ascii")]}},
                   {"table": "meetings", "row_id": meeting_id, "action": "update", "base_version": base_version,
                    "fields": {"proof": [seen, sha]}}]
            also: list[str] = []
            if site_day:
                # The same sheet for the professional's other meetings of that site and day, but
                # only those with no proof yet: a proof already there is never replaced this way.
                pro = {"id": pid, "region_id": region}
                first = datetime.fromisoformat(data["start"]).astimezone(PARIS).date()
                for mid, deleted, version, other in professional_meetings(
                        conn, pro, local_to_utc(first, 0), local_to_utc(first + timedelta(days=1), 0)):
                    if (mid != meeting_id and not deleted and other.get("site_id") == data.get("site_id")
                            and other.get("status") != "cancelled" and not other.get("proof")):
                        ops.append({"table": "meetings", "row_id": mid, "action": "update",
                                    "base_version": version, "fields": {"proof": [other.get("proof"), sha]}})
                        also.append(mid)
            results = _field_ops(conn, device, ops)
            result = {**_verdict(results[:2]), "proof": sha,
                      "also": [mid for mid, r in zip(also, results[2:], strict=True)
                               if r["status"] in ("applied", "merged")]}
            log_access(conn, "field_proof", pid, 200)
            return _keep(conn, client_id, pid, result)

    return api
