"""Rappels page: outbox list (qtmodeltester), send now off the GUI thread against real servers,
template editor refusing an unknown placeholder, rules saved as data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from sosdesk.notify.config import NotifySettings, load_rules, load_settings, load_templates, save_settings
from sosdesk.notify.run import list_messages
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.reminders_page import RemindersPage
from tests.notify.notify_world import Gateway, Smtp, build_office, free_port, sms_gateway, smtp_server
from tests.ui.typing_keys import type_text

__all__ = ["sms_gateway", "smtp_server"]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# Pinned clock: Tuesday 24 November 2026, 10:30 Paris (09:30 UTC), outside SMS quiet hours
# (20:00–08:00), so the page behaves the same whatever hour the suite runs at.
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build_office(db_path)
    # A meeting in 90 minutes: its reminders are due now.
    start = (NOW + timedelta(minutes=90)).replace(second=0, microsecond=0)
    s.edit(lambda ses: ses.add(m.Meeting(id="M9", region_id="R1", type_id="IND", start=start, minutes=60,
                                         site_id="S1", professionals=["P1"], beneficiaries=["B1"])), "rdv")
    yield s
    s.close()


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> Iterator[RemindersPage]:
    bus = ChangeBus()
    p = RemindersPage(store, bus, autostart=False, clock=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    yield p
    p.shutdown()


def test_send_now_delivers_and_lists_messages(qtbot: QtBot, page: RemindersPage, store: Store,
                                              smtp_server: Smtp, sms_gateway: Gateway, qtmodeltester: object) -> None:
    save_settings(store, NotifySettings(smtp=smtp_server.settings(), sms=sms_gateway.settings()))
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        page.send_now()
        assert page.is_running()
    report = blocker.args[0]
    assert report.count("sent") == 2
    assert [msg["To"] for msg in smtp_server.box.messages] == ["anais@example.org"]
    assert len(sms_gateway.requests) == 1
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    states = {page.model.index(r, 5).data() for r in range(page.model.rowCount())}
    assert "envoyé" in states
    assert "2 envoyé(s)" in page.summary.text()
    # Filter on one beneficiary.
    page.who.setCurrentIndex(page.who.findData("B1"))
    assert all(row.beneficiary_id == "B1" for row in page.model.rows)
    page.show()



def test_template_editor_previews_and_refuses_unknown_placeholder(qtbot: QtBot, page: RemindersPage,
                                                                   store: Store) -> None:
    editor = page.templates
    page.tabs.setCurrentWidget(editor)
    editor.choice.setCurrentIndex(0)            # SMS — rappel
    editor.body.setPlainText("Bonjour {prenom}, RDV le {date} à {heure}.")
    assert editor.preview.text() == "Bonjour Anaïs, RDV le mardi 24 novembre 2026 à 14h30."
    editor.body.setPlainText("Bonjour {prénom}, RDV à {heure}.")
    assert "champ inconnu « {prénom} »" in editor.error.text()
    assert editor.save() is False
    assert "Modèle non enregistré" in editor.error.text()
    assert "{prenom}" in load_templates(store)[("sms", "reminder")].body
    editor.body.setPlainText("Rappel {prenom} : {date} {heure}.")
    assert editor.save() is True
    assert load_templates(store)[("sms", "reminder")].body == "Rappel {prenom} : {date} {heure}."
    page.show()
    editor.body.setPlainText("Bonjour {prénom}, RDV à {heure}.")



def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    """Click into a field, select all and type like a user."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_rules_editor_saves_offsets_and_refuses_bad_input(tmp_path: Path, qtbot: QtBot, page: RemindersPage,
                                                          store: Store) -> None:
    rules = page.rules
    page.tabs.setCurrentWidget(rules)
    page.show()
    qtbot.waitExposed(page)
    sms, mail = rules.offsets["sms"], rules.offsets["email"]
    assert [b.value() for b in sms[:2]] == [48, 2] and mail[0].value() == 48
    _type(qtbot, sms[0].lineEdit(), "24")
    _type(qtbot, sms[1].lineEdit(), "1")
    mail[0].setValue(0)
    assert mail[0].text() == "aucun"
    _type(qtbot, rules.smtp_host, "smtp.example.org")
    _type(qtbot, rules.smtp_sender, "rappels@example.org")
    _type(qtbot, rules.smtp_password, "secret")
    # security is a choice, the port follows the default of the chosen security
    assert rules.smtp_security.currentData() == "starttls" and rules.smtp_port.value() == 587
    rules.smtp_security.setCurrentIndex(rules.smtp_security.findData("ssl"))
    assert rules.smtp_port.value() == 465
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    assert rules.error.text() == ""
    assert sorted((r.channel, r.offset_minutes) for r in load_rules(store)) == [("sms", 60), ("sms", 1440)]
    saved = load_settings(store)
    assert saved.smtp == {"host": "smtp.example.org", "port": 465, "security": "ssl",
                          "sender": "rappels@example.org"}
    import keyring
    assert keyring.get_password("sosdesk-smtp", "@smtp.example.org") == "secret"
    assert rules.smtp_password.text() == ""

    # quiet hours through the time editors; identical start and end is refused in words
    rules.quiet_from.setTime(QTime(21, 0))
    rules.quiet_to.setTime(QTime(21, 0))
    _type(qtbot, rules.smtp_sender, "rappels")
    assert rules.save() is False
    assert "heures calmes" in rules.error.text() and "« rappels » n'est pas une adresse e-mail" in rules.error.text()
    assert load_settings(store).quiet_from == "20:00"   # nothing saved by the refused attempt
    rules.quiet_from.setTime(QTime(19, 30))
    _type(qtbot, rules.smtp_sender, "rappels@example.org")
    assert rules.save() is True
    assert (load_settings(store).quiet_from, load_settings(store).quiet_to) == ("19:30", "21:00")
    page.grab().save(str(tmp_path / "reminders_rules.png"))


