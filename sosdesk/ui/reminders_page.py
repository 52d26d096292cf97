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
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.sms_length import sms_length
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
from sosdesk.notify.sms import PROVIDERS
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
from sosdesk.notify.test_send import send_test
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import Operation, OpRunner
from sosdesk.usecases.reminders_mode import office_sends, sender_side

STATE_LABELS = {"pending": str(QT_TRANSLATE_NOOP("MessagesModel", "en attente")),
                "sending": str(QT_TRANSLATE_NOOP("MessagesModel", "envoi en cours")),
                "sent": str(QT_TRANSLATE_NOOP("MessagesModel", "envoyé")),
                "failed": str(QT_TRANSLATE_NOOP("MessagesModel", "échec")),
                "retrying": str(QT_TRANSLATE_NOOP("MessagesModel", "nouvel essai prévu")),
                "skipped": str(QT_TRANSLATE_NOOP("MessagesModel", "non envoyé")),
                "superseded": str(QT_TRANSLATE_NOOP("MessagesModel", "remplacé")),
                "held": str(QT_TRANSLATE_NOOP("MessagesModel", "suspendu (congé, absence ou fermeture)")),
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
        self.counter = QLabel(self)
        self.counter.setWordWrap(True)
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
        form.addRow(self.tr("Longueur :"), self.counter)
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
        self.counter.setText(self.length_text(body) if t.channel == "sms" else self.tr(
            "{n} caractères (e-mail : pas de limite)").format(n=len(body)))

    def length_text(self, body: str) -> str:
        """« 142 caractères — 1 SMS (alphabet SMS standard, 18 restants) » for the preview's text."""
        n = sms_length(body)
        text = self.tr("{chars} caractères — {segments} SMS").format(chars=n.characters, segments=n.segments)
        if n.unicode:
            text += " " + self.tr("(hors alphabet SMS standard : {chars}, d'où {per} caractères par SMS ; "
                                  "{left} restants)").format(chars=" ".join(f"« {c} »" for c in n.outside[:5]),
                                                             per=n.per_segment, left=n.remaining)
        else:
            text += " " + self.tr("(alphabet SMS standard, {left} restants avant le SMS suivant)").format(
                left=n.remaining)
        return text

    def save(self) -> bool:
        try:
            save_template(self.store, self.current())
        except InputError as exc:
            self.error.setText(self.tr("Modèle non enregistré : ") + str(exc))
            return False
        self.saved.emit(self.tr("Modèle enregistré"))
        return True


SECURITY_CHOICES = (("starttls", str(QT_TRANSLATE_NOOP("RulesEditor", "STARTTLS (587, recommandé)"))),
                    ("ssl", str(QT_TRANSLATE_NOOP("RulesEditor", "SSL/TLS (465)"))),
                    ("none", str(QT_TRANSLATE_NOOP("RulesEditor", "aucune (réseau local)"))))
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
OFFSETS_PER_CHANNEL = 3
SIDE_TEXT = {
    "office": str(QT_TRANSLATE_NOOP(
        "RulesEditor", "Les rappels partent de ce poste (fichier non enrôlé) : il doit être allumé et "
        "sosdesk ouvert, ou la commande « sosdesk remind » planifiée.")),
    "office_enrolled": str(QT_TRANSLATE_NOOP(
        "RulesEditor", "Les rappels de la région partent de ce poste (la région n'est pas confiée au "
        "service central) : il doit être allumé et sosdesk ouvert.")),
    "service": str(QT_TRANSLATE_NOOP(
        "RulesEditor", "Les rappels de la région partent du service central, même quand ce poste est "
        "éteint ; ses réglages d'envoi sont ceux du coordinateur national. Ceux-ci ne servent qu'au test "
        "et si la région revient au poste.")),
}


def _offset_box(parent: QWidget, minutes: int | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 14 * 24)
    box.setDecimals(0 if (minutes or 0) % 60 == 0 else 1)   # whole hours unless the rule says otherwise
    box.setSingleStep(1)
    box.setSuffix(QCoreApplication.translate("RulesEditor", " h avant"))
    box.setSpecialValueText(QCoreApplication.translate("RulesEditor", "aucun"))
    box.setValue((minutes or 0) / 60)
    return box


class RulesEditor(QWidget):
    """Offsets per channel, quiet hours, and the SMTP / SMS gateway settings (secrets → keyring), with
    a test send to an address or number the user types."""

    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = OpRunner(self)
        self.test_job: Operation[str] | None = None
        settings = load_settings(store)
        rules = load_rules(store)

        self.side = QLabel(self)
        self.side.setWordWrap(True)
        self.side.setStyleSheet("QLabel { background: #eef4fb; border: 1px solid #c5d7ee; padding: 6px; }")

        rules_box = QGroupBox(self.tr("Quand envoyer"), self)
        rf = QFormLayout(rules_box)
        self.offsets: dict[str, list[QDoubleSpinBox]] = {}
        for channel in CHANNELS:
            minutes = sorted((r.offset_minutes for r in rules if r.channel == channel and r.active), reverse=True)
            boxes = [_offset_box(rules_box, minutes[i] if i < len(minutes) else None)
                     for i in range(max(OFFSETS_PER_CHANNEL, len(minutes)))]
            self.offsets[channel] = boxes
            row = QHBoxLayout()
            for b in boxes:
                row.addWidget(b)
            row.addStretch(1)
            rf.addRow(self.tr("Rappels {c} :").format(c=channel_label(channel)), row)
        self.quiet_from = QTimeEdit(rules_box)
        self.quiet_to = QTimeEdit(rules_box)
        for edit, value in ((self.quiet_from, settings.quiet_from), (self.quiet_to, settings.quiet_to)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime.fromString(value, "HH:mm") if QTime.fromString(value, "HH:mm").isValid()
                         else QTime(0, 0))
        quiet = QHBoxLayout()
        quiet.addWidget(QLabel(self.tr("de"), rules_box))
        quiet.addWidget(self.quiet_from)
        quiet.addWidget(QLabel(self.tr("à"), rules_box))
        quiet.addWidget(self.quiet_to)
        quiet.addStretch(1)
        rf.addRow(self.tr("Pas de SMS :"), quiet)
        self.min_lead = QSpinBox(rules_box)
        self.min_lead.setRange(0, 24 * 60)
        self.min_lead.setSuffix(self.tr(" min"))
        self.min_lead.setValue(settings.min_lead_minutes)
        self.min_lead.setMaximumWidth(120)
        self.min_lead.setToolTip(self.tr("Un SMS repoussé après les heures calmes part au moins ce temps avant "
                                         "le rendez-vous, sinon il n'est pas envoyé."))
        rf.addRow(self.tr("Délai minimal :"), self.min_lead)
        self.organisation = QLineEdit(settings.organisation, rules_box)
        rf.addRow(self.tr("Nom de la structure :"), self.organisation)

        smtp_box = QGroupBox(self.tr("E-mail (serveur SMTP)"), self)
        sf = QFormLayout(smtp_box)
        self.smtp_host = QLineEdit(str(settings.smtp.get("host", "")), smtp_box)
        self.smtp_host.setPlaceholderText("smtp.exemple.fr")
        self.smtp_security = QComboBox(smtp_box)
        for key, label in SECURITY_CHOICES:
            self.smtp_security.addItem(QCoreApplication.translate("RulesEditor", label), key)
        security = str(settings.smtp.get("security") or "starttls")
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(security)))
        self.smtp_port = QSpinBox(smtp_box)
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(int(settings.smtp.get("port") or DEFAULT_PORTS.get(security, 587)))
        self.smtp_security.currentIndexChanged.connect(self._security_changed)
        self._security = security
        self.smtp_user = QLineEdit(str(settings.smtp.get("username", "")), smtp_box)
        self.smtp_sender = QLineEdit(str(settings.smtp.get("sender", "")), smtp_box)
        self.smtp_sender.setPlaceholderText("rappels@structure.fr")
        self.smtp_ca = QLineEdit(str(settings.smtp.get("ca_file", "")), smtp_box)
        self.smtp_ca.setPlaceholderText(self.tr("facultatif : certificat propre au serveur (PEM)"))
        self.smtp_password = QLineEdit(smtp_box)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("inchangé (gardé dans le trousseau du système)"))
        server_row = QHBoxLayout()
        server_row.addWidget(self.smtp_host, 1)
        server_row.addWidget(QLabel(self.tr("port"), smtp_box))
        server_row.addWidget(self.smtp_port)
        sf.addRow(self.tr("Serveur :"), server_row)
        sf.addRow(self.tr("Sécurité :"), self.smtp_security)
        sf.addRow(self.tr("Identifiant :"), self.smtp_user)
        sf.addRow(self.tr("Mot de passe :"), self.smtp_password)
        sf.addRow(self.tr("Expéditeur :"), self.smtp_sender)
        sf.addRow(self.tr("Autorité de certification :"), self.smtp_ca)

        sms_box = QGroupBox(self.tr("SMS (passerelle HTTP)"), self)
        mf = QFormLayout(sms_box)
        self.sms_provider = QComboBox(sms_box)
        for name in PROVIDERS:
            self.sms_provider.addItem(name, name)
        self.sms_provider.setCurrentIndex(max(0, self.sms_provider.findData(settings.sms.get("provider",
                                                                                              "http_json"))))
        self.sms_url = QLineEdit(str(settings.sms.get("url", "")), sms_box)
        self.sms_url.setPlaceholderText("https://passerelle.exemple.fr/sms")
        self.sms_user = QLineEdit(str(settings.sms.get("username", "")), sms_box)
        self.sms_sender = QLineEdit(str(settings.sms.get("sender", "")), sms_box)
        self.sms_sender.setMaxLength(11)   # alphanumeric sender ids: 11 characters at most
        self.sms_token = QLineEdit(sms_box)
        self.sms_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_token.setPlaceholderText(self.tr("inchangé (gardé dans le trousseau du système)"))
        mf.addRow(self.tr("Fournisseur :"), self.sms_provider)
        mf.addRow(self.tr("Adresse :"), self.sms_url)
        mf.addRow(self.tr("Compte :"), self.sms_user)
        mf.addRow(self.tr("Jeton :"), self.sms_token)
        mf.addRow(self.tr("Nom d'expéditeur :"), self.sms_sender)

        test_box = QGroupBox(self.tr("Tester l'envoi"), self)
        tl = QHBoxLayout(test_box)
        self.test_to = QLineEdit(test_box)
        self.test_to.setPlaceholderText(self.tr("adresse e-mail ou numéro de portable"))
        self.test_button = QPushButton(self.tr("Tester l'envoi"), test_box)
        self.test_button.clicked.connect(self.test_send)
        self.test_to.returnPressed.connect(self.test_send)
        tl.addWidget(self.test_to, 1)
        tl.addWidget(self.test_button)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.clicked.connect(self.save)

        grid = QGridLayout()
        grid.addWidget(rules_box, 0, 0)
        grid.addWidget(test_box, 1, 0)
        grid.addWidget(self.test_result, 2, 0)
        grid.addWidget(smtp_box, 0, 1, 2, 1)
        grid.addWidget(sms_box, 2, 1, 1, 1)
        grid.setRowStretch(3, 1)
        for col in range(2):
            grid.setColumnStretch(col, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.side)
        outer.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self.refresh_side()

    def refresh_side(self) -> None:
        self.side.setText(QCoreApplication.translate("RulesEditor", SIDE_TEXT[sender_side(self.store)]))

    def _security_changed(self, _index: int) -> None:
        new = self.smtp_security.currentData()
        if self.smtp_port.value() == DEFAULT_PORTS.get(self._security):
            self.smtp_port.setValue(DEFAULT_PORTS[new])   # the port followed the default: keep following
        self._security = new

    def _smtp(self) -> dict[str, Any]:
        smtp: dict[str, Any] = {"host": self.smtp_host.text().strip(), "port": self.smtp_port.value(),
                                "security": self.smtp_security.currentData(),
                                "username": self.smtp_user.text().strip(), "sender": self.smtp_sender.text().strip(),
                                "ca_file": self.smtp_ca.text().strip()}
        return {k: v for k, v in smtp.items() if v} if smtp["host"] else {}

    def _sms(self) -> dict[str, Any]:
        sms = {"provider": self.sms_provider.currentData(), "url": self.sms_url.text().strip(),
               "username": self.sms_user.text().strip(), "sender": self.sms_sender.text().strip()}
        return {k: v for k, v in sms.items() if v} if sms["url"] else {}

    def _rules(self) -> list[Rule]:
        out = []
        for channel, boxes in self.offsets.items():
            minutes = sorted({round(b.value() * 60) for b in boxes if b.value() > 0}, reverse=True)
            out += [Rule(f"{channel}-{m}", channel, m) for m in minutes]
        return out

    def _check(self) -> None:
        """Raise InputError listing every problem of the form, in the user's words."""
        problems = ProblemList()
        smtp, sms = self._smtp(), self._sms()
        if smtp and not smtp.get("sender") and "@" not in smtp.get("username", ""):
            problems.add(self.tr("e-mail"), self.tr("indiquez l'adresse d'expéditeur des rappels"))
        if self.smtp_user.text().strip() and not self.smtp_host.text().strip():
            problems.add(self.tr("e-mail"), self.tr("un identifiant sans serveur SMTP"))
        if smtp.get("sender") and "@" not in smtp["sender"]:
            problems.add(self.tr("e-mail"), self.tr("l'expéditeur « {0} » n'est pas une adresse e-mail").format(
                smtp["sender"]))
        if sms and not sms["url"].startswith(("https://", "http://")):
            problems.add(self.tr("SMS"), self.tr("l'adresse de la passerelle commence par https://"))
        if self.quiet_from.time() == self.quiet_to.time():
            problems.add(self.tr("heures calmes"), self.tr("le début et la fin sont identiques"))
        problems.raise_if_any()

    def save(self) -> bool:
        try:
            self._check()
            rules = self._rules()
            smtp, sms = self._smtp(), self._sms()
            settings = NotifySettings(quiet_from=self.quiet_from.time().toString("HH:mm"),
                                      quiet_to=self.quiet_to.time().toString("HH:mm"),
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

    def test_send(self) -> None:
        """Send one test message with the settings as shown (saved or not), off the GUI thread."""
        if self.test_job is not None:
            return
        to = self.test_to.text().strip()
        if not to:
            self.test_result.setText(self.tr("Saisissez une adresse e-mail ou un numéro de portable."))
            return
        smtp, sms, org = self._smtp(), self._sms(), self.organisation.text().strip()
        password, token = self.smtp_password.text() or None, self.sms_token.text() or None
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Envoi de l'essai à {0}…").format(to))
        self.test_job = self.runner.start(lambda: send_test(to, smtp, sms, org, password, token),
                                          self._test_done, self._test_failed)

    def _test_done(self, text: str) -> None:
        self.test_job = None
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #1b5e20;")
        self.test_result.setText(text)

    def _test_failed(self, text: str) -> None:
        self.test_job = None
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b00020;")
        self.test_result.setText(text)


class RemindersPage(QWidget):
    """Outbox list, template editor with preview, rules and transport settings, periodic sending."""

    run_finished = Signal(object)   # RunReport, after each run (timer or button)

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 interval_ms: int = DEFAULT_INTERVAL_MS, autostart: bool = True,
                 clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.clock = clock   # injected so quiet hours (20:00–08:00) can be tested at any hour
        self.runner = OpRunner(self, bus, status=bus.status_message.emit)
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
        if self.runner.busy():
            return
        store, now = self.store, self.clock()
        self.send_button.setEnabled(False)
        self.runner.start(lambda: run_reminders(store, now=now, may_send=office_sends), self._on_finished,
                          self._on_failed)

    def is_running(self) -> bool:
        return self.runner.busy()

    def _on_finished(self, report: RunReport) -> None:
        self.send_button.setEnabled(True)
        self.refresh()
        self.rules.refresh_side()   # a run asks the service who sends (usecases.reminders_mode)
        sent, failed = report.count("sent"), report.count("failed") + report.count("retrying")
        text = self.tr("Rappels : {sent} envoyé(s), {failed} en échec").format(sent=sent, failed=failed)
        if report.warnings:
            text += " — " + " ; ".join(report.warnings)
        self.bus.status_message.emit(text)
        self.run_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.bus.status_message.emit(self.tr("Rappels : {0}").format(message))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables() & {"beneficiaries", "meetings"}:
            self.refresh()

    def shutdown(self) -> None:
        """Stop the timer and wait for a run in progress (window closing, tests)."""
        self.timer.stop()
        self.runner.wait()
        self.rules.runner.wait()


