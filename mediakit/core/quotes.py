"""Find the quotations a release attributes to people: who said it, in which role, and the words.

Hand-written because no maintained library attributes quotes in press releases (speaker, role
as written, surname-only references resolved to the full name); the rules follow the layouts
releases use. The quote-mark scanner is one pass over the text and every attribution pattern runs
on a bounded window beside a quote, so odd or hostile input (a mark without its pair, thousands
of marks, very long words) stays linear. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Block, Quote

__all__ = ["extract_quotes"]

_ELIGIBLE_ROLES = frozenset({"body", "dateline", "about"})
_WINDOW = 300  # characters of context read on each side of a quotation
_MAX_RESOLVE = 64  # distinct surname look-ups per document (each one reads the text once)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_HAN_TAIL = re.compile(f"[{_HAN}]+$")
_HAN_LATIN_EDGE = re.compile(f"(?<=[{_HAN}])(?=[A-Za-z\u201c\"])|(?<=[A-Za-z.\u201d\"])(?=[{_HAN}])")
_WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*\w)?")
_WS = re.compile(r"\s+")
_KEY = re.compile(r"[\W_]+")

# --- quote marks -------------------------------------------------------------------------

_MARKS = re.compile('[“”«»「」『』„"]')
_CURLY_MARKS = re.compile("[“”]")
_OPENERS = {"“": "“", "«": "«", "「": "「", "『": "『", "„": "„", '"': '"'}
_CLOSERS = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“”"}


@dataclass
class _Span:
    start: int  # the opening mark
    inner_start: int
    inner_end: int
    end: int  # just after the closing mark (the text's end when open-ended)
    open_ended: bool


def _scan(text: str) -> list[_Span]:
    """The quotations of one block: double marks and, where they stand alone, single ones."""
    doubles = _scan_double(text)
    if "‘" not in text and "'" not in text:
        return doubles
    return _combine(doubles, _scan_single(text))


# --- single marks -----------------------------------------------------------------------
# British and some wire copy quote with single marks only: ‘We are delighted,’ said Jo Bloggs.
# The closing mark is also the apostrophe (company’s, members’), so a mark opens only at the
# start of a word (after a space or an opening bracket) and closes only after punctuation
# (",’" ".’" "?’") or, glued to a word, before punctuation or the end (‘…’, she said).

_SINGLE_MARKS = re.compile("[‘’']")
_OPEN_BEFORE = frozenset("([{—–-/\"“«„")
_CLOSE_AFTER_PUNCT = frozenset(".,!?…—–-")
_CLOSE_BEFORE_PUNCT = frozenset(",.;:!?)")


def _single_opens(text: str, i: int) -> bool:
    if text[i] not in "‘'":
        return False
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (prev.isspace() or prev in _OPEN_BEFORE) and (nxt.isalpha() or nxt in "“\"…")


def _single_closes(text: str, i: int) -> bool:
    if text[i] not in "’'" or i == 0:
        return False
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt.isalnum():
        return False  # it’s, rock 'n' roll
    if prev in _CLOSE_AFTER_PUNCT:
        return True
    return (prev.isalnum() or prev in "”\")") and (nxt == "" or nxt in _CLOSE_BEFORE_PUNCT)


def _scan_single(text: str) -> list[_Span]:
    spans: list[_Span] = []
    start: int | None = None
    for match in _SINGLE_MARKS.finditer(text):
        i = match.start()
        if start is None:
            if _single_opens(text, i):
                start = i
        elif _single_closes(text, i):
            spans.append(_Span(start, start + 1, i, i + 1, False))
            start = None
        elif _single_opens(text, i):
            start = i  # the earlier mark opened nothing (‘90s, a stray mark): start again here
    if start is not None and (_blank(text[:start]) or text[:start].rstrip().endswith((":", ",", ".", "!", "?"))):
        spans.append(_Span(start, start + 1, len(text), len(text), True))  # runs on to the next paragraph
    return spans


def _combine(doubles: list[_Span], singles: list[_Span]) -> list[_Span]:
    """Single-mark quotations that are not inside a double-mark one; doubles inside them go."""
    if not singles:
        return doubles
    if not doubles:
        return singles
    out: list[_Span] = []
    d = 0
    for single in singles:
        while d < len(doubles) and doubles[d].end <= single.start:
            out.append(doubles[d])
            d += 1
        if d < len(doubles) and doubles[d].start < single.start:
            continue  # inside (or across) a double-mark quotation: the doubles are read first
        inner = d
        while inner < len(doubles) and doubles[inner].end <= single.end:
            inner += 1
        if inner < len(doubles) and doubles[inner].start < single.end:
            continue  # crosses a double-mark quotation
        out.append(single)
        d = inner  # doubles nested in a single-mark quotation (British style) are part of it
    out.extend(doubles[d:])
    return out


def _scan_double(text: str) -> list[_Span]:
    """Pair the quote marks of one block in a single pass (nested pairs of one kind are counted)."""
    spans: list[_Span] = []
    outer: str | None = None
    depth = 0
    start = 0
    for match in _MARKS.finditer(text):
        ch = match.group()
        i = match.start()
        if outer is None:
            if ch in _OPENERS:
                outer, depth, start = ch, 1, i
            continue
        if outer == '"':
            if ch == '"':
                spans.append(_Span(start, start + 1, i, i + 1, False))
                outer = None
            continue
        if ch == outer:
            depth += 1
        elif ch in _CLOSERS[outer]:
            depth -= 1
            if depth == 0:
                spans.append(_Span(start, start + 1, i, i + 1, False))
                outer = None
    if outer is not None:
        if outer == "“" and depth > 1:
            spans.extend(_scan_flat(text, start))  # a closing mark is missing: pair “ and ” flatly
        else:
            spans.append(_Span(start, start + 1, len(text), len(text), True))
    return spans


def _scan_flat(text: str, pos: int) -> list[_Span]:
    spans: list[_Span] = []
    current: int | None = None
    for match in _CURLY_MARKS.finditer(text, pos):
        i = match.start()
        if match.group() == "“":
            if current is not None:
                spans.append(_Span(current, current + 1, i, i, False))
            current = i
        elif current is not None:
            spans.append(_Span(current, current + 1, i, i + 1, False))
            current = None
    if current is not None:
        spans.append(_Span(current, current + 1, len(text), len(text), True))
    return spans


def _is_sentence(inner: str) -> bool:
    """A real quotation, not a scare quote or a quoted title: six words or fifteen Han characters."""
    if len(_HAN_CHAR.findall(inner)) >= 15:
        return True
    words = _WORD.findall(inner)
    if len(words) < 6:
        return False
    long_words = [w for w in words if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    if long_words and capitalised >= 0.7 * len(long_words) and not re.search(r"[.!?]\s", inner):
        return False  # Title Case Name Of A Scheme
    return True


# --- word lists --------------------------------------------------------------------------

_HONORIFICS = frozenset("""mr mrs ms miss mx dr prof professor sir dame lord lady hon honourable
honorable rev reverend madam mme mlle herr frau ir dato datuk dr. prof. mr. mrs. ms.""".split())
_ROLE_WORDS = frozenset("""president vice director directors chairman chairwoman chairperson chair
chief officer ceo cto cfo coo cio ciso cmo cpo cso vp svp evp avp gm md manager head lead leader
founder co-founder cofounder attorney general secretary minister commissioner superintendent mayor
governor senator representative executive partner principal professor fellow engineer architect
analyst evangelist advocate member board treasurer counsel editor spokesperson spokesman
spokeswoman coordinator administrator dean provost chancellor sheriff judge justice deputy
assistant associate senior trustee steward ambassador consul councillor councilor alderman
inspector captain commander sergeant lieutenant colonel owner strategist scientist researcher
consultant specialist developer maintainer contributor committer fundraising marketing sales
operations engineering technology relations communications affairs development strategy product
products research finance legal infrastructure security programs program community innovation
controller comptroller auditor registrar clerk bishop rabbi imam pastor coach curator producer
founding emeritus interim acting managing technical creative investor investors chairs officers
principal ombudsman outreach partnerships policy people talent growth customer customers success
brand design data platform education events membership advocacy public digital content editorial
revenue procurement compliance risk quality support logistics supply manufacturing hr sustainability
vorstandsvorsitzende vorstandsvorsitzender vorstand vorstände vorsitzende vorsitzender geschäftsführer
geschäftsführerin leiter leiterin sprecher sprecherin direktor direktorin präsident präsidentin gründer
gründerin mitgründer mitgründerin bürgermeister bürgermeisterin ministerin chef chefin aufsichtsratsvorsitzende
aufsichtsratsvorsitzender finanzvorstand technikvorstand directeur directrice présidente fondateur fondatrice
responsable maire ministre directora presidenta fundador fundadora consejero consejera delegado delegada
alcalde alcaldesa ministro ministra
diversity inclusion culture alliances ecosystem investments treasury tax audit accounts
commercial business corporate international regional global national americas emea apac asia
europe""".split())
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
_CONNECTIVES = frozenset("of the and & for at de du des di in on to".split())
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
_ABBREVIATIONS = frozenset("""prof dr mr mrs ms mx st jr sr rev hon gov sen rep gen col capt lt sgt corp
inc ltd co no mt ft vs etc dept univ assn bros""".split())
_ROLE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom|where|and\s+who)\s")
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|that|where|when|while|and|as)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "they", "he also", "she also", "they also", "他", "她", "他们", "她们"})

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
工程师 架构师 科学家 专家 顾问 代表 发言人 书记 市长 省长 行长 社长 台长
首席執行官 總裁 副總裁 總監 經理 總經理 負責人 創始人 董事長 發言人""".split())
_CN_TITLE_SUFFIXES = _CN_TITLES + tuple("官长長人员員师師")
_CN_NOT_NAME = re.compile("[的们們是在和了与與及或等之其该該此这這]")

