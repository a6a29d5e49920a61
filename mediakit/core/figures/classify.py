"""What is not a figure: contact details (masked first), dates, years, labels that name a thing
by its number ("Level 3", "Windows 11"), street numbers, and counts with no noun after them."""

from __future__ import annotations

import re

from .. import detect, lexicon
from ..text import HAN, KANA, alternation

MASK = "\x00"

# --- contact details: masked before any number is read -----------------------------------------

# A run of digit groups is a phone number when it holds 7 digits or more joined by spaces, dots,
# slashes, dashes or brackets (see _is_phone) and nothing glued before it makes it money or a
# decimal ("$1 234 567", "3.141 592 6"). The runs, addresses and links come from ``core.detect``.
_NOT_BEFORE_PHONE = frozenset(".,$€£¥%_")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# Millions grouped by spaces ("1 234 500 pièces"): a first group of one or two digits, no trunk 0,
# or groups joined by no-break spaces, as typesetters write thousands and no one writes a phone.
_SPACED_THOUSANDS = re.compile(r"[1-9]\d?(?: \d{3}){2,}|\d{1,3}(?:[\u00a0\u202f]\d{3}){2,}")


def _is_phone(run: str) -> bool:
    digits = sum(c.isdigit() for c in run)
    return digits >= 7 and (run[0] in "+(" or any(not c.isdigit() for c in run)) \
        and not _DOTTED_THOUSANDS.fullmatch(run) and not _SPACED_THOUSANDS.fullmatch(run)


