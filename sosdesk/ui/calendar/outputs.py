"""Documents from the calendar: the shown week's schedule as PDF, a site-day attendance sheet, a
professional's iCalendar file (all written off the GUI thread, then opened), and attaching the
scanned signed sheet of a site and day (the proof of every meeting held there, pricing.md §3)."""

from __future__ import annotations

import importlib.util
import mimetypes
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from sosdesk.domain.timegrid import week_dates, week_monday
from sosdesk.store import Store
from sosdesk.ui.calendar.dialogs import SiteDayDialog
from sosdesk.ui.calendar.host import PageHost
from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE
from sosdesk.ui.operations import OpRunner, run_edit


def safe_name(text: str) -> str:
    """A file-name part from a person's or site's name (accents kept, separators removed)."""
    return re.sub(r"[^\w-]+", "_", text, flags=re.UNICODE).strip("_") or "planning"


def default_ask_save(parent: QWidget, title: str, suggested: str, filter_: str) -> str | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filter_)
    return name or None


def default_ask_open(parent: QWidget, title: str, filter_: str) -> str | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_)
    return name or None


def default_open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_schedules(store: Store, week: str, kind: str, idents: list[str], out: Path) -> Path:
    """One schedule per resource in one PDF (several professionals: one page each)."""
    from reportlab.platypus import Flowable, PageBreak

    from sosdesk.printing.schedule import render_schedule, schedule_flowables
    from sosdesk.printing.style import build_doc

    if len(idents) == 1:
        render_schedule(store, week, kind, idents[0], out)
        return out
    flow: list[Flowable] = []
    for i, ident in enumerate(idents):
        _title, part = schedule_flowables(store, week, kind, ident)
        flow += ([PageBreak()] if i else []) + part
    build_doc(out, flow, title=f"Planning {week}", landscape=True)
    return out


