"""Dutch: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
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
MAGNITUDES: dict[str, float] = {}
CURRENCY_WORDS: dict[str, str] = {}
