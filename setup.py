"""Package list for setuptools (the rest of the metadata is in pyproject.toml).

Every package under ``sosdesk/`` and ``sync/`` is found (namespace folders included, so the
Alembic ``migrations/versions`` scripts ship), and the repository's ``resources/`` folder
(translations, style sheet, icon) is shipped inside the wheel as ``sosdesk/resources``, where
``sosdesk.ui.app.resources_dir`` looks for it outside a source checkout.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["sosdesk", "sosdesk.*", "sync", "sync.*"]), "sosdesk.resources"],
    package_dir={"sosdesk.resources": "resources"},
)
