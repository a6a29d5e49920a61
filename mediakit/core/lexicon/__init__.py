"""The words MediaKit knows, one module per language: the one place to teach it a language.

Each language module (``en``, ``de``, ...) declares ``MONTHS`` and any of the other tables
it has words for; a table a language does not declare is empty for it:

- ``MONTHS``: month name (lower case, with its abbreviations) -> month number;
- ``SAID_VERBS``: verbs that attribute a quotation ("said", "sagte", "述べ");
- ``TOLD_VERBS``: said-verbs that take a listener before the speaker ends ("told reporters");
- ``SAID_PARTICLES``: words that attribute only right before a name (German „…“, so Anna Beck);
- ``SAID_ADVERBS``: adverbs between a said-verb and the colon before a quotation ("wrote then:");
- ``ACCORDING_TO``: phrases that put a speaker before or after a quotation ("according to");
  ``ACCORDING_AFTER``: such a phrase written after the speaker, who stands in the genitive with one of
  the ``GENITIVE_ENDINGS`` (Uzbek "X ning so‘zlariga ko‘ra, «…»");
- ``SETTING_OPENERS``, ``SETTING_CLOSERS``: the words a setting opens and closes with where it
  stands between a name and its said-verb (Chinese 王明在发布会上表示: 在 … 上);
- ``TOPIC_OPENERS``: the word a topic opens with between a name and its said-verb, running up to the
  verb with no closing word (Chinese 王明就此表示, 对新平台评论说);
- ``SAID_PARTICIPLES``: a said-verb's participle that leads into a quotation after the speaker's
  sentence ("X welcomed it, noting that “…”", "señalando que"), with its "that" word;
- ``REPORTING_VERBS``: verbs of a sentence reporting someone's words ("X said the plan works");
- ``CREDIT_VERBS``: verbs of a sentence crediting people ("Roe thanked the crews"): with a reporting
  verb after a name, a line broken off a sentence ("State's Attorney Roe thanked"), no title;
- ``NAMING_VERBS``: verbs that call something by quoted words ("X called the plan “a model for the coast”");
- ``SPEAKER_PRONOUNS``: pronouns that stand for the last speaker ("she", "他");
- ``PLURAL_PRONOUNS``: those of them that stand for more than one ("they"): no one person named before;
- ``NAME_HONORIFICS``: honorifics written right after a name (Japanese 氏, さん);
- ``COURTESY_TITLES``: courtesy titles written before a surname that read like an initial or a given name,
  as written (French "M.", "Mᵐᵉ"): the full name the release introduces stands for them;
- ``OFFICE_ABBREVIATIONS``: offices and ranks written short before a name, as written ("Sen.", "Capt."):
  courtesy titles too, and no part of a full name after them ("Sen. Ann B. Roe");
- ``SPEAKER_JOINERS``: the word joining two people who give one quotation together ("said Ann Roe and
  Tom Poe in a joint statement"): each is its speaker;
- ``POST_NOMINALS``: letters for a degree or a charter written after a name ("Ann Roe, CFA"), as written:
  no part of the role;
- ``NAME_TITLES``: titles written right after a name, kept as the role (Japanese 社長, 教授);
- ``NAME_TITLE_CLAUSES``: a clause between a title and the name it introduces (Japanese 社長に就任する田村由紀);
- ``SAID_MANNERS``: how a speaker says what follows, between the speaker and the said-verb (Japanese
  次のように: 山田氏は次のように述べています above the quotation); ``SAID_MANNERS_ABOVE``, what went before
  (このように: 山田氏はこのように述べています after the quotation);
- ``ROLE_LINKS``: a copula joining a role to the name after it (Japanese "一員であるJo Roe", Chinese 的): no part
  of the role; ``ROLE_OPENERS``, the word a role's frame opens with (Chinese 作为 "as"): no part of it either;
- ``COMMENT_LABELS``: words of a heading over statements each led by a speaker's name line
  and written without quote marks ("Comments", コメント);
- ``FIRST_PERSON``: first-person words that tell a speaker's own statement from a bio ("we", "私たち");
- ``MAGNITUDES``: number words that multiply ("million" -> 1e6, "万" -> 1e4);
- ``CURRENCY_WORDS``: currency names and signs -> ISO 4217 code ("$": the release's dollar, "kr": its krone);
- ``KRONE``: the ISO 4217 code a bare "kroner" or "kr." stands for in a release in the language;
- ``SCALED_CURRENCY_WORDS``: one word for a magnitude and a currency ("mkr": millions of kronor)
  -> (code, magnitude);
- ``NUMERALS``: CJK numerals, digits and the units below the myriad ("三" -> 3, "千" -> 1000);
- ``FORMAL_NUMERALS``: the numerals among them that write amounts only (Chinese "壹", "仟"): money;
- ``NUMERAL_NAMES``: words that open with numerals and count nothing (a surname "五十嵐");
- ``NUMERAL_COUNTERS``: counter words a lone CJK numeral counts with ("九種", "八社"): then a number;
- ``WEEKDAYS``: weekday names and abbreviations, lower case ("monday", "tue", "mardi");
- ``DATE_PARTICLES``: words between a dateline's place and its date ("le", "den");
- ``DATE_JOINERS``: words inside a written date, between its month and year or day ("agosto de 2034");
- ``YEAR_MARKS``: the word written after a year's number in a date, before its day and month
  (Uzbek "2026-yil 5-mart", "2026 йил 6 март"), with ``DATE_CASE_ENDINGS``, the endings a
  year mark or a month takes inside a sentence ("2026-yilning 5-martida");
- ``RELEASE_LABELS``: labels and salutations above a headline ("Media Advisory", "報道関係者各位");
- ``COUNT_OF_WORDS``, ``CHANGE_END_WORDS``: "the number of …" named before a change, and the words that
  lead to its ends ("from 310 to 356", "von 310 auf 356"): both ends count it;
- ``DIGIT_COUNTERS``: counters written right after digits ("12000次", "35000人"): ungrouped digits before
  one count something (no postal code, no ID);
- ``PORTFOLIO_OPENERS``, ``PORTFOLIO_JOINERS``: the word between a role and its portfolio written before the
  name ("Minister for Transport Aroha Tane"), and the words joining a portfolio of two;
- ``CRUMB_LABELS``: the label a site prints before a page's trail of links ("You are here:", "当前位置");
- ``MAIL_HEADERS``: the labels of an e-mail's header copied above a release, lower case -> what the line
  holds ("betreff" -> "subject", "von" -> "from"): its subject names the headline;
- ``EMBARGO_LABELS``: the label an embargo's date and time follow ("Embargoed until", "Sperrfrist", "報道解禁"):
  the line is no dateline, its date the release's only where the release gives no other;
- ``DATELINE_LABELS``: a word naming the dateline printed before it ("DATELINE March 3, 2031"): no place;
- ``PAGE_HEADINGS``: headings naming a site's page, not the news ("Press kit", "最新消息");
- ``ABOUT_PREFIXES``: what an "About …" boilerplate title starts with ("About", "Über", "关于");
- ``ABOUT_LOOKALIKES``: such prefixes that open ordinary headings of another language ("Over 3,000
  volunteers"): boilerplate only where a name follows;
- ``DOCUMENT_KINDS``: the kind of document a title ends in after its "about" ("关于…的通知": a notice
  on …): a headline, not an "About …" boilerplate title;
- ``DANGLING_WORDS``: words a title never ends on, a line ending on one goes on ("the", "von");
- ``LEAD_IN_WORDS``: words an intro line ends on before its colon, leading into a list ("found:");
- ``ABOUT_SUFFIXES``: what such a title ends with where the language writes it after ("について");
- ``MASTHEAD_LABELS``: field labels of a masthead over a headline ("代表者名"), beside the name and
  contact labels;
- ``PROFILE_NAME_LABELS``: the name field a boilerplate written as a fact list opens with ("名称", "社名");
- ``ABOUT_TITLES``: boilerplate titles that name no organisation ("Company profile", "会社概要");
- ``END_MARKS``: marks closing the release text ("-ends-", "###", "完");
- ``TODAY_WORDS``: words for the day where a dateline's place would be ("Today", "今天");
- ``TIME_OF_DAY_WORDS``: words a time of day opens with after a CJK date ("上午十点", "午後2時"): no place;
- ``TIME_ZONE_WORDS``: time zones written before a date where a dateline's place would be ("CET", "北京时间"),
  lower case;
- ``BYLINE_WORDS``: author chrome where a dateline's place would be ("Admin", "Posted by");
- ``DISPATCH_SUFFIXES``: a news desk's mark after a dateline's place ("台北訊": 訊);
- ``STOCK_HEADINGS``: titles of a release's closing parts ("Notes to editors", "連絡先");
- ``PART_COUNTERS``: what a numbered part's title names after its ordinal prefix ("第二章": 章, "第3节": 节);
- ``ADVISORY_LABELS``: a media advisory's part labels ("WHO:", "WHEN:", "Wann:");
- ``MEDIA_HEADINGS``: headings of a page's photo and video sidebar ("Photos", "Audio / Video");
- ``CREDIT_LABELS``: a picture's credit label in its caption ("(Photo: Jane Roe)", "(Foto: …)");
- ``NAV_HEADINGS``: headings of a site's navigation over link lists ("Contact us", "Related posts");
- ``LINK_LABELS``: the words of a link or button standing alone on a line ("Read more", "Mehr erfahren"),
  a scrape's leftover that titles nothing;
- ``PAGE_WORDS``, ``PAGE_OF_WORDS``: a page number printed as a line of its own ("Page 2 of 3", "Seite 1 von 2");
- ``DEPARTMENT_TRADES``, ``DEPARTMENT_KINDS``: a department named by its trade after generic words only
  ("University Communications"): a contact's office, no organisation;
- ``SHARE_WORDS``: the buttons of a page's share bar ("Facebook", "Teilen", "分享"), a line of nothing else;
- ``TIME_COUNTERS``: CJK counters of time after a number with decimals ("8.5 日", "2.5小时"): a span of time;
- ``DAY_SPANS``: a day (or hour, minute) counter with what follows it ("3日間", "4 日以内", "10時間"): a span
  of time, no day of the month or time of day;
- ``WIDTH_WORDS``: words for bits after a number ("64-bit", "32 ビット"): a processor's or a key's width, no count;
- ``SCREEN_WORDS``: words after a screen's resolution ("4K video", "8K显示"): its K is no thousand;
- ``PERCENT_WORDS``: words for percent after a number ("per cent", "Prozent", "foiz"), lower case;
- ``TENTHS_WORDS``: words for tenths after a number, a share in tens of percent (Japanese "3割", Chinese "3成");
- ``UNIT_WORDS``: measures written out after a number ("megawatts", "Tonnen", "Kilometern"), lower case;
- ``GLUED_UNITS``: measures written right after a number in Chinese or Japanese ("公里", "キログラム");
- ``NUMBER_WORDS``: counts written out ("seven", "a dozen", "zwölf") -> their value;
- ``ONE_WORDS``: the words for one, a count only where digits in brackets repeat them ("one (1)");
- ``COMPOUND_MULTIPLIERS``: multipliers inside a number written as one word ("hundert" of
  "zweihundertfünfzig"), with ``COMPOUND_ONES`` (the word for one opening it, "ein") and
  ``COMPOUND_JOINERS`` (what joins a part on, "und" of "hundertundzehn");
- ``DURATION_WORDS``: spans of time and repeats ("years", "mal") a count in words is no figure of;
- ``CLOCK_WORDS``: hour words after a time of day written with its minutes ("12.00 horas", "10.30 Uhr"):
  that number is no span of time, no figure;
- ``STREET_WORDS``: street words written after a street number and before the street's name
  ("12 rue de Rivoli"): that number is no count;
- ``DAY_PART_WORDS``: the part of the day after an hour ("eight in the evening"): the number is
  a time of day, no figure;
- ``CONTACT_LABELS``: labels that introduce a contact block ("Pressekontakt", "連絡先"), lower case;
- ``SURNAME_PREFIXES``: surname prefixes written with a capital after them ("Mac" of MacLeod), as cased;
- ``SURNAME_ELISIONS``: surname prefixes elided with an apostrophe before a capital ("O’" of O’Neil);
- ``NAME_PREFIX_TITLES``: titles written before a name ("Dr.", "Mag.", "Dipl.-Ing."), lower case, without
  a last dot: a contact's name is shown without them;
- ``CONTACT_HEADINGS``: the word for the press alone ("Press", "Presse", "Prensa"), lower case: a contact
  label only where it stands as a heading;
- ``SOURCE_LABELS``: the label of a line naming the release's publisher ("Source:", "Quelle:", "Fuente:"),
  lower case: the organisation of a contact whose card names none;
- ``PERSON_LABELS``: the label of a contact's name line ("担当者", "联系人");
- ``MUNICIPALITY_SUFFIXES``: what a city's, ward's or county's name ends in ("市", "区", "县"): named alone
  in a contact block, the publisher of a municipal release, no person;
- ``OFFICE_SUFFIXES``: what an office inside an organisation ends in ("広報部", "傳訊部"), written after the
  organisation's name on a contact line: the contact's organisation is the one before it;
- ``DESK_WORDS``: a press desk named for no one ("Press Office", "Pressestelle"): a contact with no
  person; ``DESK_OF_WORDS`` join it to the organisation after it ("Pressestelle der …");
- ``DEFINITE_ARTICLES``: articles an organisation's name stands after in running text ("the", "die"),
  a person's not: a name so written is the publisher's, not a press officer's;
- ``LANGUAGE_NAMES``: the names of languages, lower case ("english", "inglés"): a bracketed note after
  a contact on the language it answers in ("(English)", "(solo inglés)"), no organisation;
- ``LEGAL_FORMS``: legal forms written before or after a company's name, not a word of it ("株式会社");
- ``AFFILIATION_WORDS``: a word written after a person's organisation ("所属");
- ``PHONE_LABELS``, ``EMAIL_LABELS``, ``FAX_LABELS``: field labels in a contact block ("Telefon",
  "elektron pochta", "電話番号"), lower case;
- ``AT_WORDS``, ``DOT_WORDS``: the words an address hidden from spam robots writes in brackets for its
  "@" and its dots ("prensa [arroba] acme [punto] es", "jo (at) acme (punkt) de"), lower case;
- ``FIELD_LABELS``: the labels of a contact card's fields other than phone and e-mail ("Name", "Funktion"),
  standing alone in a definition list or a table's first column, lower case;
- ``ORG_WORDS``: words that name a kind of organisation in a contact line, after its name or before
  it ("Fan Markazi", "Stadt Lindenau");
- ``CONTACT_HANDOVER_WORDS``: words that hand a contact over inside a sentence, right before the
  person or desk ("contact opnemen met", "wenden Sie sich an"), lower case, with
  ``CONTACT_TOPIC_WORDS``, the errand named before them ("informatie", "Rückfragen"), word starts;
- ``INBOX_WORDS``: words that hand over a press inbox in a sentence ("send mail to", "发送邮件至");
- ``DESK_MAILBOXES``: the local part of a press or investor desk's address ("press", "presse", "ir"),
  lower case: a capitalised surname glued before one is the name's, not the address's;
- ``INBOX_AFTER_WORDS``: such words where the language writes them after the address ("宛にメール");
- ``OTHER_ERRAND_WORDS``: errands other than the press's in the sentence handing an address over
  ("sponsoring", "tickets", "协赞"), word starts: that address is no press desk;
- ``RANGE_JOINERS``: the words joining a range's two ends ("to", "bis", "à"): the ends share the
  scale and currency written once ("3 bis 4 Milliarden Euro"); ``RANGE_AND_JOINERS`` ("and", "und")
  join them only after one of ``RANGE_OPENERS`` ("between", "zwischen 3,0 und 3,2 Milliarden");
- ``LEVEL_VERBS``: verbs that move a level to a new reading ("the index rose to 55.7 from 52"): the
  reading is a figure though no noun follows it;
- ``COMPARISON_WORDS``: words before the base a figure is compared with ("up from", "gegenüber"), or
  joining the noun counted before it ("a crowd of 9,812"): a count grouped in thousands after one is
  a figure with no noun of its own;
- ``FACTOR_WORDS``: a multiplier's word written before the number ("by a factor of 2", "um den
  Faktor 2"), lower case: the figure is a multiple (×), a count with no noun of its own;
- ``NUMBER_LABELS``: words that name a thing by the number after them ("artículo 14", "Kapitel 3"),
  lower case: that number is no figure;
- ``RELEASE_FILE_WORDS``: words that name a press release, in a kit's file names or at the top
  of a document ("press release", "Pressemitteilung", "新聞稿"): they pick the release of a kit;
- ``SPEAKER_ROLES``: role words written beside a quoted speaker's name, lower case ("alcalde", "wethouder");
  the English ones are still in ``quotes/names.py``; ``SPEAKER_ROLE_ENDINGS``: a role a language writes as
  one word with what it leads, by its ending ("leiterin" of "Bibliotheksleiterin", "leider");
- ``AUDIENCE_PHRASES``: whom a said-verb speaks to, between the verb and the speaker
  ("declaró a la prensa X", "told reporters" is ``TOLD_VERBS``), lower case;
- ``VIEW_OPENERS``: the word a sentence giving a person's view opens with ("For Ann Roe, …", "Pour …"):
  written before a name, it is no part of it.

- ``FUNCTION_WORDS``: words frequent in the language's running text ("und", "het"): a release's language
  by their count (``language``);
- ``DECIMAL_COMMA``: True where the language writes "38,5" and "1.850" (German, French ...): how
  "1.000" reads where a release's own numbers leave it open (``figures.numbers``);
- ``HYPHEN_ORDINALS``: True where the language writes an ordinal as the number hyphened to its noun
  ("4-sektor", Uzbek): no count (``figures``);
- ``PHONE_REGIONS``: the countries (ISO 3166) whose phone numbers a release in the language prints
  without a country code, the most likely first; ``phonenumbers``' validity chooses among them.

Extractors never list words themselves: they ask here, through ``merged`` (a dict over
every language) or ``words`` (a frozenset over every language), so a word added to a
language reaches every rule that needs it. A new language is a new module listed in
``LANGUAGES``. (The English contact intro lines are still patterns in ``contacts/words.py``.)
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from . import da, de, en, es, fr, it, ja, nb, nl, pt, sv, uz, zh

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

LANGUAGES: tuple[ModuleType, ...] = (en, de, fr, es, it, nl, pt, uz, ja, zh, sv, da, nb)


@cache
def words(name: str) -> frozenset[str]:
    """Every language's entries of the table ``name`` (e.g. ``"SAID_VERBS"``)."""
    out: set[str] = set()
    for language in LANGUAGES:
        out.update(getattr(language, name, ()))
    return frozenset(out)


@cache
def merged(name: str) -> dict[str, Any]:
    """Every language's mapping ``name`` (e.g. ``"MONTHS"``) in one dict; earlier languages win."""
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        for key, value in getattr(language, name, {}).items():
            out.setdefault(key, value)
    return out