# A toll-free number spelled in letters ("1-800-FLOWERS", "1-888-ACME-USA1"): a phone, not 1 and 800.
_VANITY_PHONE = re.compile(r"(?<![\w-])1[-. ]8(?:00|33|44|55|66|77|88)[-. ](?=[0-9A-Z-]*[A-Z])[0-9A-Z]{2,}(?:-[0-9A-Z]+)*")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where phone numbers stand in ``text``."""
    spans = [(m.start(), m.end()) for m in _VANITY_PHONE.finditer(text)]
    for found in detect.phones(text):
        before = text[found.start - 1:found.start]
        if _is_phone(found.text) and not (before in _NOT_BEFORE_PHONE or before.isalnum()):
            spans.append((found.start, found.end))
    return spans


def mask(text: str) -> str:
    """The text with URLs, e-mail addresses and phone numbers blanked out (same length)."""
    chars = list(text)
    spans = [(f.start, f.end) for f in detect.urls(text)] + [(f.start, f.end) for f in detect.emails(text)]
    for start, end in spans + phone_spans(text):
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


# --- before the number ------------------------------------------------------------------------

# Words that name a thing by its number: "Fortune 500", "Level 3", "Apache License 2.0".
_LABELS = """fortune global forbes top no nos no. number phase level version release ver rev v chapter
section article clause part page pp item figure fig table step stage tier grade class series season
episode room floor suite unit block tower building hall gate booth lane road street route highway
terminal platform gen generation model type mark mk license licence windows python java iphone android
ios covid day week issue vol volume rank ranked ranking box exhibit annex appendix schedule
department dept courtroom § n° nº ticker code cusip isin sedol wkn cik""".split() + sorted(lexicon.words("NUMBER_LABELS"))  # and the lexicon's
# The label is a whole word: not the "unit" that ends "réunit", nor the "art" of "Bayart"; a colon
# may stand between it and the number ("コード番号：6789", "Phase: 2").
# Chinese and Japanese run their words together: such a label needs no break before it ("使用版本14"),
# and nor does a Latin label of three letters or more they write into their text ("搭載Android 13系統").
_CJK_LABELS = [w for w in _LABELS if re.match(f"[{HAN}{KANA}]", w)]
_LATIN_LABELS = [w for w in _LABELS if w not in _CJK_LABELS]
LABEL_BEFORE = re.compile(
    r"\s*[:：]?\s*(?:(?:" + alternation([w for w in _LATIN_LABELS if len(w) >= 3], reverse=True)
    + f")(?!(?![{HAN}{KANA}])[^\\W\\d_])|(?:" + alternation([w for w in _LATIN_LABELS if len(w) < 3], reverse=True)
    + r")(?![^\W\d_])|" + alternation(_CJK_LABELS, reverse=True) + ")", re.I)
# A standard named by its number: "ISO 9001 certification", "ISO/IEC 27001", "IEC 62443", "SOC 2 report".
_STANDARDS = "ISO IEC EN DIN IEEE ASTM SOC NIST ANSI BS UL IATF ETSI CSA ASME NFPA".split()
_STANDARD_BEFORE = re.compile(r"\s(?:" + alternation(_STANDARDS, reverse=True) + r")(?![A-Za-z])")
_MONTHS = list(lexicon.merged("MONTHS"))
_MONTH_BEFORE = re.compile(r"\s*[-–]?\s*\.?(?:" + alternation(_MONTHS, reverse=True) + r")(?![A-Za-z])", re.I)
_MONTH = "(?:" + alternation(_MONTHS) + ")"
# "25 February", "1st of May", "3. März", "1er mars", "3 de marzo".
_MONTH_AFTER = re.compile(
    r"(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?|\.?\s*(?:er\s+|de\s+)?)" + _MONTH + r"(?![^\W\d_])", re.I)
_MONTH_WORD = re.compile(_MONTH + r"\Z", re.I)
LETTERS = re.compile(r"[A-Za-z]+")
# The pre-release words a version's last number is glued to: "1.6-alpha1", "2.0-beta2", "3.1-preview4".
_PRE_RELEASE = frozenset({"alpha", "beta", "preview", "pre", "dev"})
_SLASHED_SHARE = re.compile(r"\s?%")  # a share after a slash: a date's or a code's number has none


def rejected_before(back: str, masked: str, end: int, value: float, whole: bool) -> bool:
    """Is the number a name, a date part or a marker, from what is glued before it?

    ``back`` is the text before the number, reversed; ``end`` where the number ends."""
    letters = LETTERS.match(back)
    if letters:
        glued = letters.group()[::-1]
        # "solutions100+ million" is a page join; "Casino2k", "FY2020", "v2", "Web3.0" are names,
        # and so is the pre-release number of a version ("3.2beta4").
        version = back[len(glued):len(glued) + 1].isdigit() or glued.lower() in _PRE_RELEASE
        if version or not (glued.islower() and len(glued) >= 4 and not LETTERS.match(masked, end)):
            return True
    if back[:1] in ("-", "–") and back[1:2].isalnum():
        return True  # "COVID-19", "Dec-24", the second half of "2026-27"
    if back[:1] == "/" and _SLASHED_SHARE.match(masked, end) and (back[1:2] == "%" or back[1:2].isalpha()):
        return False  # the second of two shares a slash sets side by side: "96%/85%", "requested/85% approved"
    if back[:1] in ("/", ":", "#", "第", "[", "※"):
        return True  # dates, times, "#3", "第3", footnote "[1]", note mark "※1"
    if LABEL_BEFORE.match(back) or _STANDARD_BEFORE.match(back):
        return True  # "Fortune 500", "Level 3", "ISO 9001"
    return whole and 1 <= value <= 31 and _MONTH_BEFORE.match(back) is not None  # "March 14"


_CYRILLIC = re.compile("[\u0400-\u04ff]")  # Uzbek and Russian write an ordinal "4-сектор", "5-мактаб"


# A width in the lexicon's ``WIDTH_WORDS``: "64-bit", "a 256 bit key", "32-Bit-Version", "64 bits", "64 ビット".
_BIT_AFTER = re.compile(r"[-\s]?(?:" + alternation(lexicon.words("WIDTH_WORDS")) + r")(?![A-Za-z])", re.I)


# The title of a code of law its number stands before: "17 CFR 240.14a-12", "15 U.S.C. § 78".
_CODE_OF_LAW_AFTER = re.compile(r"\s(?:CFR|C\.F\.R\.|U\.S\.C\.|USC)(?![A-Za-z])")


def rejected_after(masked: str, end: int, hyphen_ordinals: bool = False) -> bool:
    """Is the number part of a code, a date or a width in bits, from what is glued after it? In a
    language that writes ordinals so (``hyphen_ordinals``), a number hyphened to a word is one."""
    if masked[end:end + 1] == "(" and masked[end + 1:end + 2].isalpha():
        return True  # "501(c)(3)"
    if _BIT_AFTER.match(masked, end):
        return True  # "64-bit": a width, no count
    if _CODE_OF_LAW_AFTER.match(masked, end):
        return True  # "17 CFR 240.14a-12", "15 U.S.C. 78u-5": the title of a code of law
    if masked[end:end + 1] == "-" and (masked[end + 1:end + 2].isupper() or _CYRILLIC.match(masked, end + 1)
                                       or hyphen_ordinals and masked[end + 1:end + 2].isalpha()):
        return True  # an ordinal or a name glued on by a hyphen: Uzbek "7-Jahon", "4-сектор", "4-sektor", "3-Series"
    return masked[end:end + 1] in (":", "/") and masked[end + 1:end + 2].isdigit()  # "09:00", "3/1/25", "24/7"


# A screen's resolution: "4K video", "8K-Display", "4K/60p capture", "a 4K 120Hz panel", "4K电视".
_SCREEN_WORDS = lexicon.words("SCREEN_WORDS")
_SCREEN_AFTER = re.compile(
    r"(?:\s?[/@]\s?\d+\s?(?:p|fps|Hz)?|\s\d+\s?(?:p|fps|Hz))?(?:\s?[-\s]?\s?)("
    + alternation(_SCREEN_WORDS) + r")", re.I)
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_RESOLUTIONS = frozenset({2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0})  # the Ks screens are sold in


def is_resolution(letters: str, value: float, masked: str, end: int) -> bool:
    """A "K" glued to a small whole number before a screen or video word ("4K video", "8K显示") is a
    screen's resolution, no count of thousands."""
    if letters not in ("K", "k") or value not in _RESOLUTIONS:
        return False
    screen = _SCREEN_AFTER.match(masked, end)
    if not screen:
        return False
    word = screen.group(1)
    return not (_LATIN_LETTER.match(word[-1]) and _LATIN_LETTER.match(masked, screen.end()))


