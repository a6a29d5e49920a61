"""Portuguese: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "fev": 2, "abr": 4, "dez": 12,  # abbreviated ("5 fev. 2026")
}
WEEKDAYS: frozenset[str] = frozenset("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split())
DATE_PARTICLES: frozenset[str] = frozenset("dia".split())  # between a dateline's place and its date ("hoje, dia 3")
DATE_JOINERS: frozenset[str] = frozenset("de".split())  # inside a written date ("agosto de 2034")
TODAY_WORDS: frozenset[str] = frozenset({"hoje", "ontem", "nesta data", "na data de hoje", "no dia de hoje"})

# --- release structure (structure) ---------------------------------------------------------
# Headings naming a site's page of news, not the news itself.
PAGE_HEADINGS: frozenset[str] = frozenset({"notícias", "comunicados de imprensa", "sala de imprensa"})
RELEASE_LABELS: frozenset[str] = frozenset({"comunicado de imprensa", "nota à imprensa", "comunicado original",
                                            "texto original", "texto original das notas de lançamento"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"sobre"})
ABOUT_TITLES: frozenset[str] = frozenset({"quem somos", "perfil da empresa"})
# Titles of a release's closing parts, whatever follows them ("Nota aos editores").
STOCK_HEADINGS: frozenset[str] = frozenset({"nota aos editores", "notas aos editores", "nota ao editor", "nota à redação",
                                            "nota à redacção", "notas à redação", "declarações prospectivas",
                                            "declarações sobre o futuro"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"saiba mais", "leia mais", "ler mais", "clique aqui", "assista ao vídeo", "baixar"})

# --- quotes ---------------------------------------------------------------------------
SPEAKER_JOINERS: frozenset[str] = frozenset({"e"})  # "afirmaram Ana Reis e Paulo Lima"
SAID_VERBS: frozenset[str] = frozenset("""disse afirmou explicou acrescentou declarou comentou destacou
ressaltou diz afirma explica comenta destaca acrescenta""".split()) | {
    "lembrou", "observou", "concluiu", "completou", "pontuou", "reforçou", "salientou", "sublinhou",
    "referiu", "frisou", "considerou", "defendeu", "adiantou", "realçou", "garantiu", "assegurou", "notou",
    "refere", "sublinha", "salienta", "considera", "defende", "garante"}
ACCORDING_TO: frozenset[str] = frozenset({"segundo", "de acordo com"})
SAID_PARTICIPLES: frozenset[str] = frozenset({
    f"{verb} que" for verb in "acrescentando afirmando explicando destacando sublinhando".split()})
REPORTING_VERBS: frozenset[str] = frozenset("diz disse afirma afirmou explica explicou sublinhou salientou destacou referiu".split())
NAMING_VERBS: frozenset[str] = frozenset("classificou classifica definiu define descreveu chamou".split())
FIRST_PERSON: frozenset[str] = frozenset("eu nós nosso nossa nossos nossas meu minha".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ele", "ela"})
# --- contacts ---------------------------------------------------------------------------
DESK_WORDS: frozenset[str] = frozenset({"assessoria de imprensa", "gabinete de imprensa"})
DESK_OF_WORDS: frozenset[str] = frozenset({"de", "do", "da"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"comunicado de imprensa", "press release", "nota à imprensa",
                                                 "nota de imprensa"})

# Words for percent written after a number ("12 por cento"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"por cento"})

# --- figures: magnitudes and currency names after a number ("R$ 3,4 bilhões", "160 mil") ----
# Hour words after a time of day written with its minutes ("às 10.30 horas"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"horas", "h"})
MAGNITUDES: dict[str, float] = {"milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "mil milhões": 1e9,
                                "mil": 1e3, "trilhão": 1e12, "trilhões": 1e12, "mi": 1e6, "bi": 1e9}
CURRENCY_WORDS: dict[str, str] = {"reais": "BRL", "dólares": "$"}

# --- figures: the words joining a range's two ends ("entre R$ 3 e 4 bilhões") ---
RANGE_JOINERS: frozenset[str] = frozenset({"a", "até"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"e"})
RANGE_OPENERS: frozenset[str] = frozenset({"entre"})

# --- figures: measures written out after a number ("2 pontos percentuais", "80 quilômetros") ---
UNIT_WORDS: frozenset[str] = frozenset({"pontos percentuais", "ponto percentual", "pontos-base", "pontos base",
                                        "quilômetros", "quilómetros", "toneladas", "hectares", "megawatts",
                                        "litros", "metros quadrados"})

# --- figures: words that name a thing by the number after them ("artigo 14", "capítulo 3"): no count ---
NUMBER_LABELS: frozenset[str] = frozenset({"versão", "artigo", "art.", "capítulo", "seção", "secção", "número",
    "página", "tabela", "anexo", "fase", "nível", "sala", "linha", "decreto"})

# --- figures: words before the base a count is compared with ("ante 1.850"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"ante", "contra", "que", "de"})

# --- figures: a multiplier written before the number ("por um fator de 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"fator de", "fator"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
SPEAKER_ROLES: frozenset[str] = frozenset("""diretor diretora presidente fundador fundadora cofundador cofundadora
sócio sócia investidor investidora prefeito prefeita secretário secretária ministro ministra gerente coordenador
coordenadora porta-voz executivo executiva engenheiro engenheira reitor reitora vereador vereadora
autarca governador governadora assessor assessora""".split())
AUDIENCE_PHRASES: frozenset[str] = frozenset({"à imprensa", "aos jornalistas"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"para"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"os", "uma", "com", "não", "na", "no", "em", "ao", "pela", "pelo", "às"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("PT", "BR")
PHONE_LABELS: frozenset[str] = frozenset({"telefone", "celular", "telemóvel"})
ORG_WORDS: frozenset[str] = frozenset({"agência", "comunicação", "fundação", "associação", "universidade", "instituto",
                                       "prefeitura", "câmara municipal", "secretaria"})
NAME_PREFIX_TITLES: frozenset[str] = frozenset({"sr", "sra", "dr", "dra", "eng", "eng.ª", "prof.ª"})
SOURCE_LABELS: frozenset[str] = frozenset({"fonte"})
# A contact block's intro line ("Contato para imprensa:", "Para mais informações:").
CONTACT_LABELS: frozenset[str] = frozenset({"contato", "contatos", "contacto", "contactos", "contato para imprensa",
                                            "contato de imprensa", "contatos para imprensa", "contactos de imprensa",
                                            "para mais informações", "mais informações", "informações à imprensa"})
CONTACT_HEADINGS: frozenset[str] = frozenset({"imprensa", "mídia", "media"})
EMAIL_LABELS: frozenset[str] = frozenset({"e-mail"})
AT_WORDS: frozenset[str] = frozenset({"arroba"})
DOT_WORDS: frozenset[str] = frozenset({"ponto"})
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"entre em contato com", "entrar em contato com", "contate", "contatar", "contactar", "fale com"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"informaç", "imprensa", "mídia", "entrevista", "dúvidas"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"nome", "cargo", "empresa", "organização"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"página", "pág"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"de"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"de": "from", "para": "to", "cc": "to", "assunto": "subject", "data": "date", "enviada em": "date",
                                  "enviado em": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"você está aqui", "está aqui", "você está em"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"número de"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"de", "para"})
