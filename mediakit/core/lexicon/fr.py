"""French: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS: frozenset[str] = frozenset()

# --- labels and boilerplate (structure) ------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset()
ABOUT_PREFIXES: frozenset[str] = frozenset()
END_MARKS: frozenset[str] = frozenset()

# --- quotes -----------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset()

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset()

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"millions": 1e6, "milliards": 1e9}
CURRENCY_WORDS: dict[str, str] = {}
