"""Japanese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}

# --- figures ----------------------------------------------------------------------------
# Written right after the digits ("3兆円", "5000万人"); 兆 before 瓦/赫/字节 belongs to the unit.
MAGNITUDES: dict[str, float] = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
CURRENCY_WORDS: dict[str, str] = {"円": "JPY"}

# --- contacts ---------------------------------------------------------------------------
# Intro labels, also with a word before them (代表連絡先, プレス問い合わせ先, 報道関係者お問い合わせ先).
CONTACT_LABELS: frozenset[str] = frozenset({"連絡先", "問い合わせ先", "お問い合わせ先", "お問い合わせ", "問合せ先", "お問合せ先"})
# The person line's label ("担当者：…").
PERSON_LABELS: frozenset[str] = frozenset({"担当者", "担当"})
PHONE_LABELS: frozenset[str] = frozenset({"電話番号", "電話", "携帯電話", "携帯"})
EMAIL_LABELS: frozenset[str] = frozenset({"メールアドレス", "メール", "Eメール", "電子メール"})
FAX_LABELS: frozenset[str] = frozenset({"ファックス", "ファクス"})
INBOX_WORDS: frozenset[str] = frozenset({"メール", "ご連絡", "お問い合わせ"})
