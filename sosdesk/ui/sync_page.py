"""Synchronisation page: last sync, pending changes, conflicts side by side (keep mine, keep
theirs, or field by field), refused changes with dismiss; sync, region file export and, for the
national role, merging several region files. Network work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
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
from sosdesk.store.engine import Store
from sosdesk.store.sync_models import SyncConflict, SyncRejected
from sosdesk.syncclient import conflicts, regionfile, service
from sosdesk.syncclient.transport import SyncError, Transport
from sosdesk.ui.bus import ChangeBus

Index = QModelIndex | QPersistentModelIndex


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(str)


class _Job(QRunnable):
    """Runs ``fn(progress, cancelled)`` in the pool; reports through signals."""

    def __init__(self, fn: Callable[[Callable[[str], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancel = False

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, lambda: self.cancel)
        except (SyncError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.done.emit(result)


class ConflictFieldsModel(QAbstractTableModel):
    """The differing fields of one conflict: mine, theirs, and which one to keep (click to switch)."""

    HEADERS = ("Champ", "Ma version", "Version du service", "Garder")

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
            return self.HEADERS[section]
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
        return "la mienne" if self.choice[name] == conflicts.MINE else "celle du service"

    def toggle(self, row: int) -> None:
        name = self.fields[row]
        self.choice[name] = conflicts.THEIRS if self.choice[name] == conflicts.MINE else conflicts.MINE
        cell = self.index(row, 3)
        self.dataChanged.emit(cell, cell)


class RejectedModel(QAbstractTableModel):
    """Changes the service refused, kept visible until dismissed."""

    HEADERS = ("Table", "Ligne", "Action", "Motif")

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
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (r.table_name, r.row_id, r.action, french(r.reason))[index.column()]


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
        self.pool = QThreadPool(self)
        self.job: _Job | None = None
        self.last_report: service.SyncReport | None = None
        self.last_merge: regionfile.MergeReport | None = None
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
        self.fields_view.horizontalHeader().setStretchLastSection(True)
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
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.dismiss_button = QPushButton(self.tr("Ignorer"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        rejected_box = QGroupBox(self.tr("Modifications refusées par le service"))
        rl = QVBoxLayout(rejected_box)
        rl.addWidget(self.rejected_view)
        rl.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
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
        self.state_label.setText(self.tr(
            "Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} "
            "— conflits : {conflicts} — refus : {rejected}").format(
            server=st["server"] or self.tr("non enrôlé"), last=last, pending=st["pending"],
            conflicts=st["conflicts"], rejected=st["rejected"]))
        self.merge_button.setVisible(regionfile.may_merge(self.store))

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
             done: Callable[[Any], None]) -> None:
        self.job = _Job(fn)
        self.job.signals.progress.connect(self.message.setText)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.done.connect(done)
        for b in (self.sync_button, self.export_button, self.merge_button):
            b.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.setText(self.tr("En cours…"))
        self.pool.start(self.job)

    def _finished(self) -> None:
        for b in (self.sync_button, self.export_button, self.merge_button):
            b.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.job = None
        self.refresh()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.bus.status_message.emit(message)
        self._finished()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel = True

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
        if report.changes:
            self.bus.changed.emit(report.changes)
        self._finished()

    def export_to(self, path: Path, passphrase: str) -> None:
        self._run(lambda _p, _c: regionfile.export_region(self.store, path, passphrase), self._exported)

    def _exported(self, count: int) -> None:
        self.message.setText(self.tr("{n} modification(s) écrite(s) dans le fichier régional.").format(n=count))
        self._finished()

    def merge_files(self, paths: list[Path], passphrase: str) -> None:
        self._run(lambda _p, _c: regionfile.merge_region_files(self.store, paths, passphrase, self.transport),
                  self._merged)

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
        if report.changes:
            self.bus.changed.emit(report.changes)
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
