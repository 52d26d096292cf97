"""Makes the shared ``people_world`` builder (tests/store) importable."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "store"))
