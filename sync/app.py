"""The FastAPI application of the central service: every call of sync.md under /v1."""


import os
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from sosdesk import __version__
from sync import access, auth, blobs, db, limits, numbering, push, scope, senders
from sync.schemas import (
    MAX_ID,
    PUSH_BODY,
    EnrolIn,
    EnrolOut,
    MetaOut,
    NumberIn,
    NumberOut,
    OfficeKeyIn,
    PullOut,
    PushIn,
    PushOut,
    SenderKeyIn,
    SenderKeyOut,
    SenderKeysOut,
    SnapshotOut,
    TokenIn,
    TokenOut,
    VerifyOut,
)

MIN_CLIENT_VERSION = "0.1.0"
# Calls per minute and client address (enrolment codes and refresh tokens cannot be guessed at
# speed); overridable for a site behind one NAT: SOSDESK_SYNC_THROTTLE_ENROL / _TOKEN.
THROTTLE = {"enrol": int(os.environ.get("SOSDESK_SYNC_THROTTLE_ENROL", "20")),
            "token": int(os.environ.get("SOSDESK_SYNC_THROTTLE_TOKEN", "120"))}
MAX_PAGE = 5000


async def _body(request: Request) -> bytes:
    return await request.body()


def create_app(url: str | None = None, engine: Engine | None = None, docs: bool | None = None,
               throttle: dict[str, int] | None = None) -> FastAPI:
    """The service on database ``url`` (created or upgraded on start)."""
    engine = engine if engine is not None else db.make_engine(url or db.default_url())
    db.upgrade(engine)
    with db.write(engine) as conn:
        auth.ensure_secret(conn)
        # From the configuration (file or environment) when given: every process behind one
        # database signs with the same key, and a backup of the database cannot forge tokens.
        secret = auth.signing_key(conn)
    docs = docs if docs is not None else os.environ.get("SOSDESK_SYNC_DOCS", "") == "1"
    # The interactive documentation is off unless asked for (sosdesk-sync serve --docs).
    app = FastAPI(title="sosdesk-sync", version=__version__, docs_url="/docs" if docs else None,
                  redoc_url=None, openapi_url="/openapi.json" if docs else None)
    app.state.engine = engine
    limits.install(app)
    app.add_middleware(limits.BodyLimit, uploads=("/v1/attachments/", blobs.MAX_UPLOAD))

    def caller(authorization: Annotated[str | None, Header()] = None) -> auth.Device:
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "authentification requise")
        with db.read(engine) as conn:
            try:
                return auth.check_access(conn, authorization[7:], secret)
            except auth.AuthError as exc:
                raise HTTPException(401, str(exc)) from None

    Caller = Annotated[auth.Device, Depends(caller)]

    def throttled(conn: Any, kind: str, request: Request) -> None:
        who = request.client.host if request.client else "?"
        try:
            limits.throttle(conn, kind, who, (throttle or THROTTLE)[kind], time.time())
        except limits.Throttled:
            raise HTTPException(429, "trop de tentatives : réessayez dans une minute") from None

    @app.post("/v1/enrol", response_model=EnrolOut)
    def enrol(body: EnrolIn, request: Request) -> dict[str, Any]:
        with db.write(engine) as conn:
            throttled(conn, "enrol", request)
        with db.write(engine) as conn:
            try:
                device, refresh = auth.enrol(conn, body.code, body.device_id)
                if body.public_key:
                    senders.register_device_key(conn, device, body.public_key)
            except auth.AuthError as exc:
                raise HTTPException(403, str(exc)) from None
            except senders.SenderRefused as exc:
                raise HTTPException(400, str(exc)) from None
        return {"device_id": device.device_id, "refresh": refresh, "region": device.region,
                "role": device.role}

    @app.post("/v1/token", response_model=TokenOut)
    def token(body: TokenIn, request: Request) -> dict[str, Any]:
        with db.write(engine) as conn:
            throttled(conn, "token", request)
        with db.write(engine) as conn:
            try:
                access, expires = auth.issue_access(conn, body.refresh, secret)
            except auth.AuthError as exc:
                raise HTTPException(401, str(exc)) from None
        return {"access": access, "expires_in": expires}

    @app.post("/v1/clone", response_model=EnrolOut)
    def clone(body: TokenIn, request: Request) -> dict[str, Any]:
        """A new device id for a copied database file, authorised by the original's refresh token."""
        with db.write(engine) as conn:
            throttled(conn, "enrol", request)
        with db.write(engine) as conn:
            try:
                device, refresh = auth.clone(conn, body.refresh)
            except auth.AuthError as exc:
                raise HTTPException(401, str(exc)) from None
        return {"device_id": device.device_id, "refresh": refresh, "region": device.region,
                "role": device.role}

    @app.get("/v1/meta", response_model=MetaOut)
    def meta(request: Request, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        out: dict[str, Any] = {"server_time": datetime.now(UTC).isoformat(),
                               "schema_version": db.head_revision(),
                               "min_client_version": MIN_CLIENT_VERSION,
                               "server_version": __version__}
        if authorization:
            device = caller(authorization)
            out.update(region=device.region, role=device.role)
        return out

    @app.post("/v1/sender-key", response_model=SenderKeyOut)
    def sender_key(device: Caller, body: SenderKeyIn) -> dict[str, Any]:
        """Register the key that signs this device's region files (replaces its previous one)."""
        with db.write(engine) as conn:
            try:
                return {"key_id": senders.register_device_key(conn, device, body.public_key)}
            except senders.SenderRefused as exc:
                raise HTTPException(400, str(exc)) from None

    @app.get("/v1/sender-keys", response_model=SenderKeysOut)
    def sender_keys(device: Caller) -> dict[str, Any]:
        """Every region-file key's record, for the national office that merges files offline."""
        if not device.national:
            raise HTTPException(403, "réservé au coordinateur national")
        with db.read(engine) as conn:
            return {"keys": senders.records(conn)}

    @app.post("/v1/office-key", response_model=SenderKeyOut)
    def office_key(device: Caller, body: OfficeKeyIn) -> dict[str, Any]:
        """An office key the national coordinator issued with no network, registered at its next sync."""
        if not device.national:
            raise HTTPException(403, "réservé au coordinateur national")
        with db.write(engine) as conn:
            try:
                return {"key_id": senders.register_office_key(conn, body.model_dump())}
            except senders.SenderRefused as exc:
                raise HTTPException(400, str(exc)) from None

    @app.post("/v1/invoice-number", response_model=NumberOut)
    def invoice_number(device: Caller, body: NumberIn) -> dict[str, Any]:
        """The number of the national invoice about to be validated, given by the service under the
        push lock (reserved for it until its validation arrives)."""
        if not device.national:
            raise HTTPException(403, "réservé au coordinateur national")
        with db.write(engine) as conn:
            try:
                return {"number": numbering.reserve(conn, body.invoice_id, body.prefix, body.year)}
            except numbering.Busy as exc:
                raise HTTPException(409, str(exc)) from None
            except ValueError as exc:
                raise HTTPException(400, str(exc)) from None

    @app.put("/v1/attachments/{sha256}")
    async def upload(sha256: str, request: Request, device: Caller) -> dict[str, Any]:
        """An attachment's file, streamed (the token is checked first, then the bytes are hashed
        and stored chunk by chunk); push its row afterwards with the metadata only."""
        try:
            new = await blobs.receive(engine, device, sha256, request.stream())
        except blobs.BlobRefused as exc:
            raise HTTPException(exc.status, str(exc)) from None
        with db.write(engine) as conn:
            access.record(conn, device.device_id, "upload", Counter({("attachments", ""): 1}))
        return {"sha256": sha256, "stored": new}

    @app.get("/v1/attachments/{sha256}")
    def download(sha256: str, device: Caller) -> StreamingResponse:
        """An attachment's file, for a device whose scope holds a row naming it (404 otherwise)."""
        with db.read(engine) as conn:
            size = blobs.readable(conn, sha256, device)
        if size is None:
            raise HTTPException(404, "fichier joint introuvable dans votre région")
        with db.write(engine) as conn:
            access.record(conn, device.device_id, "download", Counter({("attachments", ""): 1}))
        return StreamingResponse(blobs.chunks(engine, sha256), media_type="application/octet-stream",
                                 headers={"Content-Length": str(size)})

    @app.post("/v1/push", response_model=PushOut,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": PushIn.model_json_schema()}}, "required": True}})
    def push_ops(device: Caller, raw: Annotated[bytes, Depends(_body)]) -> Response:
        # The token is checked (first dependency) before the body is read.
        # Hot path: ops validated straight into dicts, each result serialised to JSON only once.
        try:
            body = PUSH_BODY.validate_json(raw)
        except (ValidationError, ValueError) as exc:
            if not isinstance(exc, ValidationError):
                raise HTTPException(400, "corps de requête illisible") from None
            raise RequestValidationError(exc.errors(include_url=False)) from None
        origin = device
        ops: list[dict[str, Any]] = list(body["ops"])  # type: ignore[arg-type]
        extra = ""
        with db.write(engine) as conn:
            if body["device_id"] != device.device_id:
                # The national office relays a region file's ops under the office's own device id:
                # each op signed by the office's registered key, whose record gives region and role.
                if not device.national:
                    raise HTTPException(403, "ces opérations appartiennent à un autre appareil")
                try:
                    record = senders.check_ops(conn, body["device_id"], ops)
                    origin = senders.relay_origin(conn, body["device_id"], record)
                except senders.SenderRefused as exc:
                    raise HTTPException(403, str(exc)) from None
            for op in ops:
                op.pop("sig", None)
            results = push.push_encoded(conn, origin, ops)
            access.record(conn, device.device_id, "push" if origin is device else "relay", access.of_ops(ops))
            if origin is not device:
                # The relaying national office realigns on the service's rows (sync.md region files).
                keys = {(op["table"], op["row_id"]) for op in ops}
                extra = ',"rows":' + push.dumps(scope.rows_of(conn, keys))
            seq = scope.current_seq(conn)
        return Response(f'{{"results":{results},"server_seq":{seq}{extra}}}', media_type="application/json")

    @app.get("/v1/pull", response_model=PullOut)
    def pull(device: Caller, since: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500) -> dict[str, Any]:
        with db.read(engine) as conn:
            out = scope.pull(conn, device, since, limit)
        if out["changes"]:
            with db.write(engine) as conn:
                access.record(conn, device.device_id, "pull", access.of_rows(out["changes"]))
        return out

    @app.get("/v1/snapshot", response_model=SnapshotOut)
    def snapshot(device: Caller, table: Annotated[str, Query(max_length=64)],
                 after: Annotated[str, Query(max_length=64)] = "",
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 2000) -> dict[str, Any]:
        with db.read(engine) as conn:
            out = scope.snapshot(conn, device, table, after, limit)
        if out["rows"]:
            with db.write(engine) as conn:
                access.record(conn, device.device_id, "snapshot", access.of_rows(out["rows"]))
        return out

    @app.post("/v1/verify", response_model=VerifyOut)
    def verify(device: Caller) -> dict[str, Any]:
        with db.read(engine) as conn:
            return scope.verify(conn, device)

    from sync import phone  # the professionals' phone: feeds and mobile page (issue 15)

    app.include_router(phone.router(engine))
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory sync.app:app_from_env`` (database from SOSDESK_SYNC_DB)."""
    return create_app(db.default_url())
