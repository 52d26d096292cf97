"""Why the service refused an op, in French: the reason codes it answers and their wording.

A code is ``name`` or ``name:field`` (the field the refusal is about). The office stores the code
with the refused op and shows :func:`french` of it (sync page, ``sosdesk sync status``).
"""

from __future__ import annotations

REASONS = {
    "forbidden": "hors de votre région",
    "reference_read_only": "donnée de référence (national)",
    "validated_immutable": "facture validée",
    "status_transition": "étape de facture interdite",
    "status_role": "étape de facture réservée à un autre rôle",
    "status_server_only": "statut fixé par le service",
    "append_only": "historique non modifiable",
    "unknown_table": "table inconnue du service",
    "unknown_field": "champ inconnu",
    "missing_field": "champ obligatoire absent",
    "invalid_value": "valeur invalide",
    "too_long": "valeur trop longue",
    "missing_reference": "fait référence à une ligne absente ou hors de votre région",
    "billed": "réunion ou frais facturé par une facture validée (seule la note reste modifiable)",
    "number": "numéro de facture attribué hors séquence",
    "role_scope": "rôle national non attribuable par une antenne",
    "key_pinned": "clé de signature déjà enregistrée pour cette personne (seul le national la remplace)",
    "unsigned_step": "étape de facture non signée par la personne qui l'a faite",
    "bad_signature": "signature de l'étape invalide pour la clé enregistrée de cette personne",
    "purged": "personne effacée (durée de conservation) : ses données ne peuvent plus changer",
    "missing_blob": "fichier joint non téléversé (ou téléversé par une autre région) : il sera renvoyé",
    "inline_too_large": "fichier joint trop lourd pour voyager dans l'envoi : il doit être téléversé à part",
    "not_a_proof": "justificatif refusé : ni PDF ni image JPEG, PNG ou TIFF lisible, ou plus de 20 Mo",
}


def french(reason: str) -> str:
    """« valeur invalide (birth_date) » for ``invalid_value:birth_date``."""
    code, _, field = reason.partition(":")
    label = REASONS.get(code, code)
    return f"{label} ({field})" if field else label
