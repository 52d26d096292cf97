"""« Utilisateurs… »: list the file's users, add one, set or reset a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.permissions import ROLE_LABELS
from sosdesk.store import Store
from sosdesk.store.users import ROLES, add_user, any_password, has_password, list_users, set_password
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import reads

ID_ROLE = Qt.ItemDataRole.UserRole


class AddUserDialog(QDialog):
    """Name, role, region, e-mail of a new user."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvel utilisateur"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(self.tr(ROLE_LABELS[role]), role)
        self.region = QComboBox()
        self.region.addItem(self.tr("(aucune)"), None)
        for rid, name in reads.regions_by_name(store):
            self.region.addItem(f"{name} ({rid})", rid)
        me = store.current_user()
        if me is not None and me.region_id:
            self.region.setCurrentIndex(max(0, self.region.findData(me.region_id)))
        self.email = QLineEdit()
        self.initial = QLineEdit()
        self.initial.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Nom :"), self.name)
        form.addRow(self.tr("Rôle :"), self.role)
        form.addRow(self.tr("Région :"), self.region)
        form.addRow(self.tr("E-mail :"), self.email)
        if any_password(store):
            form.addRow(self.tr("Mot de passe initial :"), self.initial)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PasswordDialog(QDialog):
    """A new password typed twice (and the current one when changing one's own)."""

    def __init__(self, name: str, parent: QWidget | None = None, ask_old: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mot de passe de {0}").format(name))
        self.old, self.first, self.second = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.old, self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Au moins 8 caractères. Le mot de passe reste dans ce fichier "
                                   "(il n'est pas synchronisé).")))
        if ask_old:
            form.addRow(self.tr("Mot de passe actuel :"), self.old)
        form.addRow(self.tr("Nouveau mot de passe :"), self.first)
        form.addRow(self.tr("Confirmation :"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersDialog(QDialog):
    """The users of the file; adding and password changes follow the store's permissions."""

    HEADERS = ("Nom", "Rôle", "Région", "E-mail", "Mot de passe")

    def __init__(self, store: Store, bus: ChangeBus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.setWindowTitle(self.tr("Utilisateurs"))
        self.resize(760, 380)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.password_button = QPushButton(self.tr("Définir le mot de passe…"))
        self.add_button.clicked.connect(self._on_add)
        self.password_button.clicked.connect(self._on_password)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.password_button)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Les utilisateurs sans mot de passe peuvent être choisis sans "
                                     "mot de passe à la connexion.")))
        lay.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        lay.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        users = list_users(self.store)
        self.table.setRowCount(len(users))
        self.password_button.setEnabled(bool(users))
        for r, u in enumerate(users):
            cells = (u.name, self.tr(ROLE_LABELS.get(u.role, u.role)), u.region or "—", u.email,
                     self.tr("oui") if u.has_password else self.tr("non"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, u.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return None if item is None else str(item.data(ID_ROLE))

    def add(self, name: str, role: str, region: str | None, email: str = "",
            initial_password: str | None = None) -> str | None:
        """Create the user (errors shown in French); the new id, or None. On a protected file the
        new user gets an initial password they change at first sign-in."""
        edit = run_edit(self, lambda: add_user(self.store, name, role, region, email, initial_password or None),
                        show=self.error.setText)
        if edit.value is None:
            return None
        user_id, changes = edit.value
        if self.bus is not None:
            self.bus.changed.emit(changes)
        self.error.setText(self.tr("Utilisateur « {0} » créé.").format(name.strip()))
        self.refresh()
        return user_id

    def change_password(self, user_id: str, first: str, second: str, old: str | None = None) -> bool:
        """Set ``user_id``'s password when both entries agree (errors shown in French); one's own
        password needs the current one."""
        if first != second:
            self.error.setText(self.tr("Les deux mots de passe diffèrent."))
            return False
        if not run_edit(self, lambda: set_password(self.store, user_id, first, old_password=old),
                        show=self.error.setText):
            return False
        self.error.setText(self.tr("Mot de passe enregistré."))
        self.refresh()
        return True

    def _on_add(self) -> None:
        dialog = AddUserDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(dialog.name.text(), str(dialog.role.currentData()), dialog.region.currentData(),
                     dialog.email.text(), dialog.initial.text())

    def _on_password(self) -> None:
        user_id = self.selected_id()
        if user_id is None:
            self.error.setText(self.tr("Choisissez un utilisateur."))
            return
        item = self.table.item(self.table.currentRow(), 0)
        name = item.text() if item is not None else user_id
        own = user_id == self.store.user_id and has_password(self.store, user_id)
        dialog = PasswordDialog(name, self, ask_old=own)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_password(user_id, dialog.first.text(), dialog.second.text(),
                                 dialog.old.text() if own else None)
