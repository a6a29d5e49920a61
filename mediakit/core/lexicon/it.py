"""Italian: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
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
MAGNITUDES: dict[str, float] = {"milioni": 1e6, "miliardi": 1e9}
CURRENCY_WORDS: dict[str, str] = {}
