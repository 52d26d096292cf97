"""The FastAPI application of the central service: every call of sync.md under /v1."""


from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.engine import Engine

from sosdesk import __version__
from sync import auth, db, push, scope
from sync.models import server_state
from sync.schemas import (
    PUSH_BODY,
    EnrolIn,
    EnrolOut,
    MetaOut,
    PullOut,
    PushIn,
    PushOut,
    SnapshotOut,
    TokenIn,
    TokenOut,
    VerifyOut,
)

MIN_CLIENT_VERSION = "0.1.0"
MAX_PAGE = 5000


async def _body(request: Request) -> bytes:
    return await request.body()


def create_app(url: str | None = None, engine: Engine | None = None) -> FastAPI:
    """The service on database ``url`` (created or upgraded on start)."""
    engine = engine if engine is not None else db.make_engine(url or db.default_url())
    db.upgrade(engine)
    with db.write(engine) as conn:
        auth.ensure_secret(conn)
        secret = bytes.fromhex(conn.execute(
            select(server_state.c.text).where(server_state.c.key == "secret")).scalar_one())
    app = FastAPI(title="sosdesk-sync", version=__version__)
    app.state.engine = engine

    def caller(authorization: Annotated[str | None, Header()] = None) -> auth.Device:
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "authentification requise")
        with db.read(engine) as conn:
            try:
                return auth.check_access(conn, authorization[7:], secret)
            except auth.AuthError as exc:
                raise HTTPException(401, str(exc)) from None

    Caller = Annotated[auth.Device, Depends(caller)]

    @app.post("/v1/enrol", response_model=EnrolOut)
    def enrol(body: EnrolIn) -> dict[str, Any]:
        with db.write(engine) as conn:
            try:
                device, refresh = auth.enrol(conn, body.code, body.device_id)
            except auth.AuthError as exc:
                raise HTTPException(403, str(exc)) from None
        return {"device_id": device.device_id, "refresh": refresh, "region": device.region,
                "role": device.role}

    @app.post("/v1/token", response_model=TokenOut)
    def token(body: TokenIn) -> dict[str, Any]:
        with db.read(engine) as conn:
            try:
                access, expires = auth.issue_access(conn, body.refresh)
            except auth.AuthError as exc:
                raise HTTPException(401, str(exc)) from None
        return {"access": access, "expires_in": expires}

    @app.post("/v1/clone", response_model=EnrolOut)
    def clone(body: TokenIn) -> dict[str, Any]:
        """A new device id for a copied database file, authorised by the original's refresh token."""
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
                               "min_client_version": MIN_CLIENT_VERSION}
        if authorization:
            device = caller(authorization)
            out.update(region=device.region, role=device.role)
        return out

    @app.post("/v1/push", response_model=PushOut,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": PushIn.model_json_schema()}}, "required": True}})
    def push_ops(raw: Annotated[bytes, Depends(_body)], device: Caller) -> Response:
        # Hot path: ops validated straight into dicts, each result serialised to JSON only once.
        try:
            body = PUSH_BODY.validate_json(raw)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
        origin = device
        ops: list[dict[str, Any]] = list(body["ops"])  # type: ignore[arg-type]
        extra = ""
        with db.write(engine) as conn:
            if body["device_id"] != device.device_id:
                # The national office relays a region file's ops under the office's own device id.
                other = (auth.relay_device(conn, body["device_id"], body.get("region"))
                         if device.national else None)
                if other is None:
                    raise HTTPException(403, "ces opérations appartiennent à un autre appareil")
                origin = other
            results = push.push_encoded(conn, origin, ops)
            if origin is not device:
                # The relaying national office realigns on the service's rows (sync.md region files).
                keys = {(op["table"], op["row_id"]) for op in ops}
                extra = ',"rows":' + push.dumps(scope.rows_of(conn, keys))
            seq = scope.current_seq(conn)
        return Response(f'{{"results":{results},"server_seq":{seq}{extra}}}', media_type="application/json")

    @app.get("/v1/pull", response_model=PullOut)
    def pull(device: Caller, since: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500) -> dict[str, Any]:
        with db.read(engine) as conn:
            return scope.pull(conn, device, since, limit)

    @app.get("/v1/snapshot", response_model=SnapshotOut)
    def snapshot(device: Caller, table: str, after: str = "",
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 2000) -> dict[str, Any]:
        with db.read(engine) as conn:
            return scope.snapshot(conn, device, table, after, limit)

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
