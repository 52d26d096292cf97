"""The professional dialog's « Téléphone » tab against the real service: feed address with its QR
code, revocation, one-time sign-in link that a phone can use."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from tests.phone.phone_world import PhoneWorld

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_phone_tab_shows_feed_and_sign_in_link_with_qr_codes(pw: PhoneWorld, qtbot: QtBot, tmp_path: Path) -> None:
    from sosdesk.ui.people.dialogs import ProfessionalDialog

    dialog = ProfessionalDialog(pw.office, "P1")
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Téléphone" in tabs
    dialog.tabs.setCurrentIndex(tabs.index("Téléphone"))
    panel = dialog.phone_panel
    panel.show_feed.click()
    assert panel.error.text() == ""
    url = re.search(r"https?://\S+\.ics", panel.feed.url.text())
    assert url is not None and "webcal://" in panel.feed.url.text()
    assert not panel.feed.qr.pixmap().isNull()
    assert requests.get(url.group(0), timeout=10).status_code == 200
    panel.new_link.click()
    code = re.search(r"Code : (\S+)", panel.field.url.text())
    assert code is not None and not panel.field.qr.pixmap().isNull()
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot = tmp_path / "professional-phone-tab.png"
    dialog.grab().save(str(shot))
    if os.environ.get("SOSDESK_SCREENSHOTS"):
        shutil.copy(shot, Path(os.environ["SOSDESK_SCREENSHOTS"]) / shot.name)
    signed = requests.post(pw.base + "/v1/field/signin", json={"code": code.group(1)}, timeout=10)
    assert signed.status_code == 200
    panel.revoke_feed.click()
    assert requests.get(url.group(0), timeout=10).status_code == 404
    assert "coupé" in panel.feed.url.text() and panel.feed.qr.pixmap().isNull()


def test_no_phone_tab_for_a_professional_not_on_the_service(pw: PhoneWorld, qtbot: QtBot) -> None:
    from sosdesk.store import models as m
    from sosdesk.ui.people.dialogs import ProfessionalDialog

    pw.office.edit(lambda s: s.add(m.Professional(id="P7", region_id="R1", first_name="Léa", last_name="Roy")),
                   "nouveau")
    dialog = ProfessionalDialog(pw.office, "P7")
    qtbot.addWidget(dialog)
    assert "Téléphone" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