def is_day_of_month(masked: str, end: int, value: float, whole: bool) -> bool:
    return whole and 1 <= value <= 31 and _MONTH_AFTER.match(masked, end) is not None


_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_THE_BEFORE = re.compile(r"\s+eht(?![A-Za-z])", re.I)  # on the reversed text before the number


_DIGIT_COUNTER = re.compile(r"\s?(?:" + alternation(lexicon.words("DIGIT_COUNTERS")) + ")")


def counts_in_plain_digits(token: str, back: str, masked: str, end: int) -> bool:
    """Five or six digits with no grouping and a noun in lower case after them count it ("37000
    packages", "150000 visitors"): a postal code or an ID stands before a name, a line's end or
    a comma, never before a common noun, and an address's block follows "the" ("the 19200 block")."""
    if len(token) <= 6 and token[0] != "0" and _DIGIT_COUNTER.match(masked, end):
        return True  # "12000次", "35000人": Chinese and Japanese group no digits, and the counter says what is counted
    return len(token) <= 6 and token[0] != "0" and _LOWER_WORD_AFTER.match(masked, end) is not None \
        and not _THE_BEFORE.match(back) and count_has_noun(masked, end)


# A page's reading time after its byline: "4 min read", "a 7-minute read".
_READING_TIME = re.compile(r"\s?-?\s?(?:min|mins|minute|minutes)\.?\s+read(?![A-Za-z])", re.I)


def is_reading_time(masked: str, end: int) -> bool:
    return _READING_TIME.match(masked, end) is not None


# An hour with the part of the day after it: "until eight in the evening".
_DAY_PART = re.compile(r"\s+(?:" + alternation(lexicon.words("DAY_PART_WORDS"), loose_spaces=True) + r")(?![^\W\d_])", re.I)


def is_time_of_day(masked: str, end: int) -> bool:
    return _DAY_PART.match(masked, end) is not None


# --- a count needs a noun ----------------------------------------------------------------------

# A word, or a hyphenated compound ("off-site", "in-house": not the stop word its first part is).
_WORD_AFTER = re.compile(r"\s{0,3}(?:-\s?)?([^\W\d_](?:[^\W\d_]|[&'’‘])*(?:-[^\W\d_]+)*)")  # ‘: Uzbek "o‘quvchi"
CJK_AFTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SPACES = re.compile(r"[ \u3000]{1,2}")
_DAY_SPAN = re.compile(alternation(lexicon.words("DAY_SPANS")))  # days counted: "3日間", "4 日以内"
# "1株当たり", "10万人あたり": the base a figure is counted per, no count of its own.
_CJK_NOT_COUNTED = re.compile(r"[^\W\d_]{0,2}?(?:当たり|あたり|当り)|月|日|号|號|时|時|点|點|分|秒|周年|週年|世纪|世紀|年代|届|屆|倍|比|版|期|楼|樓|层|層|位数|度目|回目|番目|丁目|番地|番")
_STOP = frozenset("""
and or nor to the a an by from for with at on as is was are were be been being has have had than
vs versus via per am pm which that this these those when where while if but so not no it its he
she they we you his her their our until till through since after before during between into onto
up down out off will would can could may might shall should must do does did also then there here
etc each every any both either neither yet percent cent gmt utc hkt cet est edt pst bst
und oder bis von zu im am um mit für auf als bei uhr et ou à au aux en y o con por para
al del dal tot
""".split())


