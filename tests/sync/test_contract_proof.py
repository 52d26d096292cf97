"""Per-person step proofs (sosdesk.contract.proof): sealed under the password, verifiable offline by
anyone with the public key, bound to the exact step."""

from __future__ import annotations

import pytest

from sosdesk.contract.proof import ProofError, new_key, public_key, seal, sign_step, unlock, verify_step

STEP = {"invoice_id": "INV1", "action": "approve", "from_status": "submitted", "to_status": "approved",
        "at": "2026-11-02T09:00:00+00:00", "user_id": "valid-IDF", "content_hash": "ab" * 32}


def test_a_step_signed_with_the_unlocked_key_verifies_and_nothing_else_does() -> None:
    key = new_key()
    sealed = seal(key, "mot de passe de Léa")
    with pytest.raises(ProofError, match="mot de passe incorrect"):
        unlock(sealed, "autre")
    signature = sign_step(STEP, unlock(sealed, "mot de passe de Léa"))
    public = public_key(key)
    assert verify_step(STEP, signature, public)
    assert verify_step(dict(reversed(list(STEP.items()))), signature, public)  # order-independent
    assert not verify_step({**STEP, "to_status": "validated"}, signature, public)
    assert not verify_step({**STEP, "user_id": "nat"}, signature, public)
    assert not verify_step(STEP, signature, public_key(new_key()))
    assert not verify_step(STEP, "garbage", public)
    assert not verify_step({"action": "approve"}, signature, public)