# --- attribution patterns ----------------------------------------------------------------

_EN_VERBS = (
    r"(?:said|says|say|added|adds|commented|comments|noted|notes|explained|explains|stated|states"
    r"|remarked|remarks|continued|continues|concluded|concludes|emphasi[sz]ed|emphasi[sz]es"
    r"|stressed|stresses|observed|observes|pointed\s+out|points\s+out|shared|shares|highlighted"
    r"|highlights|declared|declares|affirmed|affirms|acknowledged|acknowledges|wrote|writes"
    r"|recalled|reflected|urged|elaborated|announced|announces|asserted|insisted|predicted"
    r"|underscored|underlined|reiterated|summed\s+up|went\s+on|told\s+[^,:;.“”\"]{1,40}?"
    # German, French, Spanish: „…“, sagt Dr. Anna Beck. / « … », déclare Marie Roy.
    r"|sagt|sagte|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|kommentiert|kommentierte|meint|meinte"
    r"|unterstreicht|fügt\s+hinzu|fügte\s+hinzu|so(?=\s+(?-i:[A-ZÄÖÜ])|\s+(?:der|die)\s)"
    r"|déclare|a\s+déclaré|explique|a\s+expliqué|souligne|a\s+souligné|ajoute|a\s+ajouté|affirme|indique"
    r"|précise|dijo|afirmó|afirma|explicó|explica|señaló|señala|añadió|declaró|aseguró|destacó|indicó)"
)
_LEAD_VERB = re.compile(
    r"(?:^|(?<=[\s,]))(?P<verb>" + _EN_VERBS + r")"
    r"(?:\s+(?:in|at|during|on|via|through)\s+[^,:;“”\"]{1,60}?)?(?:\s+that)?\s*[,:]?\s*$",
    re.I,
)
_LEAD_CJK_VERB = re.compile(
    r"(?:说道|说|說|表示|指出|称|稱|强调|強調|补充道|补充说|补充|谈到|談到|提到|介绍说|介绍|认为|坦言|透露|"
    r"回忆道|总结道|直言|感叹|解释说|解释|谈道|告诉[^：:，,]{0,20}?)\s*[：:，,]?\s*$"
)
_TAIL_VERB_FIRST = re.compile(r"^\s*[,.;]?\s*(?:" + _EN_VERBS + r"|according\s+to)\s+(?P<rest>.*)$", re.I | re.S)
_TAIL_WHO_FIRST = re.compile(
    r"^\s*[,.;]?\s*(?P<who>[^;!?“”\"«»「」\n]{2,160}?)\s*,?\s+" + _EN_VERBS
    + r"(?:\s+(?:in|at|during|on|via|through|today|yesterday)\b[^.;:“”\"]{0,60})?\s*(?:[.,;!?]|$)",
    re.I,
)
_TAIL_CJK = re.compile(
    r"^\s*[，,]?\s*(?P<who>[^。！？；“”\"「」\n]{1,60}?)(?:说道|说|說|表示|指出|强调|強調|补充道)[。，,.]?\s*(?:$|[“\"「])"
)
_DASH = re.compile(r"^\s*[,.]?\s*[—–―-]{1,2}\s*(?P<who>\S[^\n]*)$")
_SPLIT_GAP = re.compile(r"[^“”\"«»「」\n]{0,120}?\b(?:" + _EN_VERBS + r"|according\s+to)\b[^“”\"«»「」\n]{0,120}?[.,]\s*$",
                        re.I)
