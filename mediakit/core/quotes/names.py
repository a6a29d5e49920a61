"""Telling a person's name from the words around it: honorifics, roles, organisations, particles.

Token rules for Latin-script names ("Dr. Ana de la Cruz", "Jo “JJ” Roe Jr.") and for Chinese
names (a known surname and at most three more characters, a title before it); roles are kept as
written. Hand-written: no maintained library tells a personal name from a job title or a company
in running text without a language model.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import CJK, HAN, alternation
from .japanese import BRACKET_END, KATAKANA_NAME

_HAN_CHAR = re.compile(f"[{HAN}]")
_WS = re.compile(r"\s+")

_HONORIFICS = frozenset("""mr mrs ms miss mx dr prof professor sir dame lord lady hon honourable
honorable rev reverend madam mme mlle herr frau ir dato datuk dr. prof. mr. mrs. ms. cr cllr""".split())
# (agent, charge: "Special Agent in Charge Ana Ruiz" is a title, then the name)
_ROLE_WORDS = frozenset("""president vice director directors chairman chairwoman chairperson chair agent charge
chief officer ceo cto cfo coo cio ciso cmo cpo cso vp svp evp avp gm md manager head lead leader
founder co-founder cofounder attorney general secretary minister commissioner superintendent mayor
governor senator representative executive partner principal professor fellow engineer architect
analyst evangelist advocate member board treasurer counsel editor spokesperson spokesman
spokeswoman coordinator administrator dean provost chancellor sheriff judge justice deputy
assistant associate senior trustee steward ambassador consul councillor councilor alderman
inspector prosecutor defender captain commander sergeant lieutenant colonel owner strategist scientist researcher
author co-author coauthor investigator librarian archivist historian master harbourmaster headmaster
headteacher teacher lecturer warden ranger foreman
consultant specialist developer maintainer contributor committer fundraising marketing sales
operations engineering technology relations communications affairs development strategy product
products research finance legal infrastructure security programs program community innovation
controller comptroller auditor registrar clerk bishop rabbi imam pastor coach curator producer
founding emeritus interim acting managing technical creative investor investors chairs officers
principal ombudsman outreach partnerships policy people talent growth customer customers success
brand design data platform education events membership advocacy public digital content editorial
revenue procurement compliance risk quality support logistics supply manufacturing hr sustainability
diversity inclusion culture alliances ecosystem investments treasury tax audit accounts
commercial business corporate international regional global national americas emea apac asia
europe""".split()) | lexicon.words("SPEAKER_ROLES")  # the other languages' role words: their lexicons
_ORG_WORDS = frozenset("""foundation inc corp corporation ltd llc plc gmbh ag sa nv company co group
association institute university college council committee department office agency authority
bureau commission fund trust society federation union alliance consortium network project team
labs lab systems software technologies technology solutions services partners holdings times post
journal news herald tribune gazette daily weekly review report magazine press wire media reuters
study survey government ministry police court school hospital center centre club church party
industries international ventures limited bank capital sandbox programme scheme initiative
""".split())
_STOP_WORDS = frozenset("""the a an in on at by for with from as and but or nor so yet when while
after before since until under over through during today yesterday tomorrow this that these those
our their his her its my your we he she it they i if although though because meanwhile however
also according per via dear thanks thank said says added there here what who where why how all
each every both many most some more such than then now once not no yes please note new about
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday""".split())
_PARTICLES = frozenset("van der den de del della di da du von zu la le ter ten bin binti al el dos das do y ap st".split())
_CONNECTIVES = frozenset("of the and & for at de du des di in on to del della dello dei degli delle do da dos das".split())
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
_ABBREVIATIONS = frozenset("""prof dr mr mrs ms mx st jr sr rev hon gov sen rep gen col capt lt sgt corp
inc ltd co no mt ft vs etc dept univ assn bros""".split())

_CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
    "佘池查麻苑迟邝区洪黎伦"
    "陳楊黃趙吳孫馬劉張鄭謝韓馮鄧蕭葉蘇呂盧蔣鍾譚陸湯龔嚴錢賴羅許莊聶龐顏鄒閻賈韋鄺")
_CN_COMPOUND_SURNAMES = frozenset("欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 令狐 慕容 夏侯 司徒 尉迟 公孙".split())
_CN_TITLES = tuple("""首席执行官 执行官 首席技术官 总裁 副总裁 主席 副主席 董事长 董事 总监 经理 总经理 负责人
主任 主管 创始人 联合创始人 教授 院长 所长 校长 部长 局长 处长 会长 理事长 秘书长 总干事 总编 主编 合伙人
工程师 架构师 科学家 专家 顾问 代表 发言人 书记 市长 省长 行长 社长 台长 博士 院士 研究员 医生 医师 律师 教练 老师
研究員 醫生 醫師 律師 教練 老師
首席執行官 總裁 副總裁 總監 經理 總經理 負責人 創始人 董事長 發言人
居民 市民 村民 家长 家長 学生 學生 游客 遊客 志愿者 志願者 网友 網友 顾客 顧客 消费者 消費者 乘客 患者 员工 員工 职工 職工
农民 農民 老师 老師 医生 醫生 护士 護士 店主 业主 業主 车主 車主 选手 選手 运动员 運動員 教练 教練 队长 隊長""".split())
# The last two lines: people named by what they are (a resident, a parent, a player), not an office:
# "居民孙桂芳表示" as "局长王建国表示".
_CN_TITLE_SUFFIXES = _CN_TITLES + tuple("官长長人员員师師")
_CN_NOT_NAME = re.compile("[的们們是在和了与與及或等之其该該此这這]")

_SAID_PARTICIPLES = lexicon.words("SAID_PARTICIPLES")
_OFFICE_ABBREVIATIONS = lexicon.words("OFFICE_ABBREVIATIONS")
_ROLE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom|where|and\s+who)\s")
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|that|where|when|while|and|as)\b", re.I)
_BOUNDARY = re.compile(r"[.!?;](?=\s|$)|[。！？；]")
_NICKNAME = re.compile(r"[“\"][^”\"]{1,40}[”\"]")
_SEGMENTS = re.compile(r"\s*[,，]\s*")
# The article before a role written ahead of a name: "the Chair", "la directora", "der Leiter"
ARTICLE = re.compile(r"^(?:the|a|an|la|el|los|las|der|die|das|le|les|il|lo|o|os|as)\s+", re.I)
_NOTE_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")  # a footnote mark after a role


def _has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


def _real_boundary(text: str, pos: int) -> bool:
    """Is the mark at ``pos`` a sentence end, not the dot of "Corp." or "J."?"""
    if text[pos] != ".":
        return True
    after = text[pos + 1:pos + 3].lstrip()
    if after[:1].islower():
        return False  # "the U.S. presidents": a sentence does not go on in lower case
    space = text.rfind(" ", max(0, pos - 40), pos)
    word = text[space + 1:pos]
    if not word:
        return True
    if (len(word) == 1 and word.isupper()) or f"{word}." in _OFFICE_ABBREVIATIONS:
        return False  # an initial, an office written short ("said D.A. Roe", "Det. Roe said")
    return word.lower().strip("(") not in _ABBREVIATIONS


def _after_last_boundary(text: str) -> str:
    cut = 0
    for match in _BOUNDARY.finditer(text):
        if _real_boundary(text, match.start()):
            cut = match.end()
    return text[cut:]


def _before_first_boundary(text: str) -> str:
    for match in _BOUNDARY.finditer(text):
        if _real_boundary(text, match.start()):
            return text[:match.start()]
    return text


def _tokens(seg: str) -> list[str]:
    seg = _NICKNAME.sub(lambda m: m.group().replace(" ", "\x00"), seg)
    return [t.replace("\x00", " ") for t in seg.split()]


def _bare(token: str) -> str:
    token = token.strip(",;:()")
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    return token.lower().rstrip(".")


def _is_nickname(token: str) -> bool:
    return len(token) > 2 and token[0] in "“\"" and token[-1] in "”\"" and token[1].isupper()


def _is_name_token(token: str) -> bool:
    if _is_nickname(token) or (len(token) == 2 and token[0].isupper() and token[1] == "."):
        return True  # a nickname in quote marks, an initial
    if not token or not token[0].isupper() or token.endswith(("’s", "'s")):
        return False
    low = token.lower().rstrip(".")
    if low in _STOP_WORDS or low in _HONORIFICS or _is_role_word(low) or low in _ORG_WORDS:
        return False
    if not all(c.isalpha() or c in "’'-." for c in token) or not any(c.islower() for c in token):
        return False
    return not _camel_case(token)


_NAME_PREFIX = re.compile("(?:" + alternation(lexicon.words("SURNAME_PREFIXES")) + ")$")


def _camel_case(token: str) -> bool:
    """A capital after a small letter (a product or company), except in McKay, DeLuca, VanDyke."""
    return any(token[k].isupper() and token[k - 1].islower() and not _NAME_PREFIX.match(token[:k])
               for k in range(1, len(token)))


# Title words that are also surnames (a "James Governor", a "Mary Bishop"); "said Acme President" is
# no person, so the titles a company names alone are not here.
_SURNAME_TITLES = frozenset("""governor judge dean bishop chancellor steward clerk fellow sheriff marshal
provost warden mayor coach curator counsel sergeant""".split())


def _title_surname(token: str) -> bool:
    """A capitalised word of ``_SURNAME_TITLES`` ("Bishop", "Dean"): alone it may be a surname."""
    word = token.rstrip(".")
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and word.lower() in _SURNAME_TITLES


def without_office(tokens: list[str]) -> list[str]:
    """"Sen. Ann B. Roe" -> "Ann B. Roe": an abbreviated office before a full name is no part of it."""
    return tokens[1:] if len(tokens) >= 3 and tokens[0] in _OFFICE_ABBREVIATIONS else tokens


def office_with_name(prefix: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """"DA Roe": an office in capitals reads as no name word, so it stands before where the name starts;
    it goes back before the name, as "Sen." stands there, to be read like a courtesy title."""
    if prefix and prefix[-1] in _OFFICE_ABBREVIATIONS:
        return prefix[:-1], prefix[-1:] + name
    return prefix, name


def _role_surname(tokens: list[str], end: int) -> bool:
    """A surname that is also a title word ("Ann Judge", "Tom Dean"): right after a given name that
    begins the phrase, not "the District Attorney" or "Vice President"."""
    if end < 2:
        return False
    last, given = tokens[end - 1], tokens[end - 2]
    if not _title_surname(last) or last.endswith(".") or not _is_name_token(given) or given.endswith((",", ".")):
        return False
    return end == 2 or not (_is_name_token(tokens[end - 3]) or _bare(tokens[end - 3]) in _STOP_WORDS)


def title_as_given(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]``, a title word ("Dean", "Judge"), a given name here: right after a role
    written in capitals ("Council President Dean Roe"), where a second title would not stand?"""
    if i < 1 or not _title_surname(tokens[i]):
        return False
    before = tokens[i - 1]
    return before[:1].isupper() and not before.endswith((",", ".")) and _is_role_word(_bare(before))