# "24 out of the 33 members", "3 in 10 adults", "8 of 12 judges": the first number counts the
# noun after the second.
_OF_NUMBER = re.compile(r"\s+(?:out\s+of|of|in)\s+(?:the\s+)?\d+(?:[.,]\d+)*(?!\S)", re.I)


_DOTTED_ABBREVIATION = re.compile(r"\s(?:[A-Z]\.){2,3}(?=\s[^\W\d_])")


_DURATIONS = lexicon.words("DURATION_WORDS")
_SPACED_WORD = re.compile(r"\s{1,3}([^\W\d_]+)")


# A time of day written with its minutes before an hour word: "12.00 horas", "14.00 uur", "10.30 Uhr".
_CLOCK_TOKEN = re.compile(r"(?:[01]?\d|2[0-4])[.:,h][0-5]\d")
_CLOCK_AFTER = re.compile(r"\s?(?:" + alternation(lexicon.words("CLOCK_WORDS")) + r")(?![^\W\d_])", re.I)


def is_clock_time(token: str, masked: str, end: int) -> bool:
    """Hours and minutes before an hour word ("a las 12.00 horas"): a time of day, no span."""
    return _CLOCK_TOKEN.fullmatch(token) is not None and _CLOCK_AFTER.match(masked, end) is not None


_TIME_COUNTER = re.compile(r"[ \u3000]{0,2}(?:" + alternation(lexicon.words("TIME_COUNTERS")) + ")")  # "8.5 日"
_DECIMAL_END = re.compile(r"\d[.,]\d+[ \u3000]{0,2}\Z")  # a span in days has decimals, a day of the month none


def spans_time(masked: str, pos: int) -> bool:
    """A span of time or a repeat is named right after ``pos`` ("7.4 minutes", "2,5 Jahre", "8.5 日"):
    a number with decimals before it is a measure of time, no version or code."""
    word = _SPACED_WORD.match(masked, pos)
    return word is not None and word.group(1).lower() in _DURATIONS or _TIME_COUNTER.match(masked, pos) is not None


# A hedge set off by a comma between a count and its noun ("34, mostly older machines").
_HEDGE = re.compile(r",\s+(?:" + alternation(lexicon.words("COUNT_HEDGES")) + r")(?=\s+[^\W\d_])", re.I)


# A footnote's mark glued to a count: "1,250(3) stores", "45[2] offices", "300¹ clinics".
_FOOTNOTE_MARK = re.compile(r"\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴-⁹⁰]{1,2}")


def count_has_noun(masked: str, pos: int) -> bool:
    """A count needs a noun after it: "30 R&D projects", "350多个", "3,500 of the brands"; a footnote
    mark glued on stands between them ("1,250(3) stores")."""
    mark = _FOOTNOTE_MARK.match(masked, pos)
    if mark:
        pos = mark.end()
    of_number = _OF_NUMBER.match(masked, pos)
    if of_number:
        pos = of_number.end()
    dotted = _DOTTED_ABBREVIATION.match(masked, pos)
    if dotted:
        pos = dotted.end()  # "9 U.S. counties", "30 U.K. stores": the noun comes after the abbreviation
    hedge = _HEDGE.match(masked, pos)
    if hedge:
        pos = hedge.end()  # "34, zum Teil ältere Rechner": the noun comes after the hedge
    spaced = _SPACES.match(masked, pos)
    cjk_pos = spaced.end() if spaced else pos  # "2031 年 5 月 1 日": spaced CJK is still CJK
    if CJK_AFTER.match(masked, cjk_pos):
        return (_DAY_SPAN.match(masked, cjk_pos) is not None or not _CJK_NOT_COUNTED.match(masked, cjk_pos)
                or _TIME_COUNTER.match(masked, cjk_pos) is not None and _DECIMAL_END.search(masked, max(0, pos - 16), pos) is not None)
    word = _WORD_AFTER.match(masked, pos)
    if not word:
        return False
    w = word.group(1).lower().rstrip("'’")
    if len(w) < 2 or w in _STOP or _MONTH_WORD.match(w):
        return False
    if w in ("of", "in"):  # "3,500 of the brands", "850 in total", "13 in Mainland China"
        nxt = _WORD_AFTER.match(masked, word.end())
        if not nxt:
            return False
        n = nxt.group(1).lower()
        return len(n) > 1 and not _MONTH_WORD.match(n) and nxt.start(1) == word.end() + 1
    return True


