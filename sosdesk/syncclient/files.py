"""Attachment files sent apart from the push (docs/sync.md, « Fichiers joints »)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

from sosdesk.contract.fields import SEPARATE_CONTENT
from sosdesk.syncclient.transport import Api


def files_apart(api: Api, ops: list[dict[str, Any]], progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """The ops as sent: each attachment's file uploaded first (content-addressed: its row id is its
    SHA-256), its op then carrying only the metadata. A file whose id is not its hash, or a service
    too old to take uploads, travels inline as before (docs/sync.md, « Fichiers joints »)."""
    out = []
    supported = True
    for op in ops:
        name = SEPARATE_CONTENT.get(op["table"])
        value = op["fields"].get(name, [None, None])[-1] if name else None
        if supported and name and isinstance(value, str):
            data = base64.b64decode(value)
            if hashlib.sha256(data).hexdigest() == op["row_id"]:
                if progress and len(data) > 1024 * 1024:
                    progress(f"Envoi d'un fichier joint ({len(data) // (1024 * 1024)} Mo)…")
                supported = api.upload_attachment(op["row_id"], data)
                if supported:
                    op = {**op, "fields": {k: v for k, v in op["fields"].items() if k != name}}
        out.append(op)
    return out
