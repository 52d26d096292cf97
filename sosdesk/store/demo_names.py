"""Fictitious French names, streets, phones and e-mails for the demo region (no real person)."""

from __future__ import annotations

import random
import unicodedata

FIRST_F = (
    "Amandine", "Aurélie", "Camille", "Chloé", "Élodie", "Émilie", "Fatima", "Inès", "Julie", "Karima",
    "Laura", "Léa", "Manon", "Marie", "Mélanie", "Nadia", "Océane", "Pauline", "Sabrina", "Sarah",
    "Sandrine", "Sophie", "Stéphanie", "Yasmine", "Zoé", "Nathalie", "Agnès", "Hélène", "Coralie", "Maëlle",
)
FIRST_M = (
    "Adrien", "Alexandre", "Antoine", "Bastien", "Benoît", "Cédric", "Damien", "David", "Dylan", "Enzo",
    "Florian", "Franck", "Guillaume", "Hugo", "Jérôme", "Jordan", "Karim", "Kevin", "Lucas", "Ludovic",
    "Mehdi", "Mickaël", "Nicolas", "Olivier", "Patrick", "Rachid", "Romain", "Sébastien", "Thomas", "Yannick",
    "Anthony", "Christophe", "Grégory", "Loïc", "Mathieu", "Samir", "Steven", "Teddy", "Valentin", "Willy",
)
LAST = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
    "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
    "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Benali", "Haddad", "Nguyen", "Da Silva", "Ferreira", "Brunet", "Chabert", "Vial", "Perret", "Chapuis",
)
STREETS = (
    "rue de la République", "avenue Jean Jaurès", "rue Paul Bert", "cours Gambetta", "rue Garibaldi",
    "boulevard des Belges", "rue Victor Hugo", "avenue Berthelot", "rue des Tuiliers", "rue Marietton",
    "rue Francis de Pressensé", "avenue Roger Salengro", "rue de la Montat", "rue Désiré Claude",
    "cours Fauriel", "rue Michelet", "place Jean Jaurès", "rue du 4 Août 1789", "chemin des Charmes",
)



def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-.")).lower()


def person(rng: random.Random) -> tuple[str, str, str]:
    """(first name, last name, 'F'|'M')."""
    if rng.random() < 0.3:
        return rng.choice(FIRST_F), rng.choice(LAST), "F"
    return rng.choice(FIRST_M), rng.choice(LAST), "M"


def mobile(rng: random.Random) -> str:
    """A French mobile number in E.164 (+33 6[0-8 but 3]… or +33 7[3-8]…, ranges libphonenumber accepts)."""
    if rng.random() < 0.6:
        return "+336" + str(rng.choice((0, 1, 2, 4, 5, 6, 7, 8))) + "".join(str(rng.randrange(10)) for _ in range(7))
    return "+337" + str(rng.randrange(3, 9)) + "".join(str(rng.randrange(10)) for _ in range(7))


def email(first: str, last: str, rng: random.Random, domain: str = "") -> str:
    domain = domain or rng.choice(("example.org", "example.net", "example.com"))
    return f"{ascii_fold(first)}.{ascii_fold(last).replace(' ', '')}@{domain}"


def luhn_siret(prefix13: str) -> str:
    """A 14-digit SIRET whose Luhn checksum is valid."""
    digits = [int(c) for c in prefix13]
    for last in range(10):
        total = 0
        for i, d in enumerate([*digits, last]):
            if i % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        if total % 10 == 0:
            return prefix13 + str(last)
    raise ValueError(prefix13)
