"""Regenerate the screenshots of docs/screenshots/: every page of the main window and the main dialogs,
in French and English, at 1600×940 and 1366×768, on the demo region with a pinned clock (Wednesday
18 November 2026, 10:30 in Paris) so two runs give the same pictures.

    python tools/screenshots.py                 # writes docs/screenshots/*.png
    python tools/screenshots.py --out DIR       # elsewhere (tests/ui/test_screenshots.py compares)

Pages are taken from the main window's own list, so a page added on another branch is captured
without editing this script. A dialog that cannot be opened (its page changed) is reported and
skipped; the run still fails (exit 1) so nobody commits a partial set by accident.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PINNED = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)   # Wednesday, 10:30 in Paris
TODAY = date(2026, 11, 18)
SIZES = ((1600, 940), (1366, 768))
LANGS = ("fr", "en")
DEMO_SEED = 3
# PNG: Qt's « quality » is zlib's effort for PNG (0 = smallest file); the pictures are flat UI colours.
PNG_QUALITY = 0


@contextmanager
def pinned_clock() -> Iterator[None]:
    """Python's clock (datetime.now, date.today, time.time) frozen at PINNED."""
    import time_machine

    with time_machine.travel(PINNED, tick=False):
        yield


def build_demo(folder: Path) -> Path:
    from sosdesk.store.demo import build_demo as fill
    from sosdesk.store.engine import open_store

    path = folder / "sosdesk-demo.db"
    with pinned_clock():
        store = open_store(path)
        fill(store, seed=DEMO_SEED, today=TODAY)
        store.close()
    return path


def _isolated_env(work: Path, lang: str) -> dict[str, str]:
    """Every user directory, the keyring and Qt's settings inside ``work``: nothing written elsewhere."""
    env = dict(os.environ)
    env.update({"SOSDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen", "HOME": str(work / "home"),
                "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
                "XDG_CACHE_HOME": str(work / "cache"), "XDG_STATE_HOME": str(work / "state"),
                "XDG_RUNTIME_DIR": str(work / "runtime"),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "TZ": "Europe/Paris"})
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR"):
        Path(env[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def run(out: Path, work: Path, langs: tuple[str, ...] = LANGS) -> int:
    """Build the demo once, then one child process per language (translations are per process)."""
    out.mkdir(parents=True, exist_ok=True)
    demo = build_demo(work)
    status = 0
    for lang in langs:
        lang_dir = work / lang
        lang_dir.mkdir(exist_ok=True)
        db = lang_dir / demo.name
        shutil.copy(demo, db)
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", lang, "--db", str(db),
                               "--out", str(out)], env=_isolated_env(lang_dir, lang), cwd=ROOT)
        status = status or done.returncode
    return status


# -- comparing two sets --------------------------------------------------------------------------------
# A pixel « differs » when one of its channels moves by more than CHANNEL_STEP (anti-aliasing and
# hinting move edges by less); a picture « changed » when more than MAX_CHANGED of its pixels differ:
# a missing panel or column (several % of the window) fails, a font's sub-pixel drift does not.
CHANNEL_STEP = 64
MAX_CHANGED = 0.01


def changed_ratio(a: Path, b: Path) -> float:
    """Share of pixels that differ between two PNGs (1.0 when their sizes differ)."""
    import numpy as np
    from PySide6.QtGui import QImage

    images = [QImage(str(p)).convertToFormat(QImage.Format.Format_RGB888) for p in (a, b)]
    if images[0].isNull() or images[1].isNull() or images[0].size() != images[1].size():
        return 1.0
    arrays = []
    for image in images:
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
        arrays.append(raw.reshape(height, stride)[:, :width * 3].reshape(height, width, 3).astype(np.int16))
    diff = np.abs(arrays[0] - arrays[1]).max(axis=2)
    return float((diff > CHANNEL_STEP).mean())


def compare(expected: Path, actual: Path) -> list[str]:
    """What differs between the committed pictures and a fresh run, in words (empty: the same)."""
    names = {p.name for p in expected.glob("*.png") if p.name[:3] in ("fr-", "en-")}
    fresh = {p.name for p in actual.glob("*.png")}
    problems = [f"{n} : absente de la nouvelle série" for n in sorted(names - fresh)]
    problems += [f"{n} : nouvelle capture, pas encore dans {expected}" for n in sorted(fresh - names)]
    for name in sorted(names & fresh):
        ratio = changed_ratio(expected / name, actual / name)
        if ratio > MAX_CHANGED:
            problems.append(f"{name} : {ratio:.1%} des pixels ont changé (tolérance {MAX_CHANGED:.0%})")
    return problems


# -- child: one language -------------------------------------------------------------------------------
def _save(widget: Any, path: Path) -> None:
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    if not image.save(str(path), "PNG", PNG_QUALITY):
        raise OSError(f"impossible d'écrire {path}")
    print(path.name)


