"""Rappels page: outbox list (qtmodeltester), send now off the GUI thread against real servers,
template editor refusing an unknown placeholder, rules saved as data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sosdesk.notify.config import NotifySettings, load_rules, load_templates, save_settings
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.reminders_page import RemindersPage
from tests.notify.notify_world import Gateway, Smtp, build_office, sms_gateway, smtp_server

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



def test_rules_editor_saves_offsets_and_refuses_bad_input(tmp_path: Path, qtbot: QtBot, page: RemindersPage, store: Store) -> None:
    rules = page.rules
    rules.offsets["sms"].setText("24, 1")
    rules.offsets["email"].setText("")
    rules.smtp["host"].setText("smtp.example.org")
    rules.smtp_password.setText("secret")
    assert rules.save() is True
    assert sorted((r.channel, r.offset_minutes) for r in load_rules(store)) == [("sms", 60), ("sms", 1440)]
    import keyring
    assert keyring.get_password("sosdesk-smtp", "@smtp.example.org") == "secret"
    rules.offsets["sms"].setText("24, demain")
    assert rules.save() is False and "« demain »" in rules.error.text()
    rules.offsets["sms"].setText("24")
    rules.quiet_from.setText("25:00")
    assert rules.save() is False and "heures calmes" in rules.error.text()
    assert len(load_rules(store)) == 2    # nothing saved by the refused attempts
    page.tabs.setCurrentWidget(rules)
    page.show()
    page.grab().save(str(tmp_path / "reminders_rules.png"))