_REPORTING = re.compile(r"\s(?:said|says|told|explained|added|noted|argued|warned|stressed|believes)\b")
_NOTE = re.compile(r"^\s*(?:译注|译者注|編者按|编者按|编者注|編者注|译者按|translator[’']s\s+note)", re.I)
_BOUNDARY = re.compile(r"[.!?;](?=\s|$)|[。！？；]")
_ABBR_DOT = re.compile(r"\b(Prof|Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Rev|Hon|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt)\.")
_NICKNAME = re.compile(r"[“\"][^”\"]{1,40}[”\"]")
_SEGMENTS = re.compile(r"\s*[,，]\s*")


def _has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


def _blank(text: str) -> bool:
    return not text.strip(" \t\n,.;:，。；：、-—–")


def _real_boundary(text: str, pos: int) -> bool:
    """Is the mark at ``pos`` a sentence end, not the dot of "Corp." or "J."?"""
    if text[pos] != ".":
        return True
    space = text.rfind(" ", max(0, pos - 40), pos)
    word = text[space + 1:pos]
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False
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
    if _is_nickname(token):
        return True
    if len(token) == 2 and token[0].isupper() and token[1] == ".":
        return True  # an initial
    if not token or not token[0].isupper() or token.endswith(("’s", "'s")):
        return False
    low = token.lower().rstrip(".")
    if low in _STOP_WORDS or low in _HONORIFICS or low in _ROLE_WORDS or low in _ORG_WORDS:
        return False
    if not all(c.isalpha() or c in "’'-." for c in token) or not any(c.islower() for c in token):
        return False
    for k in range(1, len(token)):
        c = token[k]
        if c.isupper() and token[k - 1].islower() and not re.match(
                r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)$", token[:k]):
            return False  # CamelCase: a product or company, not a person
    return True


