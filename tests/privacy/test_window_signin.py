"""The window's sign-in on a protected file: a user without a password cannot act, a password given
by someone else must be replaced first, and a sign-in opens the keyring session that headless
commands of the same person accept for reads."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sosdesk.cli import main
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.users import set_password
from tests.privacy.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_window_sign_in_rules_and_session(qtbot: QtBot, protected: Store, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sosdesk.ui.users.signin import SignInDialog

    with protected.transaction("sans mot de passe") as (s, _):
        s.add(m.User(id="old", name="Ancien", role="regional_admin", region_id="IDF"))
        s.add(m.User(id="new", name="Nouveau", role="regional_admin", region_id="IDF"))
    protected.set_user("nat")
    set_password(protected, "new", "donné par nat 9", old_password=None)  # an initial password
    dialog = SignInDialog(protected)
    qtbot.addWidget(dialog)
    dialog.pick("old")
    dialog.accept()
    assert dialog.user_id is None and "n'a pas de mot de passe" in dialog.error.text()
    dialog.pick("new")
    dialog.password.setText("donné par nat 9")
    dialog.accept()
    assert dialog.user_id is None and "choisissez d'abord le vôtre" in dialog.error.text()

    monkeypatch.delenv("SOSDESK_PASSWORD", raising=False)
    db = str(protected.path)
    assert main(["invoice", "list", "--db", db, "--user", "admin-IDF"]) == 2  # no session yet
    dialog.pick("admin-IDF")
    dialog.password.setText(PASSWORDS["admin-IDF"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user_id == "admin-IDF"
    capsys.readouterr()
    assert main(["invoice", "list", "--db", db, "--user", "admin-IDF"]) == 0
    # the sign-in also opened the person's signing key for this window: their workflow steps are signed
    assert protected.signer is not None and protected.signer[0] == "admin-IDF"
    with protected.session() as s:
        admin = s.get(m.User, "admin-IDF")
        assert admin is not None and admin.signing_key and admin.sealed_key
    # a refused sign-in leaves no key open
    again = SignInDialog(protected)
    qtbot.addWidget(again)
    protected.signer = None
    again.pick("admin-IDF")
    again.password.setText("pas le bon mot de passe")
    again.accept()
    assert again.user_id is None and protected.signer is None
