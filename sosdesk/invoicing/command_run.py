"""How an ``sosdesk invoice …`` command runs: the store it opens, the signer it remembers, workflow
refusals turned into French errors with their exit code, and the plain-text tables it prints."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sosdesk.domain.invoice_workflow import (
    WorkflowError,
)
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.domain.pricing import missing_text
from sosdesk.store import Store, open_store
from sosdesk.store.invoice_models import InvoiceFrozenError

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
def open_invoice_store(args: argparse.Namespace) -> Store:
    from sosdesk.paths import db_path

    return open_store(db_path(args), create=False)


def sign_as(args: argparse.Namespace, store: Store) -> None:
    """A workflow step made with the person's own password is signed with their key (docs/security.md)."""
    from sosdesk.store.users import remember_signer

    signed = getattr(args, "sign_in", None)
    if signed is not None and signed.via == "password" and signed.user_id and signed.password:
        remember_signer(store, signed.user_id, signed.password)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> Exception:
    from sosdesk.domain.errors import CommandError

    return CommandError(message, code)


def run(args: argparse.Namespace, work: Any) -> int:
    """Open the store, run ``work(store, actor_user)`` and turn workflow refusals into French errors."""
    from sosdesk.invoicing.workflow import MissingProofError

    store = open_invoice_store(args)
    try:
        return int(work(store, getattr(args, "user", None)))
    except MissingProofError as exc:
        for item in exc.items:
            print(missing_text(item), file=sys.stderr)
        raise fail(str(exc), EXIT_PROBLEMS) from None
    except InvoiceFrozenError:
        raise
    except (WorkflowError, PermissionDenied) as exc:
        raise fail(str(exc)) from None
    finally:
        store.close()

def print_table(rows: list[list[str]], right: tuple[int, ...] = (), indent: str = "") -> None:
    """Columns padded to their widest cell (numbers right-aligned); the first row is the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths,
                                                                                              strict=True))]
        print(indent + "  ".join(cells).rstrip())
