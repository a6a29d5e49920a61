"""Chinese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}
WEEKDAYS: frozenset[str] = frozenset()

# --- labels and boilerplate (structure) ------------------------------------------------
RELEASE_LABELS: frozenset[str] = frozenset()
ABOUT_PREFIXES: frozenset[str] = frozenset()
END_MARKS: frozenset[str] = frozenset()

# --- quotes -----------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("""说道 说 說 表示 指出 称 稱 强调 強調 补充道 补充说 补充 谈到 談到 提到
介绍说 介绍 认为 坦言 透露 回忆道 总结道 直言 感叹 解释说 解释 谈道""".split())
TOLD_VERBS: frozenset[str] = frozenset({"告诉"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"他", "她", "他们", "她们"})

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset()

# --- figures ----------------------------------------------------------------------------
MAGNITUDES: dict[str, float] = {}
CURRENCY_WORDS: dict[str, str] = {}
