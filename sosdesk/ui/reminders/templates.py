"""Edit one reminder template (channel × event) with a live preview and the SMS length."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sosdesk.domain.sms_length import sms_length
from sosdesk.notify.config import (
    load_templates,
    save_template,
)
from sosdesk.notify.templates import (
    CHANNELS,
    EVENTS,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    Template,
    render,
    validate_template,
)
from sosdesk.store.engine import Store
from sosdesk.ui.operations import run_edit
from sosdesk.ui.reminders.messages import channel_label, event_label


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
        if not run_edit(self, lambda: validate_template(t), show=self.error.setText):
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
        edit = run_edit(self, lambda: save_template(self.store, self.current()),
                        show=lambda text: self.error.setText(self.tr("Modèle non enregistré : ") + text))
        if not edit.ok:
            return False
        self.saved.emit(self.tr("Modèle enregistré"))
        return True
