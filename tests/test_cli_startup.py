"""`sosdesk COMMAND` imports only that command's module (start-up counts against `plan`'s limit)."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sosdesk.cli import COMMAND_MODULES, COMMANDS, build_parser, command_modules, main
from tests.benchmarks.planner_suite import week


def test_the_command_table_lists_what_each_module_registers() -> None:
    common = argparse.ArgumentParser(add_help=False)
    seen: dict[str, str] = {}
    for module, names in COMMANDS.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub, common)
        assert set(sub.choices) == set(names), module
        for name in names:
            assert name not in seen, f"{name} in {seen.get(name)} and {module}"
            seen[name] = module
    whole = build_parser()
    choices = next(a for a in whole._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(choices) == set(seen)


@pytest.mark.parametrize(("argv", "modules"), [
    (["plan", "--instance", "in.json", "--out", "out.json"], ("sosdesk.planning.command",)),
    (["--db", "plan", "check", "--week", "2026-W48"], ("sosdesk.commands.data",)),  # a file named « plan »
    (["--user=admin", "invoice", "list"], ("sosdesk.invoicing.command",)),
    (["--demo", "--week", "2026-W48"], ()),             # the window
    (["--region-file", "idf.sosdesk"], ()),              # the window on a region file
    (["--version"], ()),
    (["--help", "plan"], COMMAND_MODULES),               # help of the whole program
    (["planifier"], COMMAND_MODULES),                    # no such command: the whole parser says so
    ([], ()),
])
def test_the_command_is_found_in_the_arguments(argv: list[str], modules: tuple[str, ...]) -> None:
    assert command_modules(argv) == modules


def test_window_options_are_still_checked_without_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--week"])  # a value is missing: refused before any window opens
    assert ended.value.code == 2
    assert "--week" in capsys.readouterr().err


def test_an_unknown_command_is_refused_with_every_command_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["planifier"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "planifier" in err and "plan" in err and "invoice" in err


def test_plan_on_an_instance_loads_neither_the_store_nor_billing_nor_the_keyring(tmp_path: Path) -> None:
    instance = tmp_path / "week.json"
    instance.write_text(json.dumps(week("S", "parole", 7)), encoding="utf-8")
    out = tmp_path / "plan.json"
    code = ("import sys; from sosdesk.cli import main; rc = main(sys.argv[1:]); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'keyring', 'reportlab', 'httpx', 'PySide6') "
            "if m in sys.modules)); sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, "plan", "--instance", str(instance), "--out", str(out),
                           "--time-limit", "5"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert json.loads(out.read_text(encoding="utf-8"))["meetings"]


def test_version_is_printed_by_the_top_parser_alone(capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk import __version__

    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.strip() == f"sosdesk {__version__}"
