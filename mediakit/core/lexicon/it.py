"""Italian: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "dic": 12,  # abbreviated ("5 mag. 2026")
}
WEEKDAYS: frozenset[str] = frozenset("lunedì martedì mercoledì giovedì venerdì sabato domenica".split())
DATE_PARTICLES: frozenset[str] = frozenset("il lì addì".split())  # between a dateline's place and its date
DATE_JOINERS: frozenset[str] = frozenset("del".split())  # inside a written date ("agosto de 2034")
TODAY_WORDS: frozenset[str] = frozenset({"oggi", "ieri", "quest'oggi", "quest’oggi", "in data odierna",
                                          "in data di oggi", "nella giornata di oggi", "nella giornata odierna"})

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"notizie", "comunicati stampa", "sala stampa"})
RELEASE_LABELS: frozenset[str] = frozenset({"comunicato stampa"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"informazioni su", "a proposito di"}) | {
    f"{head} {tail}" for head in ("informazioni", "a proposito") for tail in (
        ("sul", "sull'", "sull’", "sulla", "sui", "sugli", "sulle") if head == "informazioni"
        else ("del", "dell'", "dell’", "della", "dei", "degli", "delle"))}  # the article joined on: "sull'Ente"
ABOUT_TITLES: frozenset[str] = frozenset({"chi siamo", "profilo aziendale", "profilo della società"})
# Titles of a release's closing parts, whatever follows them ("Nota per i redattori").
STOCK_HEADINGS: frozenset[str] = frozenset({"nota per i redattori", "note per i redattori", "nota per la redazione",
                                            "note per la redazione", "nota ai redattori", "dichiarazioni previsionali"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"scopri di più", "leggi di più", "leggi tutto", "clicca qui", "guarda il video", "scarica"})

# --- quotes ---------------------------------------------------------------------------
SPEAKER_JOINERS: frozenset[str] = frozenset({"e"})  # "dichiarano Anna Neri e Paolo Rossi"
SAID_VERBS: frozenset[str] = frozenset("""dice afferma spiega aggiunge sottolinea commenta dichiara
conclude""".split()) | {"ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto",
                        "ha sottolineato", "ha commentato",
                        "ha concluso", "ha ricordato", "ha precisato", "ha osservato", "ha raccontato",
                        "osserva", "ricorda", "precisa", "racconta",
    "ha evidenziato", "ha rimarcato", "ha ribadito", "ha annunciato", "evidenzia", "ribadisce", "rimarca"}
ACCORDING_TO: frozenset[str] = frozenset({"secondo"})
SAID_PARTICIPLES: frozenset[str] = frozenset({
    f"{verb} che" for verb in "aggiungendo sottolineando spiegando affermando".split()})
REPORTING_VERBS: frozenset[str] = frozenset("dice afferma spiega sottolinea".split())
NAMING_VERBS: frozenset[str] = frozenset("definisce descrive".split()) | {"ha definito", "ha descritto"}
FIRST_PERSON: frozenset[str] = frozenset("io noi nostro nostra nostri nostre mio mia".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"lui", "lei"})

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {"milioni": 1e6, "miliardi": 1e9, "milione": 1e6, "miliardo": 1e9, "mld": 1e9,
                                 "mila": 1e3}
UNIT_WORDS: frozenset[str] = frozenset({
    "tonnellate", "metri cubi", "metri quadrati", "chilometri quadrati", "chilometri", "metri", "ettari", "litri",
    "punti percentuali", "punti base", "punto percentuale",
})

# --- contacts ---------------------------------------------------------------------------
DESK_WORDS: frozenset[str] = frozenset({"ufficio stampa", "ufficio comunicazione"})
DESK_OF_WORDS: frozenset[str] = frozenset({"di", "del", "della"})
DEFINITE_ARTICLES: frozenset[str] = frozenset({"il", "lo", "la", "gli", "le"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"comunicato stampa", "comunicato"})

# Words for percent written after a number ("12 per cento"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"per cento"})

# --- figures: currency names after an amount ("3 milioni di dollari") --------------------
CURRENCY_WORDS: dict[str, str] = {"dollari": "$", "franchi svizzeri": "CHF", "sterline": "GBP"}

# --- figures: the words joining a range's two ends ("tra 2 e 3 milioni") ---
RANGE_JOINERS: frozenset[str] = frozenset({"a"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"e"})
RANGE_OPENERS: frozenset[str] = frozenset({"tra", "fra"})

# --- figures: words that name a thing by the number after them ("articolo 14", "capitolo 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"versione", "release", "articolo", "art.", "capitolo", "sezione", "comma", "numero",
    "pagina", "tabella", "allegato", "fase", "livello", "sala", "linea", "padiglione", "decreto"})

# --- figures: words before the base a count is compared with ("rispetto a 1.850"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"rispetto a", "contro", "che", "da"})

# --- figures: a multiplier written before the number ("di un fattore 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"fattore di", "fattore"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""direttore direttrice presidente amministratore amministratrice
delegato delegata sindaco sindaca assessore assessora ingegnere fondatore fondatrice cofondatore cofondatrice
responsabile portavoce ministro ministra segretario segretaria consigliere consigliera""".split())
AUDIENCE_PHRASES: frozenset[str] = frozenset({"alla stampa", "ai giornalisti", "ai cronisti"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"per"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"il", "gli", "della", "delle", "che", "per", "sono", "è", "nel", "alla", "dei",
                                          "di", "anche", "nella", "questo", "questa"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("IT", "CH")
PHONE_LABELS: frozenset[str] = frozenset({"telefono", "cellulare", "cell"})
ORG_WORDS: frozenset[str] = frozenset({"studio", "comunicazione", "fondazione", "associazione", "comune", "università",
                                       "istituto", "agenzia", "consorzio", "regione", "provincia"})
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"dott", "dott.ssa", "dr.ssa", "prof.ssa", "ing", "avv", "arch", "sig",
                                               "sig.ra"})
SOURCE_LABELS: frozenset[str] = frozenset({"fonte"})
# A contact block's intro line ("Contatti stampa:", "Per ulteriori informazioni:").
CONTACT_LABELS: frozenset[str] = frozenset({"contatti", "contatti stampa", "contatto stampa", "per informazioni",
                                            "per ulteriori informazioni", "per maggiori informazioni",
                                            "ulteriori informazioni"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"stampa", "media"})
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"contattare", "contattate", "si prega di contattare", "rivolgersi a"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"informazion", "stampa", "media", "intervist", "chiarimenti"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"nome", "ruolo", "qualifica", "società", "azienda"})
AT_WORDS: frozenset[str] = frozenset({"chiocciola"})
DOT_WORDS: frozenset[str] = frozenset({"punto"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"pagina", "pag"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"di"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"da": "from", "a": "to", "cc": "to", "oggetto": "subject", "data": "date", "inviato": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"sei qui", "ti trovi in", "ti trovi qui"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"numero di"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"da", "a"})