def _name_start(tokens: list[str]) -> int | None:
    """Index where a trailing personal name begins in ``tokens``, or None."""
    end = len(tokens)
    if end > 1 and tokens[-1] in _NAME_SUFFIXES:
        end -= 1
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
        if token[0].isupper() or token[0].isdigit() or bare in _CONNECTIVES or bare in _ROLE_WORDS:
            continue
        if bare in _HONORIFICS or token.startswith(("“", '"')):
            continue
        return False
    return True


def _has_role_word(text: str) -> bool:
    return any(_bare(t) in _ROLE_WORDS for t in text.split())


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = _WS.sub(" ", role).strip(" \t,;:，；：、.。-—–")
    if not role or len(role) > 200 or _RELATIVE.match(role):
        return None
    clause = _ROLE_CLAUSE.search(role)  # "partner at Westfield, who will join the board"
    return role[:clause.start()].rstrip(" ,") if clause else role


def _join_role(*parts: str | None) -> str | None:
    return _clean_role(", ".join(p for p in parts if p)) if any(parts) else None


def _cjk_name_ok(name: str) -> bool:
    if not 2 <= len(name) <= 4 or _CN_NOT_NAME.search(name) or name.endswith(_CN_TITLES):
        return False
    return name[0] in _CN_SURNAMES or name[:2] in _CN_COMPOUND_SURNAMES


# --- extractor ---------------------------------------------------------------------------

Person = tuple[str, "str | None"]


