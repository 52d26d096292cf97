"""The mobile page in a real headless Chromium at 360×800: sign in with the one-time link, mark
attendance, send a photo of the sheet, keep a send made while the service is down and retry it.

Screenshots go to tmp_path; with SOSDESK_SCREENSHOTS=DIR they are also copied there (this is how
docs/screenshots/field-*.png were made)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from sosdesk.syncclient import service
from tests.phone.phone_world import NOW, PhoneWorld

CHROMEDRIVER = "/usr/bin/chromedriver"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMEDRIVER).exists(), reason="chromium-driver absent (apt)")]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"   # Debian's browser: nothing is downloaded
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=360,800",
                 "--lang=fr-FR"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: object, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    driver.save_screenshot(str(out))  # type: ignore[attr-defined]
    with Image.open(out) as img:
        assert img.size == (360, 800)
    target = os.environ.get("SOSDESK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(target) / name)
    return out


def _text(driver: object, selector: str) -> str:
    """Text of an element read in one go (the page redraws its cards after each answer)."""
    out = driver.execute_script(  # type: ignore[attr-defined]
        "var n = document.querySelector(arguments[0]); return n ? n.innerText : ''", selector)
    return str(out)


def _tap(driver: object, element: object) -> None:
    """Scroll the element to the middle of the screen (the status bar is fixed at the bottom) and tap."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)  # type: ignore[attr-defined]
    element.click()  # type: ignore[attr-defined]


def test_sign_in_mark_attendance_send_photo_and_retry_offline(pw: PhoneWorld, browser: object,
                                                              tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    wait = WebDriverWait(d, 20)  # type: ignore[arg-type]
    d.get(pw.base + "/field/")  # type: ignore[attr-defined]
    wait.until(ec.visibility_of_element_located((By.ID, "code")))
    _shot(d, tmp_path, "field-signin.png")

    code, out, _err = pw.cli("field-link", "--professional", "P1", "--json")
    assert code == 0
    d.get(json.loads(out)["url"] + "&day=2026-11-24")  # type: ignore[attr-defined]
    card = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, 'article[data-meeting="M2"]')))
    assert "c=" not in d.current_url  # type: ignore[attr-defined]   # the one-time code leaves the address bar
    assert "14:30 – 15:30" in card.text and "Maison d'arrêt de Villefranche" in card.text
    heading = d.find_element(By.CSS_SELECTOR, "#days h2").text  # type: ignore[attr-defined]
    assert heading.startswith("Aujourd'hui") and "24 novembre" in heading
    # Phone layout: nothing wider than the screen, touch targets at least 44 px high.
    assert d.execute_script("return document.documentElement.scrollWidth") <= 360  # type: ignore[attr-defined]
    heights = d.execute_script(  # type: ignore[attr-defined]
        "return Array.from(document.querySelectorAll('article button, .photo')).map(b => b.offsetHeight)")
    assert heights and min(heights) >= 44
    _shot(d, tmp_path, "field-today.png")

    _tap(d, card.find_element(By.CSS_SELECTOR, '.ben[data-beneficiary="B2"] button[data-value="present"]'))
    wait.until(lambda _: "Enregistré ✓" in _text(d, 'article[data-meeting="M2"]'))
    wait.until(ec.text_to_be_present_in_element((By.ID, "queue"), "Tout est envoyé"))

    photo = tmp_path / "feuille.jpg"
    Image.new("RGB", (2400, 1800), (250, 250, 245)).save(photo, "JPEG")
    d.find_element(By.CSS_SELECTOR, 'article[data-meeting="M2"] input[type=file]').send_keys(str(photo))  # type: ignore[attr-defined]
    wait.until(lambda _: "Feuille envoyée ✓" in _text(d, 'article[data-meeting="M2"]'))

    # The service goes down: the send is kept on the phone and leaves once it is back.
    pw.server.kill()
    _tap(d, d.find_element(By.CSS_SELECTOR, 'article[data-meeting="M3"] button.me'))  # type: ignore[attr-defined]
    wait.until(ec.text_to_be_present_in_element((By.ID, "queue"), "1 saisie en attente"))
    assert "self_present" in d.execute_script("return localStorage.getItem('sosdesk.field.queue')")  # type: ignore[attr-defined]
    _shot(d, tmp_path, "field-waiting.png")
    pw.server.start(SOSDESK_SYNC_NOW=NOW)
    d.execute_script("window.dispatchEvent(new Event('online'))")  # type: ignore[attr-defined]
    wait.until(ec.text_to_be_present_in_element((By.ID, "queue"), "Tout est envoyé"))
    wait.until(lambda _: "Présent(e) ✓" in _text(d, 'article[data-meeting="M3"]'))
    d.execute_script(  # type: ignore[attr-defined]
        "document.querySelector('article[data-meeting=\"M2\"]').scrollIntoView()")
    _shot(d, tmp_path, "field-recorded.png")

    service.sync_now(pw.office)
    row = pw.meeting(pw.office, "M2")
    assert row.attendance == {"B2": "present"} and row.status == "held"
    assert row.proof is not None and row.updated_by == "P1"
    m3 = pw.meeting(pw.office, "M3")
    assert m3.professionals_present == ["P1"] and m3.status == "held" and m3.updated_by == "P1"
    with pw.office.session() as s:
        from sosdesk.store import models as m

        att = s.get(m.Attachment, row.proof)
        assert att is not None and att.media_type == "image/jpeg"
        with Image.open(__import__("io").BytesIO(att.content)) as img:
            assert max(img.size) == 1600          # reduced on the phone before sending
