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
UNIT_WORDS: frozenset[str] = frozenset({
    "tonnes", "mètres cubes", "mètres carrés", "kilomètres carrés", "kilomètres", "hectares", "mégawatts",
    "litres", "points de pourcentage",
})
