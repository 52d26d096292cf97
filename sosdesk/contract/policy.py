"""The conflict policy of sync.md as one pure function, used by the central service for pushes
and region files alike.

Detection is field by field: an op carries ``[old, new]`` per field. When the op's base version
is stale, a field whose server value still equals ``old`` merges cleanly; one that moved
elsewhere is a true concurrent edit: last writer wins for logistics and contact fields (the losing
value goes to ``conflict_log``), a person decides for sensitive fields and delete/update races.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Decision:
    """What to do with one op: ``status`` is applied, merged or conflict."""

    status: str
    apply: dict[str, Any] = field(default_factory=dict)      # field → new value to write
    lost: list[tuple[str, Any, Any]] = field(default_factory=list)  # (field, losing, winning) LWW
    conflict_fields: list[str] = field(default_factory=list)
    delete: bool = False
    undelete: bool = False


def decide(action: str, fields: dict[str, list[Any]], base_version: int,
           server_version: int | None, server_data: dict[str, Any] | None, server_deleted: bool,
           others_changed: bool, sensitive: frozenset[str]) -> Decision:
    """Decide one op against the server's current row (``server_version`` None: no such row)."""
    deleting = action == "delete" or (fields.get("deleted", [None, False])[1] is True)
    values = {k: v[1] for k, v in fields.items() if k != "deleted"}
    if server_version is None:
        return Decision("applied", apply=values, delete=deleting)
    assert server_data is not None
    if base_version == server_version:
        if server_deleted and not deleting:
            # An edit of a row deleted by the same history line: bring it back.
            return Decision("applied", apply=values, undelete=True)
        return Decision("applied", apply=values, delete=deleting)
    # Stale base: someone else wrote the row since this device last saw it.
    if deleting:
        if server_deleted:
            return Decision("merged")
        if others_changed:
            return Decision("conflict", conflict_fields=["deleted"])
        return Decision("merged", delete=True)
    if server_deleted:
        if others_changed:
            return Decision("conflict", conflict_fields=["deleted"])
        return Decision("merged", apply=values, undelete=True)
    decision = Decision("merged")
    for key, (old, new) in ((k, v) for k, v in fields.items() if k != "deleted"):
        current = server_data.get(key)
        if current == new:
            continue
        if current == old or (action == "insert" and key not in server_data):
            decision.apply[key] = new
        elif key in sensitive:
            decision.conflict_fields.append(key)
        else:
            decision.apply[key] = new
            decision.lost.append((key, current, new))
    if decision.conflict_fields:
        return Decision("conflict", conflict_fields=decision.conflict_fields)
    return decision