def _title_given_name(tokens: list[str], start: int, end: int) -> bool:
    """The title word before a lone surname is its given name (``title_as_given``)."""
    return end - start == 1 and start >= 1 and title_as_given(tokens, start - 1)


def _name_start(tokens: list[str]) -> int | None:
    """Index where a trailing personal name begins in ``tokens``, or None."""
    end = len(tokens)
    if end > 1 and tokens[-1] in _NAME_SUFFIXES:
        end -= 1
    if _role_surname(tokens, end):
        return end - 2
    start: int | None = None
    caps = 0
    i = end - 1
    while i >= 0:
        token = tokens[i]
        if _is_name_token(token):
            start, caps = i, caps + 1
        elif not (token.lower() in _PARTICLES and start is not None and i > 0):
            break
        i -= 1
    if start is None:
        return None
    if _title_given_name(tokens, start, end):
        return start - 1
    if caps > 4:  # a run of capitalised words: keep the last two or three as the name
        keep, i = 0, end - 1
        while i >= 0 and keep < 3:
            if _is_name_token(tokens[i]):
                keep += 1
                start = i
            i -= 1
        if keep == 3 and not any(t.lower() in _PARTICLES for t in tokens[start:end]):
            start = next(k for k in range(start + 1, end) if _is_name_token(tokens[k]))
    return start


