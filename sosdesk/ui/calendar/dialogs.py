"""Meeting dialog (create / edit, with the live rule check) and the repeat-until dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import model as dm
from sosdesk.usecases.calendar_week import WeekData

DAYS = (str(QT_TRANSLATE_NOOP("MeetingDialog", "lundi")), str(QT_TRANSLATE_NOOP("MeetingDialog", "mardi")),
        str(QT_TRANSLATE_NOOP("MeetingDialog", "mercredi")), str(QT_TRANSLATE_NOOP("MeetingDialog", "jeudi")),
        str(QT_TRANSLATE_NOOP("MeetingDialog", "vendredi")), str(QT_TRANSLATE_NOOP("MeetingDialog", "samedi")),
        str(QT_TRANSLATE_NOOP("MeetingDialog", "dimanche")))


def day_name(day: int) -> str:
    """The translated name of ISO day 1..7."""
    return QCoreApplication.translate("MeetingDialog", DAYS[day - 1])


def _checklist(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    widget = QListWidget()
    for key, label in items:
        it = QListWidgetItem(label)
        it.setData(Qt.ItemDataRole.UserRole, key)
        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(it)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class MeetingDialog(QDialog):
    """Create or edit one meeting; the hard rules are checked as fields change (OK stays possible:
    the operation refuses again with the same explanation)."""

    def __init__(self, data: WeekData, meeting: dm.Meeting, note: str = "", editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier le rendez-vous") if editing else self.tr("Nouveau rendez-vous"))
        self._data, self._base = data, meeting
        p = data.problem
        form = QFormLayout()
        self.type = QComboBox()
        for t in sorted(p.meeting_types.values(), key=lambda t: t.id):
            self.type.addItem(f"{data.type_label(t.id)} ({t.minutes} min)", t.id)
        self.type.setCurrentIndex(max(0, self.type.findData(meeting.type)))
        self.day = QComboBox()
        for i in range(1, 8):
            self.day.addItem(day_name(i), i)
        self.day.setCurrentIndex(meeting.day - 1)
        self.start = QTimeEdit(QTime(meeting.start // 60, meeting.start % 60))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(meeting.minutes or 60)
        self.site = QComboBox()
        for s in sorted(p.sites.values(), key=lambda s: s.name or s.id):
            self.site.addItem(s.name or s.id, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(meeting.site)))
        self.pros = _checklist([(x.id, data.pro_name(x.id)) for x in sorted(
            p.professionals.values(), key=lambda x: (x.last_name, x.first_name, x.id))], set(meeting.professionals))
        self.ben_filter = QLineEdit()
        self.ben_filter.setPlaceholderText(self.tr("Filtrer les bénéficiaires…"))
        self.bens = _checklist([(b.id, f"{data.ben_name(b.id)} ({b.id})") for b in sorted(
            p.beneficiaries.values(), key=lambda b: (b.last_name, b.first_name, b.id))], set(meeting.beneficiaries))
        self.fixed = QCheckBox(self.tr("Rendez-vous fixe (le planificateur ne le déplace pas)"))
        self.fixed.setChecked(meeting.fixed)
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 240)
        self.buffer.setSingleStep(15)
        self.buffer.setSuffix(" min")
        self.buffer.setValue(meeting.buffer_minutes)
        self.note = QPlainTextEdit(note)
        self.note.setFixedHeight(50)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Jour"), self.day)
        form.addRow(self.tr("Début"), self.start)
        form.addRow(self.tr("Durée"), self.minutes)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Professionnels"), self.pros)
        form.addRow(self.tr("Bénéficiaires"), self.ben_filter)
        form.addRow("", self.bens)
        form.addRow("", self.fixed)
        form.addRow(self.tr("Battement"), self.buffer)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problems)
        lay.addWidget(buttons)
        self._editing = editing
        self.type.currentIndexChanged.connect(self._type_changed)
        for sig in (self.day.currentIndexChanged, self.start.timeChanged, self.minutes.valueChanged,
                    self.site.currentIndexChanged, self.pros.itemChanged, self.bens.itemChanged,
                    self.buffer.valueChanged):
            sig.connect(self.check)
        self.ben_filter.textChanged.connect(self._filter)
        self.check()

    def _type_changed(self) -> None:
        t = self._data.problem.meeting_types.get(str(self.type.currentData()))
        if t is not None and not self._editing:
            self.minutes.setValue(t.minutes)
        self.check()

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.bens.count()):
            it = self.bens.item(i)
            it.setHidden(bool(needle) and needle not in it.text().casefold())

    def meeting(self) -> dm.Meeting:
        t = self.start.time()
        start = t.hour() * 60 + t.minute() // 15 * 15
        return replace(self._base, type=str(self.type.currentData()), day=int(self.day.currentData()),
                       start=start, minutes=self.minutes.value(), site=str(self.site.currentData()),
                       professionals=_checked(self.pros), beneficiaries=_checked(self.bens),
                       fixed=self.fixed.isChecked(), buffer_minutes=self.buffer.value())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def check(self) -> list[str]:
        cand = self.meeting()
        messages = list(dict.fromkeys(v.message for v in self._data.index.check_candidate(
            replace(cand, id=cand.id or "nouveau"))))
        self.problems.setText("\n".join(messages[:5]))
        return messages


class RepeatDialog(QDialog):
    """"Répéter chaque semaine jusqu'au…"."""

    def __init__(self, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Répéter chaque semaine"))
        self.until = QDateEdit(QDate(first.year, first.month, first.day).addDays(28))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout(self)
        form.addRow(self.tr("Jusqu'au"), self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def until_date(self) -> date:
        d = self.until.date()
        return date(d.year(), d.month(), d.day())


class SiteDayDialog(QDialog):
    """Choose a site and a day of the shown week (attendance sheets, scanned sheets); a day when
    the site is closed is marked "fermé"."""

    def __init__(self, data: WeekData, site: str, day: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._data = data
        self.site = QComboBox()
        for s in sorted(data.problem.sites.values(), key=lambda s: s.name or s.id):
            self.site.addItem(s.name or s.id, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(site)))
        self.day = QComboBox()
        self._fill_days(day)
        self.site.currentIndexChanged.connect(lambda _i: self._fill_days(int(self.day.currentData() or day)))
        form = QFormLayout(self)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Jour"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_days(self, day: int) -> None:
        from sosdesk.domain.timegrid import week_dates

        site = self._data.problem.sites.get(str(self.site.currentData()))
        dates = week_dates(self._data.week)
        self.day.blockSignals(True)
        self.day.clear()
        for i in range(1, 8):
            closed = site is not None and bool(site.open) and not any(w.day == i for w in site.open)
            label = f"{day_name(i)} {dates[i - 1].strftime('%d/%m')}" + (
                f" ({self.tr('fermé')})" if closed else "")
            self.day.addItem(label, i)
        self.day.setCurrentIndex(max(0, self.day.findData(day)))
        self.day.blockSignals(False)

    def choice(self) -> tuple[str, int]:
        return str(self.site.currentData()), int(self.day.currentData())


class ProtectedEditDialog(QDialog):
    """Confirm a change to a held or billed meeting: the consequence the use case computed
    (``usecases.meeting_edits.EditCheck.message``) and the reason, required, kept in the change log."""

    def __init__(self, consequence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rendez-vous protégé"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        self.text = QLabel(consequence)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        lay.addWidget(QLabel(self.tr("Motif de la modification (obligatoire, gardé dans l'historique) :")))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("ex. : erreur de saisie, salle indisponible"))
        lay.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Confirmer la modification"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Ne rien changer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        lay.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()
