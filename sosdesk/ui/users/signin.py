"""Sign-in / switch-user dialog: pick a user, type their password when they have one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.permissions import ROLE_LABELS
from sosdesk.store import Store
from sosdesk.store.sessions import open_session
from sosdesk.store.users import (
    UserInfo,
    any_password,
    check_password,
    list_users,
    password_must_change,
    remember_signer,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class SignInDialog(QDialog):
    """Choose who works on this file; a wrong password keeps the dialog open with a French message."""

    def __init__(self, store: Store, parent: QWidget | None = None, switching: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.user_id: str | None = None
        self.setWindowTitle(self.tr("Changer d'utilisateur") if switching else
                            self.tr("Connexion — {0}").format(store.path.name))
        self.setMinimumWidth(460)
        self.users: dict[str, UserInfo] = {}
        self.list = QListWidget()
        current = store.user_id
        for user in list_users(store):
            self.users[user.id] = user
            role = self.tr(ROLE_LABELS.get(user.role, user.role))
            region = f", {user.region}" if user.region else ""
            text = f"{user.name} — {role}{region}"
            if not user.has_password:
                text += self.tr(" (sans mot de passe)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, user.id)
            self.list.addItem(item)
            if user.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Utilisateur :")))
        lay.addWidget(self.list)
        lay.addWidget(QLabel(self.tr("Mot de passe :")))
        lay.addWidget(self.password)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._on_user_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self._on_user_changed()
        self.password.setFocus()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def pick(self, user_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == user_id:
                self.list.setCurrentRow(row)
                return

    def _on_user_changed(self) -> None:
        uid = self.selected_id()
        needs = bool(uid and self.users[uid].has_password)
        self.password.setEnabled(needs)
        self.password.clear()
        self.error.clear()

    def accept(self) -> None:
        uid = self.selected_id()
        if uid is None:
            self.error.setText(self.tr("Choisissez un utilisateur."))
            return
        if not self.users[uid].has_password and any_password(self.store):
            # docs/data-protection.md: on a protected file a user without a password cannot act.
            self.error.setText(self.tr("Cet utilisateur n'a pas de mot de passe : le coordinateur national "
                                       "(ou l'administrateur de sa région) doit lui en donner un."))
            return
        if self.users[uid].has_password and not check_password(self.store, uid, self.password.text()):
            self.error.setText(self.tr("Mot de passe incorrect : réessayez."))
            self.password.clear()
            self.password.setFocus()
            return
        if self.users[uid].has_password and password_must_change(self.store, uid):
            self.error.setText(self.tr("Ce mot de passe vous a été donné : choisissez d'abord le vôtre "
                                       "(sosdesk user passwd)."))
            return
        self.user_id = uid
        if self.users[uid].has_password:
            # Headless commands on this file may then act as this person for a limited time.
            open_session(self.store, uid, datetime.now(UTC))
            # Their invoice workflow steps in this window are signed with their key (docs/security.md).
            remember_signer(self.store, uid, self.password.text())
        super().accept()


def sign_in(store: Store, parent: QWidget | None = None) -> bool:
    """At opening: when some user of the file has a password, ask who signs in (False: cancelled).

    Files where nobody has a password open as the current user, as before.
    """
    if not any_password(store):
        return True
    dialog = SignInDialog(store, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user_id is None:
        return False
    store.set_user(dialog.user_id)
    return True