def _titleish(tokens: list[str]) -> bool:
    """Words that may stand before a name: titles, organisations, not a running sentence."""
    for token in tokens:
        bare = _bare(token)
        if not bare:
            continue
        if token[0].isupper() or token[0].isdigit() or bare in _CONNECTIVES or _is_role_word(bare):
            continue
        if bare in _HONORIFICS or token.startswith(("“", '"')) or token.endswith(("’s", "'s")):
            continue  # "the firm’s chief executive"
        return False
    return True


def _common_role(tokens: list[str]) -> bool:
    """A role written before a name with lower-case common words in it ("the city's transport chief",
    "water board head"): it ends on a role word, and at most three of its words are no title word,
    none of them one of a running sentence ("with", "we")."""
    if not tokens or not _is_role_word(_bare(tokens[-1])):
        return False
    common = [t for t in tokens if not _titleish([t])]
    return len(common) <= 3 and all(_IN_WORD_MARKS.sub("", t).isalpha() and t.islower() and t not in _STOP_WORDS
                                    for t in common)


# Apostrophes written inside a word as a letter (Uzbek "ta’minoti", "boshlig‘i"; "city's"): no word break.
_IN_WORD_MARKS = re.compile(r"(?<=[^\W\d_])['’‘ʻʼ](?=[^\W\d_])")


