"""Danish: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"nyheder", "pressemeddelelser"})
RELEASE_LABELS: frozenset[str] = frozenset({"pressemeddelelse"})
# Titles of a release's closing parts, whatever follows them ("Til redaktionen").
STOCK_HEADINGS: frozenset[str] = frozenset({"til redaktionen", "note til redaktionen", "fremadrettede udsagn"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"læs mere", "klik her", "se videoen", "hent"})

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"millioner": 1e6, "milliarder": 1e9, "mia.": 1e9, "mia": 1e9}
# "kroner" and "kr." are the krone of the release's own country (``KRONE``): Denmark's in Danish.
CURRENCY_WORDS: dict[str, str] = {"kroner": "kr", "kr.": "kr", "kr": "kr"}
KRONE = "DKK"
PERCENT_WORDS: frozenset[str] = frozenset({"procent"})
UNIT_WORDS: frozenset[str] = frozenset({"procentpoint", "ton", "kvadratmeter", "kilometer", "megawatt"})

# --- quotes -----------------------------------------------------------------------------
# »…«, siger Mette Holm, direktør i X. / »…«, sagde hun.
SAID_VERBS: frozenset[str] = frozenset("""siger sagde fortæller fortalte forklarer forklarede understreger
understregede tilføjer tilføjede""".split())
REPORTING_VERBS: frozenset[str] = frozenset("siger sagde fortæller fortalte".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"han", "hun"})  # "»…«, sagde hun": the last speaker
# the roles written beside a speaker's name, lower case ("administrerende direktør Mette Holm")
SPEAKER_ROLES: frozenset[str] = frozenset("""administrerende direktør adm. koncernchef bestyrelsesformand formand
borgmester kommunikationschef pressechef stifter grundlægger forsker professor""".split())
# a role Danish writes as one word with what it leads ("salgsdirektør", "afdelingsleder")
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"direktør", "chef", "leder", "formand"})

# --- contacts ---------------------------------------------------------------------------
SOURCE_LABELS: frozenset[str] = frozenset({"kilde"})
CONTACT_LABELS: frozenset[str] = frozenset({"pressekontakt", "yderligere information", "for yderligere information",
                                            "kontaktperson"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "mobil", "tlf"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"og", "af", "er", "ikke", "på", "med", "til", "der", "efter", "blev", "hvor"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code.
PHONE_REGIONS: tuple[str, ...] = ("DK",)
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"kontakt", "kontakte", "henvende sig til"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"information", "presse", "medier", "interview", "spørgsmål"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"navn", "stilling", "titel", "virksomhed"})

# --- figures: a multiplier written before the number ("med en faktor 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"faktor"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"fra": "from", "til": "to", "cc": "to", "emne": "subject", "dato": "date", "sendt": "date"}
