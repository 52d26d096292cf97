"""Where the user's data lives (platformdirs); SOSDESK_DATA_DIR overrides it (tests, portable use)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("SOSDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("sosdesk", "sosdesk"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    return data_dir() / "sosdesk.db"


def demo_db() -> Path:
    return data_dir() / "demo.db"


def db_path(args: Any) -> Path:
    """The data file a command or the window opens: ``--db`` or the user's default file."""
    return Path(args.db) if getattr(args, "db", None) else default_db()
