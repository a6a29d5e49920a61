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
SOURCE_LABELS: frozenset[str] = frozenset({"källa"})
CONTACT_LABELS: frozenset[str] = frozenset({"presskontakt", "presskontakter", "mediekontakt", "för mer information",
                                            "för ytterligare information", "kontaktperson"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"press", "media"})
# Roles written as one word with what they lead ("kommunikationschef", "presstalesperson"), by their ending.
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"chef", "ansvarig", "talesperson", "direktör", "ordförande"})
DESK_WORDS: frozenset[str] = frozenset({"pressavdelningen", "presstjänst", "presstjänsten"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "mobil", "mobiltelefon"})
EMAIL_LABELS: frozenset[str] = frozenset({"e-post", "epost"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"och", "att", "är", "för", "som", "av", "på", "med", "till", "har", "ett", "inte"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code.
PHONE_REGIONS: tuple[str, ...] = ("SE", "FI")
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"kontakta", "kontakt med"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"information", "press", "medier", "intervju", "frågor"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"namn", "befattning", "titel", "företag"})
