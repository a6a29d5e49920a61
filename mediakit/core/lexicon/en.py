"""English: the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
DATE_PARTICLES: frozenset[str] = frozenset("on".split())  # between a dateline's place and its date
DATE_JOINERS: frozenset[str] = frozenset("of".split())  # inside a written date ("agosto de 2034")

# --- release structure (structure) ---------------------------------------------------------
# Labels printed above or before a headline, and salutations addressed to the press.
# Headings a site puts over a release, naming the page rather than the news ("Press kit").
PAGE_HEADINGS: frozenset[str] = frozenset({"press kit", "media kit", "newsroom", "news room", "latest news",
                                           "press releases", "news releases", "media centre", "media center",
                                           "press room", "press centre", "press center", "news and events",
                                           "press and events", "press and media",
                                           "news", "media releases", "latest releases"})
RELEASE_LABELS: frozenset[str] = frozenset({
    "press release", "news release", "media release", "for immediate release", "immediate release",
    "media advisory", "press advisory", "media alert", "press alert", "press statement", "media statement",
    "news advisory", "announcement", "press notice", "dear editor", "dear editors", "to the editor",
    "original press release", "original release",  # a press kit's heading over the release it holds
    "for press", "for the press"})  # a government office's stamp over its statement
# The label before an embargo's date and time: "EMBARGOED UNTIL 00:01 GMT …", "Embargo 00:01 26 March".
EMBARGO_LABELS: frozenset[str] = frozenset({
    "embargo", "embargoed", "embargo until", "embargo till", "embargoed until", "embargoed till", "embargoed to",
    "under embargo until", "not for publication until", "not for publication before", "not for release until",
    "not for release before"})
# The word a page template prints before its dateline, naming the line: "DATELINE March 3, 2031".
DATELINE_LABELS: frozenset[str] = frozenset({"dateline"})
# What an "About …" boilerplate title starts with.
ABOUT_PREFIXES: frozenset[str] = frozenset({"about"})
# Boilerplate titles that name no organisation ("Company profile").
ABOUT_TITLES: frozenset[str] = frozenset({"company profile", "company overview", "corporate profile", "boilerplate",
                                            "who we are"})
PROFILE_NAME_LABELS: frozenset[str] = frozenset({"company name", "name of company"})
# Words a title never ends on: a line ending on one goes on in the next ("Representatives from the").
DANGLING_WORDS: frozenset[str] = frozenset("the a an of from to and or for with in on at by as than into".split())
# Words an intro line ends on before its colon, leading into the list below ("The study found:").
LEAD_IN_WORDS: frozenset[str] = frozenset("""found find finds include includes included are were is was show
shows showed revealed reveals concluded suggest suggests follows following below encompass encompasses
comprise comprises cover covers""".split())
# Marks closing the release text ("-ends-", "###").
END_MARKS: frozenset[str] = frozenset({"ends", "end", "-ends-", "- ends -", "end of release", "###", "# # #", "-30-"})
# Words for the day itself, written where a dateline's place would be ("Today, 3 March 2025, …").
TODAY_WORDS: frozenset[str] = frozenset({"today", "yesterday", "tonight", "this morning", "this week"})
# Time zones written before a date where a dateline's place would be ("Beijing time, 3 March 2025 –").
TIME_ZONE_WORDS: frozenset[str] = frozenset({"beijing time", "hong kong time", "singapore time", "tokyo time",
                                             "local time", "utc", "gmt", "cet", "cest", "est", "edt", "pst",
                                             "pdt", "bst", "jst", "eastern time", "pacific time"})
# A page's author chrome written where a place would be ("Admin | 3 March 2025").
BYLINE_WORDS: frozenset[str] = frozenset({"admin", "administrator", "editor", "staff", "webmaster", "author",
                                          "posted by", "by", "newsroom", "news desk",
                                          # a page's publication line above the story ("Posted on March 3, 2031")
                                          "posted", "published", "updated", "last updated", "issued", "released"})
# Titles of a release's closing parts, whatever follows them ("Notes to editors").
STOCK_HEADINGS: frozenset[str] = frozenset({
    "notes", "note", "notes to editors", "note to editors", "notes for editors", "editor's note", "editors' notes",
    "editors note", "editor’s note", "background", "background information", "forward-looking statements",
    "forward-looking statement", "safe harbor statement", "safe harbour statement", "cautionary statement",
    "forward looking statements", "cautionary note regarding forward-looking statements",
    "cautionary statement regarding forward-looking statements", "safe harbor", "safe harbour",
    "non-gaap financial measures", "use of non-gaap financial measures", "notes to editor", "for editors",
    "disclaimer", "fact sheet", "quick facts", "key facts", "media contacts", "media contact", "press contacts"})
# The labels of a media advisory, each over its own part ("WHO:", "WHEN:").
ADVISORY_LABELS: frozenset[str] = frozenset({
    "who", "what", "when", "where", "why", "how", "details", "date", "time", "venue", "location", "rsvp",
    "photo", "photos", "interview", "interviews", "visuals", "photo/interview", "photo opportunity",
    "media availability", "contact", "contacts", "cost", "tickets", "registration"})
# Headings of a page's photo and video sidebar.
MEDIA_HEADINGS: frozenset[str] = frozenset({"photo", "photos", "video", "videos", "audio", "audio / video",
                                            "audio/video", "gallery", "photo gallery", "multimedia", "images"})
# A picture's credit label in its caption ("… (Photo: Jane Roe)", "… Image credit: Acme"): a caption, no title.
CREDIT_LABELS: frozenset[str] = frozenset({"photo", "photo credit", "image", "image credit", "picture", "credit", "photograph"})
# Headings of a site's navigation and footer: over link lists, never over the release's text.
NAV_HEADINGS: frozenset[str] = frozenset({
    "contact us", "products", "services", "my services", "about us", "follow us", "quick links", "useful links",
    "related posts", "related news", "related articles", "related links", "more news", "recent posts",
    "latest posts", "tagged with", "tagged", "share this post", "share this article",
    "categories", "archives", "tags", "share", "subscribe", "newsletter", "menu", "navigation", "search",
    "connect with us", "stay connected", "like this", "related", "leave a reply",
    "post navigation", "latest releases", "recent releases", "more releases", "recent news", "you may also like",
    "contents", "table of contents",
    "popular posts", "most read", "resources", "solutions", "company", "legal", "modal title"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({
    "learn more", "read more", "find out more", "read the full story", "read the full release", "continue reading",
    "click here", "watch the video", "watch video", "view video", "see more", "show more", "download", "download pdf",
    "download the report"})
# The buttons of a page's share bar, a line of nothing else ("Facebook Twitter Email", "Share: X | LinkedIn"):
# the networks' names, which every language writes alike, and the English words.
SHARE_WORDS: frozenset[str] = frozenset("""facebook twitter x linkedin whatsapp xing reddit pinterest instagram
youtube telegram threads bluesky mastodon tumblr flipboard email e-mail mail print share tweet copy link""".split())

# --- quotes -----------------------------------------------------------------------------
# An office or rank written short before a surname ("Sen. Roe said", "Capt. Roe said"); with its full
# stop only: "Sen" alone is also a surname. A district attorney's initials in capitals ("said DA Roe"):
# never a name word in capitals ("da Silva" is the particle).
OFFICE_ABBREVIATIONS: frozenset[str] = frozenset("""Sen. Rep. Gov. Gen. Col. Capt. Lt. Sgt. Adm. Cmdr. Det. Supt.
Insp. DA D.A. ADA A.D.A.""".split())
# The word joining two speakers of one quotation ("said Ann Roe and Tom Poe in a joint statement")
SPEAKER_JOINERS: frozenset[str] = frozenset({"and", "&"})
SAID_VERBS: frozenset[str] = frozenset("""said says say added adds commented comments noted notes explained
explains stated states remarked remarks continued continues concluded concludes emphasised emphasized
emphasises emphasizes stressed stresses observed observes shared shares highlighted highlights declared
declares affirmed affirms acknowledged acknowledges wrote writes recalled reflected urged elaborated
announced announces asserted insisted predicted underscored underlined reiterated""".split()) | {
    "pointed out", "points out", "summed up", "went on"}
# Letters written after a person's name for a degree or a charter ("Ann Roe, CFA"): neither the name nor
# the role. "MD" is left out: after a name it is as often the managing director ("M.D." with its
# dots is the doctor's degree); fellowships of medical colleges (FAHA, FACC) are letters too.
POST_NOMINALS: frozenset[str] = frozenset("""CFA CPA CFP PhD Ph.D. MBA Esq. Esq FCA ACA JD J.D. OBE MBE CBE
FRS FREng M.D. D.O. FAHA FACC FACS FACP FRCP""".split())
TOLD_VERBS: frozenset[str] = frozenset({"told"})  # the listener follows: "told reporters"
SAID_PARTICLES: frozenset[str] = frozenset()  # attribute only before a name: German „…“, so Anna Beck
SAID_ADVERBS: frozenset[str] = frozenset({"then", "also", "further", "later", "once"})  # "X wrote then:"
ACCORDING_TO: frozenset[str] = frozenset({"according to"})
_PARTICIPLES = "noting adding saying explaining stressing stating observing remarking commenting".split()
# "…, noting that “…”", and the participle straight before the quotation: "…, stating, “…”"
SAID_PARTICIPLES: frozenset[str] = frozenset({f"{verb} that" for verb in _PARTICIPLES} | set(_PARTICIPLES))
REPORTING_VERBS: frozenset[str] = frozenset("""said says told explained explains added adds noted notes argued
argues warned warns stressed stresses believes recalled recalls""".split())
CREDIT_VERBS: frozenset[str] = frozenset("thanked praised commended congratulated applauded lauded".split())
# verbs that call something by the quoted words ("Roe called the plan “a model for the coast.”")
NAMING_VERBS: frozenset[str] = frozenset("called calls described describes termed terms hailed hails".split())
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "he also", "she also", "they also"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "they also"})
# Headings over statements attributed by a name line, with no quote marks ("Comments from members")
COMMENT_LABELS: frozenset[str] = frozenset("comment comments statement statements reactions testimonials".split())
# A statement in the first person: words a speaker's own copy uses (not a bio of them)
FIRST_PERSON: frozenset[str] = frozenset("i we our us my me".split())

# --- figures ----------------------------------------------------------------------------
# Hour words after a time of day written with its minutes ("at 14.00 hrs"): no span of time.
CLOCK_WORDS: frozenset[str] = frozenset({"hrs", "hours", "h"})
# A processor's or a key's width after its number ("64-bit", "a 256 bit key", French "64 bits"): no count.
WIDTH_WORDS: frozenset[str] = frozenset({"bit", "bits"})
# Words after a screen's resolution ("4K video", "an 8K display"): its K is no thousand.
SCREEN_WORDS: frozenset[str] = frozenset("""video videos display displays tv tvs television televisions screen
screens monitor monitors resolution camera cameras footage content streaming stream streams uhd hdr panel panels
projector projectors broadcast broadcasts broadcasting recording playback gaming movie movies film films oled
lcd hd imax ultra""".split())
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
    "lakh": 1e5, "crore": 1e7,
}
# Currency names written after an amount ("20 US dollars"); "$" is the release's own dollar.
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "u.s dollars": "USD", "us. dollars": "USD",
    "hk dollars": "HKD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new taiwan dollars": "TWD",
    "dollar": "$", "dollars": "$", "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "yen": "JPY",
    "philippine pesos": "PHP", "mexican pesos": "MXN", "pesos": "peso",  # a bare peso is the release's peso
}
# Measures written out after a number, shown as written ("120 megawatts", "3 square feet").
UNIT_WORDS: frozenset[str] = frozenset({
    "petaflops", "teraflops", "exaflops", "megawatt", "megawatts", "gigawatt", "gigawatts", "kilowatt",
    "kilowatts", "megawatt-hours", "square feet", "square foot", "square metres", "square meters",
    "square kilometres", "square kilometers", "square miles", "cubic metres", "cubic meters",
    "kilometres", "kilometers", "metres", "meters", "miles", "miles per hour", "kilometres per hour",
    "kilometers per hour", "hectares", "acres", "tonnes", "tons", "microns", "micrometres", "micrometers",
    "nanometres", "nanometers", "centimetres", "centimeters", "millimetres", "millimeters", "inches", "feet",
    "yards", "gallons",
    "kilograms", "litres", "liters", "barrels", "terabytes", "petabytes", "gigabytes",
    "percentage point", "percentage points", "basis point", "basis points",
})
# Counts written out ("seven offenders", "two million riders"); "one" is left out: it is as
# often a pronoun ("one of the") as a count.
NUMBER_WORDS: dict[str, float] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1e3, "a million": 1e6, "a billion": 1e9, "one hundred": 100, "one thousand": 1e3,
    # "one million people", "half a million dollars": the word for one is a count before a magnitude.
    "one million": 1e6, "one billion": 1e9, "half a million": 5e5, "half a billion": 5e8,
}
# The word for one: a count only where digits in brackets repeat it ("one (1) seat").
ONE_WORDS: frozenset[str] = frozenset({"one"})
# Compounds of a ten and a unit, hyphenated or spaced ("twenty-five", "forty one").
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_WORDS.update({f"{ten}{joint}{one}": NUMBER_WORDS[ten] + k
                     for ten in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                     for k, one in enumerate(_ONES, 1) for joint in ("-", " ")})
# Spans of time and repeats after a count in words ("over three years", "ten times"): no figure.
# A hedge set off by a comma between a count and its noun: "34, mostly older computers".
COUNT_HEDGES: frozenset[str] = frozenset({"mostly", "mainly", "partly", "largely"})
DURATION_WORDS: frozenset[str] = frozenset("years months weeks days decades hours minutes seconds times centuries".split())
DAY_PART_WORDS: frozenset[str] = frozenset({"in the morning", "in the afternoon", "in the evening", "in the night"})

# --- contacts ---------------------------------------------------------------------------
# Surname prefixes written with a capital after them ("MacLeod", "VanDyke"): no two words run together.
SURNAME_PREFIXES: frozenset[str] = frozenset("Mc Mac De Di Da La Le Van Von Fitz".split())
# Surname prefixes elided before the name's capital ("O’Neil", "D’Souza"), with either apostrophe.
SURNAME_ELISIONS: frozenset[str] = frozenset("O' O’ D' D’".split())
# Titles written before a name ("Dr.", "Prof."), lower case, with no dot: a contact's name is shown without them.
NAME_PREFIX_TITLES: frozenset[str] = frozenset("mr ms mrs miss mx dr prof professor".split())
# The label of the line naming the release's publisher ("Source: Acme Trust", "SOURCE Acme Corp"), lower case.
SOURCE_LABELS: frozenset[str] = frozenset({"source"})
# The author line a short release gives as its contact ("Prepared by Jane Roe (jane@…)").
CONTACT_LABELS: frozenset[str] = frozenset({"prepared by", "issued by", "written by", "contacts"})  # "Contacts": a wire release's closing part
# A press desk named for no one ("Media enquiries: Press Office, +44 …"): a contact with no person;
# the organisation may follow it ("Press Office of …"), after one of ``DESK_OF_WORDS``.
DESK_WORDS: frozenset[str] = frozenset({"press office", "media office", "press desk", "media desk", "news desk",
                                        "newsroom", "press team", "media team", "communications office",
                                        "communications team", "media relations", "press service",
                                        "public affairs office", "public information office"})
DESK_OF_WORDS: frozenset[str] = frozenset({"of", "of the"})
# The word for the press alone as a heading over a contact's lines ("## Press", "Media"), or the heading
# that asks for the details below it ("For further information"), lower case.
CONTACT_HEADINGS: frozenset[str] = frozenset({"press", "media", "press and media", "media and press",
                                              "for further information", "for more information"})
# The articles an organisation is named after in running text ("the Acme Ferries"), a person never.
DEFINITE_ARTICLES: frozenset[str] = frozenset({"the"})
# The names of languages, lower case: "(English)", "(in English only)" after a contact is a note on
# the language it answers in, no organisation.
LANGUAGE_NAMES: frozenset[str] = frozenset({"english", "german", "french", "spanish", "italian", "portuguese",
                                            "chinese", "japanese", "korean", "russian", "dutch", "indonesian"})
# Field labels in a contact block ("Tel:", "E-mail:"); the English intro lines ("Media Contacts:",
# "For further information, please contact") are a pattern in ``contacts/words.py``.
PHONE_LABELS: frozenset[str] = frozenset({"telephone", "tel", "phone", "mobile", "mob", "cell", "cellphone",
                                          "direct", "office", "hotline"})
EMAIL_LABELS: frozenset[str] = frozenset({"email", "e-mail", "mail"})
AT_WORDS: frozenset[str] = frozenset({"at"})
DOT_WORDS: frozenset[str] = frozenset({"dot"})
FAX_LABELS: frozenset[str] = frozenset({"fax", "telefax", "facsimile", "telecopier", "telecopy"})
# Words that hand over an address in a closing sentence ("send mail to <press@…>", "write to").
INBOX_WORDS: frozenset[str] = frozenset({"mail", "e-mail", "email", "write to", "contact", "reach"})
# The local part of a press or investor desk's address ("press@…", "ir@…"), lower case: flattening
# glues a surname onto it ("Jo Roepress@…") but no one's own address is so spelt.
DESK_MAILBOXES: frozenset[str] = frozenset({"press", "media", "news", "newsroom", "pr", "ir", "investors",
                                            "investor", "investor.relations", "media.relations", "info",
                                            "communications", "comms"})
# Errands other than the press's in the sentence handing an address over ("interested in sponsoring,
# please contact …", "for tickets, write to …"): the address is no press desk. Word starts.
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"sponsor", "exhibitor", "exhibiting", "ticket", "volunteer",
                                                "career", "job opening", "vacanc"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"press release", "news release", "media release", "press statement",
                                                 "media statement", "announcement", "for immediate release"})

# Words for percent written after a number ("12 percent"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"percent", "per cent", "pct"})

# --- figures: the words joining a range's two ends ("$190 to $200 million") ---
RANGE_JOINERS: frozenset[str] = frozenset({"to"})
# "and" joins the ends only after "between" ("between 3 and 4 million", not "Wi-Fi 7 and 500 GB").
RANGE_AND_JOINERS: frozenset[str] = frozenset({"and"})
RANGE_OPENERS: frozenset[str] = frozenset({"between"})

# --- release structure: another language's "About" that opens English headings too ("Over 3,000
# volunteers", "Over the years"): such a title is boilerplate only over a name ("Over Gemeente Delft") ---
ABOUT_LOOKALIKES: frozenset[str] = frozenset({"over"})

# --- figures: words before the base a count is compared with ("up from 22,000"), or joining the noun it
# counts before it ("a crowd of 9,812", as German "eine Auflage von 12.000"): a count in thousands there ---
COMPARISON_WORDS: frozenset[str] = frozenset({"from", "than", "versus", "vs.", "of"})
# Verbs that move a level to a new reading ("the index rose to 55.7 from 52"): the reading is a figure.
LEVEL_VERBS: frozenset[str] = frozenset("""rose rises risen climbed climbs increased increases fell falls fallen
declined declines dropped drops jumped jumps slipped slips eased eases improved improves grew grows""".split()) | {
    "edged up", "edged down", "inched up", "ticked up", "ticked down"}

# --- figures: a multiplier written before the number ("by a factor of 2"): the figure is a multiple (×) ---
FACTOR_WORDS: frozenset[str] = frozenset({"factor of", "factor"})

# --- quotes: the roles written beside a speaker's name (quotes.names) and the audience of a said-verb ---
AUDIENCE_PHRASES: frozenset[str] = frozenset({"to reporters", "to journalists"})
# "For Ann Roe, the plan works": the word that opens a person's view, no part of the name
VIEW_OPENERS: frozenset[str] = frozenset({"for"})

# --- the release's language (core.language) -------------------------------------------------
# Words that stand often in running text of the language: a release's language by their count.
FUNCTION_WORDS: frozenset[str] = frozenset({"the", "and", "of", "to", "with", "for", "that", "this", "will", "from", "its"})
# The countries whose phone numbers a release in the language prints without a country code, the
# most likely first (phonenumbers' validity chooses among them).
PHONE_REGIONS: tuple[str, ...] = ()
# The labels of a contact card's other fields, standing alone on a line or in a table's first column
# ("Name", "Funktion"): no organisation or person, lower case.
FIELD_LABELS: frozenset[str] = frozenset({"name", "title", "job title", "position", "role", "function", "company", "organisation", "organization"})
# A page's number printed as a line of its own ("Page 2 of 3"): the word for page, the word between the numbers.
PAGE_WORDS: frozenset[str] = frozenset({"page"})
PAGE_OF_WORDS: frozenset[str] = frozenset({"of"})
# A department named by its trade after generic words only ("University Communications", "Office of Public
# Affairs"): a contact's office, no organisation of its own.
DEPARTMENT_TRADES: frozenset[str] = frozenset({"communications", "relations", "affairs", "marketing", "information"})
DEPARTMENT_KINDS: frozenset[str] = frozenset("""university college school office department dept corporate media public
external government news global strategic institutional of the and & marketing brand""".split())
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"from": "from", "sender": "from", "to": "to", "cc": "to", "bcc": "to", "reply-to": "to",
                                  "subject": "subject", "date": "date", "sent": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"you are here", "you are in", "your location", "current location"})
# "The number of …" before a change's ends ("from 310 to 356"): they count it (figures.ranges); the words
# that lead to each end.
COUNT_OF_WORDS: frozenset[str] = frozenset({"number of"})
CHANGE_END_WORDS: frozenset[str] = frozenset({"from", "to"})
# A role's portfolio between the role and the name ("Minister for Transport Aroha Tane", quotes.portfolio):
# the word before it, and the words joining a portfolio of two ("Climate Change and Energy").
PORTFOLIO_OPENERS: frozenset[str] = frozenset({"for", "of"})
PORTFOLIO_JOINERS: frozenset[str] = frozenset({"and", "&"})
