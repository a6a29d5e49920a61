"""Patterns and word lists of contact blocks: labels, roles, organisation and name words."""

from __future__ import annotations

import re

from .. import detect, lexicon
from ..text import HAN, HEADING_MARKS, KANA, alternation

_CJK_KANA = re.compile(f"[{KANA}{HAN}]")

_SPACE_EMAIL = re.compile(
    r"(?P<local>[a-z0-9][a-z0-9._%+\-]{0,63}) (?P<domain>[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,4}"
    r"\.[a-z]{2,24})")


_FIELD_WORDS = lexicon.words("PHONE_LABELS") | lexicon.words("EMAIL_LABELS") | lexicon.words("FAX_LABELS")
_LATIN_FIELDS = frozenset(w for w in _FIELD_WORDS if not _CJK_KANA.search(w))
_CJK_FIELDS = frozenset(w for w in _FIELD_WORDS if _CJK_KANA.search(w))
_LABEL = re.compile(
    r"(?<![A-Za-z])(?P<spaced>(?i:tel(?:ephone)?(?:\s?/\s?fax)?|e-?mail|" + alternation(_LATIN_FIELDS, loose_spaces=True) + r"))"
    r"(?:\s?[.:：]|(?=\s?[+(]?\d))"
    r"|(?<=[A-Za-z0-9)\]])(?P<glued>Telephone|Tel|Phone|Mobile|Mob|Cell|Fax|E-?[Mm]ail|EMAIL|Mail)(?=\s?[.:：])"
    r"|(?:(?<![A-Za-z])|(?<=[a-z0-9)]))(?P<one>[TPMFE])\s?[.:]"
    rf"(?=\s?(?:[+(]\s?\d|\d|[{detect.LOCAL_CHARS}]{{1,64}}@))"
    r"|(?P<cjk>" + alternation(_CJK_FIELDS, loose_spaces=True) + r")\s?[:：]?")
_FAX_WORDS = {w.lower() for w in lexicon.words("FAX_LABELS")} | {"f"}
# A fax label written after its number ("(414) 555-0173 (fax)", "… 555-0173 fax,"), not before the next one.
_FAX_ALT = "(?i:" + alternation(lexicon.words("FAX_LABELS")) + ")"
_FAX_AFTER = re.compile(r"\s?[(\[]\s?" + _FAX_ALT + r"\s?[)\]]|\s" + _FAX_ALT + r"(?![\w.:：]|\s?[+(]?\d)")
_EMAIL_WORDS = {w.lower() for w in lexicon.words("EMAIL_LABELS")} | {"e", "email", "e-mail"}
# Lines run together by flattening: "…CorporationTelephone", "ACMEJane", "Jane RoeCFO and …".
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=[a-z]{2})(?=[A-Z]{2,5}(?![A-Za-z]))"
                    r"|(?<=[a-z][A-Z])(?=[A-Z][a-z]{2})")  # "… GmbHKatrin Weber": a legal form ending in a capital
# A word ending on a surname prefix just before such a cut: one name ("Cameron MacLeod"), not two lines.
_SURNAME_PREFIX_END = re.compile(r"(?<![A-Za-z])(?:" + alternation(lexicon.words("SURNAME_PREFIXES")) + ")$")
_WEBMAIL = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me",
            "qq", "163", "126", "sina", "proton", "protonmail", "gmx", "web", "mail"}
_PUBLIC_SUFFIX_PARTS = {"com", "org", "net", "edu", "gov", "mil", "int", "co", "ac", "or", "ne", "go",
                        "info", "biz", "io", "ltd", "plc", "gob", "gouv", "nic", "sch"}


# --- intro lines ---------------------------------------------------------------------------

