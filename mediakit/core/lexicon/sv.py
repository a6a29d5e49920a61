"""Swedish: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

# --- release structure (structure) ---------------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset({"pressmeddelande"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"om"})

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset({"presskontakt", "presskontakter", "mediekontakt", "för mer information",
                                            "för ytterligare information", "kontaktperson"})
DESK_WORDS: frozenset[str] = frozenset({"pressavdelningen", "presstjänst", "presstjänsten"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "mobil", "mobiltelefon"})
EMAIL_LABELS: frozenset[str] = frozenset({"e-post", "epost"})

# --- the release's language (contacts.regions) ----------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"och", "att", "är", "för", "som", "av", "på", "med", "till", "har", "ett", "inte"})
# The countries whose phone numbers a release in the language prints without a country code.
PHONE_REGIONS: tuple[str, ...] = ("SE", "FI")
