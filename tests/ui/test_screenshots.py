"""The committed screenshots (docs/screenshots/, README's among them) are what the window looks like
now: the script regenerates every page and main dialog into tmp_path and each picture is compared
with a tolerance (tools/screenshots.py: changed_ratio). An intended change: `python tools/screenshots.py`
and commit the new pictures (docs/screenshots.md)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("time_machine")

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
assert spec is not None and spec.loader is not None
screenshots = importlib.util.module_from_spec(spec)
spec.loader.exec_module(screenshots)


def _blank_panel(source: Path, target: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(str(source))
    painter = QPainter(image)
    painter.fillRect(image.width() - 380, 60, 360, image.height() - 120, QColor("#f0f0f0"))   # a side panel gone
    painter.end()
    image.save(str(target))


def test_tolerance_catches_a_missing_panel_not_a_pixel(qapp: object, tmp_path: Path) -> None:
    source = SHOTS / "fr-1600-planning.png"
    assert screenshots.changed_ratio(source, source) == 0.0
    _blank_panel(source, tmp_path / "missing.png")
    assert screenshots.changed_ratio(source, tmp_path / "missing.png") > screenshots.MAX_CHANGED


@pytest.mark.slow
def test_screenshots_match_the_committed_ones(tmp_path: Path) -> None:
    fresh, work = tmp_path / "fresh", tmp_path / "work"
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(fresh),
                           "--work", str(work)], cwd=ROOT, capture_output=True, text=True, timeout=580)
    assert done.returncode == 0, done.stderr[-3000:]
    problems = screenshots.compare(SHOTS, fresh)
    assert not problems, ("captures différentes de docs/screenshots/ (si c'est voulu : "
                          "python tools/screenshots.py) :\n" + "\n".join(problems))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/screenshots/fr-1600-planning.png" in readme