_INTROS = lexicon.words("CONTACT_LABELS") | lexicon.words("DESK_WORDS")  # a desk's line opens a block too
_LATIN_INTROS = frozenset(w for w in _INTROS if not _CJK_KANA.search(w))
_CJK_INTROS = frozenset(w for w in _INTROS if _CJK_KANA.search(w))
_INTRO_LABEL = re.compile(
    r"(?i:for\s(?:further\s|more\s|additional\s|all\s)?)?"
    r"(?:(?P<org>(?:[A-Z][\w&.’'\-]*\s){1,4}?)?"  # "Kilnworks Media Contact": the org before the label
    r"(?i:(?:(?:global|international|regional|local|corporate|us|uk|eu|asia|europe|emea|apac|north\s+america)\s)?"
    r"(?:media|press|news|pr|investors?|analysts?|ir|journalists?|public\s+relations|corporate(?=\scontacts?))"
    r"(?:\s?(?:and|&|/)\s?(?:media|press|investors?|analysts?|news|ir|pr))?"
    r"\s(?:contacts?(?:\s(?:information|details))?|enquiries|inquiries|queries|relations(?:\s+contacts?)?"
    r"|information|office|desk|team))"
    # "Investors: 1-800-…", "Media: Jane Roe …": the audience alone before its colon
    r"|(?i:media|press|investors?|analysts?)(?=\s?[:：])"
    # "Contact Hiber: Jane Roe …": the organisation between a bare "Contact" and its colon, a name after
    r"|(?i:contacts?)\s(?!(?i:information|info|details|persons?|presse?|m[ée]dias?|prensa|de|us|the|our)\b)"
    r"(?P<named>[A-Z][\w&.’'\-]*(?:\s[A-Z][\w&.’'\-]*){0,3})(?=\s?[:：]\s?[A-Z])"
    # "Acme Securities Contact: Jane Roe …": the organisation before a bare "Contact" and its colon
    r"|(?P<owner>(?:[A-Z][\w&.’'\-]*\s){1,4}?)(?i:contacts?)(?=\s?[:：])"
    r"|(?i:contacts?(?:\s(?:information|info|details|person|persons|presse|press|m[ée]dias?|prensa|de\s+prensa))?"
    r"|" + alternation(_LATIN_INTROS, loose_spaces=True) + ")"
    f"|(?:[{HEADING_MARKS}※]\\s?)?[{KANA}{HAN}]{{0,6}}?(?:" + alternation(_CJK_INTROS, loose_spaces=True) + r"))"
    # "Media ContactJane Roe…", "Media Relationspress@…": the details glued on by flattening; a word
    # going on after a hyphen ("Kontakt-Informationen") is a compound, no label and its details
    r"(?:(?![\w]|-[^\W\d_])|(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z])(?=[a-z][A-Za-z0-9._%+\-]{0,63}@))\s?(?P<colon>[:：])?")
# A Chinese or Japanese label alone on its line with a longer lead before the label word, saying
# whose enquiries it takes: "報道関係者からのお問い合わせ先", "本件に関する報道関係者からのお問い合わせ先".
CJK_LABEL_LINE = re.compile(f"(?:[{HEADING_MARKS}※]\\s?)?[{KANA}{HAN}]{{0,20}}?(?:" + alternation(_CJK_INTROS, loose_spaces=True)
                            + r")\s?[:：]?")
# Words before a label that say which contact it is, not whose: "External Investor Relations",
# "Company Media Contact", "Additional Contact".
_INTRO_ORG_STOP = {"for", "our", "your", "all", "other", "the", "please", "global", "international",
                   "local", "regional", "corporate", "us", "uk", "eu", "asia", "europe", "emea", "apac",
                   "external", "internal", "company", "general", "additional", "primary", "secondary"}
_LEADIN_WORDS = re.compile(
    r"(?i)\b(?:contact\w*|enquir\w*|inquir\w*|information|reach)\b|查询|查詢|联系|聯繫|聯絡|联络|垂询|垂詢|連絡|問い?合わ?せ")
