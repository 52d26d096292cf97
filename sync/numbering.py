"""Invoice numbers handed out by the service (pricing.md §7: gapless, chronological per year).

The national desktop asks for the number of the invoice it is about to validate; the service gives
the next of the year under the push lock (the sequence counter row), reserved for that invoice. Its
validation then carries that number, which the push accepts; the same invoice asking again gets
the same number. Only one reservation per year is open at a time: a second national validation
waits (HTTP 409) until the first is pushed or its reservation expires, and an expired number goes to
the next invoice, so no number is ever skipped. A national office with no network numbers locally
(the next of its file); the push checks that number is still the next of the year, as before.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from sync.models import invoice_numbers, rows, server_state

TTL = timedelta(minutes=10)
PREFIX = re.compile(r"^[A-Za-z0-9_.]{1,40}$")


class Busy(Exception):
    """Another national validation holds this year's next number; the message is French."""


def _lock(conn: Connection) -> None:
    conn.execute(select(server_state.c.num).where(server_state.c.key == "seq").with_for_update()).scalar_one()


def _expire(conn: Connection, now: datetime) -> None:
    conn.execute(invoice_numbers.delete().where(invoice_numbers.c.reserved_at < now - TTL))


def issued(conn: Connection, stem: str, exclude: str | None = None) -> set[str]:
    """Numbers of ``stem`` (« SOS-2026- ») carried by the invoices the service holds."""
    like = stem.replace("%", r"\%").replace("_", r"\_") + "%"
    q = select(rows.c.row_id, rows.c.data["number"].as_string()).where(
        rows.c.table_name == "invoices", rows.c.data["number"].as_string().like(like, escape="\\"))
    return {str(n) for r, n in conn.execute(q) if n and r != exclude}


def _top(numbers: set[str]) -> int:
    return max((int(n.rsplit("-", 1)[1]) for n in numbers if n.rsplit("-", 1)[1].isdigit()), default=0)


def reserve(conn: Connection, invoice_id: str, prefix: str, year: int, now: datetime | None = None) -> str:
    """The number the service gives ``invoice_id`` for ``year``: its own if it has one (validated,
    or reserved before), else the next of the year; raises Busy while another invoice holds it."""
    if not PREFIX.match(prefix) or not 2000 <= year <= 2999:
        raise ValueError("préfixe ou année de numérotation invalide")
    now = now or datetime.now(UTC)
    stem = f"{prefix}-{year}-"
    _lock(conn)
    _expire(conn, now)
    own = conn.execute(select(rows.c.data["number"].as_string()).where(
        rows.c.table_name == "invoices", rows.c.row_id == invoice_id)).scalar()
    if own and str(own).startswith(stem):
        return str(own)
    held = conn.execute(select(invoice_numbers.c.number, invoice_numbers.c.invoice_id).where(
        invoice_numbers.c.stem == stem)).first()
    if held is not None:
        if held.invoice_id == invoice_id:
            conn.execute(invoice_numbers.update().where(invoice_numbers.c.number == held.number)
                         .values(reserved_at=now))
            return str(held.number)
        raise Busy("une autre facture nationale est en cours de validation : réessayez dans quelques minutes")
    number = f"{stem}{_top(issued(conn, stem)) + 1:06d}"
    conn.execute(invoice_numbers.insert().values(number=number, stem=stem, invoice_id=invoice_id, reserved_at=now))
    return number


def held_by_other(conn: Connection, number: str, invoice_id: str, now: datetime | None = None) -> bool:
    """The number is reserved (not expired) for another invoice."""
    now = now or datetime.now(UTC)
    row = conn.execute(select(invoice_numbers.c.invoice_id).where(and_(
        invoice_numbers.c.number == number, invoice_numbers.c.reserved_at >= now - TTL))).first()
    return row is not None and row.invoice_id != invoice_id


def consume(conn: Connection, invoice_id: str) -> None:
    """The invoice's validation is stored: its reservation is spent."""
    conn.execute(invoice_numbers.delete().where(invoice_numbers.c.invoice_id == invoice_id))
