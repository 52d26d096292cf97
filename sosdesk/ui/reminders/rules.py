"""When reminders go out (offsets, quiet hours) and how (SMTP, SMS gateway; secrets to the keyring),
with a test send off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import ProblemList
from sosdesk.notify.config import (
    NotifySettings,
    Rule,
    load_rules,
    load_settings,
    save_rules,
    save_settings,
    validate_settings,
)
from sosdesk.notify.credentials import SMS_SERVICE, SMTP_SERVICE, set_secret
from sosdesk.notify.sms import PROVIDERS
from sosdesk.notify.templates import (
    CHANNELS,
)
from sosdesk.notify.test_send import send_test
from sosdesk.store.engine import Store
from sosdesk.ui.operations import Operation, OpRunner, run_edit
from sosdesk.ui.reminders.messages import channel_label
from sosdesk.usecases.reminders_mode import sender_side

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
        def write() -> tuple[dict[str, Any], dict[str, Any]]:
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
            return smtp, sms

        edit = run_edit(self, write, show=lambda text: self.error.setText(self.tr("Non enregistré : ") + text))
        if edit.value is None:
            return False
        smtp, sms = edit.value
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
