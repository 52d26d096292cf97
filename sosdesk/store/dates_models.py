"""Dates that matter (issue 12): dated unavailability of professionals, beneficiaries and sites,
and closed days of the organisation or of one region. Both tables sync like the others."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, Synced


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Unavailability(Synced, Base):
    """Leave, training, sick leave, hospital, hearing elsewhere, a site's closure or reduced
    capacity, from ``first_date`` to ``last_date`` (both included), all day unless ``start_time``
    and ``end_time`` ("HH:MM") are given. Exactly one of the three subjects is set."""

    __tablename__ = "unavailabilities"
    __table_args__ = (CheckConstraint(
        "(professional_id IS NOT NULL) + (beneficiary_id IS NOT NULL) + (site_id IS NOT NULL) = 1",
        name="one_subject"),)
    __sensitive_fields__ = ("first_date", "last_date", "start_time", "end_time", "reason")
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    professional_id: Mapped[str | None] = mapped_column(_fk("professionals.id"), nullable=True, index=True)
    beneficiary_id: Mapped[str | None] = mapped_column(_fk("beneficiaries.id"), nullable=True, index=True)
    site_id: Mapped[str | None] = mapped_column(_fk("sites.id"), nullable=True, index=True)
    first_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    last_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    end_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    @property
    def subject(self) -> tuple[str, str]:
        if self.professional_id:
            return "professional", self.professional_id
        if self.beneficiary_id:
            return "beneficiary", self.beneficiary_id
        return "site", self.site_id or ""


class ClosedDay(Synced, Base):
    """A day every site closes: of the whole organisation (``region_id`` None, written by the
    national office) or of one region (e.g. the day after Ascension when the office decides so)."""

    __tablename__ = "closed_days"
    region_id: Mapped[str | None] = mapped_column(_fk("regions.id"), nullable=True, index=True)
    date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
