"""The Rappels page: what was sent, failed or is pending (per beneficiary), the template editor with
a live preview, and the rules, quiet hours and transport settings. Owns the timer that sends due
reminders every few minutes, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import now_utc, utc_to_local
from sosdesk.domain.vocabulary import day_time_text, table_time
from sosdesk.notify.config import (
    NotifySettings,
    Rule,
    load_rules,
    load_settings,
    load_templates,
    save_rules,
    save_settings,
    save_template,
    validate_settings,
)
from sosdesk.notify.credentials import SMS_SERVICE, SMTP_SERVICE, set_secret
from sosdesk.notify.run import MessageRow, list_messages, mark_sent, resend, run_reminders
from sosdesk.notify.sender import RunReport
from sosdesk.notify.templates import (
    CHANNEL_LABELS,
    CHANNELS,
    EVENT_LABELS,
    EVENTS,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    Template,
    render,
    validate_template,
)
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.usecases.reminders_mode import office_sends

STATE_LABELS = {"pending": str(QT_TRANSLATE_NOOP("MessagesModel", "en attente")),
                "sending": str(QT_TRANSLATE_NOOP("MessagesModel", "envoi en cours")),
                "sent": str(QT_TRANSLATE_NOOP("MessagesModel", "envoyé")),
                "failed": str(QT_TRANSLATE_NOOP("MessagesModel", "échec")),
                "retrying": str(QT_TRANSLATE_NOOP("MessagesModel", "nouvel essai prévu")),
                "skipped": str(QT_TRANSLATE_NOOP("MessagesModel", "non envoyé")),
                "superseded": str(QT_TRANSLATE_NOOP("MessagesModel", "remplacé")),
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


class MessagesModel(QAbstractTableModel):
    """The reminder outbox, newest due first."""

    HEADERS = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("MessagesModel", "Échéance"), QT_TRANSLATE_NOOP("MessagesModel", "Bénéficiaire"),
        QT_TRANSLATE_NOOP("MessagesModel", "Canal"), QT_TRANSLATE_NOOP("MessagesModel", "Message"),
        QT_TRANSLATE_NOOP("MessagesModel", "Rendez-vous"), QT_TRANSLATE_NOOP("MessagesModel", "État"),
        QT_TRANSLATE_NOOP("MessagesModel", "Essais"), QT_TRANSLATE_NOOP("MessagesModel", "Détail")))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MessageRow] = []

    def set_rows(self, rows: list[MessageRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return _label(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                day_time_text(utc_to_local(r.due_at)), r.beneficiary,
                channel_label(r.channel), event_label(r.event),
                f"{utc_to_local(r.meeting_start):%d/%m} {table_time(utc_to_local(r.meeting_start))}", _label(STATE_LABELS.get(r.state, r.state)),
                str(r.attempts), r.detail,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.body or r.detail or None
        return None


class _Signals(QObject):
    finished = Signal(object)   # RunReport
    failed = Signal(str)


class _RunJob(QRunnable):
    def __init__(self, store: Store, now: datetime) -> None:
        super().__init__()
        self.store, self.now = store, now
        self.signals = _Signals()

    def run(self) -> None:
        try:
            report = run_reminders(self.store, now=self.now, may_send=office_sends)
        except Exception as exc:  # a bug or a broken file must not kill the window's timer
            self.signals.failed.emit(
                QCoreApplication.translate("RemindersPage", "Rappels : erreur inattendue ({0})").format(exc))
            return
        self.signals.finished.emit(report)


class TemplateEditor(QWidget):
    """Edit one (channel, event) template with a live preview; saving refuses unknown placeholders."""

    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choice = QComboBox(self)
        for channel in CHANNELS:
            for event in EVENTS:
                self.choice.addItem(f"{channel_label(channel)} — {event_label(event)}", (channel, event))
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setMinimumHeight(90)
        self.body.setMaximumHeight(180)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setMinimumHeight(70)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Enregistrer le modèle"), self)
        self.save_button.clicked.connect(self.save)
        fields = QLabel(self.tr("Champs : ") + ", ".join("{" + k + "}" for k in PLACEHOLDERS), self)
        fields.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Modèle :"), self.choice)
        form.addRow(self.tr("Objet (e-mail) :"), self.subject)
        form.addRow(self.tr("Texte :"), self.body)
        form.addRow(fields)
        form.addRow(self.tr("Aperçu :"), self.preview)
        form.addRow(self.error)
        form.addRow(self.save_button)
        self.choice.currentIndexChanged.connect(lambda _i: self.load())
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        self.load()

    def current(self) -> Template:
        channel, event = self.choice.currentData()
        return Template(channel, event, self.subject.text(), self.body.toPlainText())

    def load(self) -> None:
        channel, event = self.choice.currentData()
        t = load_templates(self.store)[(channel, event)]
        self.subject.setEnabled(channel == "email")
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.update_preview()

    def update_preview(self) -> None:
        t = self.current()
        try:
            validate_template(t)
        except InputError as exc:
            self.error.setText(str(exc))
            self.preview.setText("")
            return
        self.error.setText("")
        subject = render(t.subject, SAMPLE_VALUES)
        body = render(t.body, SAMPLE_VALUES)
        self.preview.setText(f"{subject}\n\n{body}" if subject else body)

    def save(self) -> bool:
        try:
            save_template(self.store, self.current())
        except InputError as exc:
            self.error.setText(self.tr("Modèle non enregistré : ") + str(exc))
            return False
        self.saved.emit(self.tr("Modèle enregistré"))
        return True


class RulesEditor(QWidget):
    """Offsets per channel, quiet hours, and the SMTP / SMS gateway settings (secrets → keyring)."""

    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        settings = load_settings(store)
        rules = load_rules(store)
        self.offsets: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for channel in CHANNELS:
            hours = [r.offset_minutes for r in rules if r.channel == channel and r.active]
            edit = QLineEdit(", ".join(_hours_text(h) for h in sorted(hours, reverse=True)), self)
            edit.setPlaceholderText(self.tr("ex. 48, 2 (heures avant le rendez-vous ; vide = aucun)"))
            self.offsets[channel] = edit
            form.addRow(self.tr("Rappels {c} (heures avant) :").format(c=channel_label(channel)), edit)
        self.quiet_from = QLineEdit(settings.quiet_from, self)
        self.quiet_to = QLineEdit(settings.quiet_to, self)
        self.min_lead = QSpinBox(self)
        self.min_lead.setRange(0, 24 * 60)
        self.min_lead.setValue(settings.min_lead_minutes)
        self.organisation = QLineEdit(settings.organisation, self)
        form.addRow(self.tr("Pas de SMS de :"), self.quiet_from)
        form.addRow(self.tr("à :"), self.quiet_to)
        form.addRow(self.tr("Délai minimal après les heures calmes (min) :"), self.min_lead)
        form.addRow(self.tr("Nom de la structure :"), self.organisation)
        self.smtp = {k: QLineEdit(str(settings.smtp.get(k, "")), self)
                     for k in ("host", "port", "security", "username", "sender", "ca_file")}
        self.smtp_password = QLineEdit(self)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("inchangé"))
        for key, label in (("host", str(QT_TRANSLATE_NOOP("RulesEditor", "Serveur SMTP"))),
                           ("port", str(QT_TRANSLATE_NOOP("RulesEditor", "Port"))),
                           ("security", str(QT_TRANSLATE_NOOP("RulesEditor", "Sécurité (starttls, ssl, none)"))),
                           ("username", str(QT_TRANSLATE_NOOP("RulesEditor", "Identifiant"))),
                           ("sender", str(QT_TRANSLATE_NOOP("RulesEditor", "Expéditeur"))),
                           ("ca_file", str(QT_TRANSLATE_NOOP(
                               "RulesEditor", "Certificat d'autorité (fichier PEM, facultatif)")))):
            form.addRow(self.tr("{0} :").format(QCoreApplication.translate("RulesEditor", label)), self.smtp[key])
        form.addRow(self.tr("Mot de passe SMTP :"), self.smtp_password)
        self.sms = {k: QLineEdit(str(settings.sms.get(k, "")), self) for k in ("url", "username", "sender")}
        self.sms_token = QLineEdit(self)
        self.sms_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_token.setPlaceholderText(self.tr("inchangé"))
        for key, label in (("url", str(QT_TRANSLATE_NOOP("RulesEditor", "Passerelle SMS (URL)"))),
                           ("username", str(QT_TRANSLATE_NOOP("RulesEditor", "Compte SMS"))),
                           ("sender", str(QT_TRANSLATE_NOOP("RulesEditor", "Nom d'expéditeur SMS")))):
            form.addRow(self.tr("{0} :").format(QCoreApplication.translate("RulesEditor", label)), self.sms[key])
        form.addRow(self.tr("Jeton SMS :"), self.sms_token)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.clicked.connect(self.save)
        form.addRow(self.error)
        form.addRow(self.save_button)

    def save(self) -> bool:
        try:
            rules = [Rule(f"{c}-{m}", c, m) for c, edit in self.offsets.items() for m in _parse_hours(edit.text())]
            smtp = {k: e.text().strip() for k, e in self.smtp.items() if e.text().strip()}
            if "port" in smtp and not smtp["port"].isdigit():
                raise InputError(self.tr("port SMTP invalide"), "port")
            sms = {k: e.text().strip() for k, e in self.sms.items() if e.text().strip()}
            settings = NotifySettings(quiet_from=self.quiet_from.text().strip(), quiet_to=self.quiet_to.text().strip(),
                                      min_lead_minutes=self.min_lead.value(),
                                      organisation=self.organisation.text().strip(), smtp=smtp, sms=sms)
            validate_settings(settings)
            save_rules(self.store, rules)
            save_settings(self.store, settings)
        except InputError as exc:
            self.error.setText(self.tr("Non enregistré : ") + str(exc))
            return False
        if self.smtp_password.text() and smtp.get("host"):
            set_secret(SMTP_SERVICE, f"{smtp.get('username', '')}@{smtp['host']}", self.smtp_password.text())
        if self.sms_token.text() and sms.get("url"):
            set_secret(SMS_SERVICE, f"{sms.get('username', '')}@{sms['url']}", self.sms_token.text())
        self.smtp_password.clear()
        self.sms_token.clear()
        self.error.setText("")
        self.saved.emit(self.tr("Règles de rappel enregistrées"))
        return True


def _hours_text(minutes: int) -> str:
    return str(minutes // 60) if minutes % 60 == 0 else f"{minutes / 60:g}"


def _parse_hours(text: str) -> list[int]:
    """'48, 2, 0.5' → [2880, 120, 30] minutes; InputError naming the bad entry."""
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip().replace("h", "")
        if not part:
            continue
        try:
            out.append(round(float(part.replace(",", ".")) * 60))
        except ValueError:
            raise InputError(QCoreApplication.translate(
                "RulesEditor", "délai « {0} » invalide (un nombre d'heures, ex. 48 ou 2)").format(part),
                QCoreApplication.translate("RulesEditor", "règles")) from None
    return out


class RemindersPage(QWidget):
    """Outbox list, template editor with preview, rules and transport settings, periodic sending."""

    run_finished = Signal(object)   # RunReport, after each run (timer or button)

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 interval_ms: int = DEFAULT_INTERVAL_MS, autostart: bool = True,
                 clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.clock = clock   # injected so quiet hours (20:00–08:00) can be tested at any hour
        self._job: _RunJob | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        tabs = QTabWidget(self)
        tabs.addTab(self._messages_tab(), self.tr("Messages"))
        self.templates = TemplateEditor(store, self)
        tabs.addTab(self.templates, self.tr("Modèles"))
        self.rules = RulesEditor(store, self)
        tabs.addTab(self.rules, self.tr("Règles et envoi"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.rules.saved.connect(lambda text: self.bus.status_message.emit(text))
        self.templates.saved.connect(lambda text: self.bus.status_message.emit(text))
        bus.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.send_now)
        if autostart:
            self.timer.start()
        self.refresh()

    # -- messages tab ---------------------------------------------------------------------------
    def _messages_tab(self) -> QWidget:
        box = QWidget(self)
        top = QHBoxLayout()
        self.who = QComboBox(box)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(QLabel(self.tr("Bénéficiaire :"), box))
        top.addWidget(self.who, 1)
        self.send_button = QPushButton(self.tr("Envoyer maintenant"), box)
        self.send_button.clicked.connect(self.send_now)
        self.resend_button = QPushButton(self.tr("Renvoyer"), box)
        self.resend_button.clicked.connect(self._resend)
        self.confirm_button = QPushButton(self.tr("Marquer comme envoyé"), box)
        self.confirm_button.clicked.connect(self._confirm)
        for b in (self.send_button, self.resend_button, self.confirm_button):
            top.addWidget(b)
        self.model = MessagesModel(self)
        self.view = QTableView(box)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(box)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        return box

    def _fill_people(self) -> None:
        current = self.who.currentData()
        rows = list_messages(self.store)
        people = sorted({(r.beneficiary, r.beneficiary_id) for r in rows})
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Tous"), None)
        for name, bid in people:
            self.who.addItem(name, bid)
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    def refresh(self) -> None:
        """Reload the outbox list (after a run, a manual action, or a change of people/meetings)."""
        self._fill_people()
        rows = list_messages(self.store, self.who.currentData())
        self.model.set_rows(rows)
        counts = {s: sum(1 for r in rows if r.state == s) for s in STATE_LABELS}
        waiting = counts["pending"] + counts["retrying"]
        self.summary.setText(self.tr("{sent} envoyé(s), {failed} en échec, {waiting} en attente, "
                                     "{uncertain} à vérifier, {skipped} non envoyé(s)").format(
            sent=counts["sent"], failed=counts["failed"], waiting=waiting, uncertain=counts["uncertain"],
            skipped=counts["skipped"]))
        self._update_buttons()

    def selected(self) -> MessageRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.resend_button.setEnabled(row is not None and row.state in ("failed", "uncertain"))
        self.confirm_button.setEnabled(row is not None and row.state == "uncertain")

    def _resend(self) -> None:
        row = self.selected()
        if row is not None:
            self._manual(resend, row.id, self.tr("Message {id} : renvoi programmé"))

    def _confirm(self) -> None:
        row = self.selected()
        if row is not None:
            self._manual(mark_sent, row.id, self.tr("Message {id} : marqué envoyé"))

    def _manual(self, action: Any, message_id: int, text: str) -> None:
        try:
            action(self.store, message_id, self.clock())
        except InputError as exc:
            self.bus.status_message.emit(str(exc))
            return
        self.bus.status_message.emit(text.format(id=message_id))
        self.refresh()

    # -- sending --------------------------------------------------------------------------------
    def send_now(self) -> None:
        """Run the reminders once in a worker thread (ignored while a run is in progress)."""
        if self._job is not None:
            return
        job = _RunJob(self.store, self.clock())
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self.send_button.setEnabled(False)
        self.pool.start(job)

    def is_running(self) -> bool:
        return self._job is not None

    def _on_finished(self, report: RunReport) -> None:
        self._job = None
        self.send_button.setEnabled(True)
        self.refresh()
        sent, failed = report.count("sent"), report.count("failed") + report.count("retrying")
        text = self.tr("Rappels : {sent} envoyé(s), {failed} en échec").format(sent=sent, failed=failed)
        if report.warnings:
            text += " — " + " ; ".join(report.warnings)
        self.bus.status_message.emit(text)
        self.run_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self.send_button.setEnabled(True)
        self.bus.status_message.emit(message)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & {"beneficiaries", "meetings"}:
            self.refresh()

    def shutdown(self) -> None:
        """Stop the timer and wait for a run in progress (window closing, tests)."""
        self.timer.stop()
        self.pool.waitForDone()