# A label of another language opening a longer lead-in before its colon: "Ansprechpartner für die
# Presse:", "Kontakt für Medien:", "Contacto para a imprensa:" (the label, then whom it is for, led
# by a small word: "Ufficio Stampa Comune di Valdarno" names the desk's organisation instead).
LABEL_LEAD = re.compile(r"^(?i:" + alternation(_LATIN_INTROS, loose_spaces=True) + r")\s[a-zß-ÿ]\w*(?:\s\w+){0,3}$")
_INTRO_POSSESSIVE_ORG = re.compile(
    r"\b(?i:contact)\s(?:(?i:the)\s)?(?P<org>[A-Z][\w&.\-]*(?:\s(?:[A-Z][\w&.\-]*|of|and|&)){0,6}?)(?:’s|'s)\s")
# The organisation a lead-in ends on, right before its colon: "For enquiries, please contact Acme PR Ltd".
_INTRO_NAMED_ORG = re.compile(
    r"\b(?i:contact)\s(?:(?i:the)\s)?(?P<org>[A-Z][\w&.\-]*(?:\s(?:[A-Z][\w&.\-]*|of|and|&)){0,6})\s?$")
# A press desk named for no one ("Press Office", "Pressestelle"), and the word that joins it to the
# organisation after it ("Pressestelle der Stadtwerke …", "Press Office of …").
_DESK = re.compile(r"(?<!\w)(?i:(?:the\s)?(?:" + alternation(lexicon.words("DESK_WORDS"), loose_spaces=True) + "))")
# A name never follows its organisation's "of" ("Secretaría de Movilidad de Nuevo León" is one organisation).
_OF_WORDS = frozenset(w for w in lexicon.words("DESK_OF_WORDS") if " " not in w)
_DESK_OF = re.compile(r"(?i:" + alternation(lexicon.words("DESK_OF_WORDS"), loose_spaces=True) + r")\s(?=[A-ZÀ-Þ])")
# The organisation may open with a small word where a capital follows in it ("Service de presse du
# ministère de la Culture": French and Spanish write a ministry's kind small).
_DESK_OF_ORG = re.compile("(?P<desk>" + _DESK.pattern + r")\s(?i:" + alternation(lexicon.words("DESK_OF_WORDS"), loose_spaces=True)
                          + r")\s(?P<org>[A-ZÀ-Þ].{1,80}|[a-zß-ÿ]+\s.{0,40}[A-ZÀ-Þ].{0,40})")
# A department named with its organisation's possessive, as a line over the department's people
# ("Acme’s Communications & Public Affairs Department:", "the Trust's Press Office"): the organisation's.
_DESK_OF_OWNER = re.compile(r"(?:(?i:the)\s)?(?P<org>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,5})(?:’s|'s)\s[A-Z][^:：]{1,80}?"
                            r"\s(?i:department|office|division|unit|team|bureau|desk|section)")
# A release label set in the column beside a contact line and run into it when the columns were
# joined ("Contact: Acme Valve Co.      FOR IMMEDIATE RELEASE", the head of a filing's exhibit).
_RELEASE_LABEL_END = re.compile(r"\s(?i:" + alternation(lexicon.words("RELEASE_LABELS"), loose_spaces=True) + r")$")
_ROLEISH_LABEL = re.compile(r"(?i)^(?:investor|media|public|press)\s+relations$")


def names_department(text: str) -> bool:
    """A press or investor department's name alone ("Investor Relations", "Media Relations:")."""
    return _ROLEISH_LABEL.match(text.strip().rstrip(":：")) is not None


_TRADES = lexicon.words("DEPARTMENT_TRADES")
_KINDS = lexicon.words("DEPARTMENT_KINDS")


def department_by_trade(tokens: list[str]) -> bool:
    """A department named by its trade after generic words only ("University Communications",
    "Office of Public Affairs"): an office, no organisation ("Lakeside University" is one)."""
    return 2 <= len(tokens) <= 5 and tokens[-1] in _TRADES and all(t in _KINDS or t in _TRADES for t in tokens[:-1])


