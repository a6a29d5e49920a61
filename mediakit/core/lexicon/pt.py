"""Portuguese: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
WEEKDAYS: frozenset[str] = frozenset("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split())
DATE_PARTICLES: frozenset[str] = frozenset("dia".split())  # between a dateline's place and its date ("hoje, dia 3")
DATE_JOINERS: frozenset[str] = frozenset("de".split())  # inside a written date ("agosto de 2034")
TODAY_WORDS: frozenset[str] = frozenset({"hoje", "ontem", "nesta data", "na data de hoje", "no dia de hoje"})

# --- release structure (structure) ---------------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset({"comunicado de imprensa", "nota à imprensa"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"sobre"})

# --- quotes ---------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("""disse afirmou explicou acrescentou declarou comentou destacou
ressaltou diz afirma explica comenta destaca acrescenta""".split())
ACCORDING_TO: frozenset[str] = frozenset({"segundo", "de acordo com"})
SAID_PARTICIPLES: frozenset[str] = frozenset({
    f"{verb} que" for verb in "acrescentando afirmando explicando destacando sublinhando".split()})
REPORTING_VERBS: frozenset[str] = frozenset("diz disse afirma afirmou explica explicou".split())
FIRST_PERSON: frozenset[str] = frozenset("eu nós nosso nossa nossos nossas meu minha".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ele", "ela"})
# --- contacts ---------------------------------------------------------------------------
DESK_WORDS: frozenset[str] = frozenset({"assessoria de imprensa", "gabinete de imprensa"})
DESK_OF_WORDS: frozenset[str] = frozenset({"de", "do", "da"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"comunicado de imprensa", "press release", "nota à imprensa",
                                                 "nota de imprensa"})

# --- the release's language (contacts.regions) ----------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"os", "uma", "com", "não", "na", "no", "em", "ao", "pela", "pelo", "às"})
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ("PT", "BR")
PHONE_LABELS: frozenset[str] = frozenset({"telefone", "celular", "telemóvel"})
ORG_WORDS: frozenset[str] = frozenset({"agência", "comunicação", "fundação", "associação", "universidade", "instituto",
                                       "prefeitura", "câmara municipal", "secretaria"})
# A contact block's intro line ("Contato para imprensa:", "Para mais informações:").
CONTACT_LABELS: frozenset[str] = frozenset({"contato", "contatos", "contacto", "contactos", "contato para imprensa",
                                            "contato de imprensa", "contatos para imprensa", "contactos de imprensa",
                                            "para mais informações", "mais informações", "informações à imprensa"})
EMAIL_LABELS: frozenset[str] = frozenset({"e-mail"})
# The words that hand a contact over inside a sentence, right before the person or desk ("… kunt u
# contact opnemen met NAME, 06 …"): the sentence is a contact block of one line.
CONTACT_HANDOVER_WORDS: frozenset[str] = frozenset({"entre em contato com", "entrar em contato com", "contate", "contatar", "contactar", "fale com"})
# The errand such a sentence names before the handover ("Voor meer informatie …", "Für Rückfragen …"),
# word starts, lower case: without one, a sentence that hands someone over is no contact line.
CONTACT_TOPIC_WORDS: frozenset[str] = frozenset({"informaç", "imprensa", "mídia", "entrevista", "dúvidas"})
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"nome", "cargo", "empresa", "organização"})
