"""The planning page's edits: every gesture or dialog becomes one core command (undoable), run
through ``execute`` which shows a refusal in French and announces the Changes on the bus."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import week_dates
from sosdesk.store import Store
from sosdesk.store import ops_meetings as ops
from sosdesk.store.changes import Changes
from sosdesk.ui.calendar.attendance import AttendanceDialog, DayAttendanceDialog
from sosdesk.ui.calendar.dialogs import MeetingDialog, ProtectedEditDialog, RepeatDialog
from sosdesk.ui.calendar.drag import CREATE, RESIZE, DragResult
from sosdesk.ui.calendar.host import PageHost
from sosdesk.ui.calendar.layout import BENEFICIARY, SITE
from sosdesk.ui.operations import run_edit
from sosdesk.ui.undo import push_step
from sosdesk.usecases import meeting_edits as protect
from sosdesk.usecases import reads
from sosdesk.usecases.gate import current_actor
from sosdesk.usecases.plans import apply_plan
from sosdesk.usecases.undo import Command, EditStep


def default_confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, "sosdesk", text)
    return answer == QMessageBox.StandardButton.Yes


def default_run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class MeetingActions:
    """The edits of one PlanningPage (store, bus, week data, undo stack, message banner)."""

    def __init__(self, page: PageHost, widget: QWidget) -> None:
        self.page = page
        self.widget = widget  # the page itself: parent of dialogs and actions

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MeetingActions", text)

    # -- the one path for edits --------------------------------------------------------------------
    def execute(self, command: Command) -> Changes | None:
        """Apply a command; on success push it on the undo stack and announce what changed."""
        edit = run_edit(self.widget, lambda: command.apply(self.page.store),
                        show=lambda text: self.page.show_message(text, error=True))
        if edit.value is None:
            return None
        changes = edit.value
        self._push(command, changes)
        self.page.show_message(command.label)
        return changes

    def record(self, label: str, changes: Changes) -> None:
        """An edit a dialog of the page already saved (the site calendar's closures, the meetings
        moved or cancelled from its impacts): one step of the page's undo history, announced."""
        if changes.log:  # an edit that changed nothing is no step
            self._push(EditStep.applied(label, changes), changes)

    def _push(self, command: Command, changes: Changes) -> None:
        push_step(self.page.undo_stack, command, self.page.store, self.page.bus.changed.emit,
                  lambda msg: self.page.show_message(msg, error=True), ask=self.ask_reason, now=self.page.now)
        self.page.bus.changed.emit(changes)

    def ask_reason(self, consequence: str) -> str | None:
        """Undo / redo of a protected change asks again: the consequence, then the reason."""
        dialog = ProtectedEditDialog(consequence, parent=self.widget)
        if not self.page.run_dialog(dialog) or not dialog.reason():
            return None
        return dialog.reason()

    def execute_protected(self, label: str, check: protect.EditCheck,
                          operation: Callable[[Store, bool, str], Changes],
                          ask: Callable[[], bool] | None = None) -> Changes | None:
        """An edit of meetings that may be protected (held, billed): refused with the use case's
        reason, or confirmed with the consequence and a reason, or (when open) asked by ``ask``."""
        if check.level == "refuse":
            self.page.show_message(check.message, error=True)
            return None
        confirmed, reason = False, ""
        if check.needs_confirmation:
            dialog = ProtectedEditDialog(check.message, parent=self.widget)
            if not self.page.run_dialog(dialog) or not dialog.reason():
                self.page.show_message(self.tr("Rien n'a été modifié."))
                return None
            confirmed, reason = True, dialog.reason()
        elif ask is not None and not ask():
            return None
        return self.execute(EditStep(label, lambda st: operation(st, confirmed, reason)))

    def update(self, label: str, week: str, meetings: list[dm.Meeting],
               notes: dict[str, str] | None = None) -> Changes | None:
        """Move / resize / edit through the protection gate (``usecases.meeting_edits``)."""
        now = self.page.now()
        check = protect.check_update(self.page.store, week, meetings, now)
        return self.execute_protected(label, check, lambda st, ok, why: protect.update_meetings(
            st, week, meetings, label, notes, confirmed=ok, reason=why, now=now))

    # -- gestures ------------------------------------------------------------------------------
    def apply_drop(self, result: DragResult) -> Changes | None:
        week = self.page.data.week
        cands = list(result.candidates)
        if result.copy:
            label = self.tr("Copier {0} rendez-vous").format(len(cands))
            return self.execute(EditStep(label, lambda st: ops.copy_meetings(st, week, cands)))
        if result.kind == RESIZE:
            label = self.tr("Redimensionner le rendez-vous")
        elif len(cands) > 1:
            label = self.tr("Déplacer {0} rendez-vous").format(len(cands))
        else:
            label = self.tr("Déplacer le rendez-vous")
        return self.update(label, week, cands)

    def prefill(self, result: DragResult) -> dm.Meeting:
        """A new meeting prefilled from where it was drawn: type, time, resource and site."""
        p = self.page.data.problem
        c = result.candidates[0]
        resource = result.column.resource if result.column is not None else ""
        types = sorted(p.meeting_types.values(), key=lambda t: (t.kind != "individual", t.id))
        pros: tuple[str, ...] = ()
        bens: tuple[str, ...] = ()
        site = next(iter(sorted(p.sites)), "")
        mtype = types[0] if types else None
        if self.page.mode == BENEFICIARY:
            ben = p.beneficiaries.get(resource)
            bens = (resource,)
            if ben is not None:
                req = [p.meeting_types[r.type] for r in ben.requirements if r.type in p.meeting_types]
                mtype = req[0] if req else mtype
                pros = (ben.referent,) if ben.referent else ()
                site = ben.sites[0] if ben.sites else site
        elif self.page.mode == SITE:
            site = resource
        else:
            pro = p.professionals.get(resource)
            pros = (resource,)
            if pro is not None:
                fit = [t for t in types if t.skill in pro.skills]
                mtype = fit[0] if fit else mtype
                site = pro.home_site or (pro.sites[0] if pro.sites else site)
        minutes = c.minutes if c.minutes > 15 or mtype is None else mtype.minutes
        return dm.Meeting("", mtype.id if mtype else "", c.day, c.start, minutes, site, pros, bens)

    def create_from(self, result: DragResult) -> Changes | None:
        if result.kind != CREATE:
            return None
        dialog = MeetingDialog(self.page.data, self.prefill(result), parent=self.widget)
        if not self.page.run_dialog(dialog):
            return None
        mt = replace(dialog.meeting(), id=str(uuid.uuid4()))
        note, week = dialog.note_text(), self.page.data.week
        label = self.tr("Créer un rendez-vous")
        return self.execute(EditStep(label, lambda st: ops.create_meeting(st, week, mt, note)))

    def open_meeting(self, meeting_id: str) -> Changes | None:
        cal = self.page.data.meetings.get(meeting_id)
        if cal is None:
            return None
        if cal.status == "cancelled":
            self.page.show_message(self.tr("Ce rendez-vous est annulé."))
            return None
        dialog = MeetingDialog(self.page.data, cal.meeting, cal.note, editing=True, parent=self.widget)
        if not self.page.run_dialog(dialog):
            return None
        mt, week, note = dialog.meeting(), self.page.data.week, dialog.note_text()
        label = self.tr("Modifier le rendez-vous")
        return self.update(label, week, [mt], notes={mt.id: note})

    def cancel_meetings(self, ids: list[str]) -> Changes | None:
        ids = [i for i in ids if i in self.page.data.meetings and self.page.data.meetings[i].status != "cancelled"]
        if not ids:
            return None
        label = self.tr("Annuler {0} rendez-vous").format(len(ids))
        now = self.page.now()
        check = protect.check_cancel(self.page.store, ids, now)
        question = self.tr("Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.").format(len(ids))
        return self.execute_protected(label, check, lambda st, ok, why: protect.cancel_meetings(
            st, ids, None, confirmed=ok, reason=why, now=now), ask=lambda: self.page.confirm(question))

    # -- attendance ------------------------------------------------------------------------------
    def edit_attendance(self, meeting_id: str) -> Changes | None:
        cal = self.page.data.meetings.get(meeting_id)
        if cal is None or cal.status == "cancelled":
            return None
        now = self.page.now()
        if not self._attendance_allowed([meeting_id]):
            return None
        dialog = AttendanceDialog(self.page.data, cal, parent=self.widget)
        dialog.view_proof.connect(lambda: self.show_proof(meeting_id, dialog))
        if not self.page.run_dialog(dialog):
            return None
        attendance, present, proof = dialog.attendance(), dialog.professionals_present(), dialog.proof()

        def op(st: Store) -> Changes:
            changes = protect.record_attendance(st, meeting_id, attendance, present, now=now)
            if proof is not None:
                changes.merge(ops.attach_proof(st, [meeting_id], *proof)[1])
            return changes
        return self.execute(EditStep(self.tr("Saisir les présences"), op))

    def _attendance_allowed(self, ids: list[str]) -> bool:
        """Attendance is refused (banner) in a month whose invoice is submitted or validated."""
        check = protect.check_attendance(self.page.store, ids, self.page.now())
        if check.level == "refuse":
            self.page.show_message(check.message, error=True)
            return False
        return True

    def show_proof(self, meeting_id: str, parent: QWidget | None = None) -> QDialog:
        """The proof viewer on a meeting's scan (its own, else its site's sheet of the day)."""
        from sosdesk.ui.proofs.dialog import ProofDialog

        dialog = ProofDialog(self.page.store, "meeting", meeting_id, parent or self.widget)
        dialog.viewer.changed.connect(lambda changes: self.page.bus.changed.emit(changes) if changes else None)
        dialog.open()
        return dialog

    def mark_held(self, ids: list[str]) -> Changes | None:
        """Context menu "Tenu, tous présents" for the selected meetings."""
        cals = [self.page.data.meetings[i] for i in ids if i in self.page.data.meetings]
        cals = [c for c in cals if c.status != "cancelled"]
        if not cals or not self._attendance_allowed([c.id for c in cals]):
            return None
        now = self.page.now()

        def op(st: Store) -> Changes:
            out = Changes()
            for c in cals:
                out.merge(protect.record_attendance(st, c.id, {b: c.attendance.get(b, "present")
                                                               for b in c.meeting.beneficiaries},
                                                    now=now))
            return out
        return self.execute(EditStep(self.tr("Marquer comme tenu"), op))

    def mark_day(self, day: int, ids: list[str] | None = None) -> Changes | None:
        d = week_dates(self.page.data.week)[day - 1]
        label = self.tr("Journée du {0} tenue").format(d.strftime("%d/%m"))
        now = self.page.now()
        return self.execute(EditStep(label, lambda st: protect.mark_day_held(st, d, ids, now=now)))

    def day_view(self, day: int) -> None:
        ids: list[str] = sorted((c.id for c in self.page.data.meetings.values()
                      if c.meeting.day == day and c.status != "cancelled"
                      and any(self.page.view_shows(c.meeting, r) for r in self.page.resources)),
                     key=lambda i: self.page.data.meetings[i].meeting.start)
        d = week_dates(self.page.data.week)[day - 1]
        dialog = DayAttendanceDialog(self.page.data, day, ids, self.tr("Présences du {0}").format(
            d.strftime("%d/%m/%Y")), parent=self.widget, sheets=self.day_sheet_names(d))
        dialog.open_meeting.connect(self.edit_attendance)

        def whole_day() -> None:
            self.mark_day(day, ids)
            dialog.accept()

        def attach() -> None:
            if self.page.outputs.attach_scan(day):
                dialog.set_sheets(self.day_sheet_names(d))
        dialog.whole_day.connect(whole_day)
        dialog.print_sheet.connect(lambda: self.page.outputs.print_sheet(day))
        dialog.attach_sheet.connect(attach)
        dialog.attach_button.setEnabled(self.page.outputs.scan_action.isEnabled())
        self.page.run_dialog(dialog)

    def day_sheet_names(self, d: date) -> list[str]:
        """"Site — file" for each scanned sheet attached for local day ``d``."""
        if not self.page.outputs.scan_action.isEnabled():
            return []
        return [f"{self.page.data.site_name(site)} — {name}"
                for site, name in reads.day_sheet_files(self.page.store, d)]


    # -- recurrence ------------------------------------------------------------------------------
    def repeat(self, meeting_id: str) -> ops.CopyReport | None:
        cal = self.page.data.meetings.get(meeting_id)
        if cal is None:
            return None
        first = week_dates(self.page.data.week)[cal.meeting.day - 1]
        dialog = RepeatDialog(first, parent=self.widget)
        if not self.page.run_dialog(dialog):
            return None
        until = dialog.until_date()
        holder: list[ops.CopyReport] = []

        def op(st: Store) -> Changes:
            report, changes = ops.repeat_weekly(st, meeting_id, until)
            holder.append(report)
            return changes
        self.execute(EditStep(self.tr("Répéter chaque semaine"), op))
        if holder:
            self._report(holder[0])
            return holder[0]
        return None

    def copy_week(self) -> ops.CopyReport | None:
        holder: list[ops.CopyReport] = []
        week = self.page.data.week

        def op(st: Store) -> Changes:
            report, changes = ops.copy_week_to_next(st, week)
            holder.append(report)
            return changes
        self.execute(EditStep(self.tr("Copier la semaine vers la suivante"), op))
        if holder:
            self._report(holder[0])
            return holder[0]
        return None

    def _report(self, report: ops.CopyReport) -> None:
        """Created and skipped occurrences, each skipped one by its day and reason (never its id)."""
        from sosdesk.ui.calendar.series_menu import report_text

        self.page.show_message(report_text(report, self.tr("{0} rendez-vous créés.")), error=bool(report.skipped))

    # -- planner ---------------------------------------------------------------------------------
    def accept_plan(self, meetings: list[dm.Meeting]) -> Changes | None:
        week = self.page.data.week
        chosen = [replace(m, id=str(uuid.uuid4())) for m in meetings if not m.fixed]

        def op(st: Store) -> Changes:
            return apply_plan(st, current_actor(st), week, chosen, "Planification automatique").changes
        return self.execute(EditStep(self.tr("Planification automatique"), op))

    # -- context menu ------------------------------------------------------------------------------
    def context_menu(self, meeting_id: str, pos: QPoint) -> QMenu:
        w = self.widget
        cal = self.page.data.meetings.get(meeting_id)
        menu = QMenu(w)
        if cal is None:
            return menu
        selected = self.page.selected_ids() or [meeting_id]
        live = cal.status != "cancelled"
        for text, fn, enabled in (
                (self.tr("Modifier…"), lambda: self.open_meeting(meeting_id), live),
                (self.tr("Présences et justificatif…"), lambda: self.edit_attendance(meeting_id), live),
                (self.tr("Marquer comme tenu (tous présents)"), lambda: self.mark_held(selected), live),
                (self.tr("Présences de la journée…"), lambda: self.day_view(cal.meeting.day), True),
                (self.tr("Répéter chaque semaine jusqu'au…"), lambda: self.repeat(meeting_id), live),
                (self.tr("Annuler le rendez-vous"), lambda: self.cancel_meetings(selected), live)):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(fn)
        from sosdesk.ui.calendar.series_menu import add_series_entries

        add_series_entries(menu, self, meeting_id)  # « toute la série » (issue 12)
        return menu


