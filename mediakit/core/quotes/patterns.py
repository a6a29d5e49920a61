"""The attribution patterns, built from the lexicon's said-verbs of every language.

``lexicon`` holds the words (``SAID_VERBS``, ``TOLD_VERBS``, ``SAID_PARTICLES``, ``ACCORDING_TO``,
``SAID_PARTICIPLES``, ``REPORTING_VERBS``); this module turns them into the few expressions the
attribution rules run on a bounded window beside a quotation. Words written in Han or kana form the CJK patterns (no spaces,
no word boundaries); the others the Latin-script ones.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import CJK, HIRAGANA, alternation

_CJK_CHAR = re.compile(f"[{CJK}]")


def latin_words(name: str) -> list[str]:
    """The lexicon table's words written in letters, not CJK characters."""
    return [w for w in lexicon.words(name) if w.isascii() or not _CJK_CHAR.search(w)]


def cjk_words(name: str) -> list[str]:
    """The lexicon table's words written in CJK characters."""
    return [w for w in lexicon.words(name) if not w.isascii() and _CJK_CHAR.search(w)]


# a lower-case role right after a particle: "aldus wethouder Sanne de Vries", "so Projektleiterin …" is capitalised
_LOWER_ROLE = (r"\s+(?-i:[a-zäöüéè]*(?:" + alternation(latin_words("SPEAKER_ROLE_ENDINGS")) + r")|(?:"
               + alternation(latin_words("SPEAKER_ROLES")) + r"))\s")
# "said", "told reporters", "so Dr. Beck" (a particle attributes only before a name, an article or a role)
VERBS = (
    "(?:" + alternation(latin_words("SAID_VERBS"), loose_spaces=True)
    + "|(?:" + alternation(latin_words("TOLD_VERBS"), loose_spaces=True) + r")\s+[^,:;.“”\"]{1,40}?"
    + "|(?:" + alternation(latin_words("SAID_PARTICLES"), loose_spaces=True) + r")(?=\s+(?-i:[A-ZÄÖÜÀ-Þ])|\s+(?-i:[a-zäöü]{3})\s"
    + "|" + _LOWER_ROLE + ")"
    + ")"
)
ACCORDING = "(?:" + alternation(latin_words("ACCORDING_TO"), loose_spaces=True) + ")"
# whom the verb speaks to, before the speaker: "declaró a la prensa Bermejo", "told reporters" is TOLD_VERBS
AUDIENCE = r"(?:\s+(?:" + alternation(latin_words("AUDIENCE_PHRASES"), loose_spaces=True) + "))?"
CJK_VERBS = "(?:" + alternation(cjk_words("SAID_VERBS"), loose_spaces=True) + ")"
_CJK_TOLD = "(?:" + alternation(cjk_words("TOLD_VERBS"), loose_spaces=True) + ")"

# "wrote then:", "écrivait alors :": an adverb between the verb and the colon
SAID_ADVERB = "(?:" + alternation(latin_words("SAID_ADVERBS"), loose_spaces=True) + ")"
LEAD_VERB = re.compile(
    r"(?:^|(?<=[\s,]))(?P<verb>" + VERBS + r")(?:\s+" + SAID_ADVERB + r")?"
    r"(?:\s+(?:in|at|during|on|via|through)\s+[^,:;“”\"]{1,60}?)?" + AUDIENCE + r"(?:\s+that)?\s*[,:]?\s*$",
    re.I,
)
# 'Said Ann Roe, chair of Ashgrove, “…”': the verb opens the sentence, the speaker follows it, the quotation ends it
LEAD_VERB_FIRST = re.compile(r"^\s*(?P<verb>" + alternation(latin_words("SAID_VERBS"), loose_spaces=True)
                             + r")\s+(?P<who>[^“”\"«»„\n]{3,200}?)\s*[,:]\s*$", re.I)
LEAD_CJK_VERB = re.compile("(?:" + CJK_VERBS + "|" + _CJK_TOLD + r"[^：:，,]{0,20}?)\s*[：:，,]?\s*$")
LEAD_ACCORDING = re.compile(r"(?:^|(?<=\s))" + ACCORDING + r"\s+", re.I)
# "Kutubxona direktori Ann Roening so‘zlariga ko‘ra, «…»": the genitive speaker before the phrase
LEAD_ACCORDING_AFTER = re.compile(r"(?P<who>[^.!?;:«»“”\"\n]{3,160}?)(?:" + alternation(latin_words("GENITIVE_ENDINGS"))
                                  + r")\s+(?:" + alternation(latin_words("ACCORDING_AFTER"), loose_spaces=True)
                                  + r")[\s,]*$", re.I)
