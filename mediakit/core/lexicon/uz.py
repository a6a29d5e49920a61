"""Uzbek (Latin script): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7,
    "avgust": 8, "sentabr": 9, "sentyabr": 9, "oktabr": 10, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
}

# --- release structure (structure) ---------------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset({"press-reliz", "matbuot relizi", "axborot xati"})

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

# --- the release's language (contacts.regions) ----------------------------------------------
FUNCTION_WORDS: frozenset[str] = frozenset({"va", "bilan", "uchun", "bu", "ham", "esa", "yil"})
PHONE_REGIONS: tuple[str, ...] = ("UZ",)
