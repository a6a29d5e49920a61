"""Dutch: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
WEEKDAYS: frozenset[str] = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
TODAY_WORDS: frozenset[str] = frozenset({"vandaag", "gisteren", "heden"})

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"nieuws", "persberichten"})
RELEASE_LABELS: frozenset[str] = frozenset({"persbericht"})

# --- quotes ---------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("zegt zei verklaart verklaarde benadrukt benadrukte".split()) | {
    "legt uit", "vult aan", "vertelt", "vertelde", "licht toe", "stelt", "stelde"}
SAID_PARTICLES: frozenset[str] = frozenset({"aldus"})  # „…“, aldus Jan de Vries
ACCORDING_TO: frozenset[str] = frozenset({"volgens"})
REPORTING_VERBS: frozenset[str] = frozenset("zegt zei verklaart".split())
NAMING_VERBS: frozenset[str] = frozenset("noemt noemde beschrijft beschreef".split())
FIRST_PERSON: frozenset[str] = frozenset("ik wij we ons onze mijn".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"hij", "zij", "ze"})
# --- figures ----------------------------------------------------------------------------
# Hour words after a time of day written with its minutes ("om 14.00 uur"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"uur", "u"})
# Counts written out ("zeven scholen"); not "een", as often "a" as one.
NUMBER_WORDS: dict[str, float] = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000, "dozijn": 12,
}
# A unit before its ten, written as one word ("vijfentwintig", "tweeëndertig": ën after an e).
NUMBER_WORDS.update({one + ("ën" if one.endswith("e") else "en") + ten: k + NUMBER_WORDS[ten]
                     for k, one in enumerate(("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"), 1)
                     for ten in ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")})
# Numbers written as one word over hundreds and thousands ("tweehonderdvijftig", "drieduizend").
ONE_WORDS: frozenset[str] = frozenset({"een", "één"})  # a count only where digits repeat it: "ein (1)"
COMPOUND_MULTIPLIERS: dict[str, float] = {"honderd": 100, "duizend": 1000}
COMPOUND_ONES: frozenset[str] = frozenset({"een"})
COMPOUND_JOINERS: frozenset[str] = frozenset({"en"})
DURATION_WORDS: frozenset[str] = frozenset("jaar jaren maanden weken dagen decennia uur uren minuten keer maal".split())

# --- contacts ---------------------------------------------------------------------------
DESK_WORDS: frozenset[str] = frozenset({"persdienst", "persvoorlichting", "afdeling communicatie"})
DESK_OF_WORDS: frozenset[str] = frozenset({"van", "van de", "van het"})
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"dhr", "mevr", "drs", "ir", "ing", "mr", "dr"})
SOURCE_LABELS: frozenset[str] = frozenset({"bron"})
CONTACT_LABELS: frozenset[str] = frozenset({"perscontact", "perscontacten", "persvragen", "contact voor de pers",
                                            "voor meer informatie", "meer informatie", "contactpersoon"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"pers", "media", "pers en media"})
PHONE_LABELS: frozenset[str] = frozenset({"telefoon", "mobiel"})
ORG_WORDS: frozenset[str] = frozenset({"gemeente", "provincie", "stichting", "vereniging", "universiteit",
                                       "ministerie", "waterschap"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"persbericht", "persmededeling"})

# Words for percent written after a number ("12 procent"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"procent"})

# --- figures: magnitudes after a number ("4,5 miljoen", "2 mld.") --------------------------
MAGNITUDES: dict[str, float] = {"miljoen": 1e6, "miljard": 1e9, "mld.": 1e9, "mln.": 1e6}

# --- figures: the words joining a range's two ends ("tussen 10 en 12 miljoen") ---
RANGE_JOINERS: frozenset[str] = frozenset({"tot"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"en"})
RANGE_OPENERS: frozenset[str] = frozenset({"tussen"})

# --- figures: measures written out after a number ("12 procentpunten", "40 basispunten") ---
UNIT_WORDS: frozenset[str] = frozenset({"procentpunt", "procentpunten", "basispunten", "kilometer", "ton",
                                        "hectare", "megawatt", "liter"})

# --- figures: words that name a thing by the number after them ("artikel 14", "hoofdstuk 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"versie", "artikel", "hoofdstuk", "lid", "paragraaf", "nummer", "pagina",
    "tabel", "figuur", "bijlage", "fase", "niveau", "zaal", "lijn", "spoor"})

# --- release structure: the boilerplate's title ("Over Waterschap Zeedijk") ---
ABOUT_PREFIXES: frozenset[str] = frozenset({"over"})
ABOUT_TITLES: frozenset[str] = frozenset({"wie zijn wij", "wie wij zijn", "bedrijfsprofiel", "over ons"})
# Titles of a release's closing parts, whatever follows them ("Noot voor de redactie").
STOCK_HEADINGS: frozenset[str] = frozenset({"noot voor de redactie", "noot voor redacties", "noot aan de redactie",
                                            "noot voor redacteuren", "voor de redactie", "achtergrond",
                                            "toekomstgerichte verklaringen"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"lees meer", "lees verder", "klik hier", "bekijk de video", "download"})

# --- figures: words before the base a count is compared with ("tegenover 1.850"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"tegenover", "dan", "van"})

# --- figures: a multiplier written before the number ("met een factor 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"factor"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""directeur voorzitter woordvoerder woordvoerster wethouder
burgemeester dijkgraaf hoogleraar bestuurder oprichter medeoprichter minister gedeputeerde hoofd""".split())
# a role Dutch writes as one word with what it leads ("projectleider", "bestuursvoorzitter")
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"leider", "voorzitter", "woordvoerder", "directeur", "manager"})
AUDIENCE_PHRASES: frozenset[str] = frozenset({"tegen de pers", "tegenover de pers"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"voor"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"het", "een", "van", "voor", "met", "niet", "zijn", "wordt", "ook", "op", "bij", "naar", "dat"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("NL", "BE")
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"contact opnemen met", "neem contact op met", "neemt u contact op met", "contact met", "terecht bij"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"informatie", "pers", "media", "interview", "vragen"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"naam", "functie", "organisatie", "bedrijf"})
DOT_WORDS: frozenset[str] = frozenset({"punt"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"pagina"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"van"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"van": "from", "aan": "to", "cc": "to", "onderwerp": "subject", "datum": "date", "verzonden": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"u bent hier", "je bent hier"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"aantal"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"van", "naar", "tot"})
