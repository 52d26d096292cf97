"""`sosdesk`: no command opens the window; every command runs headless (no Qt import).

Exit codes (cli.md): 0 success, 1 the work ran but found problems, 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections.abc import Sequence

from sosdesk import __version__, argparse_fr
from sosdesk.domain.errors import CommandError, InputError, UserError
from sosdesk.paths import db_path

__all__ = ["CommandError", "db_path", "main"]  # CommandError and db_path live below; kept importable

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2

# Each module exposes ``register(subparsers, common)``: it adds its commands with
# ``set_defaults(func=handler)`` where ``handler(args) -> int``. The commands each one adds are
# listed here so that a command imports only its own module (``command_modules``): importing them
# all took 1.1 s (billing, sync and print modules pull in SQLAlchemy, reportlab, httpx), which
# `sosdesk plan --time-limit 3` counted against its limit (tests/test_cli_startup.py keeps the
# table true).
COMMANDS: dict[str, tuple[str, ...]] = {
    "sosdesk.commands.data": ("demo", "load", "dump", "check"),
    "sosdesk.planning.command": ("plan",),
    "sosdesk.invoicing.command": ("invoice",),
    "sosdesk.syncclient.command": ("sync", "enrol", "export-region", "merge", "import-office-key", "office-key"),
    "sosdesk.commands.outputs": ("print", "ics", "reminders"),
    "sosdesk.commands.importing": ("import",),
    "sosdesk.commands.expenses": ("expense",),
    "sosdesk.commands.users": ("user",),
    "sosdesk.commands.dates": ("dates",),
    "sosdesk.commands.phone": ("feed", "field-link"),
    "sosdesk.commands.reports": ("report",),
    "sosdesk.commands.privacy": ("backup", "restore", "purge", "retention", "person", "access-log"),
    "sosdesk.commands.search": ("search",),
    "sosdesk.commands.filekeys": ("key",),
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS)


def command_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules the parser of ``argv`` needs: the one of the command it names; none for
    the window (no command) or ``--version``; all of them for help, or for a word that is no
    command (the parser then names every command in its answer)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in ("-h", "--help"):
            return COMMAND_MODULES
        elif word == "--version":
            return ()
        elif word.startswith("-"):
            skip = word in _value_options()
        else:
            return next(((module,) for module, names in COMMANDS.items() if word in names), COMMAND_MODULES)
    return ()


@functools.cache
def _value_options() -> frozenset[str]:
    """The window's options (before any command) that take a value: the word after one is no command."""
    return frozenset(name for action in _window_parser()._actions if action.option_strings and action.nargs != 0
                     for name in action.option_strings)


def _window_parser() -> argparse.ArgumentParser:
    """The parser of ``sosdesk`` without its commands: the window's options."""
    argparse_fr.install()
    parser = argparse.ArgumentParser(
        prog="sosdesk", description="sosdesk : planification, facturation et rappels du suivi socio-judiciaire.")
    parser.add_argument("--version", action="version", version=f"sosdesk {__version__}",
                        help="affiche la version et quitte")
    parser.add_argument("--db", metavar="PATH", help="fichier de données à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir sur une région de démonstration")
    parser.add_argument("--week", metavar="AAAA-Wss", help="semaine affichée à l'ouverture")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="enregistre une capture de la fenêtre (hors écran) puis quitte")
    parser.add_argument("--user", metavar="ID", help="utilisateur courant")
    parser.add_argument("--region-file", metavar="FICHIER.sosdesk",
                        help="ouvrir la fenêtre sur la fusion de ce fichier régional")
    parser.set_defaults(func=None, json=False)
    return parser


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser of ``sosdesk`` with the commands of ``modules`` (all of them by default)."""
    parser = _window_parser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                        help="fichier de données (par défaut : celui de l'utilisateur)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="sortie JSON au lieu d'un tableau")
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="ID",
                        help="agir en tant que cet utilisateur")
    common.add_argument("--password-file", default=argparse.SUPPRESS, metavar="FICHIER",
                        help="fichier dont la première ligne est le mot de passe de --user "
                             "(ou variable SOSDESK_PASSWORD ; voir docs/data-protection.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in modules:
        importlib.import_module(name).register(sub, common)
    return parser


def run_window(args: argparse.Namespace) -> int:
    # Qt is loaded only here, by name, so no headless module depends on it (import-linter checks).
    app = importlib.import_module("sosdesk.ui.app")
    return int(app.run_app(args))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 1 and argv[0].lower().endswith(".sosdesk"):
        argv = ["--region-file", argv[0]]  # a region file opened from the file manager (association)
    args = build_parser(command_modules(argv)).parse_args(argv)
    try:
        if args.func is None:
            return run_window(args)
        from sosdesk.commands.signin import opens_no_data_file, sign_in

        args.sign_in = sign_in(args)
        code = int(args.func(args))
        if not opens_no_data_file(args):
            from sosdesk.commands.filekeys import show_pending_recovery_key

            show_pending_recovery_key()  # the key was made by this command: its recovery key, once
        return code
    except InputError as exc:
        for problem in exc.problems:
            print(f"erreur : {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UserError as exc:  # CommandError, PermissionDenied, StoreError, EditRefused…
        print(f"erreur : {exc}", file=sys.stderr)
        return exc.code
    except OSError as exc:
        # Safety net for file errors a command did not name itself: still French, still exit 2.
        from sosdesk.domain.errors import os_reason

        where = f" ({exc.filename})" if exc.filename else ""
        print(f"erreur : fichier{where} : {os_reason(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        # Another sosdesk holds the file longer than the busy timeout: French, no traceback, no data.
        from sosdesk.store.engine import BUSY_MESSAGE, DAMAGED_MESSAGE, is_busy, is_damaged

        if is_damaged(exc):  # a damaged page met while reading (issue 16): French, no traceback
            print(f"erreur : {DAMAGED_MESSAGE}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if not is_busy(exc):
            raise
        print(f"erreur : {BUSY_MESSAGE}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
