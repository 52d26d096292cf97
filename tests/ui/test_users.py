"""Users in the window: sign-in refuses a wrong password, switching to the validator gives the
validator's invoice actions, the users dialog adds users and sets passwords."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store
from sosdesk.store.users import check_password, list_users, set_password
from tests.invoicing.invoicing_world import add_meeting, build_world

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MONTH = "2026-10"
SECRET = "valideur-2026"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_world(tmp_path / "office.db")
    add_meeting(s, "M1", "2026-10-05T09:00:00+02:00")
    yield s
    s.close()


def own_password(store: Store, user_id: str, password: str) -> None:
    """``user_id`` chooses their own password (one given by someone else must be changed first)."""
    acting = store.user_id
    store.set_user(user_id)
    set_password(store, user_id, password)
    if acting is not None:
        store.set_user(acting)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_sign_in_refuses_a_wrong_password_and_accepts_the_right_one(tmp_path: Path, qtbot: QtBot, store: Store) -> None:
    from sosdesk.ui.users.signin import SignInDialog

    own_password(store, "valid-IDF", SECRET)
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pick("valid-IDF")
    assert dialog.password.isEnabled()
    dialog.password.setText("pas le bon")
    dialog.accept()
    assert dialog.isVisible() and dialog.user_id is None
    assert "incorrect" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText(SECRET)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user_id == "valid-IDF"
    dialog.grab().save(str(tmp_path / "users_sign_in.png"))


def test_sign_in_only_when_someone_has_a_password(qtbot: QtBot, store: Store) -> None:
    from sosdesk.ui.users.signin import SignInDialog, sign_in

    assert sign_in(store)  # nobody has a password: opens as before, no dialog
    assert store.user_id == "admin-IDF"
    own_password(store, "valid-IDF", SECRET)

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        assert modal is not None
        modal.close()

    QTimer.singleShot(0, cancel)
    assert not sign_in(store)  # cancelled: the window does not open

    def sign_as_validator() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, SignInDialog)
        modal.pick("valid-IDF")
        modal.password.setText(SECRET)
        modal.accept()
        if modal.isVisible():  # refused: close it so the test fails instead of hanging
            modal.reject()

    QTimer.singleShot(0, sign_as_validator)
    assert sign_in(store)
    assert store.user_id == "valid-IDF"


def test_switching_to_the_validator_rebuilds_the_pages(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.invoices.page import InvoicesPage
    from sosdesk.ui.main_window import MainWindow

    invoice_id, _ = regional_draft(store, actor_for(store), "IDF", MONTH)
    apply_step(store, actor_for(store), invoice_id, "submit")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert "Admin IDF (Administrateur régional)" in window.user_label.text()
    assert window.users_action.isEnabled()
    window.show_page("invoices")
    before = window.page("invoices")
    assert isinstance(before, InvoicesPage)

    window.switch_user("valid-IDF")
    assert store.user_id == "valid-IDF"
    assert window.user_label.text() == "Utilisateur : Valideur IDF (Valideur régional)"
    assert not window.users_action.isEnabled()
    page = window.page("invoices")
    assert isinstance(page, InvoicesPage) and page is not before
    assert window.current_key() == "invoices" and window.stack.currentWidget() is page
    page.pick("IDF", MONTH)
    visible = {s for s, b in page.step_buttons.items() if not b.isHidden()}
    assert "approve" in visible and "submit" not in visible
    window.show_page("planning")  # other pages still build after the switch
    window.switch_user("admin-IDF")
    assert window.current_key() == "planning"


def test_switch_user_dialog_asks_the_target_password(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import MainWindow
    from sosdesk.ui.users.signin import SignInDialog

    own_password(store, "valid-IDF", SECRET)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    seen: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, SignInDialog)
        modal.pick("valid-IDF")
        modal.password.setText("faux mot de passe")
        modal.accept()
        seen.append(modal.error.text())
        modal.password.setText(SECRET)
        modal.accept()
        if modal.isVisible():  # refused: close it so the test fails instead of hanging
            modal.reject()

    QTimer.singleShot(0, drive)
    window._switch_user()
    assert seen and "incorrect" in seen[0]
    assert store.user_id == "valid-IDF" and "Valideur IDF" in window.user_label.text()


def test_users_dialog_adds_a_user_and_sets_a_password(tmp_path: Path, qtbot: QtBot, store: Store) -> None:
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.users.manage import UsersDialog

    bus = ChangeBus()
    dialog = UsersDialog(store, bus)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    with qtbot.waitSignal(bus.changed, timeout=1000):
        new_id = dialog.add("Nina Valideuse", "regional_validator", "IDF", "nina@example.org")
    assert new_id is not None and dialog.table.rowCount() == 4
    assert dialog.add("Autre région", "regional_admin", "ARA") is None
    assert "région" in dialog.error.text()
    assert not dialog.change_password(new_id, "abcdefgh", "abcdefgX")
    assert "diffèrent" in dialog.error.text()
    assert not dialog.change_password(new_id, "court", "court")
    assert "8 caractères" in dialog.error.text()
    assert dialog.change_password(new_id, SECRET, SECRET)
    assert check_password(store, new_id, SECRET)
    assert {u.name: u.has_password for u in list_users(store)}["Nina Valideuse"]
    dialog.resize(760, 380)
    dialog.grab().save(str(tmp_path / "users_dialog.png"))
