"""The reminder outbox as a table: due time, beneficiary, channel, message, state; with the French
labels of states, channels and events."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
)

from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import day_time_text, table_time
from sosdesk.notify.run import MessageRow
from sosdesk.notify.templates import (
    CHANNEL_LABELS,
    EVENT_LABELS,
)
from sosdesk.ui.widgets.row_model import RowTableModel

STATE_LABELS = {"pending": str(QT_TRANSLATE_NOOP("MessagesModel", "en attente")),
                "sending": str(QT_TRANSLATE_NOOP("MessagesModel", "envoi en cours")),
                "sent": str(QT_TRANSLATE_NOOP("MessagesModel", "envoyé")),
                "failed": str(QT_TRANSLATE_NOOP("MessagesModel", "échec")),
                "retrying": str(QT_TRANSLATE_NOOP("MessagesModel", "nouvel essai prévu")),
                "skipped": str(QT_TRANSLATE_NOOP("MessagesModel", "non envoyé")),
                "superseded": str(QT_TRANSLATE_NOOP("MessagesModel", "remplacé")),
                "held": str(QT_TRANSLATE_NOOP("MessagesModel", "suspendu (congé, absence ou fermeture)")),
                "uncertain": str(QT_TRANSLATE_NOOP("MessagesModel", "incertain (à vérifier)"))}
# The channel and event names of sosdesk.notify.templates (CHANNEL_LABELS, EVENT_LABELS), for lupdate.
NOTIFY_LABELS = (str(QT_TRANSLATE_NOOP("MessagesModel", "SMS")),
                 str(QT_TRANSLATE_NOOP("MessagesModel", "e-mail")),
                 str(QT_TRANSLATE_NOOP("MessagesModel", "rappel")),
                 str(QT_TRANSLATE_NOOP("MessagesModel", "modification")),
                 str(QT_TRANSLATE_NOOP("MessagesModel", "annulation")))
DEFAULT_INTERVAL_MS = 5 * 60 * 1000


def _label(text: str) -> str:
    """A state, channel or event name (French source) in the user's language."""
    return QCoreApplication.translate("MessagesModel", text)


def channel_label(channel: str) -> str:
    return _label(CHANNEL_LABELS.get(channel, channel))


def event_label(event: str) -> str:
    return _label(EVENT_LABELS.get(event, event))


class MessagesModel(RowTableModel[MessageRow]):
    """The reminder outbox, newest due first."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("MessagesModel", "Échéance"), QT_TRANSLATE_NOOP("MessagesModel", "Bénéficiaire"),
        QT_TRANSLATE_NOOP("MessagesModel", "Canal"), QT_TRANSLATE_NOOP("MessagesModel", "Message"),
        QT_TRANSLATE_NOOP("MessagesModel", "Rendez-vous"), QT_TRANSLATE_NOOP("MessagesModel", "État"),
        QT_TRANSLATE_NOOP("MessagesModel", "Essais"), QT_TRANSLATE_NOOP("MessagesModel", "Détail")))

    CONTEXT = "MessagesModel"

    @property
    def rows(self) -> list[MessageRow]:
        return self._rows

    def cell(self, r: MessageRow, column: int) -> str:
        return (
            day_time_text(utc_to_local(r.due_at)), r.beneficiary,
            channel_label(r.channel), event_label(r.event),
            f"{utc_to_local(r.meeting_start):%d/%m} {table_time(utc_to_local(r.meeting_start))}",
            _label(STATE_LABELS.get(r.state, r.state)), str(r.attempts), r.detail,
        )[column]

    def tooltip(self, r: MessageRow, column: int) -> str | None:
        return r.body or r.detail or None
