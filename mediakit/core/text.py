"""Character classes and small text helpers shared by every extractor: one home for each.

Regular-expression fragments (to put inside ``[...]``) for scripts the rules must tell
apart, so no module spells a CJK range of its own.
"""

from __future__ import annotations

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (with extension A, compatibility)
KANA = "\u3040-\u309f\u30a0-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"
CJK = HAN + KANA + HANGUL
FULLWIDTH_PUNCT = "\u3000-\u303f\uff00-\uffef"  # ideographic space, 「」、。 and full-width forms
