"""The service's database: SQLite (WAL) by default, PostgreSQL in production; same code on both.

Writes are serialised: SQLite takes its write lock at BEGIN (BEGIN IMMEDIATE), PostgreSQL locks
the sequence counter row first. Sequence numbers are therefore handed out in commit order, so a
client that pulled up to ``since`` can never miss a row committed later with a smaller number.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine

from sync.models import server_state

MIGRATIONS = Path(__file__).with_name("migrations")
WRITE = "sosdesk_write"


def default_url() -> str:
    env = os.environ.get("SOSDESK_SYNC_DB")
    if env:
        return normalise_url(env)
    folder = Path(platformdirs.user_data_dir("sosdesk-sync", "sosdesk"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'sync.db'}"


def normalise_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (a SQLite file)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).resolve()}"


def make_engine(url: str, creator: Callable[[], Any] | None = None, module: Any = None) -> Engine:
    """The service's engine; ``creator`` (SQLite only) opens each connection itself — the national
    office's local hub is keyed like its office file (SQLCipher, issue 16)."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        if creator is not None:
            engine = create_engine(url, future=True, hide_parameters=True, creator=creator, module=module)
        else:
            engine = create_engine(url, future=True, hide_parameters=True,
                                   connect_args={"check_same_thread": False, "timeout": 60})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_con: Any, _record: Any) -> None:
            dbapi_con.isolation_level = None
            cur = dbapi_con.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA secure_delete=ON")  # redacted history is overwritten (issue 16)
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get(WRITE, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    # hide_parameters: no SQL parameter (names, phones…) ever reaches an error message or a log.
    return create_engine(url, future=True, pool_size=10, max_overflow=10, pool_pre_ping=True,
                         hide_parameters=True)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> None:
    """Create or upgrade the service's tables, then make sure the counter row exists."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with write(engine) as conn:
        if conn.execute(select(server_state.c.key).where(server_state.c.key == "seq")).first() is None:
            conn.execute(server_state.insert().values(key="seq", num=0, text=""))


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """A write transaction (serialised with the other writers)."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read transaction: one consistent view of the data."""
    with engine.connect() as conn, conn.begin():
        yield conn
