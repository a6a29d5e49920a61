"""German: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jän": 1, "mrz": 3, "okt": 10, "dez": 12,  # abbreviated ("5. Mrz. 2026"); the rest are English's
}
WEEKDAYS: frozenset[str] = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split())
DATE_PARTICLES: frozenset[str] = frozenset("den am".split())  # between a dateline's place and its date

# --- release structure (structure) ---------------------------------------------------------
PAGE_HEADINGS: frozenset[str] = frozenset({"pressemappe", "pressebereich", "presseportal", "aktuelle meldungen",
                                           "pressemitteilungen",
                                           "aktuelles", "presse", "news", "pressemeldungen"})
RELEASE_LABELS: frozenset[str] = frozenset({"pressemitteilung", "pressemeldung", "presseinformation",
                                            "medienmitteilung", "presseeinladung", "zur sofortigen veröffentlichung",
                                            "original-pressemitteilung", "originalpressemitteilung",
                                            "originaler text der veröffentlichung"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"über"})
# An embargo's label before its date: "SPERRFRIST: Freitag, 21. März 2031, 12:00 Uhr".
EMBARGO_LABELS: frozenset[str] = frozenset({"sperrfrist", "sperrfrist bis", "sperrfrist bis zum"})
ABOUT_TITLES: frozenset[str] = frozenset({"unternehmensprofil", "firmenprofil", "unternehmensporträt", "wer wir sind"})
DANGLING_WORDS: frozenset[str] = frozenset("der die das den dem des ein eine einen und oder von mit für zu im am".split())
END_MARKS: frozenset[str] = frozenset({"ende"})
TIME_ZONE_WORDS: frozenset[str] = frozenset({"mez", "mesz", "ortszeit"})
TODAY_WORDS: frozenset[str] = frozenset({"heute", "gestern", "am heutigen", "heutigen", "am heutigen tag",
                                          "am gestrigen", "gestrigen", "am gestrigen tag"})
# A page's publication line where a dateline's place would be ("Publié le 3 mars 2031").
BYLINE_WORDS: frozenset[str] = frozenset({"veröffentlicht", "aktualisiert", "erstellt"})
STOCK_HEADINGS: frozenset[str] = frozenset({"hinweis für redaktionen", "hinweise für redaktionen", "anmerkungen",
                                            "hintergrund", "pressekontakt", "über uns",
                                            "zukunftsgerichtete aussagen", "haftungsausschluss"})
ADVISORY_LABELS: frozenset[str] = frozenset({"wer", "was", "wann", "wo", "warum", "ort", "datum", "zeit"})
MEDIA_HEADINGS: frozenset[str] = frozenset({"fotos", "bilder", "bildmaterial"})
# A picture's credit label in its caption ("… (Foto: Jana Roe)"): a caption, no title.
CREDIT_LABELS: frozenset[str] = frozenset({"foto", "bild", "bildnachweis", "fotonachweis", "bildquelle"})
NAV_HEADINGS: frozenset[str] = frozenset({"kontakt", "produkte", "weitere meldungen", "folgen sie uns", "inhalt",
                                          "inhalte", "inhaltsverzeichnis"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"mehr erfahren", "weiterlesen", "mehr lesen", "hier klicken", "video ansehen", "herunterladen"})
SHARE_WORDS: frozenset[str] = frozenset({"teilen", "drucken", "seite", "versenden", "empfehlen"})

# --- quotes -----------------------------------------------------------------------------
SPEAKER_JOINERS: frozenset[str] = frozenset({"und"})  # "sagten Anna Roe und Tom Poe" (plural verbs below)
SAID_VERBS: frozenset[str] = frozenset("""sagt sagte erklärt erklärte betont betonte ergänzt ergänzte
kommentiert kommentierte meint meinte unterstreicht erläutert erläuterte schreibt schrieb
sagen sagten erklären erklärten betonen betonten""".split()) | {"fügt hinzu", "fügte hinzu",
    "freut sich", "freute sich"}  # reflexive: "„…“, freut sich Anna Beck"
SAID_PARTICLES: frozenset[str] = frozenset({"so"})
SAID_ADVERBS: frozenset[str] = frozenset({"damals", "dann", "auch", "weiter", "später"})  # "X wrote then:"
ACCORDING_TO: frozenset[str] = frozenset({"laut"})
REPORTING_VERBS: frozenset[str] = frozenset("sagt sagte erklärt erklärte betont betonte meint meinte".split())
NAMING_VERBS: frozenset[str] = frozenset("bezeichnet bezeichnete nennt nannte beschreibt beschrieb".split())
COMMENT_LABELS: frozenset[str] = frozenset("stimmen kommentar kommentare statement statements stellungnahme".split())
FIRST_PERSON: frozenset[str] = frozenset("ich wir unser unsere uns mein meine".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"er", "sie"})  # "…“, sagte sie": the last speaker

# --- figures ----------------------------------------------------------------------------
# Hour words after a time of day written with its minutes ("um 10.30 Uhr"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"uhr", "h"})
SCREEN_WORDS: frozenset[str] = frozenset("""auflösung fernseher fernsehen bildschirm bildschirme monitor
monitore kamera kameras video videos inhalte übertragung übertragungen aufnahmen display displays""".split())
MAGNITUDES: dict[str, float] = {
    "millionen": 1e6, "milliarden": 1e9, "mio.": 1e6, "mrd.": 1e9, "tsd.": 1e3, "mio": 1e6, "mrd": 1e9,
    "tsd": 1e3, "milliarde": 1e9,
}
CURRENCY_WORDS: dict[str, str] = {"us-dollar": "USD", "franken": "CHF", "schweizer franken": "CHF"}
UNIT_WORDS: frozenset[str] = frozenset({
    "tonnen", "kubikmeter", "quadratmeter", "quadratkilometer", "kilometer", "hektar", "megawatt",
    "gigawatt", "kilowatt", "liter", "prozentpunkte", "basispunkte", "prozentpunkt", "kilowattstunden",
    "megawattstunden", "gigawattstunden", "meter", "zentimeter", "kilogramm",
    # the dative plural after "von", "mit", "auf" ("auf 23 Kilometern", "ab 5 Mikrometern")
    "kilometern", "metern", "zentimetern", "millimeter", "millimetern", "mikrometer", "mikrometern",
    "quadratmetern", "quadratkilometern", "kubikmetern", "litern",
})
NUMBER_WORDS: dict[str, float] = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "dutzend": 12,
}
# A unit before its ten, written as one word ("fünfundzwanzig", "einunddreißig").
NUMBER_WORDS.update({("ein" if one == "eins" else one) + "und" + ten: k + NUMBER_WORDS[ten]
                     for k, one in enumerate(("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"), 1)
                     for ten in ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")})
# Numbers written as one word over hundreds and thousands ("zweihundertfünfzig", "dreitausend"):
# the multipliers inside the word, the word for one that may open it, what joins a part on.
ONE_WORDS: frozenset[str] = frozenset({"ein", "eins", "eine", "einen"})  # a count only where digits repeat it: "ein (1)"
COMPOUND_MULTIPLIERS: dict[str, float] = {"hundert": 100, "tausend": 1000}
COMPOUND_ONES: frozenset[str] = frozenset({"ein", "eins"})
COMPOUND_JOINERS: frozenset[str] = frozenset({"und"})
# Spans of time and repeats after a count in words ("over three years", "ten times"): no figure.
# A hedge set off by a comma between a count and its noun: "34, zum Teil ältere Rechner".
COUNT_HEDGES: frozenset[str] = frozenset({"zum teil", "teilweise", "teils", "überwiegend", "meist"})
DURATION_WORDS: frozenset[str] = frozenset("jahre jahren monate monaten wochen tage tagen jahrzehnte stunden minuten mal".split())

# --- contacts ---------------------------------------------------------------------------
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"dr", "prof", "mag", "ing", "dipl.-ing", "dipl.-kfm", "dipl.-kffr",
                                               "dipl.-volksw", "dipl.-betriebsw", "dr.-ing", "dr. med", "dr. rer. nat",
                                               "dr. phil", "dr. jur", "mag.a", "herr", "frau", "mmag"})
SOURCE_LABELS: frozenset[str] = frozenset({"quelle"})
# "Weitere Informationen:" over a name, phone and e-mail is the "For more information:" of English.
CONTACT_LABELS: frozenset[str] = frozenset({"pressekontakt", "pressekontakte", "pressestelle", "medienkontakt",
                                            "medienkontakte", "ansprechpartner", "ansprechpartnerin", "kontakt", "kontakte",
                                            "weitere informationen", "für weitere informationen", "rückfragehinweis",
                                            "rückfragen", "für rückfragen", "presseanfragen", "medienanfragen"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"presse", "medien", "presse und medien"})
DESK_WORDS: frozenset[str] = frozenset({"pressestelle", "pressebüro", "presseabteilung", "medienstelle",
                                        "pressereferat", "presse- und öffentlichkeitsarbeit"})
DESK_OF_WORDS: frozenset[str] = frozenset({"der", "des", "vom", "von"})
DEFINITE_ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "den", "dem"})
LANGUAGE_NAMES: frozenset[str] = frozenset({"englisch", "deutsch", "französisch", "spanisch", "italienisch"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "handy", "mobil"})
INBOX_WORDS: frozenset[str] = frozenset({"e-mail", "schreiben sie", "kontaktieren"})
DESK_MAILBOXES: frozenset[str] = frozenset({"presse", "kommunikation", "kontakt"})
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"sponsor", "aussteller", "ticket", "eintrittskarte", "stellenangebot"})
# Words that name a kind of organisation, last ("Fan Markazi", "Nordlicht Stiftung") or first ("Fundación X").
ORG_WORDS: frozenset[str] = frozenset({"verband", "verein", "stiftung", "gesellschaft", "institut", "universität",
                                       "hochschule", "stadt", "gemeinde", "landkreis", "landeshauptstadt",
                                       "bezirksamt", "ministerium", "senatsverwaltung", "staatskanzlei", "kanton",
                                       "landratsamt", "stadtverwaltung", "kreisverwaltung", "staatsministerium",
                                       "klinikum", "krankenhaus", "messe", "stadtwerke", "gemeindewerke",
                                       "sparkasse", "kreissparkasse", "stadtsparkasse", "volksbank",
                                       "bundesamt", "landesamt", "magistrat", "rathaus", "bürgermeisteramt",
                                       "gemeindeamt", "marktgemeinde", "stadtgemeinde", "landesregierung",
                                       "bundesministerium", "polizeipräsidium", "landespolizeidirektion", "akademie",
                                       "museum", "bibliothek", "fachhochschule", "verkehrsbetriebe", "verkehrsverbund"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"pressemitteilung", "pressemeldung", "presseinformation",
                                                 "medienmitteilung", "zur sofortigen veröffentlichung"})

# Words for percent written after a number ("12 prozent"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"prozent"})

# --- figures: the words joining a range's two ends ("zwischen 3,0 und 3,2 Milliarden"), and a change's
# ("stieg von 41 auf 47 Prozent": both ends are percents) ---
RANGE_JOINERS: frozenset[str] = frozenset({"bis", "auf"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"und"})
RANGE_OPENERS: frozenset[str] = frozenset({"zwischen"})

# --- figures: words that name a thing by the number after them ("Artikel 5", "Abschnitt 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"artikel", "art.", "abschnitt", "kapitel", "absatz", "abs.",
    "ziffer", "nr.", "nummer", "paragraf", "paragraph", "anlage", "tabelle", "abbildung", "seite", "stufe",
    "halle", "stand", "gleis", "linie", "raum", "saal"})

# --- figures: words before the base a count is compared with ("nach 1.850 im Vorjahr"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"nach", "gegenüber", "als", "von"})

# --- figures: a multiplier written before the number ("um den Faktor 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"faktor"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""vorstandsvorsitzende vorstandsvorsitzender vorstand vorstände
vorsitzende vorsitzender geschäftsführer geschäftsführerin leiter leiterin sprecher sprecherin direktor direktorin
präsident präsidentin gründer gründerin mitgründer mitgründerin bürgermeister bürgermeisterin ministerin chef chefin
aufsichtsratsvorsitzende aufsichtsratsvorsitzender finanzvorstand technikvorstand landrat landrätin
staatssekretär staatssekretärin vorständin""".split())
# a role German writes as one word with what it leads ("Bibliotheksleiterin", "Oberbürgermeisterin")
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset("""leiter leiterin sprecher sprecherin direktor direktorin
präsident präsidentin geschäftsführer geschäftsführerin vorsitzende vorsitzender beauftragte beauftragter referent
referentin managerin minister ministerin bürgermeister bürgermeisterin oberrat oberrätin kommissar kommissarin
dezernent dezernentin rektor rektorin intendant intendantin kurator kuratorin trainer trainerin""".split())
AUDIENCE_PHRASES: frozenset[str] = frozenset({"gegenüber der presse", "gegenüber journalisten"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"für"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"und", "der", "die", "mit", "für", "ist", "nicht", "auf", "sich", "wird", "eine", "auch"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("DE", "AT", "CH")
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
# A verb that gives the errand to a person also hands over ("Auskünfte erteilt NAME, Tel. …").
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({
    "wenden sie sich bitte an", "wenden sie sich an", "wenden sie sich gerne an", "kontaktieren sie", "steht ihnen",
    "stehen ihnen", "erteilt", "erteilen", "erteilt gerne", "beantwortet", "beantworten"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"information", "rückfrage", "auskunft", "auskünfte", "presse", "medien", "interview"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"name", "funktion", "position", "unternehmen", "firma", "organisation"})
DOT_WORDS: frozenset[str] = frozenset({"punkt"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"seite"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"von"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"von": "from", "an": "to", "cc": "to", "bcc": "to", "betreff": "subject", "datum": "date",
                                  "gesendet": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"sie sind hier", "sie befinden sich hier", "aktuelle seite"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"zahl der", "anzahl der", "zahl an", "anzahl an"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"von", "auf"})