class OutputActions:
    """The page's document actions (toolbar "Imprimer" menu and the window's Fichier menu)."""

    def __init__(self, page: PageHost, widget: QWidget) -> None:
        self.page = page
        self.widget = widget  # the page itself: parent of dialogs and actions
        self.runner = OpRunner(widget)
        self.print_action = QAction(self.tr("Imprimer / PDF…"), widget)
        self.print_action.setToolTip(self.tr("Planning de la semaine affichée, en PDF"))
        self.print_action.setShortcut("Ctrl+P")
        self.print_action.triggered.connect(lambda: self.print_schedule())
        self.sheet_action = QAction(self.tr("Feuille d'émargement…"), widget)
        self.sheet_action.setToolTip(self.tr("Feuilles à signer d'un site pour un jour, en PDF"))
        self.sheet_action.triggered.connect(lambda: self.print_sheet())
        self.ics_action = QAction(self.tr("Exporter le calendrier (iCal)…"), widget)
        self.ics_action.setToolTip(self.tr("Rendez-vous d'un professionnel pour son agenda (fichier .ics)"))
        self.ics_action.triggered.connect(lambda: self.export_ics())
        self.scan_action = QAction(self.tr("Joindre la feuille d'émargement scannée…"), widget)
        self.scan_action.setToolTip(self.tr("La feuille signée d'un site pour un jour justifie ses rendez-vous"))
        self.scan_action.triggered.connect(lambda: self.attach_scan())
        self.scan_action.setEnabled(importlib.util.find_spec("sosdesk.invoicing.day_sheets") is not None)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OutputActions", text)

    def actions(self) -> list[QAction]:
        return [self.print_action, self.sheet_action, self.ics_action, self.scan_action]

    # -- choices ---------------------------------------------------------------------------------
    def default_day(self) -> int:
        """The selected meeting's day, else today when it is in the shown week, else Monday."""
        p = self.page
        selected = [p.data.meetings[i] for i in p.selected_ids() if i in p.data.meetings]
        if selected:
            return selected[0].meeting.day
        delta = (p.today() - week_monday(p.week)).days
        return delta + 1 if 0 <= delta < 7 else 1

    def default_site(self, day: int) -> str:
        """The shown site, the selected meeting's site, or the busiest site of that day."""
        p = self.page
        if p.mode == SITE and p.resources:
            return p.resources[0]
        selected = [p.data.meetings[i] for i in p.selected_ids() if i in p.data.meetings]
        if selected:
            return selected[0].meeting.site
        counts = Counter(c.meeting.site for c in p.data.meetings.values()
                         if c.meeting.day == day and c.status != "cancelled"
                         and any(p.view_shows(c.meeting, r) for r in p.resources))
        if counts:
            return counts.most_common(1)[0][0]
        return next(iter(sorted(p.data.problem.sites)), "")

    def choose_site_day(self, title: str, day: int | None = None) -> tuple[str, date] | None:
        p = self.page
        chosen = day or self.default_day()
        dialog = SiteDayDialog(p.data, self.default_site(chosen), chosen, title, parent=self.widget)
        if not p.run_dialog(dialog):
            return None
        site, d = dialog.choice()
        return site, week_dates(p.week)[d - 1]

    def choose_professional(self) -> str | None:
        p = self.page
        if p.mode == PROFESSIONAL and p.resources:
            return p.resources[0]
        items = p.scene().selected_meetings()
        if p.mode == PROFESSIONALS and items:
            return items[0].resource
        pool = list(p.resources) if p.mode == PROFESSIONALS and p.resources else sorted(
            p.data.problem.professionals, key=p.data.pro_name)
        if len(pool) == 1:
            return pool[0]
        names = [p.data.pro_name(i) for i in pool]
        name = p.pick_item(self.tr("Exporter le calendrier (iCal)"), self.tr("Professionnel(le) :"), names)
        return pool[names.index(name)] if name in names else None

    # -- documents ------------------------------------------------------------------------------
    def _run(self, work_label: str, work: object, out: Path) -> None:
        p = self.page
        p.show_message(self.tr("{0} en cours…").format(work_label))

        def done(_result: object) -> None:
            p.show_message(self.tr("{0} : {1}").format(work_label, out))
            p.open_file(out)

        def failed(message: str) -> None:
            p.show_message(self.tr("{0} impossible : {1}").format(work_label, message), error=True)

        self.runner.start(work, done, failed)  # type: ignore[arg-type]

    def print_schedule(self) -> Path | None:
        p = self.page
        kind = {PROFESSIONAL: "professional", PROFESSIONALS: "professional", BENEFICIARY: "beneficiary",
                SITE: "site"}[p.mode]
        idents = list(p.resources)
        if not idents:
            p.show_message(self.tr("Aucun planning affiché à imprimer."), error=True)
            return None
        names: dict[str, Callable[[str], str]] = {
            "professional": p.data.pro_name, "beneficiary": p.data.ben_name, "site": p.data.site_name}
        name = names[kind]
        who = safe_name(name(idents[0])) if len(idents) == 1 else "professionnels"
        target = p.ask_save(self.tr("Imprimer le planning de la semaine"), f"planning_{p.week}_{who}.pdf",
                            self.tr("Document PDF (*.pdf)"))
        if not target:
            return None
        out = Path(target).with_suffix(".pdf")
        store, week = p.store, p.week
        self._run(self.tr("Planning PDF"), lambda: write_schedules(store, week, kind, idents, out), out)
        return out

    def print_sheet(self, day: int | None = None) -> Path | None:
        from sosdesk.printing.attendance import render_attendance

        p = self.page
        choice = self.choose_site_day(self.tr("Feuille d'émargement"), day)
        if choice is None:
            return None
        site, d = choice
        target = p.ask_save(self.tr("Feuille d'émargement"),
                            f"emargement_{d.isoformat()}_{safe_name(p.data.site_name(site))}.pdf",
                            self.tr("Document PDF (*.pdf)"))
        if not target:
            return None
        out = Path(target).with_suffix(".pdf")
        store, week = p.store, p.week
        self._run(self.tr("Feuille d'émargement"),
                  lambda: render_attendance(store, week, out, site=site, day=d), out)
        return out

    def export_ics(self) -> Path | None:
        from sosdesk.ics import write_ics

        p = self.page
        pid = self.choose_professional()
        if not pid:
            return None
        target = p.ask_save(self.tr("Exporter le calendrier (iCal)"), f"{safe_name(p.data.pro_name(pid))}.ics",
                            self.tr("Calendrier iCalendar (*.ics)"))
        if not target:
            return None
        out = Path(target).with_suffix(".ics")
        store = p.store
        self._run(self.tr("Calendrier iCal"), lambda: write_ics(store, pid, out), out)
        return out

    def attach_scan(self, day: int | None = None) -> str | None:
        """Attach the scanned signed sheet of a site and day; returns the sheet id."""
        from sosdesk.invoicing.day_sheets import attach_day_sheet

        p = self.page
        choice = self.choose_site_day(self.tr("Joindre la feuille d'émargement scannée"), day)
        if choice is None:
            return None
        site, d = choice
        name = p.ask_open(self.tr("Feuille d'émargement scannée"), self.tr("PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if not name:
            return None
        path = Path(name)
        try:
            content = path.read_bytes()
        except OSError as exc:
            p.show_message(self.tr("Lecture impossible : {0}").format(exc), error=True)
            return None
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        # refused: a locked month, the role, not a PDF/JPEG/PNG/TIFF, too big
        edit = run_edit(self.widget, lambda: attach_day_sheet(p.store, site, d, path.name, content, media),
                        show=lambda text: p.show_message(text, error=True))
        if edit.value is None:
            return None
        sheet_id, changes = edit.value
        p.bus.changed.emit(changes)
        p.show_message(self.tr("Feuille d'émargement du {0} jointe ({1}).").format(
            d.strftime("%d/%m/%Y"), p.data.site_name(site)))
        return sheet_id


def default_pick_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    name, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return name if ok else None