# --- a number that names a thing ------------------------------------------------------------------

_NAME_PAIR = re.compile(r"(?<![\w.])([A-Z][A-Za-z-]*) (\d{1,3})(?![\d.,]?\d)")
_WORD_BEFORE = re.compile(r" ([A-Za-z][A-Za-z-]*)(?![A-Za-z])")  # on the reversed text before a number
_CAMEL = re.compile(r"[a-z][A-Z]")
_INSIDE_SENTENCE = re.compile(r"[\w,;)”’\"]\s*$")  # what stands before a word that opens no sentence


ANY_NUMBER = "*"  # in ``numbered_names``: the word names things by any number


def numbered_names(text: str) -> frozenset[tuple[str, str]]:
    """Capitalised words written with the same number more than once ("Zone 3" … "Zone 3"):
    a product, a version or a place named by its number, not a count of anything. A word
    written inside a sentence with two numbers or more ("Debian 7" … "Debian 8") names its
    versions by any number (``(word, ANY_NUMBER)``)."""
    seen: dict[tuple[str, str], int] = {}
    numbers: dict[str, set[str]] = {}
    for match in _NAME_PAIR.finditer(text):
        pair = (match.group(1), match.group(2))
        seen[pair] = seen.get(pair, 0) + 1
        if _INSIDE_SENTENCE.search(text, max(match.start() - 3, 0), match.start()):
            numbers.setdefault(match.group(1), set()).add(match.group(2))
    named = {pair for pair, count in seen.items() if count >= 2}
    return frozenset(named | {(word, ANY_NUMBER) for word, found in numbers.items() if len(found) >= 2})


_TRADEMARK_BEFORE = re.compile(r"\s?[™®]")  # on the reversed text before a number
# A software name with a dot inside ("Node.js 22", "Vue.js 3", "ASP.NET 8"), read on the reversed text.
# What follows the dot is lower case or capitals, never a capitalised word: "grew.Over 300" is a
# sentence run on with its space lost.
_DOTTED_NAME_BEFORE = re.compile(r" (?:[a-z]{2,}|[A-Z]{2,})\.[A-Za-z]{2,}(?![\w.])")


# After "101": a capitalised word, or the end of a clause ("Baijiu 101 Class", "Investing 101.").
_COURSE_AFTER = re.compile(r"(?:\s+[A-Z]|\s*[.,;:!?)]|\s*\Z)")


def is_course_number(back: str, token: str, masked: str, end: int) -> bool:
    """"Baijiu 101 Class", "Room 101": 101 after a capitalised word and before another or the end
    of a clause names a first course (or a room), no count; "About 101 guests" counts guests."""
    word = _WORD_BEFORE.match(back) if token == "101" else None
    return word is not None and word.group(1)[-1:].isupper() and _COURSE_AFTER.match(masked, end) is not None


def names_a_thing(back: str, token: str, names: frozenset[tuple[str, str]]) -> bool:
    """The word right before the number names a thing with it: a pair the release repeats, a word
    in camel case ("SkyNet 5"), which is a product's name, never a noun a count goes with, or a
    name marked as a trademark ("Orbix™ 2", "Lumen® 11") or a software name with a dot inside
    ("Node.js 22"), whose number is part of the name."""
    if _TRADEMARK_BEFORE.match(back) or _DOTTED_NAME_BEFORE.match(back):
        return True
    word = _WORD_BEFORE.match(back)
    if not word:
        return False
    name = word.group(1)[::-1]
    return (name, token) in names or (name, ANY_NUMBER) in names \
        or (name[:1].isupper() and _CAMEL.search(name) is not None) or _model_acronym(name, back, word.end())


def _model_acronym(name: str, back: str, end: int) -> bool:
    """An acronym in capitals right before the number in a sentence written in lower case ("the
    RTX 4090 card", "an XC 60 sensor"): a model's name; a count never follows a bare acronym."""
    return 2 <= len(name) <= 5 and name.isalpha() and name.isupper() \
        and any(c.islower() for c in back[end:end + 40])
