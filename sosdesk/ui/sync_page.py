"""Synchronisation page: last sync, pending changes, conflicts side by side (keep mine, keep
theirs, or field by field), refused changes with dismiss; sync, region file export and, for the
national role, merging several region files. Network work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.contract.reasons import french
from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import day_time_text
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.sync_models import SyncConflict, SyncRejected
from sosdesk.syncclient import conflicts, regionfile, service
from sosdesk.syncclient.transport import Transport
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import Operation, OpRunner

Index = QModelIndex | QPersistentModelIndex


class ConflictFieldsModel(QAbstractTableModel):
    """The differing fields of one conflict: mine, theirs, and which one to keep (click to switch)."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("SyncPage", "Champ"), QT_TRANSLATE_NOOP("SyncPage", "Ma version"),
        QT_TRANSLATE_NOOP("SyncPage", "Version du service"), QT_TRANSLATE_NOOP("SyncPage", "Garder")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflict: SyncConflict | None = None
        self.fields: list[str] = []
        self.choice: dict[str, str] = {}

    def set_conflict(self, c: SyncConflict | None) -> None:
        self.beginResetModel()
        self.conflict = c
        self.fields = conflicts.differing_fields(c) if c else []
        self.choice = {f: conflicts.default_choice(c, f) for f in self.fields} if c else {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SyncPage", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.conflict is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self.fields[index.row()]
        col = index.column()
        if col == 0:
            return name
        if col == 1:
            return _show(self.conflict.mine.get(name))
        if col == 2:
            return _show(self.conflict.theirs.get(name))
        return (QCoreApplication.translate("SyncPage", "la mienne") if self.choice[name] == conflicts.MINE
                else QCoreApplication.translate("SyncPage", "celle du service"))

    def toggle(self, row: int) -> None:
        name = self.fields[row]
        self.choice[name] = conflicts.THEIRS if self.choice[name] == conflicts.MINE else conflicts.MINE
        cell = self.index(row, 3)
        self.dataChanged.emit(cell, cell)


class RejectedModel(QAbstractTableModel):
    """Changes the service refused, kept visible until dismissed."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("SyncPage", "Table"), QT_TRANSLATE_NOOP("SyncPage", "Ligne"),
        QT_TRANSLATE_NOOP("SyncPage", "Action"), QT_TRANSLATE_NOOP("SyncPage", "Motif")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SyncRejected] = []

    def set_rows(self, rows: list[SyncRejected]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SyncPage", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (r.table_name, r.row_id, r.action, french(r.reason))[index.column()]


def _fit_headers(view: QTableView) -> None:
    """Columns as wide as their header and content (« Version du service » never clipped); the last
    one takes the rest of the width."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(80)
    view.verticalHeader().setVisible(False)


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if value is True:
        return "oui"
    if value is False:
        return "non"
    return str(value)


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

        self.conflict_list = QListWidget()
        self.conflict_list.currentItemChanged.connect(self._show_conflict)
        self.fields_model = ConflictFieldsModel(self)
        self.fields_view = QTableView()
        self.fields_view.setModel(self.fields_model)
        _fit_headers(self.fields_view)
        self.fields_view.clicked.connect(lambda idx: self.fields_model.toggle(idx.row()))
        self.keep_mine = QPushButton(self.tr("Garder ma version"))
        self.keep_theirs = QPushButton(self.tr("Garder celle du service"))
        self.merge_fields = QPushButton(self.tr("Fusionner champ par champ"))
        self.keep_mine.clicked.connect(lambda: self.resolve_current(conflicts.MINE))
        self.keep_theirs.clicked.connect(lambda: self.resolve_current(conflicts.THEIRS))
        self.merge_fields.clicked.connect(lambda: self.resolve_current(dict(self.fields_model.choice)))
        conflict_box = QGroupBox(self.tr("Conflits à trancher"))
        cl = QVBoxLayout(conflict_box)
        row = QHBoxLayout()
        row.addWidget(self.conflict_list, 1)
        row.addWidget(self.fields_view, 3)
        cl.addLayout(row)
        actions = QHBoxLayout()
        for b in (self.keep_mine, self.keep_theirs, self.merge_fields):
            actions.addWidget(b)
        actions.addStretch(1)
        cl.addLayout(actions)

        self.rejected_model = RejectedModel(self)
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        _fit_headers(self.rejected_view)
        self.dismiss_button = QPushButton(self.tr("Ignorer"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        rejected_box = QGroupBox(self.tr("Modifications refusées par le service"))
        rl = QVBoxLayout(rejected_box)
        rl.addWidget(self.rejected_view)
        rl.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)

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
        layout.addWidget(conflict_box, 2)
        layout.addWidget(rejected_box, 1)
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
        current = self.conflict_list.currentRow()
        self.conflict_list.clear()
        for c in conflicts.open_list(self.store):
            item = QListWidgetItem(f"{c.table_name} {c.row_id} ({', '.join(c.fields)})")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflict_list.addItem(item)
        if self.conflict_list.count():
            self.conflict_list.setCurrentRow(max(0, min(current, self.conflict_list.count() - 1)))
        else:
            self.fields_model.set_conflict(None)
        self.rejected_model.set_rows(conflicts.rejected_list(self.store))

    def _show_conflict(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.fields_model.set_conflict(None)
            return
        cid = item.data(Qt.ItemDataRole.UserRole)
        self.fields_model.set_conflict(next((c for c in conflicts.open_list(self.store) if c.id == cid), None))

    # -- actions -------------------------------------------------------------------------------
    def resolve_current(self, choice: str | dict[str, str]) -> None:
        c = self.fields_model.conflict
        if c is None:
            return
        changes = conflicts.resolve(self.store, c.id, choice)
        self.bus.changed.emit(changes)
        self.refresh()

    def dismiss_current(self) -> None:
        idx = self.rejected_view.currentIndex()
        if not idx.isValid():
            return
        conflicts.dismiss(self.store, self.rejected_model.rows[idx.row()].id)
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
