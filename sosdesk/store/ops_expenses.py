"""Expenses the regional admin records (pricing.md §5): create, update, archive, attach a receipt,
and the list the Dépenses page and ``sosdesk expense list`` show.

Every field is checked first (all problems at once, in French; nothing written on error); each
write is one ``store.transaction`` returning its ``Changes``. A billed expense is refused by the
invoicing guard (``InvoiceFrozenError``, an ``InputError``), which is left to surface as is.
Input keys: ``date`` (date, ``JJ/MM/AAAA`` or ``AAAA-MM-JJ``), ``category`` (a code of
``EXPENSE_CATEGORIES``), ``amount`` (euros as typed, « 120,50 ») or ``amount_cents``, ``label``,
``meeting`` (id or empty), ``region`` (create only).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.model import EXPENSE_CATEGORIES
from sosdesk.domain.permissions import ACTIONS, ROLE_LABELS, Actor, PermissionDenied, can, require
from sosdesk.domain.pricing import CATEGORY_LABELS
from sosdesk.domain.proof_files import check_proof
from sosdesk.domain.timegrid import local_to_utc, month_bounds, utc_to_local
from sosdesk.domain.vocabulary import day_month_text, day_text, euros, table_time
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import FrozenItem, Invoice
from sosdesk.store.naming import meeting_label
from sosdesk.store.ops_meetings import store_attachment

# The right of the region's admin who records attendance also covers its expenses.
ACTION = "record_attendance"
# One receipt above 100 000,00 € is a typing mistake, not an office expense.
MAX_EXPENSE_CENTS = 10_000_000
MAX_LABEL = 400
FIELD_LABELS = {"date": "date", "category": "catégorie", "amount": "montant", "label": "libellé",
                "meeting": "rendez-vous lié", "region": "région", "receipt": "justificatif", "id": "dépense"}
_AMOUNT = re.compile(r"^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$")


# -- money -------------------------------------------------------------------------------------


def parse_euros(text: str | Decimal | int, path: str = "amount") -> int:
    """Euros as typed (« 120,50 », « 1 200 », « 12.5 € ») → cents, > 0 and at most the cap."""
    if isinstance(text, (Decimal, int)) and not isinstance(text, bool):
        raw = format(Decimal(text), "f")
    elif isinstance(text, str):
        raw = text
    else:
        raise InputError(f"montant invalide « {text} » (attendu des euros, ex. 120,50)", path)
    cleaned = raw.strip().removesuffix("€").removesuffix("EUR").strip()
    if not cleaned:
        raise InputError("montant manquant (ex. 120,50)", path)
    if cleaned.startswith("-"):
        raise InputError(f"le montant doit être supérieur à 0 (« {raw.strip()} »)", path)
    match = _AMOUNT.match(cleaned.lstrip("+"))
    if match is None:
        raise InputError(f"montant invalide « {raw.strip()} » (attendu des euros, ex. 120,50)", path)
    whole, decimals = match.group(1), match.group(2) or ""
    if len(decimals.rstrip("0")) > 2:
        raise InputError(f"montant invalide « {raw.strip()} » : au centime près (deux décimales au plus)", path)
    try:
        cents = int(Decimal(re.sub(r"\D", "", whole) + "." + (decimals or "0")) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise InputError(f"montant invalide « {raw.strip()} »", path) from None
    check_cents(cents, path)
    return cents


def check_cents(cents: int, path: str = "amount") -> None:
    if cents <= 0:
        raise InputError("le montant doit être supérieur à 0", path)
    if cents > MAX_EXPENSE_CENTS:
        raise InputError(f"montant trop élevé ({format_euros(cents)}) : {format_euros(MAX_EXPENSE_CENTS)} "
                         "au plus par dépense, vérifiez la saisie", path)


def format_euros(cents: int) -> str:
    """12050 → « 120,50 € »: the one money formatter (``vocabulary.euros``), always two decimals."""
    return euros(cents)


# -- checks --------------------------------------------------------------------------------------


def _date(value: Any, problems: ProblemList, today: date) -> date | None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        if not text:
            problems.add("date", "date manquante (JJ/MM/AAAA)")
            return None
        fmt = "%d/%m/%Y" if "/" in text else "%Y-%m-%d"
        try:
            value = datetime.strptime(text, fmt).date()
        except ValueError:
            problems.add("date", f"date invalide « {text} » (attendu JJ/MM/AAAA)")
            return None
    if not isinstance(value, date):
        problems.add("date", "date manquante (JJ/MM/AAAA)")
        return None
    if value.year < 2000:
        problems.add("date", f"date trop ancienne : {day_text(value)}")
        return None
    if value > today + timedelta(days=366):
        problems.add("date", f"date trop lointaine : {day_text(value)} (plus d'un an après aujourd'hui)")
        return None
    return value


def _category(value: Any, problems: ProblemList) -> str | None:
    if value in EXPENSE_CATEGORIES:
        return str(value)
    known = ", ".join(f"{c} ({CATEGORY_LABELS[c].lower()})" for c in EXPENSE_CATEGORIES)
    problems.add("category", f"catégorie inconnue « {value or ''} » (attendu : {known})")
    return None


def _amount(values: Mapping[str, Any], problems: ProblemList) -> int | None:
    try:
        if "amount_cents" in values:
            cents = values["amount_cents"]
            if not isinstance(cents, int) or isinstance(cents, bool):
                raise InputError(f"montant en centimes invalide « {cents} »", "amount")
            check_cents(cents)
            return cents
        return parse_euros(values.get("amount", ""))
    except InputError as exc:
        problems.problems.extend(exc.problems)
        return None


def _label(value: Any, problems: ProblemList) -> str | None:
    text = " ".join(str(value or "").split())
    if not text:
        problems.add("label", "libellé manquant : dites ce qui a été payé (ex. « Location salle 12/10 »)")
        return None
    if len(text) > MAX_LABEL:
        problems.add("label", f"libellé trop long ({len(text)} caractères, {MAX_LABEL} au plus)")
        return None
    return text


def _meeting(session: Session, value: Any, region: str | None, problems: ProblemList) -> str | None:
    mid = str(value or "").strip()
    if not mid:
        return None
    row = session.get(m.Meeting, mid)
    if row is None or row.deleted:
        problems.add("meeting", f"rendez-vous introuvable : {mid}")
    elif region is not None and row.region_id != region:
        other, mine = session.get(m.Region, row.region_id), session.get(m.Region, region)
        problems.add("meeting", f"{meeting_label(session, row)} est d'une autre région "
                                f"({other.name if other else row.region_id}), pas {mine.name if mine else region}")
    return mid


def _validate(session: Session, values: Mapping[str, Any], region: str | None, today: date
              ) -> dict[str, Any]:
    """Every field of a full expense checked; raises InputError naming each bad one."""
    problems = ProblemList()
    out = {"date": _date(values.get("date"), problems, today), "category": _category(values.get("category"), problems),
           "amount_cents": _amount(values, problems), "label": _label(values.get("label"), problems),
           "meeting_id": _meeting(session, values.get("meeting"), region, problems)}
    problems.raise_if_any()
    return out


def _require(store: Store, session: Session, region: str) -> None:
    """Only the region's admin records its expenses; a file with no current user may edit."""
    uid = store.user_id
    user = session.get(m.User, uid) if uid else None
    if user is None:
        return
    if not can(user.role, ACTION):
        allowed = ", ".join(sorted(ROLE_LABELS[r] for r in ACTIONS[ACTION]))
        raise PermissionDenied(f"{ROLE_LABELS.get(user.role, user.role)} ne peut pas saisir les dépenses "
                               f"(réservé à : {allowed})")
    require(Actor(user.id, user.role, user.region_id), ACTION, region)