TAIL_VERB_FIRST = re.compile(r"^\s*(?:[,.;]\s*)?(?:[–—―]\s*|-\s+)?(?:" + VERBS + AUDIENCE + "|" + ACCORDING + r")\s+(?P<rest>.*)$", re.I | re.S)
# 'said Ann Roe, the chair, and continued: “…”': a second said-verb after a short word ends the speaker's phrase
THEN_SAID = re.compile(r",?(?<!\s)\s+[^\W\d_]{1,4}\s+(?:" + alternation(latin_words("SAID_VERBS"), loose_spaces=True)
                       + r")(?!\w).*$", re.I | re.S)
# "…", dijo. / "…", afirmou. : a said-verb with no subject (the languages that drop the pronoun)
TAIL_VERB_ALONE = re.compile(r"^\s*,\s*(?:" + alternation(latin_words("SAID_VERBS"), loose_spaces=True) + r")" + AUDIENCE
                             + r"\s*(?:[.;]|$)", re.I)
# French inversion: "…», dit-il. / a-t-elle ajouté / explique-t-il"
TAIL_INVERTED = re.compile(r"^\s*,\s*(?P<verb>[^\W\d_]+)(?:-t)?-(?P<pronoun>"
                           + alternation(w for w in latin_words("SPEAKER_PRONOUNS") if " " not in w)
                           + r")\b(?:\s+(?P<participle>[^\W\d_]+))?", re.I)
_SAID = frozenset(w.lower() for w in latin_words("SAID_VERBS"))


def inverted_said(match: re.Match[str]) -> bool:
    """Is the inversion a said-verb's ("dit-il", "a-t-elle ajouté"), not another verb's?"""
    verb = match.group("verb").lower()
    participle = (match.group("participle") or "").lower()
    return verb in _SAID or (verb == "a" and f"a {participle}" in _SAID)
TAIL_WHO_FIRST = re.compile(
    r"^\s*[,.;]?\s*(?P<who>[^;!?“”\"«»「」\n]{2,160}?)\s*,?\s+" + VERBS
    + r"(?:\s+(?:in|at|during|on|via|through|today|yesterday)\b[^.;:“”\"]{0,60})?\s*(?:[.,;!?]|$)",
    re.I,
)
TAIL_CJK = re.compile(
    r"^\s*[，,]?\s*(?P<who>[^。！？；“”\"「」\n]{1,60}?)" + CJK_VERBS + r"(?:[。，,.]?\s*(?:$|[“\"「])|[，,：:])"
)  # also where the sentence goes on after the verb: “…”王明表示，公司将…
# The speaker in brackets right after the closing mark, ending the sentence: 「…」（山田太郎 社長）。
TAIL_BRACKET = re.compile(r"^[ \u3000]*[（(](?P<who>[^（）()「」『』“”\"\n]{3,80})[）)][ \u3000]*[。.]?")
# An attribution set inside the quotation between two of its sentences, the verb first (French,
# Spanish, Italian, Portuguese incises): « …, explique Jeanne Roux. Il … »
INCISE = re.compile(
    r"(?<=[,.;!?…])\s+(?P<verb>" + alternation(latin_words("SAID_VERBS"), loose_spaces=True)
    + r")\s+(?P<who>[^.;:!?«»“”\"\n]{3,120}?)\.\s+(?=\S)")
# '“…” (Ann Roe, Chair of X).': the speaker in brackets right after the quotation
TAIL_BRACKETS = re.compile(r"^\s*[（(](?P<who>[^()（）\n]{3,160})[）)]\s*(?:[.,;]|$)")
DASH = re.compile(r"^\s*[,.]?\s*[—–―-]{1,2}\s*(?P<who>\S[^\n]*)$")
# “…，”孙雅琴补充道，“…”: the attribution between two halves of a Chinese quotation
SPLIT_GAP_CJK = re.compile(r"[^“”\"「」\n。！？]{1,40}?" + CJK_VERBS + r"[，,：:]\s*$")
SPLIT_GAP = re.compile(
    r"[^“”\"«»「」\n]{0,120}?\b(?:" + VERBS + "|" + ACCORDING + r")\b[^“”\"«»「」\n]{0,120}?[.,]\s*$", re.I)