# Professions named by their ending: economist, entomologist, physician, photographer; and the
# roles German and Dutch write as one word with what they lead ("Bibliotheksleiterin",
# "Pressesprecher", "projectleider": the lexicons' SPEAKER_ROLE_ENDINGS).
_ROLE_SUFFIXES = ("ologist", "nomist", "ician", "grapher", "ographer") + tuple(
    sorted(lexicon.words("SPEAKER_ROLE_ENDINGS")))


def _is_role_word(bare: str) -> bool:
    return bare in _ROLE_WORDS or (len(bare) > 7 and bare.endswith(_ROLE_SUFFIXES))


def _has_role_word(text: str) -> bool:
    return any(_is_role_word(_bare(t)) for t in text.split())


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = _NOTE_MARK.sub("", _WS.sub(" ", role)).strip(" \t,;:，；：、.。-—–")
    words = role.split(" ")
    while len(words) > 1 and _bare(words[-1]) in _HONORIFICS:
        words.pop()  # "Bürgermeisterin Dr. Anna Beck": the honorific is the name's, not the role's
    role = " ".join(words).rstrip(" ,")
    if not role or len(role) > 200 or _RELATIVE.match(role) or role.lower() in _SAID_PARTICIPLES:
        return None  # "said Roe, adding that “…”": the participle leads on to the quotation, no role
    clause = _ROLE_CLAUSE.search(role)  # "partner at Westfield, who will join the board"
    return role[:clause.start()].rstrip(" ,") if clause else role


def _join_role(*parts: str | None) -> str | None:
    return _clean_role(", ".join(p for p in parts if p)) if any(parts) else None


def _cjk_name_ok(name: str) -> bool:
    if not 2 <= len(name) <= 4 or _CN_NOT_NAME.search(name) or name.endswith(_CN_TITLES):
        return False
    return name[0] in _CN_SURNAMES or name[:2] in _CN_COMPOUND_SURNAMES


