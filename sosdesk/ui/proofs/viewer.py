"""The in-app proof viewer (issue 14): a scanned sheet or receipt shown beside the work — PDFs through
QtPdf, images (multi-page TIFF included) through QImageReader — with zoom (fit width, +/−), page
navigation, previous/next across a list of proofs (a month's, or its missing ones), « Remplacer »
(the same checked attach as everywhere) and « Ouvrir avec… » (the system's viewer).

The widget reads scans through ``invoicing.proofs`` and writes through its ``replace_proof``; it
computes nothing about billing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.invoicing.proofs import MISSING, ProofEntry, ProofScan, replace_proof, scan_content
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.operations import run_edit
from sosdesk.ui.proofs.navigation_bar import ProofNavigationBar

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0
Position = tuple[ProofEntry, ProofScan | None]


class ProofViewer(QWidget):
    """Shows one proof at a time out of ``entries``; ``reload`` gives the fresh list after a change."""

    changed = Signal(object)  # Changes of a « Remplacer »
    message = Signal(str)     # French status text (refusals included)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entries: list[ProofEntry] = []
        self.positions: list[Position] = []
        self.index = -1
        self.kind = ""          # pdf | image | missing | none
        self.page = 0
        self.pages = 0
        self.zoom = 1.0
        self.fit_width = True
        self.reload: Callable[[], list[ProofEntry]] | None = None
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.last_error = ""
        self._buffer: QBuffer | None = None
        self._image: QPixmap | None = None
        self._content: tuple[str, str, bytes] | None = None
        self._build()
        self._show()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = self.navigation = ProofNavigationBar()
        bar.previous_proof.connect(self.previous_proof)
        bar.next_proof.connect(self.next_proof)
        bar.missing_only_toggled.connect(lambda _on: self._rebuild_positions(keep=True))
        bar.previous_page.connect(self.previous_page)
        bar.next_page.connect(self.next_page)
        bar.zoom_in.connect(self.zoom_in)
        bar.zoom_out.connect(self.zoom_out)
        bar.fit_width.connect(self.set_fit_width)
        # the bar's parts, as tests and the controls' update know them
        self.prev_button, self.next_button, self.position_label = bar.prev_button, bar.next_button, bar.position_label
        self.missing_only, self.page_prev, self.page_next = bar.missing_only, bar.page_prev, bar.page_next
        self.page_label, self.zoom_label, self.fit_button = bar.page_label, bar.zoom_label, bar.fit_button
        self.zoom_in_button, self.zoom_out_button = bar.zoom_in_button, bar.zoom_out_button
        self.replace_button = QPushButton(self.tr("Remplacer…"))
        self.replace_button.clicked.connect(self.ask_replace)
        self.open_button = QPushButton(self.tr("Ouvrir avec…"))
        self.open_button.setToolTip(self.tr("Ouvrir le fichier dans le lecteur du système"))
        self.open_button.clicked.connect(self.open_external)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidgetResizable(False)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("proofEmpty")
        self.empty.setStyleSheet("#proofEmpty { color: #57606a; font-size: 13pt; padding: 24px; }")
        self.attach_button = QPushButton(self.tr("Joindre le justificatif…"))
        self.attach_button.clicked.connect(self.ask_replace)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        pages: list[QWidget] = [self.pdf_view, self.image_area, empty_page]
        for w in pages:
            self.stack.addWidget(w)
        self.empty_page = empty_page

        bottom = QHBoxLayout()
        bottom.addWidget(self.heading, 1)
        bottom.addWidget(self.replace_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           (QKeySequence("Ctrl+0"), self.set_fit_width),
                           (QKeySequence("Alt+Right"), self.next_proof), (QKeySequence("Alt+Left"), self.previous_proof),
                           (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_page)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- data ---------------------------------------------------------------------------------
    def set_entries(self, entries: list[ProofEntry], start: int = 0,
                    reload: Callable[[], list[ProofEntry]] | None = None) -> None:
        """Show ``entries`` (each scan of an entry is one stop; a missing one is a stop too)."""
        self.entries = list(entries)
        if reload is not None:
            self.reload = reload
        self._rebuild_positions(keep=False, start_entry=start)

    def show_item(self, kind: str, item_id: str) -> bool:
        """Jump to the proof of a meeting or expense of the list; False when it is not in it."""
        for n, (entry, _scan) in enumerate(self.positions):
            if (entry.kind, entry.item_id) == (kind, item_id):
                self.go_to(n)
                return True
        if self.missing_only.isChecked():
            self.missing_only.setChecked(False)
            return self.show_item(kind, item_id)
        return False

    def _rebuild_positions(self, keep: bool, start_entry: int = 0) -> None:
        current = self.positions[self.index][0] if keep and 0 <= self.index < len(self.positions) else None
        wanted = self.entries[start_entry] if not keep and 0 <= start_entry < len(self.entries) else current
        only_missing = self.missing_only.isChecked()
        self.positions = []
        for entry in self.entries:
            if only_missing and not entry.missing:
                continue
            if entry.scans:
                self.positions += [(entry, scan) for scan in entry.scans]
            elif entry.needed:  # a late cancellation has nothing to show
                self.positions.append((entry, None))
        index = next((n for n, (e, _s) in enumerate(self.positions)
                      if wanted is not None and (e.kind, e.item_id) == (wanted.kind, wanted.item_id)), 0)
        self.index = index if self.positions else -1
        self._show()

    def current(self) -> Position | None:
        return self.positions[self.index] if 0 <= self.index < len(self.positions) else None

    # -- navigation ---------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.positions):
            self.index = index
            self._show()

    def next_proof(self) -> None:
        self.go_to(self.index + 1)

    def previous_proof(self) -> None:
        self.go_to(self.index - 1)

    def next_page(self) -> None:
        self.set_page(self.page + 1)

    def previous_page(self) -> None:
        self.set_page(self.page - 1)

    def set_page(self, page: int) -> None:
        if not 0 <= page < self.pages:
            return
        self.page = page
        if self.kind == "pdf":
            self.pdf_view.pageNavigator().jump(page, QPointF(), 0)
        elif self.kind == "image":
            self._read_frame()
        self._update_controls()

    # -- zoom ---------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.effective_zoom() / ZOOM_STEP)

    def set_zoom(self, factor: float) -> None:
        self.fit_width = False
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self._apply_zoom()

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._apply_zoom()

    def effective_zoom(self) -> float:
        """The zoom on screen (fit width computes it from the viewport)."""
        if not self.fit_width:
            return self.zoom
        if self.kind == "image" and self._image is not None and self._image.width():
            return max(ZOOM_MIN, (self.image_area.viewport().width() - 4) / self._image.width())
        if self.kind == "pdf" and self.pages:
            width = self.document.pagePointSize(self.page).width() * self.logicalDpiX() / 72
            return max(ZOOM_MIN, (self.pdf_view.viewport().width() - 12) / width) if width else 1.0
        return 1.0

    def _apply_zoom(self) -> None:
        if self.kind == "pdf":
            if self.fit_width:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(self.zoom)
        elif self.kind == "image" and self._image is not None:
            factor = self.effective_zoom()
            scaled = self._image.scaled(max(1, int(self._image.width() * factor)),
                                        max(1, int(self._image.height() * factor)),
                                        Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
            self.image_label.setPixmap(scaled)
            self.image_label.resize(scaled.size())
        self._update_controls()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit_width and self.kind == "image":
            self._apply_zoom()
        else:
            self._update_controls()  # the fit-width percentage follows the window

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        self.document.close()
        self._buffer = None
        self._image = None
        self._content = None
        self.page, self.pages = 0, 0
        position = self.current()
        if position is None:
            self.kind = "none"
            self.empty.setText(self.tr("Aucun justificatif à afficher."))
            self.attach_button.hide()
            self.stack.setCurrentWidget(self.empty_page)
            self.heading.setText("")
            self._update_controls()
            return
        entry, scan = position
        if scan is None:
            self.kind = "missing"
            reason = entry.reason or self.tr("aucun fichier joint")
            self.empty.setText(f"<b>{html.escape(MISSING.capitalize(), quote=False)}</b><br>{html.escape(entry.heading(), quote=False)}"
                               f"<br><br>{html.escape(reason, quote=False)}")
            self.attach_button.setVisible(True)
            self.stack.setCurrentWidget(self.empty_page)
        else:
            self._content = scan_content(self.store, scan.sha256)
            self._load(scan)
        source = entry.source_label if scan is not None else MISSING
        name = f" — {html.escape(scan.filename, quote=False)}" if scan is not None else ""
        sha = f"<br><small>SHA-256 {scan.sha256}</small>" if scan is not None else ""
        self.heading.setText(f"<b>{html.escape(entry.heading(), quote=False)}</b><br>{html.escape(source, quote=False)}{name}{sha}")
        self._apply_zoom()

    def _load(self, scan: ProofScan) -> None:
        if self._content is None:
            self.kind = "missing"
            self.empty.setText(self.tr("Le fichier de ce justificatif n'est pas dans cette base."))
            self.stack.setCurrentWidget(self.empty_page)
            return
        _name, media, content = self._content
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if media == "application/pdf":
            self.kind = "pdf"
            self.document.load(self._buffer)
            self.pages = self.document.pageCount()
            self.stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.pageNavigator().jump(0, QPointF(), 0)
        else:
            self.kind = "image"
            reader = QImageReader(self._buffer)
            self.pages = max(1, reader.imageCount())
            self._read_frame()
            self.stack.setCurrentWidget(self.image_area)
            if self._image is None:  # stored before the attach check: not an image after all
                self.pages = 0
        if self.pages == 0:
            self.kind = "missing"
            self.empty.setText(self.tr("Ce fichier ne peut pas être affiché : utilisez « Ouvrir avec… »."))
            self.stack.setCurrentWidget(self.empty_page)

    def _read_frame(self) -> None:
        if self._buffer is None:
            return
        self._buffer.seek(0)
        reader = QImageReader(self._buffer)
        if self.page:
            reader.jumpToImage(self.page)
        image = reader.read()
        self._image = QPixmap.fromImage(image) if not image.isNull() else None
        self._apply_zoom()

    def _update_controls(self) -> None:
        count = len(self.positions)
        self.position_label.setText(self.tr("{0} / {1}").format(self.index + 1, count) if count else "")
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < count - 1)
        showing = self.kind in ("pdf", "image")
        self.page_label.setText(self.tr("page {0} / {1}").format(self.page + 1, self.pages) if showing else "")
        self.page_prev.setEnabled(showing and self.page > 0)
        self.page_next.setEnabled(showing and self.page < self.pages - 1)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            w.setEnabled(showing)
        self.fit_button.setChecked(self.fit_width)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %" if showing else "")
        self.open_button.setEnabled(self._content is not None)
        self.replace_button.setEnabled(self.current() is not None)
        self.replace_button.setToolTip(self.tr("Joindre un autre fichier à la place (PDF, JPEG, PNG ou TIFF)"))

    # -- actions ------------------------------------------------------------------------------
    def ask_replace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Remplacer le justificatif"), "",
                                              self.tr("PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if name:
            self.replace_with(Path(name))

    def replace_with(self, path: Path) -> bool:
        """Attach ``path`` to the current meeting/expense (checked like every attach); False when refused."""
        position = self.current()
        if position is None:
            return False
        entry = position[0]
        try:
            content = path.read_bytes()
        except OSError:
            return self._refuse(self.tr("Lecture impossible : {0}").format(path.name))
        edit = run_edit(self, lambda: replace_proof(self.store, entry.kind, entry.item_id, path.name, content),
                        show=self._refuse)
        if edit.value is None:
            return False
        _sha, changes = edit.value
        self.last_error = ""
        self.message.emit(self.tr("Justificatif remplacé : {0}").format(path.name))
        if self.reload is not None:
            self.entries = self.reload()
            self._rebuild_positions(keep=True)
        self.changed.emit(changes if isinstance(changes, Changes) else None)
        return True

    def _refuse(self, text: str) -> bool:
        self.last_error = text
        self.message.emit(text)
        self.heading.setText(f"<span style='color:#b42318'>{html.escape(text, quote=False)}</span>")
        return False

    def open_external(self) -> bool:
        """Write the scan to the cache folder and hand it to the system's viewer."""
        if self._content is None:
            return False
        name, _media, content = self._content
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "justificatifs"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(name).name
        target.write_bytes(content)
        return bool(self.opener(QUrl.fromLocalFile(str(target))))
