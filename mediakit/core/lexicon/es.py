"""Spanish: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "dic": 12,  # abbreviated ("5 abr. 2026")
}
WEEKDAYS: frozenset[str] = frozenset("lunes martes miércoles jueves viernes sábado domingo".split())
DATE_PARTICLES: frozenset[str] = frozenset("el a".split())  # between a dateline's place and its date
DATE_JOINERS: frozenset[str] = frozenset("de del".split())  # inside a written date ("agosto de 2034")

# --- release structure (structure) ---------------------------------------------------------
PAGE_HEADINGS: frozenset[str] = frozenset({"sala de prensa", "kit de prensa", "últimas noticias",
                                           "noticias", "notas de prensa", "comunicados", "actualidad"})
# An embargo's label before its date: "EMBARGADO HASTA el 5 de marzo de 2031, 10:00 h".
EMBARGO_LABELS: frozenset[str] = frozenset({"embargado hasta", "bajo embargo hasta", "embargo hasta"})
RELEASE_LABELS: frozenset[str] = frozenset({"comunicado de prensa", "nota de prensa", "comunicado",
                                            "aviso a los medios", "para difusión inmediata",
                                            "comunicado original", "comunicado de prensa original",
                                            "texto original", "texto original del comunicado"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"acerca de", "acerca del", "sobre"})
ABOUT_TITLES: frozenset[str] = frozenset({"quiénes somos", "perfil de la empresa", "perfil corporativo"})
END_MARKS: frozenset[str] = frozenset({"fin"})
TIME_ZONE_WORDS: frozenset[str] = frozenset({"hora local", "hora peninsular", "hora de madrid"})
TODAY_WORDS: frozenset[str] = frozenset({"hoy", "ayer", "el día de hoy", "en el día de hoy", "en el día de ayer",
                                          "hoy día"})
# A page's publication line where a dateline's place would be ("Publié le 3 mars 2031").
BYLINE_WORDS: frozenset[str] = frozenset({"publicado", "actualizado"})
STOCK_HEADINGS: frozenset[str] = frozenset({"notas", "nota para editores", "notas para editores", "nota al editor",
                                            "nota a los editores", "declaraciones prospectivas",
                                            "declaraciones a futuro"})
ADVISORY_LABELS: frozenset[str] = frozenset({"quién", "quiénes", "qué", "cuándo", "dónde", "lugar", "fecha", "hora"})
# A picture's credit label in its caption ("… (Foto: Ana Roe)"): a caption, no title.
CREDIT_LABELS: frozenset[str] = frozenset({"foto", "fotografía", "imagen", "crédito"})
NAV_HEADINGS: frozenset[str] = frozenset({"contáctenos", "productos", "noticias relacionadas", "síguenos",
                                          "contenido", "contenidos", "índice"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"leer más", "saber más", "más información aquí", "haga clic aquí", "ver vídeo", "ver video", "descargar"})
SHARE_WORDS: frozenset[str] = frozenset({"compartir", "imprimir", "correo", "enviar"})

# --- quotes -----------------------------------------------------------------------------
SPEAKER_JOINERS: frozenset[str] = frozenset({"y"})  # "afirmaron Ana Ruiz y Pedro Gil" (plural verbs below)
SAID_VERBS: frozenset[str] = frozenset("""dijo afirmó afirma explicó explica señaló señala añadió declaró
aseguró destacó indicó comentó agregó expresó manifestó subrayó sostuvo dice comenta agrega añade asegura
destaca indica sostiene escribe escribió
dijeron afirmaron explicaron señalaron declararon""".split()) | {
    # the perfect tense of releases from Spain ("ha declarado", "ha señalado")
    "ha dicho", "ha declarado", "ha afirmado", "ha explicado", "ha señalado", "ha añadido", "ha destacado",
    "ha asegurado", "ha comentado", "ha indicado", "ha subrayado", "ha manifestado", "ha expresado",
    "concluyó", "recordó", "precisó", "insistió", "apuntó", "reconoció", "relató", "ha concluido", "ha recordado",
    "remarcó", "resaltó", "enfatizó", "advirtió", "consideró", "subraya", "remarca", "resalta", "enfatiza",
    "ha remarcado", "ha resaltado", "ha insistido", "ha precisado"}
ACCORDING_TO: frozenset[str] = frozenset({"según", "de acuerdo con"})
SAID_ADVERBS: frozenset[str] = frozenset({"entonces", "también", "luego", "además"})  # "X wrote then:"
SAID_PARTICIPLES: frozenset[str] = frozenset({
    f"{verb} que" for verb in "señalando añadiendo agregando afirmando explicando destacando subrayando".split()})
REPORTING_VERBS: frozenset[str] = frozenset("""dice dijo explica explicó afirma afirmó señala señaló cree
destacó destaca aseguró asegura subrayó subraya indicó indica""".split()) | {
    "ha dicho", "ha explicado", "ha afirmado", "ha señalado", "ha asegurado", "ha destacado", "ha indicado"}
NAMING_VERBS: frozenset[str] = frozenset("calificó califica definió define describió describe llamó".split())
THAT_WORDS: frozenset[str] = frozenset({"que"})
COMMENT_LABELS: frozenset[str] = frozenset("comentario comentarios declaración declaraciones testimonios".split())
FIRST_PERSON: frozenset[str] = frozenset("yo nosotros nosotras nuestro nuestra nuestros nuestras mi".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"él", "ella"})

# --- figures ----------------------------------------------------------------------------
# Hour words after a time of day written with its minutes ("a las 12.00 horas"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"horas", "h", "hs", "hrs"})
SCREEN_WORDS: frozenset[str] = frozenset("""vídeo vídeos video pantalla pantallas televisor televisores
resolución cámara cámaras contenidos transmisión""".split())
MAGNITUDES: dict[str, float] = {"millones": 1e6, "millón": 1e6, "mil millones": 1e9, "millardos": 1e9,
                                 "millardo": 1e9, "mil": 1e3}
CURRENCY_WORDS: dict[str, str] = {"dólares": "$", "francos suizos": "CHF", "libras esterlinas": "GBP",
                                  "pesos mexicanos": "MXN", "pesos argentinos": "ARS", "pesos chilenos": "CLP",
                                  "pesos colombianos": "COP", "soles": "PEN",
                                  "pesos": "peso", "peso": "peso"}  # a bare peso is the release's peso
UNIT_WORDS: frozenset[str] = frozenset({
    "toneladas", "metros cúbicos", "metros cuadrados", "kilómetros cuadrados", "kilómetros", "hectáreas",
    "megavatios", "gigavatios", "litros", "puntos porcentuales", "puntos básicos", "punto porcentual",
})
# Not "once" (11): it is an English word too.
NUMBER_WORDS: dict[str, float] = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "doce": 12, "veinte": 20, "treinta": 30, "cien": 100, "docena": 12,
}
# Spans of time and repeats after a count in words ("over three years", "ten times"): no figure.
DURATION_WORDS: frozenset[str] = frozenset("años meses semanas días décadas horas minutos veces".split())

# --- contacts ---------------------------------------------------------------------------
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"sr", "sra", "srta", "dña", "dra", "lic", "lcda", "ing"})
SOURCE_LABELS: frozenset[str] = frozenset({"fuente"})
CONTACT_LABELS: frozenset[str] = frozenset({"contacto", "contactos", "contacto de prensa", "contactos de prensa",
                                            "contacto para medios", "información de contacto", "prensa y comunicación"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"prensa", "medios", "prensa y medios"})
DESK_WORDS: frozenset[str] = frozenset({"oficina de prensa", "gabinete de prensa", "departamento de prensa",
                                        "servicio de prensa", "departamento de comunicación",
                                        "gabinete de comunicación", "gabinete de prensa y comunicación",
                                        "dirección de comunicación", "oficina de comunicaciones",
                                        "oficina de comunicación", "coordinación de comunicación social",
                                        "dirección de comunicación social"})
DESK_OF_WORDS: frozenset[str] = frozenset({"de", "del", "de la"})
DEFINITE_ARTICLES: frozenset[str] = frozenset({"el", "la", "los", "las"})
LANGUAGE_NAMES: frozenset[str] = frozenset({"inglés", "ingles", "español", "alemán", "francés", "italiano",
                                            "portugués"})
PHONE_LABELS: frozenset[str] = frozenset({"teléfono", "telefono", "móvil", "celular"})
EMAIL_LABELS: frozenset[str] = frozenset({"correo electrónico", "correo"})
AT_WORDS: frozenset[str] = frozenset({"arroba"})
DOT_WORDS: frozenset[str] = frozenset({"punto"})
FAX_LABELS: frozenset[str] = frozenset({"facsímil", "telefax"})
INBOX_WORDS: frozenset[str] = frozenset({"correo electrónico", "correo", "escriba a", "escríbanos a", "contacte"})
DESK_MAILBOXES: frozenset[str] = frozenset({"prensa", "comunicacion", "medios"})
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"patrocin", "expositor", "entradas", "voluntari"})
# Words that name a kind of organisation, last ("Fan Markazi", "Nordlicht Stiftung") or first ("Fundación X").
ORG_WORDS: frozenset[str] = frozenset({"club", "fundación", "asociación", "universidad", "ministerio", "instituto", "ayuntamiento", "sociedad",
                                       "diputación", "consejería", "junta", "cabildo", "generalitat", "concello", "gobierno",
                                       "secretaría", "alcaldía", "municipalidad", "gobernación"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"nota de prensa", "comunicado de prensa", "comunicado"})

# Words for percent written after a number ("12 por ciento"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"por ciento"})

# --- figures: the words joining a range's two ends ("entre 1.400 y 1.450 millones"), and a change's
# ("sube del 12 al 15 por ciento": both ends are percents) ---
RANGE_JOINERS: frozenset[str] = frozenset({"a", "al"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"y"})
RANGE_OPENERS: frozenset[str] = frozenset({"entre"})

# --- figures: words that name a thing by the number after them ("artículo 14", "capítulo 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"versión", "artículo", "art.", "capítulo", "sección", "apartado", "número",
    "núm.", "página", "tabla", "anexo", "fase", "nivel", "sala", "línea", "decreto"})

# --- figures: words before the base a count is compared with ("frente a 1.850"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"frente a", "que", "desde"})

# --- figures: a multiplier written before the number ("en un factor de 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"factor de", "factor"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""directora presidente presidenta portavoz gerente fundador fundadora
consejero consejera delegado delegada alcalde alcaldesa ministro ministra concejal concejala secretario secretaria
coordinador coordinadora jefe jefa cofundador cofundadora responsable funcionario funcionaria gobernador
gobernadora intendente rector rectora decano decana diputado diputada senador senadora vocero vocera
entrenador entrenadora capitán capitana""".split())
AUDIENCE_PHRASES: frozenset[str] = frozenset({"a la prensa", "a los periodistas", "a los medios", "ante los medios"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"para"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"el", "los", "las", "y", "por", "su", "al", "sus", "unos", "está"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("ES", "MX", "AR", "CO", "CL", "PE")
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"contacte con", "póngase en contacto con", "pónganse en contacto con", "contactar con", "comuníquese con", "contactar a", "dirigirse a", "diríjase a", "diríjanse a"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"información", "informaciones", "prensa", "medios", "entrevista", "consulta"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"nombre", "cargo", "empresa", "organización"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"página", "pág"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"de"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"de": "from", "para": "to", "cc": "to", "cco": "to", "asunto": "subject", "fecha": "date",
                                  "enviado": "date", "enviado el": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"está aquí", "estás aquí", "usted está aquí", "se encuentra en", "ubicación actual"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"número de", "cantidad de"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"de", "a"})
