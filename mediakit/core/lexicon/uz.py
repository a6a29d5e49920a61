"""Uzbek (Latin and Cyrillic script): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7,
    "avgust": 8, "sentabr": 9, "sentyabr": 9, "oktabr": 10, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    # Cyrillic, with and without the soft sign ("январь", "январ")
    "январь": 1, "январ": 1, "февраль": 2, "феврал": 2, "март": 3, "апрель": 4, "апрел": 4, "май": 5,
    "июнь": 6, "июн": 6, "июль": 7, "июл": 7, "август": 8, "сентябрь": 9, "сентябр": 9, "октябрь": 10,
    "октябр": 10, "ноябрь": 11, "ноябр": 11, "декабрь": 12, "декабр": 12,
}

# --- release structure (structure) ---------------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset({"press-reliz", "matbuot relizi", "axborot xati",
                                            "пресс-релиз", "матбуот релизи", "ахборот хати"})

# --- quotes ---------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("dedi deydi aytdi bildirdi ta’kidladi ta'kidladi".split()) | {
    "qo‘shimcha qildi", "qo'shimcha qildi", "shunday dedi", "quyidagilarni aytdi", "ta’kidlab o‘tdi",
    "ta'kidlab o'tdi", "деди", "айтди", "таъкидлади", "шундай деди",
    # the present "deydi" and the converb "deb" / "deya" ("saying") before the verb: "– deb ta’kidladi X"
    "deydi", "deb ta’kidladi", "deb ta'kidladi", "deya ta’kidladi", "deya ta'kidladi", "deb aytdi",
    "deb bildirdi", "deya bildirdi", "deb qo‘shimcha qildi", "deb qo'shimcha qildi",
    "дейди", "деб таъкидлади", "дея таъкидлади", "деб айтди", "деб билдирди"}
FIRST_PERSON: frozenset[str] = frozenset("men biz bizning mening мен биз бизнинг менинг".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"u", "у"})  # "«…», – dedi u": the last speaker
# "Ann Roening so‘zlariga ko‘ra, «…»": the speaker in the genitive (GENITIVE_ENDINGS) before the phrase;
# the four apostrophes Uzbek Latin is typed with
ACCORDING_AFTER: frozenset[str] = frozenset(
    {f"so{a}zlariga ko{a}ra" for a in "‘ʻ'’"} | {f"ta{a}kidlashicha" for a in "’ʼ'‘"}
    | {"aytishicha", "fikricha", "сўзларига кўра", "айтишича", "таъкидлашича", "фикрича"})
GENITIVE_ENDINGS: frozenset[str] = frozenset({"ning", "нинг"})

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset({"matbuot xizmati", "aloqa uchun", "bog‘lanish uchun", "bog'lanish uchun",
                                            "kontaktlar", "aloqa ma’lumotlari", "aloqa ma'lumotlari",
                                            "матбуот хизмати", "алоқа учун", "боғланиш учун", "контактлар"})
DESK_WORDS: frozenset[str] = frozenset({"matbuot xizmati", "axborot xizmati", "матбуот хизмати", "ахборот хизмати"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "tel", "телефон", "тел"})
EMAIL_LABELS: frozenset[str] = frozenset({"elektron pochta", "e-pochta", "pochta", "электрон почта", "э-почта", "почта"})
INBOX_WORDS: frozenset[str] = frozenset({"elektron pochta", "pochta", "электрон почта"})
# Words that name a kind of organisation, last ("Fan Markazi", "Nordlicht Stiftung") or first ("Fundación X").
ORG_WORDS: frozenset[str] = frozenset({"markazi", "qo‘mitasi", "qo'mitasi", "qo’mitasi", "vazirligi", "universiteti", "instituti", "jamg‘armasi", "jamg'armasi", "agentligi", "kompaniyasi"})

# --- dates (structure), added tables -----------------------------------------------------
WEEKDAYS: frozenset[str] = frozenset("dushanba seshanba chorshanba payshanba juma shanba yakshanba "
                                     "душанба сешанба чоршанба пайшанба жума шанба якшанба".split())
# The word written after a year's number in a date: "2026-yil 5-mart", "2026 йил 6 март", "2026 y. 5 mart".
YEAR_MARKS: frozenset[str] = frozenset({"yil", "йил", "y.", "й."})
# Case endings a date's year mark or month takes inside a sentence: "2026-yilning 5-martida", "6 мартда".
DATE_CASE_ENDINGS: frozenset[str] = frozenset({"ning", "нинг", "da", "ida", "да", "ида"})

# --- boilerplate (structure) ------------------------------------------------------------
# "IT-park haqida": Uzbek writes "about" after what it presents.
ABOUT_SUFFIXES: frozenset[str] = frozenset({"haqida", "to‘g‘risida", "to'g'risida", "to’g’risida", "ҳақида", "тўғрисида"})

# --- figures ----------------------------------------------------------------------------
# Percent after a number, with the case endings Uzbek writes on it ("15 foizga oshdi"), and in
# Cyrillic script.
PERCENT_WORDS: frozenset[str] = frozenset({"foiz", "foizga", "foizni", "foizdan", "foizi", "foizini", "foizgacha",
                                           "фоиз", "фоизга", "фоизни", "фоиздан", "фоизи", "фоизгача"})
# Measures written out after a number ("2,5 tonna go‘sht", "750 litr"), in both scripts.
UNIT_WORDS: frozenset[str] = frozenset({"tonna", "litr", "kilogramm", "gramm", "kilometr", "metr", "gektar",
                                        "kvadrat metr", "kub metr", "megavatt", "kilovatt",
                                        "тонна", "литр", "килограмм", "грамм", "километр", "метр", "гектар",
                                        "квадрат метр", "куб метр", "мегаватт", "киловатт"})
MAGNITUDES: dict[str, float] = {"ming": 1e3, "milliard": 1e9, "mlrd": 1e9, "trillion": 1e12, "trln": 1e12,
                                "минг": 1e3, "миллион": 1e6, "млн": 1e6, "миллиард": 1e9, "млрд": 1e9}
# The case endings a magnitude takes inside a sentence ("10 mingdan ortiq", "5 milliongacha", "3 мингта").
MAGNITUDES.update({word + ending: value for word, value in list(MAGNITUDES.items())
                   for ending in (("dan", "ga", "gacha", "ta", "ni") if word.isascii() else ("дан", "га", "гача", "та", "ни"))})
# Currency names after an amount; "dollar" is the release's own dollar, "AQSh dollari" the US one.
CURRENCY_WORDS: dict[str, str] = {
    "aqsh dollari": "USD", "aqsh dollar": "USD", "dollari": "$", "dollarlik": "$",
    "so‘m": "UZS", "so'm": "UZS", "so’m": "UZS", "soʻm": "UZS", "so‘mlik": "UZS", "so'mlik": "UZS", "yevro": "EUR",
    "ақш доллари": "USD", "доллар": "$", "доллари": "$", "сўм": "UZS", "евро": "EUR",
}
# The case endings a currency takes inside a sentence ("6,1 mlrd dollarni tashkil etdi", "so'mga").
CURRENCY_WORDS.update({word + ending: code for word, code in (("dollar", "$"), ("so‘m", "UZS"), ("so'm", "UZS"),
                                                              ("so’m", "UZS"), ("soʻm", "UZS"), ("yevro", "EUR"))
                       for ending in ("ni", "ga", "dan", "da", "ning")})

# --- quotes: role words beside a speaker's name, in their possessive form ("IT-park direktori") ---
SPEAKER_ROLES: frozenset[str] = frozenset("""direktori direktor rahbari raisi rais vaziri vazir hokimi hokim
rektori rektor boshlig‘i boshlig'i boshlig’i asoschisi prezidenti prezident o‘rinbosari o'rinbosari o’rinbosari
mudiri vakili kotibi menejeri muovini boshqaruvchisi
директори директор раҳбари раиси раис вазири вазир ҳокими ҳоким ректори ректор бошлиғи асосчиси президенти
президент ўринбосари мудири вакили котиби менежери муовини бошқарувчиси""".split())

# --- the release's language (core.language) -------------------------------------------------
FUNCTION_WORDS: frozenset[str] = frozenset({"va", "bilan", "uchun", "bu", "ham", "esa", "yil"})
DECIMAL_COMMA = True  # "38,5" and "1.850": the decimal mark is the comma
HYPHEN_ORDINALS = True  # "4-sektor", "3-bosqich": a number hyphened to the word after it is an ordinal
PHONE_REGIONS: tuple[str, ...] = ("UZ",)
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"kimdan": "from", "kimga": "to", "mavzu": "subject", "sana": "date", "от": "from", "кому": "to",
                                  "тема": "subject", "дата": "date"}
