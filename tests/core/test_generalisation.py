"""Releases in styles the shared samples do not cover, each with what a careful reader takes from it.

The fixtures ``tests/fixtures/gen_*`` are made up (organisations, people, numbers and phone
numbers are invented; the numbers are ones ``phonenumbers`` accepts). Styles: PR Newswire, Business
Wire and GlobeNewswire copy; a British release with single quotation marks, "Notes to editors" and
"-ends-"; an embargoed release; a hard-wrapped e-mail release; an HTML results release with a table
and a blockquote; Traditional Chinese (Hong Kong, Taiwan) and Simplified Chinese wire copy; Markdown
with an image and a label above the headline; two companies with two agencies; German and French
releases; an Indian release in crore and lakh; a contact block printed above the headline; quotes
split by their attribution and running over two paragraphs. Each key below follows the
answer-key rules of the shared samples: the headline, the dateline's date and place as written,
every heading that titles a part of the body (not the headline, labels, end marks or a
sub-headline above the dateline), the figures a journalist would pull out and the numbers that
are none (years, days, phone groups, street numbers, codes), quotations with the speaker's full
name and role as written, contacts with E.164 phones, and the "About" titles.

Left out, because the core cannot see it: in ``gen_german.md`` the bold "**Pressekontakt:**" stands
on a line of its own, which a reader takes for a section, but Markdown joins the lines of that
paragraph with spaces before the core sees them (the contacts are still read from the joined
line).
"""

import re
import unicodedata
from pathlib import Path

import pytest

from mediakit.core.analyse import load_release

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def f(value, **kw):
    return {"value": value, **kw}


def q(speaker, role, starts, ends):
    return {"speaker": speaker, "role": role, "starts": starts, "ends": ends}


def c(name, org, phones, emails):
    return {"name": name, "organization": org, "phones": phones, "emails": emails}


