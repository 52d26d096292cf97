"""Roles limit who does what; refusals say who may."""

from __future__ import annotations

import pytest

from sosdesk.domain.permissions import Actor, PermissionDenied, can, require


def test_validator_approves_but_does_not_plan() -> None:
    assert can("regional_validator", "invoice_approve")
    assert not can("regional_validator", "plan")
    with pytest.raises(PermissionDenied, match="Valideur régional ne peut pas planifier"):
        require(Actor("U2", "regional_validator", "ARA"), "plan")


def test_regional_roles_stay_in_their_region() -> None:
    admin = Actor("U1", "regional_admin", "ARA")
    require(admin, "plan", "ARA")
    with pytest.raises(PermissionDenied, match="votre région"):
        require(admin, "plan", "IDF")
    require(Actor("N1", "national_coordinator"), "invoice_validate", "IDF")


def test_only_the_national_coordinator_validates() -> None:
    with pytest.raises(PermissionDenied, match="Coordinateur national"):
        require(Actor("U1", "regional_admin", "ARA"), "invoice_validate")