def _row(session: Session, expense_id: str) -> m.Expense:
    row = session.get(m.Expense, expense_id)
    if row is None or row.deleted:
        raise InputError(f"dépense introuvable : {expense_id}", "id")
    return row


def _current(row: m.Expense) -> dict[str, Any]:
    return {"date": row.date, "category": row.category, "amount_cents": row.amount_cents, "label": row.label,
            "meeting": row.meeting_id or ""}


# -- writes -----------------------------------------------------------------------------------------


def create_expense(store: Store, values: Mapping[str, Any], region: str | None = None,
                   today: date | None = None) -> tuple[str, Changes]:
    """Record a new expense (without receipt yet); ``region`` defaults to the user's own."""
    with store.transaction("Nouvelle dépense") as (session, changes):
        uid = store.user_id
        user = session.get(m.User, uid) if uid else None
        region = region or values.get("region") or (user.region_id if user is not None else None)
        reg = session.get(m.Region, region) if region else None
        if reg is None or reg.deleted:
            raise InputError(f"région inconnue : {region}" if region else "région manquante", "region")
        assert region is not None
        _require(store, session, region)
        data = _validate(session, values, region, today or date.today())
        expense_id = f"E-{uuid.uuid4().hex[:12]}"
        session.add(m.Expense(id=expense_id, region_id=region, receipt=None, **data))
    return expense_id, changes


def update_expense(store: Store, expense_id: str, values: Mapping[str, Any],
                   today: date | None = None) -> Changes:
    """Change some fields (the others kept); refused once a validated invoice bills the expense."""
    with store.transaction("Modifier une dépense") as (session, changes):
        row = _row(session, expense_id)
        _require(store, session, row.region_id)
        merged = _current(row)
        merged.update(values)
        if "amount" in values:
            merged.pop("amount_cents", None)
        data = _validate(session, merged, row.region_id, today or date.today())
        for key, value in data.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    return changes


