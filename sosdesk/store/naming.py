"""Names of stored rows for messages: a meeting as « le rendez-vous « Entretien psychologique » du mardi
24/11/2026 à 10 h 00 », people by first and last name (issue 13: messages never speak in ids)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import and_list, appointment_text
from sosdesk.store import models as m


def person_name(session: Session, pid: str) -> str:
    """A beneficiary's or professional's name as the app shows it (the id if neither is known)."""
    ben = session.get(m.Beneficiary, pid)
    if ben is not None:
        return ben.display_name
    pro = session.get(m.Professional, pid)
    return pro.display_name if pro is not None else pid


def meeting_label(session: Session, row: m.Meeting, with_people: bool = False) -> str:
    """« le rendez-vous « Entretien psychologique » du mardi 24/11/2026 à 10 h 00 » (« … avec Alice
    Martin » when asked)."""
    mtype = session.get(m.MeetingType, row.type_id)
    text = appointment_text(mtype.label if mtype is not None else "", utc_to_local(row.start))
    if with_people:
        who = [person_name(session, x) for x in (*row.beneficiaries, *row.professionals)]
        if who:
            text += f" avec {and_list(who)}"
    return text