def org_before_department(chunk: str) -> str | None:
    """The organisation a line names before its department ("Ridgemont University" of "Ridgemont
    University Communications"): the department is the organisation's last word and its trade
    (``department_by_trade``), as a contact line runs them together; None where no department ends it."""
    words = chunk.split()
    tokens = [word.strip(".,").lower() for word in words]
    for j in range(1, len(tokens) - 1):
        if tokens[j] in _ORG_TAIL and tokens[j] not in _GENERIC_FIRST and department_by_trade(tokens[j:]):
            return " ".join(words[: j + 1]) if tokens[0] not in _GENERIC_FIRST else None
    return None


def named_pr_agency(chunk: str) -> bool:
    """"Page Two Public Relations", "Tamar Financial Relations": a PR agency named before its trade,
    where "Head of Public Relations" and "Corporate Public Relations" are a job and a department."""
    words = chunk.rstrip(" :：").split()
    return (3 <= len(words) <= 7 and " ".join(words[-2:]).lower() in ("public relations", "financial relations")
            and all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words[:-2])
            and words[0].lower() not in _GENERIC_FIRST and not _HARD_ROLE.search(" ".join(words[:-2])))


_LABEL_PREFIX = re.compile(
    r"(?i)^(?:name|contact(?:\s+person)?|attn|attention|media|press|investors?|analysts?|journalists?)\s?[:：]\s?"
    r"|^(?:" + alternation(lexicon.words("PERSON_LABELS"), loose_spaces=True) + r")\s?[:：]?")

# --- where a contact block ends --------------------------------------------------------------

