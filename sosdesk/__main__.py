"""`python -m sosdesk` runs the same entry point as the `sosdesk` command."""

import sys

from sosdesk.cli import main

sys.exit(main())
