"""Entry point of both executables of the PyInstaller bundle: the same as `python -m sosdesk`."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # The windowed executable (sosdesk.exe) has no console: give print() somewhere harmless to go.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from sosdesk.cli import main

    sys.exit(main())
