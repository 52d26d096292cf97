"""A real `sosdesk-sync serve` (uvicorn) subprocess on 127.0.0.1 for tests and benchmarks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RealServer:
    def __init__(self, url: str, env: dict[str, str] | None = None) -> None:
        self.url = url
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, **env: str) -> RealServer:
        full = {**os.environ, **self.env, **env}
        # The log beside a SQLite database (the test's tmp_path); for PostgreSQL in the session's pytest
        # folder (tests/conftest.py sets SOSDESK_TEST_LOG_DIR); the system temp folder only outside pytest.
        folder: Path | None = None
        if self.url.startswith("sqlite:///"):
            folder = Path(self.url[len("sqlite:///"):]).parent
        elif os.environ.get("SOSDESK_TEST_LOG_DIR"):
            folder = Path(os.environ["SOSDESK_TEST_LOG_DIR"])
        self.log = tempfile.NamedTemporaryFile(prefix="sosdesk-sync-", suffix=".log", delete=False,  # noqa: SIM115
                                               dir=folder)
        self.log.close()
        with open(self.log.name, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "sync.cli", "serve", "--db", self.url, "--port", str(self.port)],
                cwd=ROOT, env=full, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(Path(self.log.name).read_text())
            try:
                requests.get(self.base + "/v1/meta", timeout=1)
                return self
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
