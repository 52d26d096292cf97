"""`sosdesk` with no command: open the data file (or the demo) in the main window; with
``--screenshot`` render the window offscreen on the planning view, save the PNG and exit."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from sosdesk.domain.timegrid import parse_week
from sosdesk.paths import db_path, demo_db
from sosdesk.store import Store, StoreError, open_store

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def resources_dir() -> Path:
    """The shipped resources (translations, style sheet): next to the package, or inside it."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parents[1] / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "resources"


def _language() -> str:
    """'fr' unless SOSDESK_LANG or the system locale asks for English (DESIGN: French first)."""
    wanted = os.environ.get("SOSDESK_LANG", "")
    if wanted:
        return wanted[:2].lower()
    from PySide6.QtCore import QLocale

    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def install_translations(app: object) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    lang = _language()
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
    ours = QTranslator(app)
    if ours.load(f"sosdesk_{lang}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    style = resources_dir() / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return lang


def _open(args: argparse.Namespace) -> Store:
    """The store to show: the demo (built on first use), --db, or the user's data file."""
    if getattr(args, "demo", False):
        path = demo_db()
        fresh = not path.exists() or path.stat().st_size == 0
        store = open_store(path, user_id=getattr(args, "user", None))
        if fresh:
            from sosdesk.store.demo import build_demo

            build_demo(store)
    else:
        store = open_store(db_path(args), user_id=getattr(args, "user", None))
    if not store.user_id:
        admins = [u for u in store.users() if u.role == "regional_admin"]
        if admins:
            store.set_user(admins[0].id)
    return store


def run_app(args: argparse.Namespace) -> int:
    """Open the window (blocking until it closes) or, with --screenshot, save a PNG and exit."""
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sosdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    sys.excepthook = busy_hook
    QCoreApplication.setOrganizationName("sosdesk")
    QCoreApplication.setApplicationName("sosdesk")
    install_translations(app)
    week = getattr(args, "week", None)
    try:
        if week:
            parse_week(week)
        store = _open(args)
    except (StoreError, ValueError) as exc:
        if screenshot:
            print(f"erreur : {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "sosdesk", QCoreApplication.translate(
                "app", "Impossible d'ouvrir le fichier de données :\n{0}").format(exc))
        return EXIT_BAD_INPUT
    if not screenshot:
        from sosdesk.ui.users.signin import sign_in

        if not sign_in(store):  # cancelled: quit quietly
            store.close()
            return EXIT_OK
        _daily_backup(store.path, wait=False)
        _show_recovery_key()
    window = MainWindow(store, week=week)
    if screenshot:
        window.show_page("planning")
        window.resize(1600, 940)
        window.show()
        for _ in range(3):
            app.processEvents()
        ok = window.grab().save(str(screenshot))
        window.close()
        store.close()
        if not ok:
            print(f"erreur : impossible d'écrire {screenshot}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(screenshot)
        return EXIT_OK
    window.show()
    region_file = getattr(args, "region_file", None)
    if region_file:
        _offer_merge(window, Path(region_file))
    code = app.exec()
    store.close()
    _daily_backup(store.path, wait=True)
    return int(code)


def busy_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Errors no page caught: when another sosdesk holds the file's write lock past the busy
    timeout, say so in French (the transaction was rolled back, nothing written, no personal data);
    a damaged page met while reading (an encrypted file's pages are checked as they are read) says
    what to do, the detail in the log; anything else goes to Python's default report (a bug)."""
    from sosdesk.store.engine import is_busy, is_damaged

    damaged = is_damaged(exc)
    if not damaged and not is_busy(exc):
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if damaged:
        logging.getLogger(__name__).error("damaged data file", exc_info=(kind, exc, tb))
        from sosdesk.ui.operations import damaged_message

        text = damaged_message()
    else:
        text = QCoreApplication.translate(
            "app", "Le fichier de données est occupé par une autre opération sosdesk (fenêtre ou commande) : "
                   "rien n'a été écrit. Réessayez quand elle sera terminée.")
    QMessageBox.warning(QApplication.activeWindow(), "sosdesk", text)


def _show_recovery_key() -> None:
    """The first time this PC's encryption key is made (the window created the file): its recovery
    key, shown once, to be printed and kept away from the PC (docs/security.md)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from sosdesk.usecases.filekeys import pending_recovery_key

    text = pending_recovery_key()
    if not text:
        return
    box = QMessageBox(QMessageBox.Icon.Information, "sosdesk", QCoreApplication.translate(
        "app", "Le fichier de données est chiffré. Voici sa clé de secours, affichée une seule fois :\n\n{0}\n\n"
               "Imprimez-la ou recopiez-la et gardez-la sous clé, loin du PC : sans elle, le fichier et ses "
               "sauvegardes ne s'ouvrent sur aucun autre poste. Pour la réafficher : sosdesk key show."
    ).format(text.replace("-", "\u2011")))  # non-breaking hyphens: the key stays on one line
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def _daily_backup(path: Path, wait: bool) -> None:
    """The automatic rotating copies (docs/data-protection.md), when the window opens (in a thread:
    the window does not wait) and closes. A failure is reported on stderr, never blocks the work."""
    import threading
    from datetime import UTC, datetime

    from sosdesk.usecases.backups import automatic_backup

    def run() -> None:
        try:
            automatic_backup(path, datetime.now(UTC))
        except StoreError as exc:
            print(f"sosdesk : {exc}", file=sys.stderr)

    worker = threading.Thread(target=run, name="sosdesk-backup", daemon=True)
    worker.start()
    if wait:
        worker.join()



def _offer_merge(window: object, path: Path) -> None:
    """A `.sosdesk` region file opened from the file manager: show the sync page and merge it
    once the passphrase is given (the page refuses it if this file is not the national one)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from sosdesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_page("sync")
    page = window.page("sync")
    text, ok = QInputDialog.getText(
        window, QCoreApplication.translate("app", "Fusionner {0}").format(path.name),
        QCoreApplication.translate("app", "Phrase de passe :"), QLineEdit.EchoMode.Password)
    if ok and text:
        page.merge_files([path], text)  # type: ignore[attr-defined]
