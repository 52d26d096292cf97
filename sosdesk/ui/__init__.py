"""Qt widgets only: they call domain/store/planning/invoicing functions and show what comes back."""

from sosdesk.ui.widgets.none_refcount import pin_none as _pin_none  # PySide6 6.12 bug, see module

_pin_none()
