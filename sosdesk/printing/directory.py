"""What the printed documents read from the store: names, sites, types and a week's meetings,
gathered once per document so a page never queries row by row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import local_day_minute, utc_to_local, week_dates
from sosdesk.domain.vocabulary import MEETING_STATUS_LABELS, SUBJECT_KIND_LABELS, long_day, table_time
from sosdesk.store import models as m

STATUS_LABELS = MEETING_STATUS_LABELS
KIND_LABELS = SUBJECT_KIND_LABELS


def esc(text: object) -> str:
    """User text made safe for reportlab's paragraph mini-markup."""
    return escape(str(text))


def day_label(d: date) -> str:
    return long_day(d)


def long_date(d: date) -> str:
    return f"{day_label(d)} {d.year}"


def week_span(week: str) -> str:
    days = week_dates(week)
    return f"du {day_label(days[0])} au {long_date(days[-1])}"


def hhmm(instant: datetime) -> str:
    return table_time(utc_to_local(instant))


def time_range(start: datetime, minutes: int) -> str:
    _d, minute = local_day_minute(start)
    end = minute + minutes
    return f"{hhmm(start)}–{end // 60 % 24:02d}:{end % 60:02d}"


@dataclass
class Directory:
    """Reference rows by id for one document."""

    sites: dict[str, m.Site]
    types: dict[str, m.MeetingType]
    professionals: dict[str, m.Professional]
    beneficiaries: dict[str, m.Beneficiary]

    @staticmethod
    def load(session: Session) -> Directory:
        return Directory(
            sites={r.id: r for r in session.scalars(select(m.Site))},
            types={r.id: r for r in session.scalars(select(m.MeetingType))},
            professionals={r.id: r for r in session.scalars(select(m.Professional))},
            beneficiaries={r.id: r for r in session.scalars(select(m.Beneficiary))})

    def pro_name(self, pid: str) -> str:
        row = self.professionals.get(pid)
        return row.display_name if row else pid

    def ben_name(self, bid: str) -> str:
        """'LEFÈVRE Anaïs': surname first, in capitals, as on official lists."""
        row = self.beneficiaries.get(bid)
        if row is None:
            return bid
        return f"{row.last_name.upper()} {row.first_name}".strip() or bid

    def type_label(self, tid: str) -> str:
        row = self.types.get(tid)
        return (row.label or row.id) if row else tid

    def site_name(self, sid: str) -> str:
        row = self.sites.get(sid)
        return row.name if row else sid

    def site_address(self, sid: str) -> str:
        row = self.sites.get(sid)
        return row.address if row else ""

    def subject(self, kind: str, ident: str) -> str:
        """The printed name of a schedule's subject; InputError (French) when unknown."""
        table: dict[str, dict[str, Any]] = {"professional": self.professionals, "beneficiary": self.beneficiaries, "site": self.sites}
        if kind not in table:
            raise InputError(f"type de planning inconnu « {kind} » (professional, beneficiary ou site)")
        row = table[kind].get(ident)
        if row is None or row.deleted:
            raise InputError(f"{KIND_LABELS[kind]} inconnu(e) : {ident}")
        if kind == "professional":
            return self.pro_name(ident)
        if kind == "beneficiary":
            return self.ben_name(ident)
        return self.site_name(ident)
