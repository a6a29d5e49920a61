"""Dutch: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
WEEKDAYS: frozenset[str] = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())

# --- release structure (structure) ---------------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset({"persbericht"})

# --- quotes ---------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("zegt zei verklaart verklaarde benadrukt benadrukte".split()) | {
    "legt uit", "vult aan"}
SAID_PARTICLES: frozenset[str] = frozenset({"aldus"})  # „…“, aldus Jan de Vries
ACCORDING_TO: frozenset[str] = frozenset({"volgens"})
REPORTING_VERBS: frozenset[str] = frozenset("zegt zei verklaart".split())
FIRST_PERSON: frozenset[str] = frozenset("ik wij we ons onze mijn".split())
# --- contacts ---------------------------------------------------------------------------
DESK_WORDS: frozenset[str] = frozenset({"persdienst", "persvoorlichting", "afdeling communicatie"})
DESK_OF_WORDS: frozenset[str] = frozenset({"van", "van de", "van het"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"persbericht", "persmededeling"})