KEYS = {
    "gen_wire_us.txt": dict(
        title="Corvane Robotics Reports Record Fourth-Quarter Revenue of $48.6 Million",
        date="2025-03-03", place="SAN JOSE, Calif.",
        sections=["Fourth Quarter 2024 Highlights", "Outlook", "Conference Call Information",
                  "About Corvane Robotics", "Forward-Looking Statements", "Media Contact:", "Investor Contact:"],
        figures_must=[
            f(48600000, currency="USD"), f(22, unit="%"), f(39800000, currency="USD"),
            f(1900, context="robots"), f(96200000, currency="USD"), f(37, unit="%"), f(61.5, unit="%"),
            f(57.9, unit="%"), f(14, context="enterprise customers"), f(1200000000, currency="USD"),
            f(205000000, currency="USD"), f(215000000, currency="USD"), f(3000000000, currency="USD"),
            f(25, unit="%"), f(120000, context="assembly plant"), f(640, context="people"),
            f(11, context="countries"),
        ],
        figures_must_not=[2025, 2024, 2023, 3, 31, 2016, 1995, 21, 408, 555, 142, 199, 877, 163, 412, 177,
                          8841207, 10, 500, 1, 4, 14085550142, 14085550199],
        quotes=[
            q("Maria Delgado-Reyes", "chief executive officer of Corvane Robotics",
              "We closed the year", "faster than we planned for."),
            q("Tom Whitfield", "chief financial officer",
              "Our balance sheet gives", "disciplined on costs"),
        ],
        contacts=[
            c("Jane Holloway", "Corvane Robotics, Inc.", ["+14085550142"], ["press@corvanerobotics.com"]),
            c("Sam Patel", "Corvane Robotics, Inc.", ["+14085550199"], ["ir@corvanerobotics.com"]),
        ],
        about=["About Corvane Robotics"]),
    "gen_uk_single_quotes.md": dict(
        title="Fenwick Water secures £3.5m to widen its river-monitoring network",
        date="2025-03-03", place="London, UK",
        sections=["Notes to editors", "About Fenwick Water"],
        figures_must=[
            f(3500000, currency="GBP"), f(1200, context="chalk streams"), f(450, context="sensor buoys"),
            f(38, context="catchments"), f(60, context="pollution investigations"),
            f(2000000000, currency="EUR"), f(40, unit="%"), f(5000, context="volunteers"),
            f(400000, currency="GBP"), f(750000, currency="GBP"), f(9000000, context="readings"),
        ],
        figures_must_not=[2025, 3, 2026, 2014, 2019, 1187342, 20, 7946, 123, 442079460123, 1, 2],
        quotes=[
            q("Harriet Okonjo-Bell", "chief executive of Fenwick Water",
              "We have spent a decade", "by Tuesday afternoon."),
            q("Rupert Vance", "consortium’s chair",
              "If you can’t see where", "place to fix it"),
        ],
        contacts=[
            c("Tom Ashby", "Fenwick Water", ["+442079460123"], ["tom.ashby@fenwickwater.org.uk"]),
        ],
        about=["About Fenwick Water"]),
    "gen_embargo_survey.md": dict(
        title="Three in five small firms plan to hire this spring, survey finds",
        date="2025-03-04", place="MANCHESTER",
        sections=["Methodology", "About the Northern Enterprise Forum"],
        figures_must=[
            f(2014, context="owners"), f(61, unit="%"), f(48, unit="%"), f(72, unit="%"), f(69, unit="%"),
            f(24300, currency="GBP"), f(6.2, unit="%"), f(250, context="employees"),
            f(18000, context="businesses"), f(2.2, context="margin of error"),
        ],
        figures_must_not=[2025, 2019, 3, 14, 161, 496, 732, 7723, 418905, 441614960732],
        quotes=[
            q("Aisha Rahman", "director of research at the Northern Enterprise Forum",
              "Owners are telling us", "energy prices last year."),
        ],
        contacts=[
            c("Callum Reid", "Northern Enterprise Forum",
              ["+441614960732", "+447723418905"], ["callum.reid@nef.org.uk"]),
        ],
        about=["About the Northern Enterprise Forum"]),
    "gen_email_wrapped.txt": dict(
        title="HARBOR LIGHT LITERACY FUND AWARDS $1.3 MILLION TO 42 NEIGHBORHOOD LIBRARIES",
        date="2025-04-15", place="NEW YORK",
        sections=["HOW THE GRANTS WERE CHOSEN", "ABOUT THE HARBOR LIGHT LITERACY FUND"],
        figures_must=[
            f(1300000, currency="USD"), f(42, context="neighborhood libraries"), f(10000, currency="USD"),
            f(75000, currency="USD"), f(380000, context="visitors"), f(64, unit="%"),
            f(117, context="applications"), f(28000000, currency="USD"), f(31, context="history"),
        ],
        figures_must_not=[2025, 15, 2024, 1994, 20, 2, 212, 555, 187, 2125550187, 10019, 57, 250, 5, 1],
        quotes=[
            q("Denise Okafor", "executive director of the Harbor Light Literacy Fund",
              "Libraries are often the only", "actually come in."),
        ],
        contacts=[
            c("John Marsh", "Harbor Light Literacy Fund", ["+12125550187"], ["jmarsh@harborlightfund.org"]),
        ],
        about=["ABOUT THE HARBOR LIGHT LITERACY FUND"]),
    "gen_html_results.html": dict(
        title="Quillon Therapeutics Reports Full-Year 2024 Results and Advances Two Programs into Phase 3",
        date="2025-02-27", place="CAMBRIDGE, Mass.",
        sections=["Financial Results", "Pipeline Highlights", "About Quillon Therapeutics", "Contacts",
                  "Investor Relations", "Media Relations"],
        figures_must=[
            f(212400000, currency="USD"), f(188000000, currency="USD"), f(301700000, currency="USD"),
            f(1460000000, currency="USD"), f(47, unit="%"), f(52, context="weeks"),
            f(318, context="patients"), f(1100, context="patients"), f(200, context="sites"),
            f(24, context="countries"), f(410, context="employees"),
        ],
        figures_must_not=[2025, 27, 2024, 2023, 31, 2028, 207, 2, 3, 617, 555, 134, 857, 112],
        quotes=[
            q("Helena Marsh-Oduya", "President and Chief Executive Officer of Quillon Therapeutics",
              "ELM-2 gave us the clearest", "registrational program."),
            q("Anil Varghese",
              "Head of Interstitial Lung Disease, St. Columba University Hospital, and ELM-2 investigator",
              "For patients like mine", "twenty years of practice."),
        ],
        contacts=[
            c("Priya Raman", "Quillon Therapeutics", ["+16175550134"], ["investors@quillontx.com"]),
            c("Owen Castellano", "Quillon Therapeutics", ["+18575550112"], ["media@quillontx.com"]),
        ],
        about=["About Quillon Therapeutics"]),
    "gen_zh_hant_hk.md": dict(
        title="港灣智能科技公佈2024年全年業績　收入按年增長18%",
        date="2025-03-03", place="香港",
        sections=["關於港灣智能科技集團有限公司", "傳媒查詢"],  # a contact label alone titles the last part
        figures_must=[
            f(1260000000, currency="HKD"), f(18, unit="%"), f(20000000, currency="HKD"),
            f(46, context="智能停車場項目"), f(32000, context="車位"), f(350000000, currency="TWD"),
            f(480000000, currency="HKD"), f(1200, context="員工"), f(12, context="城市"),
        ],
        figures_must_not=[2025, 2024, 3, 31, 2009, 852, 2123, 4567, 21234567],
        quotes=[
            q("陳志明", "港灣智能行政總裁",
              "2024年是集團轉型的關鍵一年", "發展機遇"),
            q("林美玲", "集團財務總監",
              "集團手頭現金充裕", "穩定的派息政策"),
        ],
        contacts=[
            c("黃小姐", "港灣智能科技集團有限公司", ["+85221234567"], ["media@harbourai.com.hk"]),
        ],
        about=["關於港灣智能科技集團有限公司"]),
    "gen_zh_hant_tw.txt": dict(
        title="青山綠能宣布完成新台幣18億元募資　加速布建儲能案場",
        date="2023-01-08", place="台北",
        sections=["關於青山綠能", "媒體聯絡人"],  # a contact label alone titles the last part
        figures_must=[
            f(1800000000, currency="TWD"), f(240, unit="MWh"), f(500, unit="MWh"), f(85, context="員工人數"),
            f(130, context="年底前"), f(35, unit="%"),
        ],
        figures_must_not=[2023, 8, 2025, 2017, 2720, 1234, 305, 912, 345, 678, 227201234],
        quotes=[
            q("吳建宏", "青山綠能董事長",
              "台灣的再生能源比例", "突破500MWh"),
            q("許文馨", "技術長",
              "我們自行開發的電池管理系統", "降低運維成本"),
        ],
        contacts=[
            c("鄭雅婷", "青山綠能", ["+886227201234", "+886912345678"], ["press@greenhill-energy.com.tw"]),
        ],
        about=["關於青山綠能"]),
    "gen_image_first.md": dict(
        title="Brightwell Bakehouse Opens Its First Zero-Waste Bakery in Leeds",
        date="2025-05-12", place="LEEDS, England",
        sections=["About Brightwell Bakehouse", "Press contact"],
        figures_must=[
            f(4500, unit="sq ft"), f(120, context="food waste"), f(2100000, currency="GBP"),
            f(60, context="mills"), f(14, context="community food projects"), f(38, context="employ"),
            f(11, context="apprentices"), f(12.6, currency="GBP"), f(85, unit="kW"), f(70, unit="%"),
            f(23, context="bakeries"), f(410, context="employs around"),
        ],
        figures_must_not=[2025, 12, 2027, 2011, 2021, 113, 496, 875, 441134960875],
        quotes=[
            q("Priya Lund", "co-founder and managing director of Brightwell Bakehouse",
              "We wanted to prove", "breakfast tomorrow."),
        ],
        contacts=[
            c("Ellie Norcross", "Brightwell Bakehouse",
              ["+441134960875"], ["ellie@brightwellbakehouse.co.uk"]),
        ],
        about=["About Brightwell Bakehouse"]),
    "gen_two_companies.md": dict(
        title="Orchard Health and Kestrel Bio Form $60 Million Partnership on At-Home Kidney Testing",
        date="2025-06-09", place="NEW YORK and BOSTON",
        sections=["About Orchard Health", "About Kestrel Bio", "Media Contacts"],
        figures_must=[
            f(60000000, currency="USD"), f(85000, context="patients"), f(12000000, currency="USD"),
            f(94, unit="%"), f(12, context="states"), f(31, context="states"), f(48000000, currency="USD"),
        ],
        figures_must_not=[2025, 9, 2026, 2019, 646, 555, 121, 178, 617, 190, 165, 1],
        quotes=[
            q("Naomi Feld", "chief medical officer of Orchard Health",
              "Roughly nine in ten", "who gets diagnosed and when."),
            q("Lucas Moreau", "co-founder and CEO of Kestrel Bio",
              "Orchard has built exactly", "designed for."),
        ],
        contacts=[
            c("Lena Hoffmann", "Brightline Communications",
              ["+16465550121"], ["lena.hoffmann@brightlinecomms.com"]),
            c("Marcus Webb", "Brightline Communications",
              ["+16465550178"], ["marcus.webb@brightlinecomms.com"]),
            c("Sofia Brandt", "Tidewater PR", ["+16175550190"], ["sofia@tidewaterpr.com"]),
            c("Dev Anand", "Tidewater PR", ["+16175550165"], ["dev@tidewaterpr.com"]),
        ],
        about=["About Orchard Health", "About Kestrel Bio"]),
    "gen_german.md": dict(
        title="Solvia Wärmetechnik übernimmt Kälteanlagenbauer Nordfrost",
        date="2025-03-03", place="Berlin",
        sections=["Über die Solvia Wärmetechnik AG", "Pressekontakt:"],
        figures_must=[
            f(38500000, currency="EUR"), f(1850, context="Mitarbeitende"), f(14, context="Standorten"),
            f(62000000, currency="EUR"), f(9.4, unit="%"), f(600, context="Anlagen"), f(22, unit="%"),
            f(35, unit="%"), f(412000000, currency="EUR"),
        ],
        figures_must_not=[2025, 3, 2024, 2015, 2027, 30, 2345, 6789, 493023456789, 1.85, 38.5],
        quotes=[
            q("Katrin Albers", "Vorstandsvorsitzende der Solvia Wärmetechnik AG",
              "Mit Nordfrost gewinnen wir", "aus einer Hand anbieten."),
        ],
        contacts=[
            c("Jonas Petersen", "Solvia Wärmetechnik AG", ["+493023456789"], ["presse@solvia-waerme.de"]),
        ],
        about=["Über die Solvia Wärmetechnik AG"]),
    "gen_split_quotes.md": dict(
        title="Tamsin Valley Rail Reopens Its Mountain Line After Three-Year Rebuild",
        date="2025-09-22", place="PORTLAND, Ore.",
        sections=["About Tamsin Valley Rail"],
        figures_must=[
            f(41, context="Upper Tamsin line"), f(126000000, currency="USD"), f(17, context="bridges"),
            f(9000000, currency="USD"), f(71000000, currency="USD"), f(38000000, currency="USD"),
            f(1200000, context="passengers"), f(160, context="track"),
        ],
        figures_must_not=[2025, 22, 2022, 503, 555, 148, 5035550148],
        quotes=[
            q("Gloria Etxeberria", "general manager of Tamsin Valley Rail",
              "When the hillside came down", "prove them wrong."),
            q("Gloria Etxeberria", "general manager of Tamsin Valley Rail",
              "The new alignment takes the track", "when costs rose"),
            q("Tomás Iribarren", "mayor of Hollis Gap",
              "Our cafés and outfitters", "come back."),
        ],
        contacts=[
            c("Ruth Abernathy", "Tamsin Valley Rail", ["+15035550148"], ["rabernathy@tamsinrail.org"]),
        ],
        about=["About Tamsin Valley Rail"]),
    "gen_businesswire.html": dict(
        title="Lumora Health Raises $85 Million Series C to Expand Remote Cardiac Monitoring",
        date="2025-03-04", place="NEW YORK",
        sections=["About Lumora Health", "Contacts"],
        figures_must=[
            f(85000000, currency="USD"), f(142000000, currency="USD"), f(40, context="health systems"),
            f(65000, context="patients"), f(18, unit="%"), f(120, context="hospitals"), f(22, context="states"),
        ],
        figures_must_not=[2025, 4, 8, 2026, 212, 555, 134, 12125550134],
        quotes=[
            q("Ravi Menon", "co-founder and chief executive officer of Lumora Health",
              "Cardiologists told us", "call today."),
            q("Karen Liu", "partner at Westfield Capital",
              "Lumora has the strongest", "in this category"),
        ],
        contacts=[
            c("Hannah Cole", "Lumora Health", ["+12125550134"], ["hannah.cole@lumorahealth.com"]),
            c("Peter Nagy", "Westfield Capital", [], ["pnagy@westfieldcap.com"]),
        ],
        about=["About Lumora Health"]),
    "gen_globenewswire.txt": dict(
        title="Nordvik Ocean Energy Secures NOK 1.2 Billion Order for Floating Wind Foundations",
        date="2025-03-03", place="OSLO, Norway",
        sections=["About Nordvik Ocean Energy"],
        figures_must=[
            f(1200000000, currency="NOK"), f(102000000, currency="EUR"), f(24, context="floating foundations"),
            f(360, unit="MW"), f(300000, context="households"), f(150, context="people"),
            f(4600000000, currency="NOK"), f(640, context="employs"),
        ],
        figures_must_not=[2025, 3, 2026, 913, 45, 678, 922, 11, 334, 5, 12, 4791345678],
        quotes=[
            q("Ingrid Solberg", "CEO of Nordvik Ocean Energy",
              "This is the largest single order", "deliver it."),
        ],
        contacts=[
            c("Ingrid Solberg", "Nordvik Ocean Energy", ["+4791345678"], ["ingrid.solberg@nordvik.no"]),
            c("Lars Eide", "Nordvik Ocean Energy", ["+4792211334"], ["lars.eide@nordvik.no"]),
        ],
        about=["About Nordvik Ocean Energy"]),
    "gen_india_crore.md": dict(
        title="Sarvam Agro Launches ₹450 Crore Cold-Chain Network for Small Farmers",
        date="2025-03-03", place="New Delhi",
        sections=["About Sarvam Agro", "For media queries:"],
        figures_must=[
            f(4500000000, currency="INR"), f(220, context="storage units"), f(30, unit="tonnes"),
            f(1500, context="farmers"), f(40, unit="%"), f(2, currency="INR"), f(25, unit="%"),
            f(1200000000, currency="INR"), f(4500000, currency="INR"), f(60000, context="farmers"),
        ],
        figures_must_not=[2025, 3, 2019, 98765, 43210, 919876543210],
        quotes=[
            q("Ananya Kulkarni", "Founder and CEO, Sarvam Agro",
              "A farmer who can wait", "two acres."),
        ],
        contacts=[
            c("Rohit Deshpande", "Sarvam Agro", ["+919876543210"], ["rohit@sarvamagro.in"]),
        ],
        about=["About Sarvam Agro"]),
    "gen_contact_first.txt": dict(
        title="CITY OF AUSTIN OPENS THREE NEW SPLASH PADS AHEAD OF SUMMER",
        date="2025-03-03", place="AUSTIN, Texas",
        sections=[],
        figures_must=[
            f(4200000, currency="USD"), f(200, context="children"), f(45000, context="visits"),
        ],
        figures_must_not=[2025, 3, 15, 2018, 9, 8, 30, 512, 555, 176, 15125550176],
        quotes=[
            q("Samuel Ortiz", "Parks Director",
              "Every kid in Austin", "gaps in our map."),
        ],
        contacts=[
            c("Maria Gonzalez", "Austin Parks and Recreation Department", ["+15125550176"],
              ["mgonzalez@austinparks.org"]),
        ],
        about=[]),
    "gen_french.md": dict(
        title="Hélios Mobilité lève 12,5 millions d'euros pour ses navettes électriques",
        date="2025-03-03", place="Paris",
        sections=["À propos d'Hélios Mobilité", "Contact presse :"],
        figures_must=[
            f(12500000, currency="EUR"), f(80, context="navettes"), f(6, context="villes"),
            f(45, context="salariés"), f(1200000, context="passagers"), f(94, unit="%"),
        ],
        figures_must_not=[2025, 3, 2027, 2022, 2021, 33, 12, 34, 56, 78, 33612345678],
        quotes=[
            q("Camille Fournier", "présidente et cofondatrice d'Hélios Mobilité",
              "Nous voulons prouver", "à moindre coût"),
        ],
        contacts=[
            c("Julien Marchand", "Hélios Mobilité", ["+33612345678"], ["julien.marchand@helios-mobilite.fr"]),
        ],
        about=["À propos d'Hélios Mobilité"]),
    "gen_zh_hans_wire.md": dict(
        title="星澜科技完成5亿元C轮融资",
        date="2025-03-03", place="北京",
        sections=["关于星澜科技", "媒体联系人"],  # a contact label alone titles the last part
        figures_must=[
            f(500000000, currency="CNY"), f(20000, context="产能"), f(30, unit="%"), f(800, context="员工"),
            f(20, context="国家"),
        ],
        figures_must_not=[2025, 3, 2026, 2016, 10, 6500, 1234, 1065001234],
        quotes=[
            q("周立新", "星澜科技创始人兼首席执行官", "过去三年", "超过30%"),
            q("李婧", "华越资本合伙人", "星澜科技在核心零部件上", "关键原因"),
        ],
        contacts=[
            c("王女士", "星澜科技", ["+861065001234"], ["pr@xinglan-tech.com"]),
        ],
        about=["关于星澜科技"]),
}


