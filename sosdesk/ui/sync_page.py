"""Synchronisation page: last sync, pending changes, conflicts side by side (keep mine, keep
theirs, or field by field), refused changes with dismiss; sync, region file export and, for the
national role, merging several region files. Network work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import day_time_text
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.syncclient import conflicts, regionfile, service
from sosdesk.syncclient.transport import Transport
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import Operation, OpRunner
from sosdesk.ui.sync_lists import ConflictPanel, RejectedPanel
from sosdesk.usecases import sync_view

Index = QModelIndex | QPersistentModelIndex


class SyncPage(QWidget):
    """The Synchronisation page (see module docstring)."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None, *,
                 transport: Transport | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus, self.transport = store, bus, transport
        self.runner = OpRunner(self, bus)   # sync, enrolment, region files: network and disk
        self.job: Operation[Any] | None = None
        self.last_report: service.SyncReport | None = None
        self.last_merge: regionfile.MergeReport | None = None
        self.enrolled = False
        self.state_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Synchroniser"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Exporter le fichier régional"))
        self.merge_button = QPushButton(self.tr("Fusionner des fichiers régionaux"))
        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._ask_export)
        self.merge_button.clicked.connect(self._ask_merge)
        buttons = QHBoxLayout()
        for b in (self.sync_button, self.cancel_button, self.export_button, self.merge_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.conflicts = ConflictPanel(self)
        self.conflicts.resolve_requested.connect(self.resolve_current)
        self.rejected = RejectedPanel(self)
        self.rejected.dismiss_requested.connect(self.dismiss)
        # the panels' parts, as tests and the window's tour know them
        self.conflict_list, self.fields_model = self.conflicts.list, self.conflicts.fields_model
        self.fields_view = self.conflicts.fields_view
        self.keep_mine, self.keep_theirs = self.conflicts.keep_mine, self.conflicts.keep_theirs
        self.merge_fields = self.conflicts.merge_fields
        self.rejected_model, self.rejected_view = self.rejected.model, self.rejected.view
        self.dismiss_button = self.rejected.dismiss_button

        self.enrol_box = QGroupBox(self.tr("Enrôler ce poste auprès du service de synchronisation"))
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText(self.tr("https://sync.exemple.fr"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("code remis par le coordinateur national"))
        self.enrol_button = QPushButton(self.tr("Enrôler"))
        self.enrol_button.clicked.connect(self.start_enrol)
        self.code_edit.returnPressed.connect(self.start_enrol)
        help_text = QLabel(self.tr(
            "Le coordinateur national donne l'adresse du service et un code d'enrôlement à usage unique. "
            "Les identifiants sont gardés dans le trousseau du système, jamais dans le fichier."))
        help_text.setWordWrap(True)
        el = QFormLayout(self.enrol_box)
        el.addRow(help_text)
        el.addRow(self.tr("Adresse du service :"), self.server_edit)
        el.addRow(self.tr("Code d'enrôlement :"), self.code_edit)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addStretch(1)
        el.addRow(enrol_row)
        self.sync_hint = QLabel()
        self.sync_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.enrol_box)
        layout.addLayout(buttons)
        layout.addWidget(self.sync_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.rejected, 1)
        bus.changed.connect(lambda _changes: self.refresh_state())
        self.refresh()

    # -- display -------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        st = service.status(self.store)
        last = self.tr("jamais")
        if st["last_sync"]:
            last = day_time_text(datetime.fromisoformat(st["last_sync"]).astimezone(PARIS))
        own = st["pending"] - st["demo_pending"]
        text = self.tr(
            "Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} "
            "— conflits : {conflicts} — refus : {rejected}").format(
            server=st["server"] or self.tr("non enrôlé"), last=last, pending=own,
            conflicts=st["conflicts"], rejected=st["rejected"])
        if st["demo_pending"]:
            text += "\n" + self.tr("Données de démonstration ({n} enregistrements) : non synchronisées, elles "
                                   "n'appartiennent à aucun service.").format(n=st["demo_pending"])
        self.state_label.setText(text)
        self.enrolled = bool(st["server"])
        self.enrol_box.setVisible(not self.enrolled)
        self.sync_hint.setVisible(not self.enrolled)
        self.sync_hint.setText(self.tr(
            "« Synchroniser » sera possible une fois ce poste enrôlé (formulaire ci-dessus). Sans service, "
            "« Exporter le fichier régional » transmet vos modifications par fichier."))
        self._update_buttons(busy=self.job is not None)
        self.merge_button.setVisible(regionfile.may_merge(self.store))

    def _update_buttons(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and self.enrolled)
        self.sync_button.setToolTip("" if self.enrolled else self.tr("Ce poste n'est pas enrôlé."))
        self.enrol_button.setEnabled(not busy)
        for b in (self.export_button, self.merge_button):
            b.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def refresh(self) -> None:
        self.refresh_state()
        self.conflicts.set_items(sync_view.conflict_items(self.store))
        self.rejected.model.set_rows(sync_view.rejected_items(self.store))

    # -- actions -------------------------------------------------------------------------------
    def resolve_current(self, choice: str | dict[str, str]) -> None:
        c = self.fields_model.conflict
        if c is None:
            return
        changes = conflicts.resolve(self.store, c.id, choice)
        self.bus.changed.emit(changes)
        self.refresh()

    def dismiss(self, rejected_id: int) -> None:
        conflicts.dismiss(self.store, rejected_id)
        self.refresh()

    def _run(self, fn: Callable[[Callable[[str], None], Callable[[], bool]], Any],
             done: Callable[[Any], None], changes: Callable[[Any], Changes | None] | None = None) -> None:
        """Run ``fn(progress, cancelled)`` on the page's runner; a sync's ``Changes`` go on the bus."""
        self._update_buttons(busy=True)
        self.message.setText(self.tr("En cours…"))
        self.job = self.runner.run(lambda progress: fn(progress, progress.cancelled), done,
                                   on_error=self._failed, on_progress=self.message.setText, changes=changes)

    def _finished(self) -> None:
        self.job = None
        self.refresh()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.bus.status_message.emit(message)
        self._finished()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def start_enrol(self) -> None:
        """Spend the typed enrolment code off the GUI thread (same function as `sosdesk enrol`)."""
        if self.job is not None:
            return
        server, code = self.server_edit.text().strip(), self.code_edit.text().strip()
        if not server or not code:
            self.message.setText(self.tr("Saisissez l'adresse du service et le code d'enrôlement."))
            return
        transport = self.transport

        def work(_progress: Callable[[str], None], _cancelled: Callable[[], bool]) -> Any:
            return service.enrol(self.store, server, code, transport)

        self._run(work, self._enrolled)

    def _enrolled(self, cred: Any) -> None:
        self.code_edit.clear()
        region = cred.region or self.tr("toutes les régions")
        self.message.setText(self.tr("Poste enrôlé auprès de {server} (région : {region}). Cliquez sur "
                                     "« Synchroniser » pour recevoir les données du service.").format(
            server=self.server_edit.text().strip(), region=region))
        self._finished()

    def start_sync(self) -> None:
        self._run(lambda progress, cancelled: service.sync_now(self.store, self.transport, cancelled, progress),
                  self._synced)

    def _synced(self, report: service.SyncReport) -> None:
        self.last_report = report
        parts = [self.tr("{n} envoyée(s), {m} reçue(s)").format(
            n=report.pushed, m=report.pulled + report.snapshot_rows)]
        if report.problems:
            parts.append(self.tr("{n} à trancher ou refusée(s)").format(n=report.problems))
        self.message.setText(" ; ".join(parts + report.warnings))
        self._finished()

    def export_to(self, path: Path, passphrase: str) -> None:
        self._run(lambda _p, _c: regionfile.export_region(self.store, path, passphrase), self._exported)

    def _exported(self, count: int) -> None:
        self.message.setText(self.tr("{n} modification(s) écrite(s) dans le fichier régional.").format(n=count))
        self._finished()

    def merge_files(self, paths: list[Path], passphrase: str) -> None:
        self._run(lambda _p, _c: regionfile.merge_region_files(self.store, paths, passphrase, self.transport),
                  self._merged, changes=lambda result: result[1].changes)

    def _merged(self, result: tuple[regionfile.MergeReport, service.SyncReport]) -> None:
        merged, report = result
        self.last_merge = merged
        lines = []
        for f in merged.files:
            name = Path(f["file"]).name
            if f.get("error"):
                lines.append(self.tr("{f} : refusé — {e}").format(f=name, e=f["error"]))
            else:
                done = ", ".join(f"{n} {k}" for k, n in sorted(f["results"].items())) or "rien"
                lines.append(self.tr("{f} : {n} modification(s) — {d}").format(f=name, n=f["ops"], d=done))
        self.message.setText("\n".join(lines + report.warnings))
        self._finished()

    def _passphrase(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Phrase de passe :"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le fichier régional"), "",
                                              self.tr("Fichier régional (*.sosdesk)"))
        if not path:
            return
        phrase = self._passphrase(self.tr("Chiffrer le fichier régional"))
        if phrase:
            self.export_to(Path(path), phrase)

    def _ask_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Fusionner des fichiers régionaux"), "",
                                                self.tr("Fichiers régionaux (*.sosdesk)"))
        if not paths:
            return
        phrase = self._passphrase(self.tr("Déchiffrer les fichiers régionaux"))
        if phrase:
            self.merge_files([Path(p) for p in paths], phrase)
        elif phrase is None and paths:
            QMessageBox.information(self, self.tr("Fusion"), self.tr("Aucune phrase de passe : rien n'a été fait."))
