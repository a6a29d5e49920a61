"""Japanese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}
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
CURRENCY_WORDS: dict[str, str] = {"円": "JPY"}
