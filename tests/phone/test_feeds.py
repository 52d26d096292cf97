"""Calendar feeds served by the real service: content (icalendar), scope, caching, revocation."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import requests
from icalendar import Calendar

from sosdesk.domain.timegrid import PARIS
from sosdesk.store import models as m
from sosdesk.syncclient import service
from sync.feeds import FeedCache
from tests.phone.phone_world import PhoneWorld


def _events(data: bytes) -> dict[str, object]:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def _feed_url(pw: PhoneWorld, pro: str, *flags: str) -> str:
    code, out, err = pw.cli("feed", "--professional", pro, *flags)
    assert code == 0, err
    url, webcal = out.split()
    assert webcal == "webcal://" + url.split("://", 1)[1]
    return url


def test_feed_url_printed_content_and_scope(pw: PhoneWorld) -> None:
    url = _feed_url(pw, "P1")
    assert url.startswith(pw.base + "/v1/feeds/") and url.endswith(".ics")
    assert _feed_url(pw, "P1") == url          # shown again, not replaced
    r = requests.get(url, timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    evs = _events(r.content)
    # P1's meetings only: M4 and M6 belong to P2 alone.
    assert set(evs) == {"M1@sosdesk", "M2@sosdesk", "M3@sosdesk", "M5@sosdesk"}
    m3 = evs["M3@sosdesk"]
    assert m3.decoded("dtstart") == datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
    assert str(m3["summary"]) == "Atelier collectif « citoyenneté » — A.L., Z.L., N.L., H.L."
    assert "12 rue Garibaldi" in str(m3["location"]) and "Avec : Éric Lâm" in str(m3["description"])
    text = r.content.decode().replace("\r\n ", "")
    for surname in ("Lefèvre", "Moreau-", "Sursis", "probatoire"):
        assert surname not in text
    # The same rules as `sosdesk ics` on the office file: same events, same summaries.
    from sosdesk.ics import professional_calendar

    office = _events(professional_calendar(pw.national, "P1"))
    assert {k: str(v["summary"]) for k, v in office.items()} == {k: str(v["summary"]) for k, v in evs.items()}
    p2 = _events(requests.get(_feed_url(pw, "P2"), timeout=10).content)
    assert set(p2) == {"M3@sosdesk", "M4@sosdesk", "M6@sosdesk"}
    assert str(p2["M4@sosdesk"]["status"]) == "CANCELLED"


def test_token_is_hashed_at_rest_and_unknown_professional_refused(pw: PhoneWorld) -> None:
    token = _feed_url(pw, "P1").rsplit("/", 1)[1].removesuffix(".ics")
    assert len(token) >= 32
    dump = "\n".join(str(tuple(r)) for r in pw.server_rows("SELECT * FROM phone_feed_tokens"))
    assert token not in dump and "P1" in dump
    code, out, err = pw.cli("feed", "--professional", "P9")
    assert code == 2 and out == "" and "inconnu" in err
    assert requests.get(pw.base + "/v1/feeds/" + "x" * 40 + ".ics", timeout=10).status_code == 404


def test_polling_client_gets_304_until_the_office_moves_a_meeting(pw: PhoneWorld) -> None:
    url = _feed_url(pw, "P1")
    http = requests.Session()
    first = http.get(url, timeout=10)
    etag = first.headers["etag"]
    for _ in range(3):                      # a phone polling every 15 minutes, nothing changed
        again = http.get(url, headers={"If-None-Match": etag}, timeout=10)
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    before = int(_events(first.content)["M1@sosdesk"]["sequence"])
    # The office moves M1 an hour later and cancels M2, then syncs.
    def edit(s: object) -> None:
        s.get(m.Meeting, "M1").start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # type: ignore[attr-defined]
        s.get(m.Meeting, "M2").status = "cancelled"  # type: ignore[attr-defined]
    pw.office.edit(edit, "déplacer")
    service.sync_now(pw.office)
    time.sleep(FeedCache.SEQ_SECONDS + 0.1)     # documented: a change shows at most this late
    changed = http.get(url, headers={"If-None-Match": etag}, timeout=10)
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    evs = _events(changed.content)
    assert int(evs["M1@sosdesk"]["sequence"]) == before + 1
    assert evs["M1@sosdesk"].decoded("dtstart") == datetime(2026, 11, 24, 10, 0, tzinfo=PARIS)
    assert str(evs["M2@sosdesk"]["status"]) == "CANCELLED"
    assert http.get(url, headers={"If-None-Match": changed.headers["etag"]}, timeout=10).status_code == 304


def test_renew_and_revoke(pw: PhoneWorld) -> None:
    old = _feed_url(pw, "P2")
    new = _feed_url(pw, "P2", "--renew")
    assert new != old
    assert requests.get(old, timeout=10).status_code == 404
    assert requests.get(new, timeout=10).status_code == 200
    code, out, _err = pw.cli("feed", "--professional", "P2", "--revoke", "--json")
    assert code == 0 and json.loads(out)["revoked"] is True
    assert requests.get(new, timeout=10).status_code == 404
    after = _feed_url(pw, "P2")                 # a new address can be made again
    assert after not in (old, new) and requests.get(after, timeout=10).status_code == 200


def test_another_regions_admin_cannot_reach_the_feed(pw: PhoneWorld) -> None:
    from tests.sync.syncworld import fresh_store

    other = fresh_store(pw.tmp / "office-r2.db")
    try:
        other.edit(lambda s: s.add(m.Region(id="R2", name="Isère")), "région")
        service.enrol(other, pw.base, pw.code("R2", "regional_admin"))
        # The R2 office knows P1 only if it copies it; the service still refuses: not its region.
        other.edit(lambda s: s.add_all([m.Region(id="R1", name="Rhône"),
                                         m.Professional(id="P1", region_id="R1", row_version=3)]), "copie")
        code, out, err = pw.cli("feed", "--professional", "P1", db_path=other.path)
        assert code == 2 and out == "" and "inconnu" in err
    finally:
        other.close()