# A Latin-script name inside Japanese text ("…の一員であるDave Page"): its letters are Latin, not any word character
_LATIN = "A-Za-z\u00c0-\u024f.'’\\-"
_JA_LATIN_NAME = re.compile(f"(?<![{_LATIN}])[A-Z][{_LATIN}]*(?:\\s+[A-Z][{_LATIN}]*)+$")
_JA_KATAKANA_NAME = re.compile(KATAKANA_NAME + "$")
_JA_ROLE_LINK = re.compile("(?:" + alternation(lexicon.words("ROLE_LINKS")) + ")$")
# The courtesy word written right after a name, in every language that writes one there (氏, さん, 先生, 女士)
HONORIFIC_END = re.compile(
    "(?:" + alternation(lexicon.words("NAME_HONORIFICS")) + ")$")
_JA_NAME = re.compile(f"[{CJK}々ヶ]{{2,8}}")
# "中村 美穂": a surname and a given name of up to three characters each, a space between them
_JA_SPACED_NAME = re.compile(f"(?<![{HAN}々ヶ\u30a1-\u30fa])[{CJK}々ヶ]{{1,3}}[ \u3000][{CJK}々ヶ]{{1,3}}$")
# What stands between a role and the name: a particle, a comma, a space, or the verb ending of a
# clause that describes the person ("企画した山田花子": "Yamada Hanako, who planned it")
_JA_SEPARATOR = re.compile(f"[のと、，,\\s\u3000]|(?:した|する|された|される)(?=[{HAN}])")



_JA_TITLE_CLAUSE = re.compile(
    "(?P<title>" + alternation(lexicon.words("NAME_TITLES")) + ")(?:" + alternation(lexicon.words("NAME_TITLE_CLAUSES")) + ")")
_JA_TITLE_END = re.compile(
    "(?:" + alternation(lexicon.words("NAME_TITLES")) + ")$")


_JA_LATIN_FIRST = re.compile(f"^(?P<name>[A-Z][{_LATIN}]*(?:[ \\u3000]+[A-Z][{_LATIN}]*){{1,3}})[、，][ \\u3000]*(?P<role>\\S.{{0,80}})$")


def _japanese_who(who: str) -> tuple[str, str | None] | None:
    """"部長の山田太郎氏" / "Acme社のマネージャ、Jo Roe氏" / "Acme社の山田太郎社長" → (name, role)."""
    who = BRACKET_END.sub("", who.strip(" 、，,\u3000")).rstrip()
    who = HONORIFIC_END.sub("", who).rstrip()
    who = _JA_TITLE_CLAUSE.sub(r"\g<title>の", who)  # "会長に就任した山田太郎": the title is his
    title = _JA_TITLE_END.search(who)
    if title and title.start() >= 2:
        found = _japanese_who(who[:title.start()])
        if found is None:
            return None
        role = f"{found[1]} {title.group()}" if found[1] else title.group()
        return found[0], role
    first = _JA_LATIN_FIRST.match(who)  # "Jo Roe、Acme のマネージャ": a translation keeps "said Name, Role"
    if first and all(_is_name_token(t) for t in first.group("name").split()):
        return _WS.sub(" ", first.group("name")), _clean_role(first.group("role").strip(" 、，,の\u3000"))
    latin = _JA_LATIN_NAME.search(who)
    katakana = _JA_KATAKANA_NAME.search(who)
    if latin and all(_is_name_token(t) for t in latin.group().split()):
        name = _WS.sub(" ", latin.group())
        role = who[:latin.start()]
    elif katakana:
        name, role = katakana.group(), who[:katakana.start()]
    else:
        name = _spaced_name(who) or _JA_SEPARATOR.split(who)[-1]
        if not _JA_NAME.fullmatch(name.replace(" ", "").replace("\u3000", "")):
            return None
        role = who[:len(who) - len(name)]
    return name, _clean_role(_JA_ROLE_LINK.sub("", role.strip(" 、，,の\u3000")).strip(" 、，,の\u3000"))


def _spaced_name(who: str) -> str | None:
    """"同行の部長、中村 美穂" -> "中村 美穂": a name written with a space, no title before the space."""
    found = _JA_SPACED_NAME.search(who)
    if found is None or _JA_TITLE_END.search(found.group().split()[0]):
        return None
    return found.group()
