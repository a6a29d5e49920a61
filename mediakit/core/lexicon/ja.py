"""Japanese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}

# --- figures ----------------------------------------------------------------------------
# Written right after the digits ("3兆円", "5000万人"); 兆 before 瓦/赫/字节 belongs to the unit.
MAGNITUDES: dict[str, float] = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
CURRENCY_WORDS: dict[str, str] = {"円": "JPY"}

# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"プレスリリース", "報道発表", "ニュースリリース", "報道関係各位"})