# "…, noting that “", "en señalando que «": the speaker is the subject of the sentence before it
LEAD_PARTICIPLE = re.compile(
    r",?\s+(?:(?:by|en|in|em)\s+)?(?:" + alternation(latin_words("SAID_PARTICIPLES"), loose_spaces=True) + r")\s*[,:]?\s*$", re.I)
REPORTING = re.compile(r"\s(?:" + alternation(latin_words("REPORTING_VERBS"), loose_spaces=True) + r")\b")
REPORTING_WORD = re.compile(r"\b(?:" + alternation(latin_words("REPORTING_VERBS"), loose_spaces=True) + r")\b", re.I)
NOTE = re.compile(r"^\s*(?:译注|译者注|編者按|编者按|编者注|編者注|译者按|translator[’']s\s+note)", re.I)
# Japanese: 「…」と述べています after "山田氏は、" or 「…」と、部長の山田氏は語りました; the phrase before
# は may also end in a title (山田社長は) or follow one (代表の山田一郎は): ``japanese.speaker_ok`` tells.
_JA_VERBS = "(?:" + alternation((w for w in cjk_words("SAID_VERBS") if re.search(f"[{HIRAGANA}]", w)), loose_spaces=True) + ")"
_JA_MANNER = "(?:" + alternation(cjk_words("SAID_MANNERS")) + ")"
_JA_ANY_MANNER = "(?:" + alternation([*cjk_words("SAID_MANNERS"), *cjk_words("SAID_MANNERS_ABOVE")]) + ")"
JA_TAIL = re.compile(
    r"^\s*と(?:も)?[、，,]?\s*(?:(?P<who>[^。！？「」『』\n]{1,80}?)(?:は|が)[、，,]?\s*)?" + _JA_VERBS)
# 「…。」山田氏は（このように）述べています。: a translated release names the speaker in a sentence of
# its own after the quotation, with no と; the quotation ends its sentence, the speaker's ends on the verb.
JA_TAIL_SENTENCE = re.compile(
    r"^[ \u3000]*(?P<who>[^。！？「」『』\n]{2,80}?)(?:は|が)[、，,]?[ \u3000]*" + _JA_ANY_MANNER + "?" + _JA_VERBS
    + r"[ \u3000]*(?:[。．.]|$)")
JA_LEAD = re.compile(r"(?P<who>[^。！？「」『』\n]{1,80}?)(?:は|が)[、，,]?\s*$")
# A line naming the speaker of the quotation below it: "Comment from Ann Roe, Chair:", "山田氏のコメント"
COMMENT_FROM = re.compile(
    r"^\W{0,3}(?:" + alternation(latin_words("COMMENT_LABELS"), loose_spaces=True) + r")\s+(?:from|by|of|von|de|di|da|van)\s+"
    r"(?P<who>[^:：\n]{3,160}?)\s*[:：]?\s*$", re.I)
COMMENT_OF_CJK = re.compile(
    r"^[^\w（(]{0,3}(?P<who>[^。！？「」\n]{2,120}?)[の的]?(?:" + alternation(cjk_words("COMMENT_LABELS"), loose_spaces=True) + r")\s*[:：]?\s*$")
# "山田社長は次のようにコメントしています。" (or "…は、新工場について次のように語りました。") closing the paragraph above a quotation alone in its own
JA_SAYS_AS_FOLLOWS = re.compile(r"(?P<who>[^。！？「」『』\n]{2,80}?)(?:は|が)[、，,]?(?:[^。！？「」『』\n]{1,30}?)?"
                                + _JA_MANNER + _JA_VERBS + r"[。：:]?\s*$")
# The scene set before the speaker ("その後の質疑応答では、", "会見では、"): no part of the speaker's role.
JA_SCENE = re.compile(r"^[^、，,。]{1,30}?(?:では|には|は)[、，,]\s*")
# "山田氏は次のように述べています。「…」", "…の山田が市長に以下のように質問しました。「…」" (a listener or a
# topic between the speaker and the manner, as ``JA_SAYS_AS_FOLLOWS`` reads it)
JA_LEAD_SAID = re.compile(r"(?P<who>[^。！？「」『』\n]{2,80}?)(?:は|が)[、，,]?(?:(?:[^。！？「」『』\nはが]{1,30}?)?"
                          + _JA_MANNER + "|" + _JA_ANY_MANNER + ")?" + _JA_VERBS + r"[。：:]?\s*$")
