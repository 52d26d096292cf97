"""« Modifier cette occurrence / toute la série » in the calendar's context menu (issue 12): a
meeting of a weekly series can be edited or cancelled alone (it stays in the series as an exception)
or with the later occurrences that look like it (``usecases.series``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from sosdesk.domain.vocabulary import day_text
from sosdesk.store import Store
from sosdesk.store import ops_meetings as ops
from sosdesk.store.changes import Changes
from sosdesk.ui.calendar.dialogs import MeetingDialog
from sosdesk.usecases import meeting_edits as protect
from sosdesk.usecases import series

if TYPE_CHECKING:
    from sosdesk.ui.calendar.edits import MeetingActions


def tr(text: str) -> str:
    return QCoreApplication.translate("SeriesMenu", text)


def report_text(report: ops.CopyReport, done: str) -> str:
    """« 4 rendez-vous créés. 2 laissés de côté (règle enfreinte) : • 25/12/2026 : … » (no ids)."""
    text = done.format(len(report.created))
    if report.skipped:
        text += " " + tr("{0} laissés de côté (règle enfreinte) :").format(len(report.skipped))
        for s in report.skipped[:8]:
            when = day_text(s.day) if s.day is not None else s.week
            text += f"\n• {when} : {s.messages[0]}"
        if len(report.skipped) > 8:
            text += "\n…"
    return text


def add_series_entries(menu: QMenu, actions: MeetingActions, meeting_id: str) -> None:
    """The series entries of a meeting's context menu (nothing when it is not in a series)."""
    cal = actions.page.data.meetings.get(meeting_id)
    if cal is None or not cal.series_id or cal.status == "cancelled":
        return
    for action in menu.actions():
        if action.text() == QCoreApplication.translate("MeetingActions", "Modifier…"):
            action.setText(tr("Modifier cette occurrence…"))
    menu.addSeparator()
    for text, fn in ((tr("Modifier toute la série (à partir d'ici)…"), lambda: edit_series(actions, meeting_id)),
                     (tr("Annuler cette occurrence seulement"), lambda: cancel_occurrence(actions, meeting_id)),
                     (tr("Annuler la série à partir d'ici"), lambda: cancel_series(actions, meeting_id))):
        menu.addAction(text).triggered.connect(fn)


def edit_series(actions: MeetingActions, meeting_id: str) -> ops.CopyReport | None:
    """The meeting dialog, applied to this occurrence and the later ones that look like it."""
    page = actions.page
    cal = page.data.meetings.get(meeting_id)
    if cal is None:
        return None
    dialog = MeetingDialog(page.data, cal.meeting, cal.note, editing=True, parent=actions.widget)
    dialog.setWindowTitle(tr("Modifier toute la série"))
    if not page.run_dialog(dialog):
        return None
    mt, week, now = dialog.meeting(), page.data.week, page.now()
    check = series.check_series_update(page.store, week, mt, now)
    holder: list[ops.CopyReport] = []

    def op(st: Store, ok: bool, why: str) -> Changes:
        report, changes = series.update_series(st, week, mt, confirmed=ok, reason=why, now=now)
        holder.append(report)
        return changes
    actions.execute_protected(tr("Modifier toute la série"), check, op)
    if holder:
        page.show_message(report_text(holder[0], tr("{0} rendez-vous de la série modifiés.")),
                          error=bool(holder[0].skipped))
        return holder[0]
    return None


def cancel_occurrence(actions: MeetingActions, meeting_id: str) -> Changes | None:
    """Cancel this occurrence only: the series goes on (the one cancel path of the calendar)."""
    return actions.cancel_meetings([meeting_id])


def cancel_series(actions: MeetingActions, meeting_id: str) -> Changes | None:
    """Cancel this occurrence and every later planned one of the series (earlier ones are history)."""
    page = actions.page
    now = page.now()
    rest = series.following_ids(page.store, meeting_id)
    if not rest:
        return None
    check = protect.check_cancel(page.store, rest, now)
    question = tr("Annuler {0} rendez-vous de la série (celui-ci et les suivants) ? "
                  "Les rendez-vous passés restent.").format(len(rest))
    return actions.execute_protected(
        tr("Annuler la série"), check,
        lambda st, ok, why: series.cancel_series(st, meeting_id, confirmed=ok, reason=why, now=now),
        ask=lambda: page.confirm(question))
