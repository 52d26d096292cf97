"""Limits before work (DESIGN: the service refuses cheaply): body size checked before and while it
is read, 422 answers that never echo the input, no traceback or body in any answer or log."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 8 * 1024 * 1024  # a push of 500 ops with notes fits well under this
log = logging.getLogger("sosdesk.sync")


class _TooLarge(Exception):
    pass


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse a body over ``limit`` bytes: at once from its Content-Length, else while streaming."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY, uploads: tuple[str, int] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.uploads = uploads  # (path prefix, limit) of the streamed uploads (attachments)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit
        if self.uploads is not None and scope.get("method") == "PUT" and \
                str(scope.get("path", "")).startswith(self.uploads[0]):
            limit = self.uploads[1]
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    await _answer(send, 400, "en-tête Content-Length invalide")
                    return
                if size > limit:
                    await _answer(send, 413, "requête trop volumineuse")
                    return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _TooLarge:
            if not started:
                await _answer(send, 413, "requête trop volumineuse")
        except Exception:
            # Never a body, a value or a traceback in the log: the route and the exception type.
            log.error("erreur interne sur %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _answer(send, 500, "erreur interne du service")


def _clean(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the input they were about (only where and what, at most 10)."""
    out = []
    for e in list(errors)[:10]:
        loc = [p if isinstance(p, int) else str(p)[:40] for p in e.get("loc", ())][:6]
        out.append({"loc": loc, "msg": str(e.get("msg", ""))[:200], "type": str(e.get("type", ""))[:60]})
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _clean(exc.errors())}, status_code=422)


class Throttled(Exception):
    """Too many calls of one kind from one address in the current minute."""


def _count(conn: Any, kind: str, who: str, seconds: int, now: float, add: int) -> int:
    """The count of ``kind`` calls from ``who`` in the current ``seconds``-long window, after adding
    ``add`` (state in the database, shared by every service process)."""
    from sqlalchemy import select, update
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from sync.models import throttle as table

    key = f"{kind}:{who}"[:96]
    window = int(now // seconds)
    if not add:
        row = conn.execute(select(table.c.window, table.c.count).where(table.c.key == key)).first()
        return 0 if row is None or row.window != window else int(row.count)
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(insert(table).values(key=key, window=window, count=0).on_conflict_do_nothing())
    row = conn.execute(select(table.c.window, table.c.count).where(table.c.key == key).with_for_update()).one()
    count = add if row.window != window else row.count + add
    conn.execute(update(table).where(table.c.key == key).values(window=window, count=count))
    return int(count)


def throttle(conn: Any, kind: str, who: str, limit: int, now: float) -> None:
    """Count one call of ``kind`` from ``who`` in this minute (state in the database, shared by every
    service process); raise :class:`Throttled` past ``limit``."""
    if _count(conn, kind, who, 60, now, 1) > limit:
        raise Throttled


def failures(conn: Any, kind: str, who: str, seconds: int, now: float) -> float:
    """Failures of ``kind`` from ``who`` over the last ``seconds`` (sliding estimate: this window's
    count plus the previous window's, weighted by how much of it still lies in the last ``seconds``)."""
    window = int(now // seconds)
    current = _count(conn, f"{kind}:{window % 2}", who, seconds, now, 0)
    previous = _count(conn, f"{kind}:{(window - 1) % 2}", who, seconds, now - seconds, 0)
    return current + previous * (1 - (now % seconds) / seconds)


def record_failure(conn: Any, kind: str, who: str, seconds: int, now: float) -> None:
    """Record one failure of ``kind`` from ``who`` (see :func:`failures`)."""
    _count(conn, f"{kind}:{int(now // seconds) % 2}", who, seconds, now, 1)
