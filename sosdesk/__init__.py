"""sosdesk: planning, billing and reminders for socio-judicial follow-up offices."""

from importlib.metadata import PackageNotFoundError, version


def _installed_version() -> str:
    """The one version number: the installed distribution's metadata (pyproject.toml's `version`,
    also carried into the PyInstaller bundle and the Debian packages)."""
    try:
        return version("sosdesk")
    except PackageNotFoundError:  # a bare source tree on sys.path, never installed
        return "0+inconnue"


__version__ = _installed_version()
