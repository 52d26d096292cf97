"""Use cases: the one write gate between the callers (window, CLI) and the store.

Each use case takes the store and the acting user (``domain.permissions.Actor``, or ``None`` for a
data file with no user configured: a single office PC), opens its own transaction, checks the role
in the one permissions table (``sosdesk.domain.permissions``), runs the domain rules, and returns a
typed result with the ``Changes`` it made. A refusal raises ``PermissionDenied`` / ``InputError`` /
``EditRefused`` (French) before anything is written.
"""
