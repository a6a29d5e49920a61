"""French: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,  # abbreviated ("5 févr. 2026")
}
WEEKDAYS: frozenset[str] = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
DATE_PARTICLES: frozenset[str] = frozenset("le".split())  # between a dateline's place and its date

# --- release structure (structure) ---------------------------------------------------------
PAGE_HEADINGS: frozenset[str] = frozenset({"dossier de presse", "espace presse", "salle de presse",
                                           "actualités", "communiqués de presse", "communiqués"})
RELEASE_LABELS: frozenset[str] = frozenset({"communiqué de presse", "communiqué", "avis aux médias",
                                            "pour diffusion immédiate", "invitation presse",
                                            "communiqué original", "communiqué de presse original",
                                            "texte original", "texte original du communiqué"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"à propos de", "a propos de", "à propos du", "a propos du",
                                            "à propos des", "a propos des", "à propos d'", "à propos d’",
                                            "a propos d'", "a propos d’"})
ABOUT_TITLES: frozenset[str] = frozenset({"qui sommes-nous", "qui sommes-nous ?", "qui sommes-nous?",
                                            "profil de l'entreprise", "profil de la société"})
END_MARKS: frozenset[str] = frozenset({"fin"})
TIME_ZONE_WORDS: frozenset[str] = frozenset({"heure de paris", "heure locale"})
TODAY_WORDS: frozenset[str] = frozenset({"aujourd'hui", "aujourd’hui", "hier", "ce jour", "en ce jour", "ce"})
# A page's publication line where a dateline's place would be ("Publié le 3 mars 2031").
BYLINE_WORDS: frozenset[str] = frozenset({"publié", "mis à jour"})
STOCK_HEADINGS: frozenset[str] = frozenset({"note aux rédactions", "notes aux rédactions", "note aux rédacteurs",
                                            "déclarations prospectives", "avertissement"})
ADVISORY_LABELS: frozenset[str] = frozenset({"qui", "quoi", "quand", "où", "lieu", "date", "heure"})
NAV_HEADINGS: frozenset[str] = frozenset({"contactez-nous", "produits", "articles similaires", "suivez-nous",
                                          "sommaire", "table des matières"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"en savoir plus", "lire la suite", "cliquez ici", "voir la vidéo", "télécharger"})
SHARE_WORDS: frozenset[str] = frozenset({"partager", "imprimer", "courriel", "envoyer"})

# --- quotes -----------------------------------------------------------------------------
SPEAKER_JOINERS: frozenset[str] = frozenset({"et"})  # "déclarent Anne Roux et Paul Gide"
SAID_VERBS: frozenset[str] = frozenset("""déclare explique souligne ajoute affirme indique précise""".split()) | {
    "a déclaré", "a expliqué", "a souligné", "a ajouté", "a indiqué", "a précisé", "a affirmé", "a commenté",
    "commente", "poursuit", "conclut", "écrit", "a écrit",
    # the imperfect of a statement reported from the past ("écrivait-il alors")
    "écrivait", "déclarait", "expliquait", "disait", "ajoutait", "soulignait", "précisait",
    "dit", "a dit", "raconte", "confie", "assure", "rappelle", "résume", "insiste", "témoigne", "a conclu",
    "a confié", "a assuré", "a rappelé", "a raconté",
    "estime", "a estimé", "note", "a noté", "relève", "a relevé", "observe", "a observé", "a insisté", "a résumé",
    "martèle", "a martelé", "se réjouit", "s’est réjoui", "s'est réjoui", "s’est réjouie", "s'est réjouie"}
ACCORDING_TO: frozenset[str] = frozenset({"selon", "d’après", "d'après"})
SAID_ADVERBS: frozenset[str] = frozenset({"alors", "aussi", "ensuite", "encore"})  # "X wrote then:"
SAID_PARTICIPLES: frozenset[str] = frozenset({
    f"{verb} que" for verb in "ajoutant soulignant expliquant précisant rappelant affirmant".split()})
REPORTING_VERBS: frozenset[str] = frozenset("explique déclare estime affirme souligne".split())
NAMING_VERBS: frozenset[str] = frozenset("qualifie décrit".split()) | {"a qualifié", "a décrit"}
FIRST_PERSON: frozenset[str] = frozenset("je nous notre nos mon ma mes".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"il", "elle"})
# courtesy titles before a surname, as written, that read like a given name's initial ("a déclaré M. Dupont")
COURTESY_TITLES: frozenset[str] = frozenset({"M.", "MM.", "Mᵐᵉ", "Mᵐᵉˢ", "Mˡˡᵉ", "Mᵉ", "Mᵍʳ"})

# --- figures ----------------------------------------------------------------------------
# Hour words after a time of day written with its minutes ("à 14.30 heures"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"heures", "h"})
# Street words written after the number and before the street's name ("12 rue de Rivoli"): a street number.
STREET_WORDS: frozenset[str] = frozenset({"rue", "avenue", "av.", "boulevard", "bd", "allée", "quai", "chemin", "impasse",
                                          "place", "route", "esplanade", "square"})
SCREEN_WORDS: frozenset[str] = frozenset("""vidéo vidéos écran écrans téléviseur téléviseurs résolution caméra
caméras contenus diffusion""".split())
MAGNITUDES: dict[str, float] = {"millions": 1e6, "milliards": 1e9, "milliard": 1e9}
UNIT_WORDS: frozenset[str] = frozenset({
    "tonnes", "mètres cubes", "mètres carrés", "kilomètres carrés", "kilomètres", "hectares", "mégawatts",
    "litres", "points de pourcentage", "points de base", "point de pourcentage", "kilowattheures",
    "mégawattheures",
})
NUMBER_WORDS: dict[str, float] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "douzaine": 12,
}
# Spans of time and repeats after a count in words ("over three years", "ten times"): no figure.
DURATION_WORDS: frozenset[str] = frozenset("ans années mois semaines jours décennies heures minutes fois".split())

# --- contacts ---------------------------------------------------------------------------
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"m", "mme", "mlle", "me", "pr"})
SOURCE_LABELS: frozenset[str] = frozenset({"source"})
CONTACT_LABELS: frozenset[str] = frozenset({"contact presse", "contacts presse", "contact média", "contacts médias",
                                            "relations presse", "contact médias", "pour plus d'informations",
                                            "pour plus d’informations", "pour tout renseignement"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"presse", "médias", "presse et médias"})
DESK_WORDS: frozenset[str] = frozenset({"service de presse", "service presse", "bureau de presse",
                                        "service communication", "service de communication"})
DESK_OF_WORDS: frozenset[str] = frozenset({"de", "du", "de la", "des"})
DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "les"})
PHONE_LABELS: frozenset[str] = frozenset({"téléphone", "portable", "tél", "tél. portable"})
EMAIL_LABELS: frozenset[str] = frozenset({"courriel"})
AT_WORDS: frozenset[str] = frozenset({"arobase"})
DOT_WORDS: frozenset[str] = frozenset({"point"})
FAX_LABELS: frozenset[str] = frozenset({"télécopie", "télécopieur"})
INBOX_WORDS: frozenset[str] = frozenset({"courriel", "écrivez à", "contactez"})
DESK_MAILBOXES: frozenset[str] = frozenset({"presse", "communication", "relations.presse"})
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"parrainage", "sponsor", "exposant", "billet", "bénévol"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"communiqué de presse", "communique de presse", "communiqué",
                                                 "information presse"})

# Words for percent written after a number ("12 pour cent"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"pour cent"})

# --- figures: more currency names after an amount ("12 millions de francs suisses") -------
CURRENCY_WORDS: dict[str, str] = {"francs suisses": "CHF", "livres sterling": "GBP"}

# --- figures: the words joining a range's two ends ("entre 4 et 6 %") ---
RANGE_JOINERS: frozenset[str] = frozenset({"à"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"et"})
RANGE_OPENERS: frozenset[str] = frozenset({"entre"})

# --- figures: words that name a thing by the number after them ("article 14", "chapitre 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"article", "art.", "chapitre", "alinéa", "numéro", "tableau",
    "annexe", "étape", "niveau", "salle", "ligne", "quai", "tome", "décret"})

# --- figures: words before the base a count is compared with ("contre 1 850 un an plus tôt"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"contre", "que"})

# --- figures: a multiplier written before the number ("d'un facteur 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"facteur de", "facteur"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""directeur directrice présidente fondateur fondatrice responsable
maire ministre président général générale porte-parole pdg adjoint adjointe conseiller conseillère délégué déléguée
préfet préfète cofondateur cofondatrice""".split())
SPEAKER_ROLE_ENDINGS: frozenset[str] = frozenset({"directeur"})
AUDIENCE_PHRASES: frozenset[str] = frozenset({"à la presse", "aux journalistes"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"pour"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"le", "les", "et", "des", "est", "pour", "une", "dans", "sur", "qui", "aux", "avec", "du", "au"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("FR", "BE", "CH", "LU", "CA")
# Words that name a kind of organisation, first ("Agence Marée", "Mairie de Lyon") or last.
ORG_WORDS: frozenset[str] = frozenset({"agence", "association", "fondation", "société", "mairie", "ville", "université",
                                       "institut", "fédération", "syndicat", "groupe", "cabinet"})
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"contactez", "veuillez contacter", "vous pouvez contacter", "contacter", "vous pouvez joindre", "joindre"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"information", "renseignement", "presse", "média", "interview", "entretien"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"nom", "fonction", "poste", "société", "organisation"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"page"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"sur"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"de": "from", "à": "to", "cc": "to", "objet": "subject", "date": "date", "envoyé": "date",
                                  "envoyé le": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"vous êtes ici", "vous êtes sur"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"nombre de"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"de", "à"})
