"""German: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}

# --- quotes -----------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("""sagt sagte erklärt erklärte betont betonte ergänzt ergänzte
kommentiert kommentierte meint meinte unterstreicht""".split()) | {"fügt hinzu", "fügte hinzu"}
SAID_PARTICLES: frozenset[str] = frozenset({"so"})

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {
    "millionen": 1e6, "milliarden": 1e9, "mio.": 1e6, "mrd.": 1e9, "tsd.": 1e3, "mio": 1e6, "mrd": 1e9,
    "tsd": 1e3,
}
CURRENCY_WORDS: dict[str, str] = {"us-dollar": "USD"}
UNIT_WORDS: frozenset[str] = frozenset({
    "tonnen", "kubikmeter", "quadratmeter", "quadratkilometer", "kilometer", "hektar", "megawatt",
    "gigawatt", "kilowatt", "liter", "prozentpunkte",
})
