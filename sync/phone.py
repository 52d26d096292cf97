"""The professionals' phone on the service (issue 15): calendar feeds and the mobile page,
mounted on the app by ``include_router(phone.router(engine))``."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.engine import Engine

from sync import feeds, reminders_service
from sync.field import api as field_api
from sync.phone_common import AccessLog


def router(engine: Engine) -> APIRouter:
    access = AccessLog(engine)
    out = APIRouter()
    out.include_router(feeds.router(engine, access))
    out.include_router(field_api.router(engine, access))
    out.include_router(reminders_service.router(engine))
    return out