def test_test_send_reaches_a_real_smtp_server_and_sms_gateway(qtbot: QtBot, page: RemindersPage, store: Store,
                                                              smtp_server: Smtp, sms_gateway: Gateway) -> None:
    rules = page.rules
    page.tabs.setCurrentWidget(rules)
    page.show()
    qtbot.waitExposed(page)
    _type(qtbot, rules.smtp_host, smtp_server.host)
    rules.smtp_security.setCurrentIndex(rules.smtp_security.findData("none"))
    _type(qtbot, rules.smtp_port.lineEdit(), str(smtp_server.port))
    _type(qtbot, rules.smtp_sender, "rappels@asso.fr")
    _type(qtbot, rules.test_to, "essai@example.org")
    qtbot.mouseClick(rules.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.test_job is None, timeout=20000)
    assert rules.test_result.text() == "e-mail d'essai envoyé à essai@example.org."
    assert [m["To"] for m in smtp_server.box.messages] == ["essai@example.org"]
    assert "Essai d'envoi" in str(smtp_server.box.messages[0]["Subject"])
    assert list_messages(store) == []   # a test is not a reminder: nothing in the outbox

    _type(qtbot, rules.sms_url, sms_gateway.url)
    _type(qtbot, rules.test_to, "06 12 34 56 78")
    qtbot.keyClick(rules.test_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rules.test_job is None, timeout=20000)
    assert rules.test_result.text().startswith("SMS d'essai envoyé à 06 12 34 56 78")
    assert sms_gateway.requests[0]["body"]["to"] == "+33612345678"

    # a refused number and an unreachable server are said in words
    _type(qtbot, rules.test_to, "01 23")
    qtbot.mouseClick(rules.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.test_job is None, timeout=20000)
    assert "numéro de téléphone invalide" in rules.test_result.text()
    _type(qtbot, rules.smtp_port.lineEdit(), str(free_port()))
    _type(qtbot, rules.test_to, "essai@example.org")
    qtbot.mouseClick(rules.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.test_job is None, timeout=20000)
    assert "échec de l'envoi à essai@example.org" in rules.test_result.text()
    assert "injoignable" in rules.test_result.text()


def test_sms_counter_counts_segments_and_unicode(qtbot: QtBot, page: RemindersPage) -> None:
    editor = page.templates
    page.tabs.setCurrentWidget(editor)
    page.show()
    qtbot.waitExposed(page)
    editor.choice.setCurrentIndex(0)  # SMS — rappel
    editor.body.clear()
    qtbot.mouseClick(editor.body.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.body, "RDV le {date} à {heure}.")   # « RDV le mardi 24 novembre 2026 à 14h30. »
    assert editor.counter.text() == ("38 caractères — 1 SMS (alphabet SMS standard, 122 restants avant le "
                                     "SMS suivant)")
    type_text(qtbot, editor.body, " Prévenez-nous : c'est très important, même en retard.")
    # 92 characters: one SMS in the standard alphabet, but « ê » makes it Unicode (67 per part) → 2 SMS
    assert editor.counter.text().startswith("92 caractères — 2 SMS (hors alphabet SMS standard : « ê »")
    assert "67 caractères par SMS" in editor.counter.text()


def test_the_form_says_which_side_sends(page: RemindersPage, store: Store) -> None:
    from sosdesk.syncclient.service import K_SERVER
    from sosdesk.usecases.reminders_mode import K_BY_SERVICE

    rules = page.rules
    assert "partent de ce poste (fichier non enrôlé)" in rules.side.text()
    store.set_state(K_SERVER, "https://sync.exemple.fr")
    rules.refresh_side()
    assert "la région n'est pas confiée au service central" in rules.side.text()
    store.set_state(K_BY_SERVICE, True)
    rules.refresh_side()
    assert "partent du service central, même quand ce poste est éteint" in rules.side.text()
