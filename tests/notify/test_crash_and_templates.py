"""A sender killed between sending and recording does not double-send; templates refuse typos."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sosdesk.domain.errors import InputError
from sosdesk.notify.config import (
    NotifySettings,
    Rule,
    load_templates,
    save_rules,
    save_settings,
    save_template,
)
from sosdesk.notify.run import list_messages, mark_sent, resend, run_reminders
from sosdesk.notify.templates import SAMPLE_VALUES, Template, render
from sosdesk.store import Store
from tests.notify.notify_world import NOW, Gateway, Smtp, hours

DUE_48 = NOW + hours(4)

# Sends through the real transports, then SIGKILLs itself before the "sent" record is written.
KILLER = """
import os, signal, sys
from datetime import datetime
from sosdesk.notify.config import load_settings
from sosdesk.notify.run import build_transports, run_reminders
from sosdesk.store import open_store

class KilledAfterSend:
    def __init__(self, inner):
        self.inner, self.channel = inner, inner.channel
    def send(self, message):
        ref = self.inner.send(message)
        os.kill(os.getpid(), signal.SIGKILL)
        return ref

store = open_store(sys.argv[1])
real = build_transports(load_settings(store), [])
run_reminders(store, now=datetime.fromisoformat(sys.argv[2]),
              transports={k: KilledAfterSend(v) for k, v in real.items()})
"""


def kill_run(db: Path) -> int:
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-c", KILLER, str(db), DUE_48.isoformat()], env=env,
                          capture_output=True, text=True, timeout=60)
    return proc.returncode


def test_killed_sms_sender_resends_with_same_key_and_gateway_delivers_once(
        office: Store, sms_gateway: Gateway, db_path: Path) -> None:
    save_settings(office, NotifySettings(sms=sms_gateway.settings()))
    save_rules(office, [Rule("", "sms", 48 * 60)])
    assert kill_run(db_path) == -9
    assert len(sms_gateway.requests) == 1
    [row] = [r for r in list_messages(office, "B1")]
    assert row.state == "sending"
    # A run right away leaves it alone (the sender might still be alive) …
    run_reminders(office, now=DUE_48 + hours(0.01))
    assert len(sms_gateway.requests) == 1
    # … once stale, it is sent again with the same idempotency key: delivered once.
    report = run_reminders(office, now=DUE_48 + hours(0.2))
    assert report.count("sent") == 1
    assert len(sms_gateway.requests) == 2
    assert sms_gateway.requests[0]["key"] == sms_gateway.requests[1]["key"]
    assert len(sms_gateway.delivered) == 1


def test_killed_email_sender_marks_uncertain_and_never_resends_blindly(
        office: Store, smtp_server: Smtp, db_path: Path) -> None:
    save_settings(office, NotifySettings(smtp=smtp_server.settings()))
    save_rules(office, [Rule("", "email", 48 * 60)])
    assert kill_run(db_path) == -9
    assert len(smtp_server.box.messages) == 1
    report = run_reminders(office, now=DUE_48 + hours(0.2))
    assert [line.state for line in report.lines if line.beneficiary_id == "B1"] == ["uncertain"]
    assert "vérifiez" in report.lines[0].detail
    run_reminders(office, now=DUE_48 + hours(1))
    assert len(smtp_server.box.messages) == 2  # only the other beneficiary's e-mail, never B1's twice
    [row] = list_messages(office, "B1")
    assert row.state == "uncertain"
    # A person asks for a resend: same Message-ID, so the recipient's mail shows it as the same.
    resend(office, row.id, now=DUE_48 + hours(1))
    run_reminders(office, now=DUE_48 + hours(1))
    b1 = [msg for msg in smtp_server.box.messages if msg["To"] == "anais@example.org"]
    assert len(b1) == 2 and b1[0]["Message-ID"] == b1[1]["Message-ID"]


def test_uncertain_email_can_be_confirmed_by_hand(office: Store, smtp_server: Smtp, db_path: Path) -> None:
    save_settings(office, NotifySettings(smtp=smtp_server.settings()))
    save_rules(office, [Rule("", "email", 48 * 60)])
    kill_run(db_path)
    run_reminders(office, now=DUE_48 + hours(0.2))
    [row] = list_messages(office, "B1")
    mark_sent(office, row.id)
    assert list_messages(office, "B1")[0].state == "sent"
    with pytest.raises(InputError):
        mark_sent(office, row.id)


def test_template_with_unknown_placeholder_is_refused_naming_it(office: Store) -> None:
    bad = Template("sms", "reminder", "", "Bonjour {prénom}, rendez-vous le {date} à {heure_rdv}.")
    with pytest.raises(InputError) as err:
        save_template(office, bad)
    text = str(err.value)
    assert "champ inconnu « {prénom} »" in text and "champ inconnu « {heure_rdv} »" in text
    assert load_templates(office)[("sms", "reminder")].body.startswith("Bonjour {prenom}, rappel")


@pytest.mark.parametrize("body", ["Bonjour {prenom", "Bonjour {prenom:>10}", "Bonjour {}"])
def test_malformed_template_is_refused(office: Store, body: str) -> None:
    with pytest.raises(InputError):
        save_template(office, Template("sms", "reminder", "", body))


def test_saved_template_is_used_for_the_next_message(office: Store, smtp_server: Smtp) -> None:
    save_settings(office, NotifySettings(smtp=smtp_server.settings()))
    run_reminders(office, now=NOW)   # rows created with the old text
    save_template(office, Template("email", "reminder", "RDV {date}", "Salut {prenom}, à {heure} ({site})."))
    run_reminders(office, now=DUE_48)
    mail = next(msg for msg in smtp_server.box.messages if msg["To"] == "anais@example.org")
    assert mail["Subject"] == "RDV samedi 28 novembre 2026"
    assert mail.get_content().strip() == "Salut Anaïs, à 14h00 (Antenne de Lyon)."


def test_preview_renders_every_default_template_without_braces(office: Store) -> None:
    for template in load_templates(office).values():
        assert "{" not in render(template.body, SAMPLE_VALUES)
        assert "{" not in render(template.subject, SAMPLE_VALUES)


def test_rules_refuse_bad_offsets_and_duplicates(office: Store) -> None:
    with pytest.raises(InputError) as err:
        save_rules(office, [Rule("", "sms", 0), Rule("", "fax", 60), Rule("a", "sms", 120),
                            Rule("b", "sms", 120)])
    assert len(err.value.problems) == 3
    save_rules(office, [])
    assert run_reminders(office, now=DUE_48).created == 0   # no rules: nothing (defaults not restored)
