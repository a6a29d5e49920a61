"""Swedish: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"nyheter", "pressmeddelanden"})
RELEASE_LABELS: frozenset[str] = frozenset({"pressmeddelande"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"om"})
# Titles of a release's closing parts, whatever follows them ("Till redaktionen").
STOCK_HEADINGS: frozenset[str] = frozenset({"till redaktionen", "not till redaktionen", "framåtblickande uttalanden"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"läs mer", "klicka här", "se videon", "ladda ner"})

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"miljoner": 1e6, "miljon": 1e6, "miljarder": 1e9, "miljard": 1e9, "mdr": 1e9}
# "kr" is the krona of the release's own country (``KRONE``): a Swedish release's 450 kr are kronor.
CURRENCY_WORDS: dict[str, str] = {"kronor": "SEK", "kr": "kr", "kr.": "kr"}
KRONE = "SEK"
# One word for the magnitude and the currency: "450 mkr" (miljoner kronor), "2,1 mdkr".
SCALED_CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "mkr": ("SEK", 1e6), "mnkr": ("SEK", 1e6), "Mkr": ("SEK", 1e6), "mdkr": ("SEK", 1e9), "Mdkr": ("SEK", 1e9),
    "tkr": ("SEK", 1e3), "Tkr": ("SEK", 1e3),
}
PERCENT_WORDS: frozenset[str] = frozenset({"procent"})
UNIT_WORDS: frozenset[str] = frozenset({"procentenheter", "procentenhet", "ton", "kvadratmeter", "hektar", "kilometer",
                                        "megawatt", "gigawattimmar", "terawattimmar"})

# --- quotes -----------------------------------------------------------------------------
# ”…”, säger Karin Lind, vd för X. / ”…”, sa hon.
SAID_VERBS: frozenset[str] = frozenset("""säger sa sade berättar berättade förklarar förklarade betonar betonade
tillägger tillade konstaterar konstaterade kommenterar kommenterade""".split())
REPORTING_VERBS: frozenset[str] = frozenset("säger sa sade berättar berättade".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"han", "hon"})  # "”…”, sa hon": the last speaker
# the roles written beside a speaker's name, lower case ("vd för X", "kommunstyrelsens ordförande Ann Lind")
SPEAKER_ROLES: frozenset[str] = frozenset("""vd ordförande presschef kommunikationschef grundare medgrundare
styrelseordförande kommunalråd landshövding generaldirektör rektor forskare professor""".split())
# a role Swedish writes as one word with what it leads ("försäljningschef", "projektledare",
# "kommunikationschef", "presstalesperson"), by its ending: beside a speaker's name or on a contact card
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"chef", "ledare", "direktör", "ordförande", "ansvarig", "talesperson"})

# --- contacts ---------------------------------------------------------------------------
SOURCE_LABELS: frozenset[str] = frozenset({"källa"})
CONTACT_LABELS: frozenset[str] = frozenset({"presskontakt", "presskontakter", "mediekontakt", "för mer information",
                                            "för ytterligare information", "kontaktperson"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"press", "media"})
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

# --- figures: a multiplier written before the number ("med en faktor 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"faktor"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"från": "from", "till": "to", "kopia": "to", "ämne": "subject", "datum": "date", "skickat": "date"}