@dataclass
class _Chain:
    parts: list[str]
    block: Block
    speaker: str | None = None
    role: str | None = None


class _Extractor:
    def __init__(self, blocks: list[Block]):
        self.blocks = [b for b in blocks if b.role in _ELIGIBLE_ROLES and b.kind != "image"
                       and not _NOTE.match(b.text)]
        self.people: dict[str, str | None] = {}
        self.last: Person | None = None
        self.last_pos = -10
        self.pos = 0
        self._resolved: dict[tuple[str, str], Person | None] = {}
        self._before = ""  # the text read before the current quotation (for "he said")

    # people --------------------------------------------------------------------------------
    def _remember(self, person: Person) -> None:
        name, role = person
        if role or name not in self.people:
            self.people.pop(name, None)
            self.people[name] = role
        self.last, self.last_pos = (name, self.people.get(name)), self.pos

    def _resolve(self, key: str, title: str | None) -> Person | None:
        """A surname (or given name) alone: the full name introduced elsewhere in the release."""
        for name in reversed(list(self.people)):
            parts = name.replace("”", " ").split()
            if parts and (parts[-1] == key or parts[0] == key):
                return name, self.people[name]
        cache_key = (key, title or "")
        if cache_key in self._resolved:
            return self._resolved[cache_key]
        if len(self._resolved) >= _MAX_RESOLVE:
            return None
        self._resolved[cache_key] = found = self._find_introduction(key, title)
        return found

    def _find_introduction(self, key: str, title: str | None) -> Person | None:
        pattern = re.compile(r"(?<![\w’'])" + re.escape(key) + r"(?![\w’'])")
        want = _bare(title.split()[-1]) if title else None
        best: tuple[int, str, str | None] | None = None
        for block in self.blocks:
            text = block.text
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 160):match.start()]
                if not before.endswith(" "):
                    continue
                tokens = before.split()
                given: list[str] = []
                i = len(tokens) - 1
                while i >= 0 and len(given) < 3 and (_is_name_token(tokens[i]) or (
                        given and tokens[i].lower() in _PARTICLES)):
                    given.insert(0, tokens[i])
                    i -= 1
                while given and given[0].lower() in _PARTICLES:
                    given.pop(0)
                if not given:
                    continue
                role_tokens: list[str] = []
                while i >= 0 and not tokens[i].endswith((",", ";", ":", ".", "–", "—")) and (
                        tokens[i][:1].isupper() or _bare(tokens[i]) in _CONNECTIVES
                        or _bare(tokens[i]) in _ROLE_WORDS):  # "Managing director Fiona McKenzie"
                    role_tokens.insert(0, tokens[i])
                    i -= 1
                while role_tokens and _bare(role_tokens[0]) in _CONNECTIVES:
                    role_tokens.pop(0)
                role = " ".join(role_tokens) if _has_role_word(" ".join(role_tokens)) else None
                if role is None:
                    after = re.match(r",\s+([^,;:“”\"]{3,120}?)(?:,|\.\s|$)", text[match.end():match.end() + 160])
                    if after and _has_role_word(after.group(1)):
                        role = after.group(1)
                score = (2 if want and role_tokens and _bare(role_tokens[-1]) == want else 0) + bool(role)
                if best is None or score > best[0]:
                    best = (score, " ".join(given + [key]), _clean_role(role))
                if best[0] >= 3:
                    return best[1], best[2]
        return (best[1], best[2]) if best else None

    # who ------------------------------------------------------------------------------------
    def _parse_who(self, who: str, strict: bool = False) -> Person | None:
        """"Name, Role" / "Role Name" / "Surname" / "he" → (full name, role), or None."""
        who = _WS.sub(" ", who).strip(" \t,;:，；：.。")
        if not who or len(who) > 250:
            return None
        if who.lower() in _PRONOUNS:
            if strict:
                return None
            reported = self._reported_person()
            if reported:
                return reported
            return self.last if self.last and self.pos - self.last_pos <= 3 else None
        if _has_han(who):
            return self._parse_cjk(who, strict)
        segments = [s for s in _SEGMENTS.split(who) if s]
        for k, seg in enumerate(segments):
            if strict and k > 0:
                return None
            person = self._segment_person(seg, segments[k + 1:], segments[k - 1] if k else None, strict)
            if person:
                return person
        return None

    def _segment_person(self, seg: str, rest: list[str], before: str | None, strict: bool) -> Person | None:
        tokens = _tokens(seg)
        start = _name_start(tokens)
        if start is None:
            return None
        prefix, name_tokens = tokens[:start], tokens[start:]
        if not _titleish(prefix):
            return None
        while prefix and _bare(prefix[0]) in _HONORIFICS:
            prefix = prefix[1:]
        role_prefix = " ".join(prefix) if prefix and _has_role_word(" ".join(prefix)) else None
        rest_role = _clean_role(", ".join(rest)) if rest else None
        if not role_prefix and not rest_role and before and _has_role_word(before):
            role_prefix = re.sub(r"^(?:the|a|an)\s+", "", before.strip(), flags=re.I)
        caps = sum(1 for t in name_tokens if _is_name_token(t))
        if caps >= 2:
            name = " ".join(name_tokens)
            return name, _join_role(role_prefix, rest_role) or self.people.get(name)
        if strict:
            return None
        found = self._resolve(name_tokens[-1], role_prefix)
        if found is None:
            # "Mr O’Brien said" with no full name anywhere: the surname is all the release gives.
            polite = len(tokens) > len(prefix) + len(name_tokens)
            return (name_tokens[-1], _join_role(role_prefix, rest_role)) if polite else None
        name, intro_role = found
        return name, rest_role or intro_role or role_prefix

    def _parse_cjk(self, who: str, strict: bool) -> Person | None:
        segments = [s for s in _SEGMENTS.split(who) if s]
        first = segments[0]
        rest = _clean_role(", ".join(segments[1:]).replace(", ", "，")) if len(segments) > 1 else None
        if _has_han(first):
            if _cjk_name_ok(first):
                return first, rest
        else:
            tokens = _tokens(first)
            start = _name_start(tokens)
            if start == 0 and sum(1 for t in tokens if _is_name_token(t)) >= 2:
                return first, rest
            if start is not None and len(segments) == 1 and _titleish(tokens[:start]):
                return self._segment_person(first, [], None, strict)
        for k in range(len(segments) - 1, -1, -1):
            person = self._role_then_name(segments[k])
            if person:
                return person
            if strict:
                break
        return None

    def _role_then_name(self, seg: str) -> Person | None:
        """"Apache软件基金会董事会主席Sander Striker", "总监 王蕴博", "百度副总裁侯震宇"."""
        spaced = _HAN_LATIN_EDGE.sub(" ", seg)
        tokens = _tokens(spaced)
        start = _name_start(tokens)
        if start is not None and start > 0:
            name_tokens = tokens[start:]
            name = " ".join(name_tokens)
            role = seg[:len(seg) - len(name)] if seg.endswith(name) else " ".join(tokens[:start])
            if sum(1 for t in name_tokens if _is_name_token(t)) >= 2:
                return name, _clean_role(role) or self.people.get(name)
            found = self._resolve(name_tokens[-1], None)
            return (found[0], _clean_role(role) or found[1]) if found else None
        run_match = _HAN_TAIL.search(seg)
        if not run_match:
            return None
        run, before = run_match.group(), seg[:run_match.start()]
        if len(run) <= 4 and (not before or not before[-1].isalnum()) and _cjk_name_ok(run):
            return run, _clean_role(before) or self.people.get(run)
        for size in (3, 2, 4):
            name, head = run[-size:], run[:-size]
            if head and head.endswith(_CN_TITLE_SUFFIXES) and _cjk_name_ok(name):
                return name, _clean_role(before + head)
        return None

    # attribution ---------------------------------------------------------------------------
    def _lead_person(self, lead: str) -> Person | None:
        """"Name, Role, said: “" / "Role Name说：“" / "according to Name, “"."""
        lead = lead[-_WINDOW:]
        if not lead.strip():
            return None
        cjk = _LEAD_CJK_VERB.search(lead[-40:])
        if cjk:
            who = lead[:len(lead) - 40 + cjk.start()] if len(lead) > 40 else lead[:cjk.start()]
            who = re.split(r"[。！？；!?;\n]", who)[-1].strip()
            who = re.sub(r"[也还還则則亦更又]+$", "", who)
            return self._parse_who(who) if who else None
        verb = _LEAD_VERB.search(lead[-120:])
        if verb:
            cut = len(lead) - min(len(lead), 120) + verb.start()
            who = _after_last_boundary(lead[:cut])
            return self._parse_who(who) if who.strip() else None
        low = lead.lower()
        at = low.rfind("according to ")
        if at >= 0:
            who = lead[at + len("according to "):]
            if not _blank(who) and _before_first_boundary(who) == who:
                return self._parse_who(who)
        return None

    def _reported_person(self) -> Person | None:
        """"he said" after a sentence that reports someone's words: "The chair, Dr Ann Roe, said
        the plan works. ‘…,’ she said." The person is the one that sentence names."""
        before, self._before = self._before, ""  # read once: no recursion through _parse_who
        if not before.strip() or _has_han(before):
            return None
        cut = len(before)
        for _ in range(2):  # the last two sentences before the quotation
            head = before[:cut].rstrip()
            start = 0
            for match in _BOUNDARY.finditer(head):
                if match.end() < len(head) and _real_boundary(head, match.start()):
                    start = match.end()
            sentence = head[start:]
            verb = _REPORTING.search(sentence)
            if verb:
                who = sentence[:verb.start()]
                if 0 < len(who) <= 200 and not _scan_double(who):
                    person = self._parse_who(who)
                    if person:
                        return person
            if start == 0:
                break
            cut = start
        return None

    def _tail_person(self, tail: str) -> tuple[Person | None, bool]:
        """Attribution after the closing mark; also whether it used up the text up to the next quote."""
        tail = tail[:_WINDOW]
        if _blank(tail):
            return None, False
        first = _TAIL_VERB_FIRST.match(tail)
        if first:
            rest = first.group("rest")
            who = _before_first_boundary(rest)
            person = self._parse_who(who)
            if person:
                return person, _blank(rest[len(who):])
            return None, False
        second = _TAIL_WHO_FIRST.match(tail)
        if second:
            who = second.group("who")
            if _before_first_boundary(who) == who:
                person = self._parse_who(who)
                if person:
                    return person, _blank(tail[second.end():])
        dash = _DASH.match(tail)
        if dash:
            person = self._parse_who(_before_first_boundary(dash.group("who")) if not _has_han(
                dash.group("who")) else dash.group("who"), strict=True)
            if person:
                return person, True
        cjk = _TAIL_CJK.match(tail)
        if cjk:
            person = self._parse_who(cjk.group("who"))
            if person:
                return person, _blank(tail[cjk.end():])
        return None, False

    def _line_person(self, block: Block) -> Person | None:
        """A stand-alone "Name, Role" (or "Title Name, Org") line above a testimonial."""
        text = block.text.strip()
        if (not text or len(text) > 200 or block.kind in ("rule", "image") or text[0] in "-—–―"
                or re.search(r"\b(?:said|says|added)\b", text, re.I)):
            return None
        if any(_is_sentence(text[s.inner_start:s.inner_end]) for s in _scan(text)):
            return None
        if text.endswith((".", "!", "?", ":", "：", "。")):
            last = text.split()[-1].rstrip(".").lower()
            if not text.endswith(".") or last not in _ABBREVIATIONS:
                return None
        has_han = _has_han(text)
        if not has_han and not re.search(r"[,，]", text) and not _has_role_word(text):
            return None
        return self._parse_who(text, strict=True)

    def _block_person(self, pos: int) -> Person | None:
        """Attribution for a block that is all quotation: "— Name, Role" after it, a name line or
        a "Name said:" paragraph before it."""
        if pos + 1 < len(self.blocks):
            dash = _DASH.match(self.blocks[pos + 1].text)
            if dash and len(dash.group("who")) <= 200:
                person = self._parse_who(dash.group("who"), strict=True)
                if person:
                    return person
        if pos > 0:
            prev = self.blocks[pos - 1]
            if prev.text.rstrip().endswith((":", "：")):
                person = self._lead_person(prev.text)
                if person:
                    return person
            return self._line_person(prev)
        return None

    # main loop ------------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        chains: list[_Chain] = []
        open_chain: _Chain | None = None
        for pos, block in enumerate(self.blocks):
            self.pos = pos
            text = block.text
            carried, open_chain = open_chain, None
            spans = _scan(text)
            real: list[_Span] = []
            tails_only: set[int] = set()  # short second halves of a split quote: merged or dropped
            for k, s in enumerate(spans):
                inner = text[s.inner_start:s.inner_end]
                if _is_sentence(inner) or (k == 0 and carried is not None and _blank(text[:s.start])):
                    real.append(s)
                elif real and real[-1] is spans[k - 1] and s.start - real[-1].end <= 250 \
                        and _SPLIT_GAP.match(text, real[-1].end, s.start) \
                        and len(_WORD.findall(inner)) >= 2:
                    tails_only.add(len(real))
                    real.append(s)
                elif _short_first_half(text, spans, k):
                    real.append(s)  # “Demand is high,” said X. “We booked 400 sessions …”
            previous: _Chain | None = None
            consumed = False
            for j, span in enumerate(real):
                inner = text[span.inner_start:span.inner_end].strip()
                lead_from = max(real[j - 1].end if j else 0, span.start - _WINDOW)
                lead = text[lead_from:span.start]
                tail_to = real[j + 1].start if j + 1 < len(real) else len(text)
                tail = "" if span.open_ended else text[span.end:min(tail_to, span.end + _WINDOW)]
                at_start = j == 0 and (span.start == 0 or _blank(text[:span.start]))
                self._before = lead
                if at_start and pos > 0 and not _scan(self.blocks[pos - 1].text):
                    self._before = self.blocks[pos - 1].text[-_WINDOW:]
                chain: _Chain | None = None
                if at_start and carried is not None:
                    chain = carried
                    chain.parts.append(inner)
                    if chain.speaker is None:
                        person, consumed = self._tail_person(tail)
                        if person:
                            chain.speaker, chain.role = person
                            self._remember(person)
                else:
                    person = self._lead_person(lead)
                    used = False
                    if person is None:
                        person, used = self._tail_person(tail)
                    if person is None and previous is not None and (consumed or _blank(lead)):
                        chain = previous
                        chain.parts.append(inner)
                    elif j in tails_only:
                        chain = None
                    else:
                        pure = at_start and j == len(real) - 1 and (span.open_ended or _blank(tail))
                        if person is None and pure:
                            person = self._block_person(pos)
                        if person is not None or span.open_ended:
                            chain = _Chain(parts=[inner], block=block)
                            if person:
                                chain.speaker, chain.role = person
                                self._remember(person)
                            chains.append(chain)
                    consumed = used
                previous = chain
                if span.open_ended and chain is not None:
                    open_chain = chain
        return _finish(chains)


