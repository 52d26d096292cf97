"""On a real X display (Xvfb here), Qt's xcb platform plugin loads with the system libraries the
README lists and the main window opens. Skipped where Xvfb is not installed (.ci/run installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from sosdesk.store import open_store
from sosdesk.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
app = QApplication(["sosdesk"])
store = open_store(sys.argv[1])
window = MainWindow(store, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(app.platformName(), window.isVisible())
store.close()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb absent (apt-get install xvfb xauth)")
def test_window_opens_on_an_x_display(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path),
           "TMPDIR": str(tmp_path),  # xvfb-run keeps its X authority file there
           "QT_DEBUG_PLUGINS": "0"}
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", SCRIPT, str(tmp_path / "x.db"),
                           str(tmp_path / "window.ini")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["xcb", "True"], done.stdout + done.stderr[-2000:]
