"""Uzbek (Latin script, and Cyrillic where a table has it): the words MediaKit reads in releases
written in it (see ``lexicon``)."""

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
SAID_VERBS: frozenset[str] = frozenset("dedi aytdi bildirdi ta’kidladi ta'kidladi".split()) | {
    "qo‘shimcha qildi", "qo'shimcha qildi"}
FIRST_PERSON: frozenset[str] = frozenset("men biz bizning mening".split())

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset({"matbuot xizmati", "aloqa uchun", "bog‘lanish uchun", "bog'lanish uchun",
                                            "kontaktlar", "aloqa ma’lumotlari", "aloqa ma'lumotlari"})
DESK_WORDS: frozenset[str] = frozenset({"matbuot xizmati", "axborot xizmati"})
PHONE_LABELS: frozenset[str] = frozenset({"telefon", "tel"})
EMAIL_LABELS: frozenset[str] = frozenset({"elektron pochta", "e-pochta", "pochta"})
INBOX_WORDS: frozenset[str] = frozenset({"elektron pochta", "pochta"})
# Words that name a kind of organisation, last ("Fan Markazi", "Nordlicht Stiftung") or first ("Fundación X").
ORG_WORDS: frozenset[str] = frozenset({"markazi", "qo‘mitasi", "qo'mitasi", "qo’mitasi", "vazirligi", "universiteti", "instituti", "jamg‘armasi", "jamg'armasi", "agentligi", "kompaniyasi"})

# --- dates (structure), added tables -----------------------------------------------------
WEEKDAYS: frozenset[str] = frozenset("dushanba seshanba chorshanba payshanba juma shanba yakshanba "
                                     "душанба сешанба чоршанба пайшанба жума шанба якшанба".split())
# The word written after a year's number in a date: "2026-yil 5-mart", "2026 йил 6 март", "2026 y. 5 mart".
YEAR_MARKS: frozenset[str] = frozenset({"yil", "йил", "y.", "й."})
# Case endings a date's year mark or month takes inside a sentence: "2026-yilning 5-martida", "6 мартда".
DATE_CASE_ENDINGS: frozenset[str] = frozenset({"ning", "нинг", "da", "ida", "да", "ида"})