_ABOUT = re.compile(r"(?:About|ABOUT|Über|ÜBER|À propos|A propos|Acerca de)\s+\S|关于|關於")
_END_MARK = re.compile(r"(?:#\s?){3,}|-\s?(?i:ends?)\s?-|–\s?(?i:ends?)\s?–|—\s?(?i:ends?)\s?—|-\s?30\s?-"
                       r"|(?i:ends?)|\*\s?\*\s?\*|完|（完）|\(完\)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_CJK = re.compile(f"[{HAN}]")

# --- what one line (chunk) of a contact block is -------------------------------------------

_CHUNK_SPLIT = re.compile(
    r"\s?(?:\||•|·|;|,(?!\s?(?:Inc|Ltd|LLC|L\.L\.C|Co\b|Corp|GmbH|AG\b|S\.A|plc|Limited|LLP)\b)"
    r"|\s[–—-]\s|\s/\s|[()（）])\s?")
_HARD_ROLE = re.compile(
    r"(?i)\b(?:president|vice|director|manager|officer|head|chief|spokes(?:person|man|woman)|specialist"
    r"|coordinator|co-ordinator|lead|senior|associate|assistant|analyst|consultant|editor|secretary"
    r"|chair(?:man|woman|person)?|ceo|cfo|coo|cto|cmo|vp|svp|evp|avp|representative|counsel|founder"
    r"|strategist|principal|partner|liaison|advisor|adviser|executive(?!\s+board|\s+committee)|relations|sprecher(?:in)?"
    r"|leiter(?:in)?|referent(?:in)?|pressesprecher(?:in)?)\b"
    r"|经理|經理|主任|总监|總監|主管|发言人|發言人|总裁|總裁|主席|助理|专员|專員|董事|负责人|負責人"
    r"|担当|責任者|部長|課長|室長|係長|社長|取締役|代表理事")  # Japanese: in charge of, head of …
# The other languages' role words ("Assessora de Imprensa", "portavoz", a title standing alone in
# Japanese: "教授") and the roles they write as one word by their ending ("Pressesprecherin",
# "kommunikationschef"): from the lexicons.
LEXICON_ROLE = re.compile(r"(?i)(?<!\w)(?:" + alternation(lexicon.words("SPEAKER_ROLES") | lexicon.words("NAME_TITLES"))
                          + r")(?!\w)"
                          r"|(?<=\w)(?:" + alternation(lexicon.words("SPEAKER_ROLE_ENDINGS")) + r")(?!\w)")
_SOFT_ROLE = re.compile(
    r"(?i)\b(?:communications?|marketing|public\s+affairs|media|press|pr|investor|corporate|brand"
    r"|publicity|outreach|events?|social)\b")
_ORG_TAIL = {
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "ag", "gmbh", "se", "sa", "s.a",
    "nv", "bv", "kg", "kgaa", "spa", "srl", "ab", "asa", "oy", "corp", "corporation", "company", "co",
    "group", "holdings", "foundation", "association", "council", "agency", "office", "department", "dept",
    "university", "institute", "communications", "consulting", "consultants", "partners", "pr", "bank",
    "authority", "commission", "society", "trust", "network", "labs", "laboratories", "technologies",
    "systems", "software", "solutions", "ventures", "capital", "studios", "media", "ministry", "bureau",
    "board", "committee", "centre", "center", "federation", "alliance", "organisation", "organization",
    "project", "league", "union", "school", "college", "hospital", "services", "police", "government",
    "museum", "library", "collective", "cooperative", "fund", "initiative", "programme", "program",
    "forum", "institution", "charity", "coalition", "partnership", "chamber", "trade", "cluster", "unit",
    "division", "club", "academy", "orchestra", "theatre", "theater", "festival",
    # legal forms of other countries, as their tokens read ("e.V.", "e. V." -> "e.v"; "S.p.A." -> "s.p.a")
    "e.v", "ev", "ggmbh", "mbh", "ohg", "gbr", "ug", "eg", "vzw", "asbl", "sas", "sarl", "s.l", "s.l.u",
    "s.p.a", "s.r.l", "a/s", "aps", "oyj", "pty", "pte", "bhd", "b.v", "n.v",
} | set(lexicon.words("ORG_WORDS"))
# Kinds of organisation the languages write before the organisation's own name ("Stadt Weißenau",
# "Stiftung Lesen", "Gemeente Utrecht"), as well as after it.
_ORG_HEAD = set(lexicon.words("ORG_WORDS"))
_ORG_ANYWHERE = {"inc", "ltd", "llc", "llp", "plc", "ag", "gmbh", "limited", "corp", "corporation", "foundation"}
_GENERIC_FIRST = {"corporate", "marketing", "internal", "external", "strategic", "global", "media", "press",
                  "public", "investor", "digital", "brand", "group", "international", "regional", "local",
                  "head", "director", "manager", "senior", "communications", "social"}
_CJK_ORG = re.compile(r"公司|集团|集團|基金会|基金會|协会|協會|委员会|委員會|管理局|局$|署$|部$|处$|處$|中心|大学|大學"
                      r"|[課课室係]$|役所|役場"  # a section or an office (広報課, 宣传室); a city or town hall
                      r"|学院|學院|银行|銀行|商会|商會|办公室|辦公室|有限|[会會]$|金庫|組合|"
                      + alternation(lexicon.words("LEGAL_FORMS")))  # 株式会社, 一般社団法人


# "東京都千代田区岩本町2-10-6 株式会社 Acme": an address (with its digits), then the company by its legal form.
_ADDRESS_THEN_ORG = re.compile(r"^(?=[^\s\d]{0,40}\d)\S{1,60}\s+(?P<org>(?:" + alternation(lexicon.words("LEGAL_FORMS")) + r")\s?\S.{0,40}"
                               r"|\S{1,30}(?:" + alternation(lexicon.words("LEGAL_FORMS")) + "))$")


def names_cjk_organisation(text: str) -> bool:
    """Chinese or Japanese words naming an organisation ("…基金會", "…公司"), not a person or place."""
    return bool(_CJK_ORG.search(text))


# A city, ward or county named alone ("桜丘市", "青溪县"): the publisher of a municipal release, an
# organisation; at least three characters, so that no two-character family name ("高市") is one.
_CJK_MUNICIPALITY = re.compile(f"[{HAN}]{{2,8}}(?:" + alternation(lexicon.words("MUNICIPALITY_SUFFIXES")) + ")")
# A family name and a given name set apart by a space, as Japanese often writes them: "山田 花子",
# the given name also in kana ("北条 さやか", "森 エミ").
_CJK_TITLE_AFTER = "先生|女士|小姐|博士"  # Mr, Ms, Miss, Dr written after a Chinese name
NAME_HAN = HAN + "々"  # the iteration mark repeats the character before it inside names: 佐々木, 奈々
_CJK_NAME = re.compile(f"[{HAN}·][{NAME_HAN}·]{{1,3}}|[{HAN}][{NAME_HAN}]{{0,2}}(?:{_CJK_TITLE_AFTER})"
                       f"|[{HAN}][{NAME_HAN}]{{0,2}}[ \u3000](?:[{HAN}][{NAME_HAN}]{{0,2}}|[{KANA}]{{2,4}})")
# An office inside an organisation ("広報部", "傳訊部", "広報グループ"): on a contact line after the
# organisation's name, the organisation is that one.
CJK_OFFICE = re.compile(f"[{HAN}{KANA}]" + "(?:" + alternation(lexicon.words("OFFICE_SUFFIXES")) + ")$")
# "X所属": a person's affiliation written with the word for "belonging to"; the organisation is X.
_AFFILIATED = re.compile(r"(?<=\S)\s?(?:" + alternation(lexicon.words("AFFILIATION_WORDS"), loose_spaces=True) + r")$")
# Titles before a name, one or more ("Dr.", "Mag.", "Prof. Dr.", "Dipl.-Ing.", "Sgt."), written with a capital:
# the contact's name is shown without them. A one-letter title ("M." of French) needs its dot.
_TITLES = lexicon.words("NAME_PREFIX_TITLES")
_TITLE = ("(?:(?:" + alternation({re.sub(r"(?:^|(?<=-))\w", lambda m: m.group().upper(), t) for t in _TITLES if len(t) > 1},
                                 loose_spaces=True) + r")\.?"
          "|(?:" + alternation({t.upper() for t in _TITLES if len(t) == 1}) + r")\."
          # offices and ranks written short, with their dot ("Lt.", "Sgt.", "Sen."): a police or an
          # army press officer's, a legislator's
          "|(?:" + alternation({t[:-1] for t in lexicon.words("OFFICE_ABBREVIATIONS") if t.endswith(".")}) + r")\.)")
_HONORIFIC = re.compile(rf"^(?:{_TITLE}\s+)+(?=\S)|(?<=[{HAN}]{{3}})(?:{_CJK_TITLE_AFTER})$|(?<=^[{HAN}]{{2}})(?:{_CJK_TITLE_AFTER})$")
_NAME_TOKEN = re.compile(
    r"(?:[A-Z][a-z’']+(?:-[A-Z][a-z’']+)+|[A-Z][a-z’'\-]*[a-z]|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+|[A-Z]{2,}|"
    r"(?:" + alternation(lexicon.words("SURNAME_PREFIXES")) + r")[A-Z][a-z’']+|"
    r"(?:" + alternation(lexicon.words("SURNAME_ELISIONS")) + r")[A-Z][a-z]+|"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'\-]*[a-zß-öø-ÿ])")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al", "el",
              "dos", "del", "ten", "ter"}
_NOT_NAME_WORDS = {
    "contact", "contacts", "media", "press", "enquiries", "inquiries", "office", "team", "desk",
    "department", "relations", "communications", "news", "information", "street", "road", "avenue",
    "floor", "building", "tower", "centre", "center", "suite", "room", "hong", "kong", "new", "york",
    "san", "los", "united", "states", "kingdom", "republic", "china", "singapore", "germany", "about",
    "for", "immediate", "release", "the", "and", "of", "please", "visit", "follow", "us", "email", "phone",
    "tel", "mobile", "fax", "website", "web", "online", "limited", "group", "global", "international",
    "north", "south", "east", "west", "city", "county", "state", "district", "plaza", "park", "square",
    "level", "block", "drive", "lane", "way", "boulevard", "court", "house", "hall", "campus", "general",
    "enquiry", "inquiry", "hotline", "support", "sales", "marketing", "service", "services", "investor",
    "investors", "corporate", "public", "affairs", "headquarters", "hq", "more", "details", "read",
    "download", "photos", "click", "here", "view", "original", "source", "page", "home", "share"}
_ADDRESS = re.compile(
    r"(?i)\b(?:street|str\.|st\.|road|rd\.?|avenue|ave\.?|boulevard|blvd|suite|floor|building|tower|plaza"
    r"|p\.?o\.? box|postfach)\b|(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s?\d"
    r"|\b\d{4,6}\s[A-Z]|\b\d+/F\b|[路街道号號樓楼室]")
# An address's last line in the United States: the city, the state and the ZIP code
# ("Springfield, IL 62701", "Lakeview, Ore. 97630"): no organisation, though the city is named often.
_CITY_STATE_ZIP = re.compile(r"[A-Z][\w.'’ -]{1,40},\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+)?\s+\d{5}(?:-\d{4})?"
                             # elsewhere: "Toronto, ON, M5S 3K5", "Curitiba, PR 80050-240", "Eltham VIC 3095"
                             r"|[A-Z][A-Za-z.'’ -]{1,40},?\s(?:[A-Z]{2,3},?\s)?(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}-\d{3}|\d{4,6})")
# An address line opening with its house or plot number ("A-4 Sonal Housing Society", "Plot-4, …").
_HOUSE_NUMBER = re.compile(r"(?:[A-Z]{1,2}-\d{1,4}|\d{1,4}-[A-Z\d]{1,4}|[A-Z][a-z]+-\d{1,4})[,\s]")
_DOMAIN_ONLY = re.compile(r"(?i)(?:[a-z0-9][a-z0-9\-]{0,62}\.){1,6}[a-z]{2,24}(?:/\S*)?")

# What a web page's spam guard prints for an address it hides (Cloudflare): no address to read.
_HIDDEN_EMAIL = re.compile(r"\[email(?:&#160;|\s|\u00a0)protected\]")
_KEEP_ROLES = ("title", "dateline")  # roles set before this step that a contact block never takes
_MAX_REGION_BLOCKS = 40
_MAX_PHONES_PER_BLOCK = 16
_MAX_MENTION_LOOKUPS = 400  # each one reads the whole release


# Lines a wire or a web page adds after the contacts: "SOURCE Acme Corp", "© 2025 Acme Inc.".
_TRAILER = re.compile(r"^(?:SOURCE\s|©|\(c\)\s|(?i:copyright\b)|.*\b(?i:all rights reserved)\b)")
# Words that join a name to its number or address: "Tom Ashby on +44 …", "or jane@…".
_JOINERS = re.compile(r"(?i)^(?:(?:or|and|on|at|via|by|to|unter|oder|und|ou|et|o|y)\s+)+|(?:\s+(?:or|and|on|at|via"
                      r"|by|unter|oder|und|ou|et|o|y))+$")
# "Brightline Communications for Orchard Health": the agency is the contact's organisation.
_FOR_CLIENT = re.compile(r"\s+(?:for|on behalf of|im Auftrag von|pour)\s+")
_LEGAL_SUFFIX = {"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "ag", "gmbh", "se", "sa", "s.a.", "nv", "bv",
                 "kg", "kgaa", "corp", "corp.", "corporation", "limited", "pr", "oy", "ab", "asa", "spa", "srl"}


_LEGAL_FORMS = {s.strip(".") for s in _LEGAL_SUFFIX} | {"co", "s.a", "n.v", "b.v", "pty", "pvt", "kk", "k.k"}

# A field's label standing alone ("Name", "Funktion", "Telefon"): a definition list's or a table's
# first column, no organisation, person or role.
_FIELD_NAMES = frozenset(w.lower() for w in lexicon.words("FIELD_LABELS") | _FIELD_WORDS)
