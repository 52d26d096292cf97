"""Attendance from the calendar: one meeting (per beneficiary, professionals present, scanned proof)
and a day view (the day's meetings, "toute la journée a eu lieu", past meetings to complete)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.timegrid import format_hhmm
from sosdesk.domain.vocabulary import time_range
from sosdesk.ui.calendar.items import status_text
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

CHOICES = (("present", QT_TRANSLATE_NOOP("AttendanceDialog", "Présent")),
           ("absent_excused", QT_TRANSLATE_NOOP("AttendanceDialog", "Absent excusé")),
           ("absent_unexcused", QT_TRANSLATE_NOOP("AttendanceDialog", "Absent non excusé")))


class AttendanceDialog(QDialog):
    """Held / no-show / excused per beneficiary, professionals present, optional proof file."""

    view_proof = Signal()  # « Voir » the attached proof in the proof viewer

    def __init__(self, data: WeekData, cal: CalMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mt = cal.meeting
        self.setWindowTitle(self.tr("Présences — {0} {1}").format(data.type_label(mt.type), format_hhmm(mt.start)))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for bid in mt.beneficiaries:
            combo = QComboBox()
            for key, label in CHOICES:
                combo.addItem(self.tr(str(label)), key)
            combo.setCurrentIndex(max(0, combo.findData(cal.attendance.get(bid, "present"))))
            self.combos[bid] = combo
            form.addRow(data.ben_name(bid), combo)
        self.pro_boxes: dict[str, QCheckBox] = {}
        for pid in mt.professionals:
            box = QCheckBox(data.pro_name(pid))
            box.setChecked(True)
            self.pro_boxes[pid] = box
            form.addRow(self.tr("Présent(e)") if len(self.pro_boxes) == 1 else "", box)
        self.proof_file: Path | None = None
        self.proof_label = QLabel(self.tr("Justificatif joint") if cal.proof else self.tr("Aucun justificatif"))
        attach = QPushButton(self.tr("Joindre un justificatif…"))
        attach.clicked.connect(self._choose)
        self.view_button = QPushButton(self.tr("Voir…"))
        self.view_button.setToolTip(self.tr("Afficher le justificatif joint (ou la feuille du jour du lieu)"))
        self.view_button.clicked.connect(self.view_proof.emit)
        row = QHBoxLayout()
        row.addWidget(self.proof_label, 1)
        row.addWidget(self.view_button)
        row.addWidget(attach)
        form.addRow(self.tr("Émargement"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Justificatif scanné"), "",
                                              self.tr("PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if name:
            self.set_proof_file(Path(name))

    def set_proof_file(self, path: Path) -> None:
        self.proof_file = path
        self.proof_label.setText(path.name)

    def attendance(self) -> dict[str, str]:
        return {bid: str(c.currentData()) for bid, c in self.combos.items()}

    def professionals_present(self) -> list[str]:
        return [pid for pid, box in self.pro_boxes.items() if box.isChecked()]

    def proof(self) -> tuple[str, bytes, str] | None:
        if self.proof_file is None:
            return None
        media = mimetypes.guess_type(self.proof_file.name)[0] or "application/octet-stream"
        return self.proof_file.name, self.proof_file.read_bytes(), media


class DayAttendanceDialog(QDialog):
    """The day's meetings with their status; mark the whole day held or open one meeting."""

    open_meeting = Signal(str)
    whole_day = Signal()
    print_sheet = Signal()      # "Feuille d'émargement…" for this day
    attach_sheet = Signal()     # "Joindre la feuille d'émargement scannée…" for this day

    def __init__(self, data: WeekData, day: int, ids: list[str], title: str, parent: QWidget | None = None,
                 sheets: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._data = data
        self.list = QListWidget()
        for mid in ids:
            cal = data.meetings[mid]
            mt = cal.meeting
            people = ", ".join(data.ben_name(b) for b in mt.beneficiaries)
            it = QListWidgetItem(f"{time_range(mt.start, mt.end)}  {data.type_label(mt.type)}  "
                                 f"{people} — {status_text(cal)}")
            it.setData(Qt.ItemDataRole.UserRole, mid)
            self.list.addItem(it)
        self.list.itemDoubleClicked.connect(lambda it: self.open_meeting.emit(str(it.data(Qt.ItemDataRole.UserRole))))
        held = QPushButton(self.tr("Marquer toute la journée comme tenue"))
        held.clicked.connect(self.whole_day.emit)
        self.print_button = QPushButton(self.tr("Feuille d'émargement…"))
        self.print_button.clicked.connect(self.print_sheet.emit)
        self.attach_button = QPushButton(self.tr("Joindre la feuille d'émargement scannée…"))
        self.attach_button.clicked.connect(self.attach_sheet.emit)
        self.sheets_label = QLabel()
        self.sheets_label.setWordWrap(True)
        self.set_sheets(sheets or [])
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.print_button)
        sheet_row.addWidget(self.attach_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Double-cliquez un rendez-vous pour saisir ses présences.")))
        lay.addWidget(self.list)
        lay.addWidget(held)
        lay.addLayout(sheet_row)
        lay.addWidget(self.sheets_label)
        lay.addWidget(close)

    def set_sheets(self, sheets: list[str]) -> None:
        """The scanned sheets already attached for this day ("site — file name")."""
        self.sheets_label.setText(self.tr("Feuilles signées jointes : {0}").format("; ".join(sheets)) if sheets
                                  else self.tr("Aucune feuille signée jointe pour ce jour."))
