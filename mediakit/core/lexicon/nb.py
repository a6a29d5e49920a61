"""Norwegian (Bokmål): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
}

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"nyheter", "pressemeldinger"})
RELEASE_LABELS: frozenset[str] = frozenset({"pressemelding"})
# Titles of a release's closing parts, whatever follows them ("Til redaksjonen").
STOCK_HEADINGS: frozenset[str] = frozenset({"til redaksjonen", "merknad til redaksjonen", "fremtidsrettede uttalelser"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"les mer", "klikk her", "se videoen", "last ned"})

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"millioner": 1e6, "milliarder": 1e9, "mill.": 1e6, "mill": 1e6}
# "kroner" and "kr" are the krone of the release's own country (``KRONE``): Norway's in Norwegian.
CURRENCY_WORDS: dict[str, str] = {"kroner": "kr", "kr": "kr", "kr.": "kr"}
KRONE = "NOK"
PERCENT_WORDS: frozenset[str] = frozenset({"prosent"})
UNIT_WORDS: frozenset[str] = frozenset({"prosentpoeng", "tonn", "kvadratmeter", "kilometer", "megawatt"})

# --- quotes -----------------------------------------------------------------------------
# «…», sier Ola Brekke, daglig leder i X. / «…», sa hun.
SAID_VERBS: frozenset[str] = frozenset("""sier sa forteller fortalte forklarer forklarte understreker understreket
påpeker påpekte""".split()) | {"legger til", "la til"}
REPORTING_VERBS: frozenset[str] = frozenset("sier sa forteller fortalte".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"han", "hun"})  # "«…», sa hun": the last speaker
# the roles written beside a speaker's name, lower case ("administrerende direktør Tone Haug")
SPEAKER_ROLES: frozenset[str] = frozenset("""administrerende direktør adm. konsernsjef styreleder ordfører
daglig leder kommunikasjonssjef pressesjef gründer grunnlegger forsker professor""".split())
# a role Norwegian writes as one word with what it leads ("verftsdirektør", "avdelingsleder")
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"direktør", "sjef", "leder"})

# --- contacts ---------------------------------------------------------------------------
SOURCE_LABELS: frozenset[str] = frozenset({"kilde"})
CONTACT_LABELS: frozenset[str] = frozenset({"pressekontakt", "for mer informasjon", "for ytterligere informasjon",
                                            "kontaktperson"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "mobil"})
EMAIL_LABELS: frozenset[str] = frozenset({"e-post", "epost"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"og", "av", "er", "ikke", "på", "med", "til", "som", "etter", "ble", "hun"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code.
PHONE_REGIONS: tuple[str, ...] = ("NO",)
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"kontakt", "ta kontakt med", "kontakte"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"informasjon", "presse", "medier", "intervju", "spørsmål"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"navn", "stilling", "tittel", "bedrift"})

# --- figures: a multiplier written before the number ("med en faktor 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"faktor"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"fra": "from", "til": "to", "kopi": "to", "emne": "subject", "dato": "date", "sendt": "date"}