def archive_expense(store: Store, expense_id: str) -> Changes:
    """Archive (tombstone): billing leaves it out; refused once a validated invoice bills it."""
    with store.transaction("Archiver une dépense") as (session, changes):
        row = _row(session, expense_id)
        _require(store, session, row.region_id)
        row.deleted = True
    return changes


def attach_receipt(store: Store, expense_id: str, filename: str, content: bytes,
                   media_type: str = "application/pdf") -> tuple[str, Changes]:
    """Attach the receipt (PDF/image, kept once by its SHA-256); returns the attachment id.

    Checked first by ``domain.proof_files`` (type by content, size cap): a refusal stores nothing."""
    proof = check_proof(filename, content)
    with store.transaction("Joindre un justificatif de dépense") as (session, changes):
        row = _row(session, expense_id)
        _require(store, session, row.region_id)
        sha = store_attachment(session, filename, content, proof.media_type)
        if row.receipt != sha:
            row.receipt = sha
    return sha, changes


# -- reads ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    """One listed expense, with what the list shows about its receipt, meeting and invoice."""

    id: str
    region: str
    date: date
    category: str
    amount_cents: int
    label: str
    receipt: str | None
    has_receipt: bool      # the receipt's file is stored (what billing counts as proof)
    receipt_name: str
    meeting_id: str | None
    meeting_text: str
    billed_by: str | None  # number of the validated invoice that bills it


def meeting_text(row: m.Meeting, type_label: str) -> str:
    start = utc_to_local(row.start)
    cancelled = " (annulé)" if row.status == "cancelled" else ""
    return f"{day_month_text(start)} {table_time(start)} · {type_label or 'rendez-vous'}{cancelled}"  # a list cell


def list_expenses(session: Session, month: str | None = None, region: str | None = None,
                  ids: Collection[str] | None = None, missing_only: bool = False) -> list[ExpenseRow]:
    """Live expenses of ``month`` (all when None) in ``region`` (all when None), by date."""
    q = select(m.Expense).where(m.Expense.deleted.is_(False))
    if month is not None:
        first, nxt = month_bounds(month)
        q = q.where(m.Expense.date >= first, m.Expense.date < nxt)
    if region is not None:
        q = q.where(m.Expense.region_id == region)
    if ids is not None:
        q = q.where(m.Expense.id.in_(list(ids)))
    rows = list(session.scalars(q.order_by(m.Expense.date, m.Expense.id)))
    shas = {r.receipt for r in rows if r.receipt}
    files: dict[str, str] = {sha: name for sha, name in session.execute(select(
        m.Attachment.id, m.Attachment.filename).where(m.Attachment.id.in_(shas)))} if shas else {}
    mids = {r.meeting_id for r in rows if r.meeting_id}
    meetings = {x.id: x for x in session.scalars(select(m.Meeting).where(m.Meeting.id.in_(mids)))} if mids else {}
    types = {t.id: t.label for t in session.scalars(select(m.MeetingType))} if meetings else {}
    billed = _billed_by(session, [r.id for r in rows])
    out = []
    for r in rows:
        mt = meetings.get(r.meeting_id or "")
        has = bool(r.receipt and r.receipt in files)
        if missing_only and has:
            continue
        out.append(ExpenseRow(
            r.id, r.region_id, r.date, r.category, r.amount_cents, r.label, r.receipt, has,
            files.get(r.receipt or "", ""), r.meeting_id,
            meeting_text(mt, types.get(mt.type_id, "")) if mt is not None else (r.meeting_id or ""),
            billed.get(r.id)))
    return out


def _billed_by(session: Session, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    found = [(e, i) for e, i in session.execute(select(FrozenItem.item_id, FrozenItem.invoice_id).where(
        FrozenItem.item_kind == "expense", FrozenItem.item_id.in_(ids)))]
    numbers = {inv.id: inv.number or inv.id for inv in session.scalars(
        select(Invoice).where(Invoice.id.in_({i for _e, i in found})))} if found else {}
    return {eid: numbers.get(iid, iid) for eid, iid in found}


def meeting_choices(session: Session, region: str, month: str) -> list[tuple[str, str]]:
    """(id, « 12/10 14:00 · Atelier collectif ») of the region's meetings in ``month``, by start."""
    first, nxt = month_bounds(month)
    rows = session.scalars(select(m.Meeting).where(
        m.Meeting.deleted.is_(False), m.Meeting.region_id == region,
        m.Meeting.start >= local_to_utc(first, 0), m.Meeting.start < local_to_utc(nxt, 0))
        .order_by(m.Meeting.start, m.Meeting.id))
    types = {t.id: t.label for t in session.scalars(select(m.MeetingType))}
    return [(r.id, meeting_text(r, types.get(r.type_id, ""))) for r in rows]


def describe(path: str, message: str) -> str:
    """« Montant : le montant doit être supérieur à 0 » (field named in French)."""
    label = FIELD_LABELS.get(path.lstrip("-"), path)
    return f"{label[:1].upper()}{label[1:]} : {message}" if path else message