def _short_first_half(text: str, spans: list[_Span], k: int) -> bool:
    """A short quotation ending in punctuation, its attribution, then the rest of the quotation."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    inner = text[s.inner_start:s.inner_end].rstrip()
    return (inner[-1:] in (",", ".", "!", "?", "…") and len(_WORD.findall(inner)) >= 2
            and nxt.start - s.end <= 250 and _is_sentence(text[nxt.inner_start:nxt.inner_end])
            and _SPLIT_GAP.match(text, s.end, nxt.start) is not None)


def _finish(chains: list[_Chain]) -> list[Quote]:
    quotes: list[Quote] = []
    seen: dict[str, list[str]] = {}
    every: set[str] = set()
    for chain in chains:
        if not chain.speaker:
            continue
        text = " ".join(p for p in chain.parts if p)
        key = _KEY.sub("", text.lower())
        if not key:
            continue
        same = seen.setdefault(chain.speaker, [])
        if key in every or (len(same) < 200 and len(key) >= 30 and any(key in k for k in same)):
            continue
        same.append(key)
        every.add(key)
        quotes.append(Quote(text=text, speaker=chain.speaker, role=chain.role,
                            section=chain.block.section, block=chain.block.index))
    return quotes


def extract_quotes(blocks: list[Block]) -> list[Quote]:
    """Every quotation attributed to a person, in reading order (see the module docstring)."""
    return _Extractor(blocks).run()
