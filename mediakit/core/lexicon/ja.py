"""Japanese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}

# --- release structure (structure) ---------------------------------------------------------
# 報道関係者各位 ("to all members of the press") is a salutation printed above the headline.
PAGE_HEADINGS: frozenset[str] = frozenset({"プレスキット", "ニュースルーム", "最新ニュース", "ニュース一覧"})
RELEASE_LABELS: frozenset[str] = frozenset({"プレスリリース", "ニュースリリース", "報道関係者各位", "報道各位",
                                            "報道発表", "報道資料", "お知らせ", "報道関係者の皆様", "記者各位"})
END_MARKS: frozenset[str] = frozenset({"以上"})
TODAY_WORDS: frozenset[str] = frozenset({"本日", "今日", "昨日"})
STOCK_HEADINGS: frozenset[str] = frozenset({"連絡先", "問い合わせ先", "お問い合わせ", "お問い合わせ先", "問い合せ先",
                                            "本件に関するお問い合わせ", "備考", "注記"})
MEDIA_HEADINGS: frozenset[str] = frozenset({"写真", "動画"})
NAV_HEADINGS: frozenset[str] = frozenset({"関連記事", "関連ニュース", "メニュー", "製品情報"})

# --- figures ----------------------------------------------------------------------------
# Written right after the digits ("3兆円", "5000万人"); 兆 before 瓦/赫/字节 belongs to the unit.
MAGNITUDES: dict[str, float] = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
CURRENCY_WORDS: dict[str, str] = {"円": "JPY"}