NAMES = sorted(KEYS)


def norm(text):
    """Fold case, spacing, quote marks and markup as the answer-key scorer does."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = re.sub(r"[\"'“”‘’«»「」『』*_`]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(" .:;,")


_RELEASES = {}


def release(name):
    if name not in _RELEASES:
        _RELEASES[name] = load_release(FIXTURES / name)
    return _RELEASES[name]


def figure_matches(want, fig):
    if abs(fig.value - want["value"]) > 0.005 * abs(want["value"]):
        return False
    if "currency" in want and fig.currency != want["currency"]:
        return False
    if "unit" in want and fig.unit != want["unit"]:
        return False
    return "context" not in want or norm(want["context"]) in norm(fig.context) + " " + norm(fig.text)


@pytest.mark.parametrize("name", NAMES)
def test_headline_date_and_place(name):
    key, got = KEYS[name], release(name)
    assert (norm(got.title), got.date, got.place) == (norm(key["title"]), key["date"], key["place"])


@pytest.mark.parametrize("name", NAMES)
def test_sections_and_about(name):
    key, got = KEYS[name], release(name)
    assert [s.title for s in got.all_sections()] == key["sections"]
    assert [a.title for a in got.about] == key["about"]


@pytest.mark.parametrize("name", NAMES)
def test_key_figures_are_found(name):
    got = release(name).figures
    missing = [w for w in KEYS[name]["figures_must"] if not any(figure_matches(w, fig) for fig in got)]
    assert missing == [], [(fig.text, fig.value, fig.unit, fig.currency) for fig in got]


@pytest.mark.parametrize("name", NAMES)
def test_years_days_phones_and_codes_are_no_figures(name):
    junk = [(fig.text, fig.context) for fig in release(name).figures
            if any(fig.value == float(x) for x in KEYS[name]["figures_must_not"])]
    assert junk == []


@pytest.mark.parametrize("name", NAMES)
def test_quotes_with_full_speaker_and_role(name):
    got = release(name).quotes
    want = KEYS[name]["quotes"]
    assert len(got) == len(want), [(x.speaker, x.text[:40]) for x in got]
    for w, x in zip(want, got):
        assert (x.speaker, norm(x.role)) == (w["speaker"], norm(w["role"]))
        assert norm(w["starts"]) in norm(x.text) and norm(w["ends"]) in norm(x.text)


@pytest.mark.parametrize("name", NAMES)
def test_contacts_with_e164_phones(name):
    got = [c(x.name, x.organization, x.phones, x.emails) for x in release(name).contacts]
    assert got == KEYS[name]["contacts"]


# --- what the keys do not hold ------------------------------------------------------------------

def test_embargo_label_above_the_headline():
    got = release("gen_embargo_survey.md")
    assert (got.status, got.embargo) == ("embargoed", "2025-03-04T00:01+01:00")


def test_image_and_label_above_the_headline_and_italic_standfirst():
    got = release("gen_image_first.md")
    assert got.status == "for immediate release"
    assert not any("divert" in s.title for s in got.all_sections())


def test_wire_end_lines_are_not_contacts_or_sections():
    got = release("gen_wire_us.txt")
    assert not any("SOURCE" in (x.organization or "") for x in got.contacts)
    assert [x.role for x in got.contacts] == [None, None]


def test_html_table_in_millions_and_blockquote_testimonial():
    got = release("gen_html_results.html")
    table = {fig.text: fig.value for fig in got.figures if " | " in fig.context}
    assert table["$254.9"] == pytest.approx(254.9e6)
    assert table["13%"] == 13
    assert got.contacts[0].role == "Vice President, Investor Relations"
    assert not any("©" in (x.organization or "") for x in got.contacts)


def test_continental_numbers_are_read_with_a_decimal_comma():
    values = [fig.value for fig in release("gen_german.md").figures]
    assert 1.85 not in values and 38.5 not in values
    assert release("gen_german.md").contacts[0].role == "Leiter Unternehmenskommunikation"


def test_chinese_contact_roles_and_cents():
    hk = release("gen_zh_hant_hk.md")
    assert any(fig.currency == "HKD" and fig.value == pytest.approx(0.08) for fig in hk.figures)
    assert release("gen_zh_hant_tw.txt").contacts[0].role == "公關經理"


def test_quote_over_two_paragraphs_and_split_by_its_attribution():
    got = release("gen_split_quotes.md").quotes
    assert got[1].text.startswith("The new alignment") and "step-free" in got[1].text
    assert got[2].text.endswith("Today the weekend crowds come back.")
