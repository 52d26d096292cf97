"""One version number, from the installed package's metadata, everywhere a user can read it."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
import requests

from sosdesk import __version__
from sosdesk.cli import main
from sync.cli import main as sync_main
from tests.sync.realserver import RealServer


def test_version_comes_from_package_metadata() -> None:
    assert __version__ == version("sosdesk")


@pytest.mark.parametrize(("entry", "name"), [(main, "sosdesk"), (sync_main, "sosdesk-sync")])
def test_version_option(entry, name: str, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        entry(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"{name} {version('sosdesk')}"


def test_service_meta_tells_its_version(tmp_path: Path) -> None:
    server = RealServer(f"sqlite:///{tmp_path / 'sync.db'}").start()
    try:
        meta = requests.get(server.base + "/v1/meta", timeout=10).json()
    finally:
        server.stop()
    assert meta["server_version"] == version("sosdesk")
