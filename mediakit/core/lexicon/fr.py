"""French: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}

# --- quotes -----------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("""déclare explique souligne ajoute affirme indique précise""".split()) | {
    "a déclaré", "a expliqué", "a souligné", "a ajouté"}

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"millions": 1e6, "milliards": 1e9}

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset({"contact presse", "contacts presse", "contact média", "contacts médias",
                                            "relations presse"})
PHONE_LABELS: frozenset[str] = frozenset({"téléphone", "portable"})
EMAIL_LABELS: frozenset[str] = frozenset({"courriel"})
INBOX_WORDS: frozenset[str] = frozenset({"courriel", "écrivez à", "contactez"})