def _settle(app: Any, rounds: int = 4, limit: float = 20.0) -> None:
    """Let the window finish what it shows: events, then every background job of its pages (reports
    built off the GUI thread, the week's rule check…), then the events their results post — so a
    picture never catches a page half-built."""
    import time

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    def busy() -> bool:
        pools = [QThreadPool.globalInstance()]
        pending = False
        for top in QApplication.topLevelWidgets():
            pools.extend(top.findChildren(QThreadPool))
            # a one-shot timer about to start work (the week's rule check, a debounced refresh)
            pending = pending or any(t.isActive() and t.isSingleShot() for t in top.findChildren(QTimer))
        from sosdesk.ui.operations import RUNNING  # the pages' operations (ui/operations.py)

        return pending or bool(RUNNING) or any(pool.activeThreadCount() for pool in pools)

    for _ in range(rounds):
        app.processEvents()
    deadline = time.monotonic() + limit
    while busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(rounds):
        app.processEvents()


def _dialogs(window: Any) -> dict[str, Callable[[], Any]]:
    """The main dialogs, opened the way a user reaches them (first row of each list)."""
    from sosdesk.ui.expenses.dialog import ExpenseDialog
    from sosdesk.ui.people.dialogs import BeneficiaryDialog, ProfessionalDialog
    from sosdesk.ui.users.manage import UsersDialog
    from sosdesk.ui.users.signin import SignInDialog

    store = window.store

    def person(kind: str, cls: Any) -> Any:
        tab = window.page("people").tab(kind)
        return cls(store, tab.model.row_id(tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()))

    def meeting() -> Any:
        from sosdesk.ui.calendar.dialogs import MeetingDialog

        page = window.page("planning")
        cal = sorted(page.data.meetings.values(), key=lambda c: c.meeting.id)[0]
        return MeetingDialog(page.data, cal.meeting, cal.note, editing=True)

    return {
        "meeting": meeting,
        "beneficiary": lambda: person("beneficiaries", BeneficiaryDialog),
        "professional": lambda: person("professionals", ProfessionalDialog),
        "expense": lambda: ExpenseDialog(store, None, None, TODAY.strftime("%Y-%m"), today=TODAY),
        "users": lambda: UsersDialog(store, window.bus),
        "signin": lambda: SignInDialog(store),
    }


def child(lang: str, db: Path, out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QTabWidget

    from sosdesk.store.engine import open_store
    from sosdesk.ui.app import install_translations
    from sosdesk.ui.main_window import MainWindow

    failures: list[str] = []
    with pinned_clock():
        app = QApplication(["sosdesk"])
        QCoreApplication.setOrganizationName("sosdesk-screenshots")
        install_translations(app)
        # The font every machine running the comparison has (fonts-dejavu-core: README, .ci/run), named
        # rather than left to fontconfig's default so another installed font cannot change the pictures.
        from PySide6.QtGui import QFont

        app.setFont(QFont("DejaVu Sans", 9))
        store = open_store(db)
        admins = [u for u in store.users() if u.role == "regional_admin"]
        if admins:
            store.set_user(admins[0].id)
        settings = QSettings(str(db.parent / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, now=lambda: PINNED)
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            for row in range(window.nav.count()):
                key = window.nav.item(row).data(0x0100)   # Qt.ItemDataRole.UserRole
                window.nav.setCurrentRow(row)
                _settle(app)
                if window.width() > width:   # a page wider than the screen: the integrator should know
                    print(f"{lang}-{width}-{key} : la fenêtre ne tient pas dans {width} px "
                          f"({window.width()} px)", file=sys.stderr)
                _save(window, out / f"{lang}-{width}-{key}.png")
                page = window.pages.get(key)
                tabs = page.findChild(QTabWidget) if page is not None else None
                for index in range(1, tabs.count() if tabs is not None else 0):
                    assert tabs is not None
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    _save(window, out / f"{lang}-{width}-{key}-{index + 1}.png")
                if tabs is not None:
                    tabs.setCurrentIndex(0)
        window.resize(*SIZES[0])
        for name, make in _dialogs(window).items():
            try:
                dialog = make()
            except Exception as exc:  # a page changed on another branch: say which dialog, keep going
                failures.append(f"{name}: {exc!r}")
                continue
            dialog.show()
            _settle(app)
            _save(dialog, out / f"{lang}-dialog-{name}.png")
            dialog.close()
        stop = getattr(window.pages.get("reminders"), "shutdown", None)
        if stop is not None:
            stop()
        window.close()
        store.close()
    for failure in failures:
        print(f"dialogue non capturé — {failure}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--work", type=Path, help="dossier de travail (par défaut : un dossier temporaire)")
    parser.add_argument("--lang", action="append", choices=LANGS)
    parser.add_argument("--check", action="store_true",
                        help="comparer une nouvelle série (dans --work) aux captures de --out, sans les remplacer")
    parser.add_argument("--child", choices=LANGS, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.db, args.out)
    langs = tuple(args.lang or LANGS)
    if args.check:
        with tempfile.TemporaryDirectory(prefix="sosdesk-screenshots-") as tmp:
            work = args.work or Path(tmp)
            fresh = work / "fresh"
            status = run(fresh, work / "build", langs)
            problems = compare(args.out, fresh)
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems or status else 0
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        return run(args.out, args.work, langs)
    with tempfile.TemporaryDirectory(prefix="sosdesk-screenshots-") as tmp:
        return run(args.out, Path(tmp), langs)


if __name__ == "__main__":
    sys.exit(main())
