"""« Téléphone » tab of the professional dialog: the calendar feed address (show, renew, revoke)
and a one-time sign-in link to the mobile page, each with a QR code to scan from the phone.

Shown only when this file is enrolled with the central service and the professional is already
there (docs/mobile.md). The calls are those of ``sosdesk feed`` / ``sosdesk field-link``.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.store.engine import Store
from sosdesk.syncclient.phone import Link, feed_link, field_link
from sosdesk.syncclient.service import K_SERVER
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import reads


def available(store: Store, professional_id: str | None) -> bool:
    """The tab makes sense: file enrolled, professional already on the service."""
    if not professional_id or not store.get_state(K_SERVER):
        return False
    return reads.professional_on_service(store, professional_id)


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    import segno

    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=scale, border=2)
    pix = QPixmap()
    pix.loadFromData(buf.getvalue(), "PNG")
    return pix


class _LinkBox(QGroupBox):
    def __init__(self, title: str, hint: str) -> None:
        super().__init__(title)
        layout = QHBoxLayout(self)
        text = QVBoxLayout()
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.url = QLabel()
        self.url.setWordWrap(True)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        text.addWidget(self.hint)
        text.addWidget(self.url)
        text.addLayout(self.buttons)
        text.addStretch(1)
        layout.addLayout(text, 3)
        self.qr = QLabel()
        self.qr.setFixedSize(180, 180)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)

    def button(self, label: str) -> QPushButton:
        btn = QPushButton(label)
        self.buttons.addWidget(btn)
        return btn

    def show_link(self, url: str | None, message: str) -> None:
        self.url.setText(message if url is None else f"{message}\n{url}")
        if url is None:
            self.qr.clear()
        else:
            self.qr.setPixmap(qr_pixmap(url).scaled(170, 170, Qt.AspectRatioMode.KeepAspectRatio))


class PhonePanel(QWidget):
    def __init__(self, store: Store, professional_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pid = professional_id
        self.link: Link | None = None
        layout = QVBoxLayout(self)
        self.feed = _LinkBox(self.tr("Calendrier sur le téléphone"),
                             self.tr("Adresse d'abonnement (iPhone, Android, Thunderbird…) : à donner "
                                     "au professionnel seul, elle donne accès à son planning (initiales "
                                     "des bénéficiaires uniquement)."))
        self.show_feed = self.feed.button(self.tr("Afficher l'adresse"))
        self.renew_feed = self.feed.button(self.tr("Nouvelle adresse"))
        self.revoke_feed = self.feed.button(self.tr("Couper l'accès"))
        self.copy_feed = self.feed.button(self.tr("Copier"))
        layout.addWidget(self.feed)
        self.field = _LinkBox(self.tr("Page mobile (présences, feuille d'émargement)"),
                              self.tr("Lien de connexion à usage unique, valable 72 heures. Un nouveau "
                                      "lien annule les précédents non utilisés."))
        self.new_link = self.field.button(self.tr("Créer un lien de connexion"))
        self.revoke_link = self.field.button(self.tr("Déconnecter ses téléphones"))
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.show_feed.clicked.connect(lambda: self._feed("show"))
        self.renew_feed.clicked.connect(lambda: self._feed("renew"))
        self.revoke_feed.clicked.connect(lambda: self._feed("revoke"))
        self.copy_feed.clicked.connect(self._copy)
        self.new_link.clicked.connect(lambda: self._field(False))
        self.revoke_link.clicked.connect(lambda: self._field(True))

    def _feed(self, action: str) -> None:
        self.error.clear()
        edit = run_edit(self, lambda: feed_link(self.store, self.pid, action), show=self.error.setText)
        if edit.value is None:
            return
        self.link = edit.value
        if self.link.url is None:
            self.feed.show_link(None, self.tr("Accès coupé : l'ancienne adresse ne répond plus."))
        else:
            note = self.tr("Nouvelle adresse (l'ancienne ne répond plus) :") if action == "renew" else \
                self.tr("Adresse :")
            self.feed.show_link(self.link.webcal, f"{note} {self.link.url}")

    def _copy(self) -> None:
        if self.link is not None and self.link.url:
            QGuiApplication.clipboard().setText(self.link.url)

    def _field(self, revoke: bool) -> None:
        self.error.clear()
        edit = run_edit(self, lambda: field_link(self.store, self.pid, revoke), show=self.error.setText)
        if edit.value is None:
            return
        link = edit.value
        if link.url is None:
            self.field.show_link(None, self.tr("Liens et téléphones connectés révoqués."))
        else:
            self.field.show_link(link.url, self.tr("Code : {0} — à scanner avec le téléphone :").format(link.code))
