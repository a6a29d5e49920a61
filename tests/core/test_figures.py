"""Figure extraction: money, percentages, counts and measures, and the numbers that are none."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scaling import LINEAR, growth

from mediakit.core.document import parse_text
from mediakit.core.figures import extract_figures
from mediakit.core.model import Block


def figs(text: str):
    return extract_figures(parse_text(text, ".md").blocks)


def values(text: str) -> list[float]:
    return [f.value for f in figs(text)]


def one(text: str):
    found = figs(text)
    assert len(found) == 1, [(f.text, f.value) for f in found]
    return found[0]


# --- money ------------------------------------------------------------------------------------


def test_money_with_qualifier_and_year_left_out():
    f = one("The fund invested over HK$3 billion in 2024.")
    assert (f.kind, f.value, f.currency, f.qualifier) == ("money", 3e9, "HKD", "over")
    assert f.text == "HK$3 billion"
    assert f.unit is None
    assert f.context == "The fund invested over HK$3 billion in 2024."


@pytest.mark.parametrize("text, value, currency", [
    ("The grant is US$5,000 per school.", 5000, "USD"),
    ("The city pays $300 per permit.", 300, "USD"),
    ("Revenue reached €2.5m last quarter.", 2.5e6, "EUR"),
    ("The club spent £3bn on the ground.", 3e9, "GBP"),
    ("Costs were RMB 100 million for the line.", 1e8, "CNY"),
    ("A budget of S$40 million was set.", 4e7, "SGD"),
    ("Sales rose to A$12 million overall.", 1.2e7, "AUD"),
    ("The province gave C$7.5 million to schools.", 7.5e6, "CAD"),
    ("The state spent ₹500 crore on roads.", 5e9, "INR"),
    ("Tickets cost Rs 200 at the gate.", 200, "INR"),
    ("The trust holds NT$80 million in bonds.", 8e7, "TWD"),
    ("The fund holds EUR 40 million.", 4e7, "EUR"),
    ("It raised 3 million euros from donors.", 3e6, "EUR"),
    ("It paid 20 US dollars a head.", 20, "USD"),
    ("The board approved a $1.43 billion injection for the fund.", 1.43e9, "USD"),
    ("It lent US$1.2bn and then $300k more to the fund.", 1.2e9, "USD"),
])
def test_each_currency(text, value, currency):
    f = figs(text)[0]
    assert f.kind == "money"
    assert f.value == pytest.approx(value)
    assert f.currency == currency


def test_decimal_money_with_magnitude():
    f = one("Member firms have secured over HK$46.2 billion in funding.")
    assert f.value == pytest.approx(46.2e9)
    assert f.text == "HK$46.2 billion"


def test_bare_dollar_follows_a_hong_kong_release():
    text = ("HONG KONG, 3 March 2025 – The Hong Kong board met today.\n\n"
            "The Hong Kong office will inject $1.43 billion into the fund.\n\n"
            "About the Hong Kong Widget Council: a statutory body.\n")
    money = [f for f in figs(text) if f.kind == "money"]
    assert [(f.value, f.currency) for f in money] == [(pytest.approx(1.43e9), "HKD")]


def test_m_means_million_only_after_a_currency():
    assert values("The 100m sprint starts at noon.") == []
    assert one("They raised €4m from the sale.").value == 4e6


@pytest.mark.parametrize("text, value, currency", [
    ("基金会提供超过220亿美元软件", 2.2e10, "USD"),
    ("投资1,000港元用于培训", 1000, "HKD"),
    ("项目获得5亿元人民币资助", 5e8, "CNY"),
    ("政府拨款100亿新台幣", 1e10, "TWD"),
    ("公司筹得3千万港币", 3e7, "HKD"),
    ("公司募资人民币100万", 1e6, "CNY"),
])
def test_chinese_money(text, value, currency):
    f = figs(text)[0]
    assert (f.kind, f.currency) == ("money", currency)
    assert f.value == pytest.approx(value)


def test_chinese_qualifier_before_and_after():
    f = figs("估计价值超过220亿美元以上，开放给公众。")[0]
    assert (f.value, f.qualifier, f.text) == (2.2e10, "超过", "220亿美元")


# --- percentages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value, written", [
    ("Sales rose 28% year on year.", 28, "28%"),
    ("A 58 percent detention rate is too low.", 58, "58 percent"),
    ("They approved 86 per cent of the claims.", 86, "86 per cent"),
    ("Growth was 5.5 pct last year.", 5.5, "5.5 pct"),
    ("并且100％公益免费", 100, "100％"),
    ("Turnout was 64 % this time.", 64, "64 %"),
])
def test_percent_forms(text, value, written):
    f = one(text)
    assert (f.kind, f.value, f.unit, f.text) == ("percent", value, "%", written)


def test_percent_of_the_fortune_500_is_the_percent_only():
    f = one("Over 50% of the Fortune 500 use the tool.")
    assert (f.value, f.unit, f.qualifier) == (50, "%", "Over")


def test_percent_needs_no_noun_and_near_is_a_qualifier():
    f = one("Services run at near 100% uptime.")
    assert (f.value, f.qualifier) == (100, "near")


# --- counts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value, qualifier", [
    ("The scheme approved approximately 30 R&D projects.", 30, "approximately"),
    ("The park gathers over 500 start-ups today.", 500, "over"),
    ("The forums drew over 3,100 representative delegates.", 3100, "over"),
    ("The panel picked more than 40 use cases.", 40, "more than"),
    ("It is a bridge for nearly 300 member firms.", 300, "nearly"),
    ("Around 900 participating organisations joined.", 900, "Around"),
    ("About 40 staff moved offices.", 40, "About"),
    ("The plan creates up to 100 jobs.", 100, "up to"),
    ("We run at least 5 sites in the region.", 5, "at least"),
    ("The chain kept almost 30 offices open.", 30, "almost"),
    ("It counts some 12 chapters.", 12, "some"),
    ("The list holds a little less than 500 licences.", 500, "a little less than"),
    ("The network links 51 offices worldwide.", 51, None),
    ("He has 10 or more prior convictions.", 10, "or more"),
])
def test_counts_with_their_qualifiers(text, value, qualifier):
    f = one(text)
    assert (f.kind, f.value, f.qualifier, f.unit, f.currency) == ("count", value, qualifier, None, None)
    assert f.text == f"{value:,}" or f.text == str(value)


def test_count_with_plus_and_magnitudes():
    found = figs("The group makes 100+ million parts a year, has 7M+ weekly users and 40+ partners.")
    assert [(f.value, f.qualifier) for f in found] == [(1e8, "more than"), (7e6, "more than"), (40, "more than")]
    assert [f.text for f in found] == ["100+ million", "7M", "40"]


def test_count_standing_in_brackets_after_its_noun():
    found = figs("It checks the listed licences (a little less than 500) and exceptions (40+) too.")
    assert [(f.value, f.qualifier) for f in found] == [(500, "a little less than"), (40, "more than")]


def test_count_followed_by_of_or_in():
    assert values("Over 3,500 of the best-known brands use it.") == [3500]
    assert values("The council runs 50 offices, including 13 in Mainland China.") == [50, 13]
    assert values("They filed more than 850 in total.") == [850]


def test_count_needs_a_noun_after_it():
    assert values("1,128") == []
    assert values("12") == []
    assert values("The figure was 12.") == []
    assert values("Requests\n\n1,128\n\n538\n\n51%\n") == [51]
    assert values("Between 10 and 20 staff left.") == [20]


@pytest.mark.parametrize("text, value, qualifier, written", [
    ("将近50万人参加了活动", 5e5, "将近", "50万"),
    ("管理着2.27亿行代码", 2.27e8, None, "2.27亿"),
    ("带领350多个开源项目", 350, "多", "350"),
    ("由21个成员成立", 21, None, "21"),
    ("与近8,100个提交者合作", 8100, "近", "8,100"),
    ("共有300余家企业入驻", 300, "余", "300"),
])
def test_chinese_counts(text, value, qualifier, written):
    f = one(text)
    assert (f.kind, f.value, f.qualifier, f.text) == ("count", pytest.approx(value), qualifier, written)


def test_small_written_out_numbers_are_not_figures_but_larger_counts_are():
    # issue #12: a count the release gives only in words is a figure; "two", "three" are not
    assert [(f.text, f.value) for f in figs("Two teams and three clubs signed up forty players.")] == [("forty", 40)]


# --- measures -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value, unit", [
    ("The centre delivers 3,000 PFLOPS of computing power.", 3000, "PFLOPS"),
    ("The farm produces 50 MW of power.", 50, "MW"),
    ("A 5 GW link is planned.", 5, "GW"),
    ("The line adds 30 km of track.", 30, "km"),
    ("The park covers 120 hectares of land.", 120, "hectares"),
    ("The tower offers 2,000 sq ft of offices.", 2000, "sq ft"),
    ("The archive holds 40 TB of video.", 40, "TB"),
    ("The site spans over 2 million square feet.", 2e6, "square feet"),
    ("新线路全长35公里", 35, "公里"),
])
def test_measures_with_units(text, value, unit):
    f = one(text)
    assert (f.kind, f.value, f.unit, f.currency) == ("measure", value, unit, None)


# --- what is not a figure -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tel: ( 852 ) 3166 3841",
    "Call +1 617 921 8656 for details.",
    "Contact: T. +49 179 / 6904 237 or M. 555-0199.",
    "Agnes WatTel: (852)2584 4554Email: agnes@example.org",
    "Tel: 1-800-555-0199 or (02) 1234 5678.",
])
def test_phone_numbers_are_not_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text", [
    "Established in 1999, the group was founded in 2010.",
    "The 2026-27 Budget and the 2026-2027 plan were tabled.",
    "The FY2020 annual report is out.",
    "Hong Kong, 25 February 2026 – The board met.",
    "CHICAGO, March 14, 2025 – The office reported.",
    "At its meeting on 24 September 2025 the board agreed.",
    "He has served since July 1, 2023, and until 30 June 2031.",
    "Cases filed Dec-24 and Jan-25 rose.",
    "Figures for 3/1/25 - 3/11/25 are final.",
    "美国东部时间2021年3月24日09:00发布",
    "The call starts at 09:00 sharp.",
    "In the 1990s growth was slow.",
])
def test_years_dates_and_times_are_not_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text", [
    "We released Quillmark v4.7.2 today.",
    "Version 2.1.0 onwards ships the new UI.",
    "It matches the 3.18 release of the list.",
    "The code is under the Apache License 2.0 now.",
    "The scheme covers Web3.0 security.",
    "The plan follows the 15th Five-Year Plan and the 22nd session.",
    "The site adds 5G-A networks for Fortune 500 and Fortune 100 companies.",
    "Services run 24x7x365 for everyone.",
    "The foundation is a US 501(c)(3) charitable organization.",
    "Sponsors include Casino2k and Top10VPN this year.",
    "Visit IndustriestraBe 877704 Oberkirch for details.",
    "The study [1] was cited widely.",
    "The group ranked 第一 and marked its 22周年, at 第3届 events.",
    "See https://example.org/reports/2024/500-firms and mail info2024@example.org.",
    "Order No. 5 and room #3 at Level 3.",
    "The COVID-19 rules and the G20 summit in Q3.",
])
def test_versions_ordinals_names_and_codes_are_not_figures(text):
    assert figs(text) == []


# --- fields, order, roles -------------------------------------------------------------------------


def test_context_is_the_whole_sentence_and_skips_abbreviations():
    found = figs("It helped S.F. Express Corp. hire 40 drivers. Then 12 more pilots joined!")
    assert [f.context for f in found] == ["It helped S.F. Express Corp. hire 40 drivers.",
                                          "Then 12 more pilots joined!"]


def test_same_value_in_same_sentence_is_kept_once_and_order_is_kept():
    found = figs("It has 30 labs and 30 labs again, plus 28% growth.\n\nAnother 30 labs opened.\n")
    assert [(f.value, f.block) for f in found] == [(30, 0), (28, 0), (30, 1)]


def test_section_and_block_are_copied_from_the_block():
    blocks = [Block(kind="paragraph", text="The hub hosts over 310 enterprises.", index=7, section="Assets")]
    f = extract_figures(blocks)[0]
    assert (f.section, f.block) == ("Assets", 7)


def test_only_body_about_and_dateline_blocks_are_read():
    text = "The hub hosts over 310 enterprises."
    roles = ["body", "about", "dateline", "contact", "chrome", "front", "title"]
    blocks = [Block(kind="paragraph", text=text, index=i, role=r) for i, r in enumerate(roles)]
    assert [f.block for f in extract_figures(blocks)] == [0, 1, 2]


def test_image_and_rule_blocks_are_skipped():
    blocks = [Block(kind="image", text="Over 500 start-ups"), Block(kind="rule", text="")]
    assert extract_figures(blocks) == []


def test_to_json_gives_whole_numbers_as_int():
    f = one("The park gathers over 500 start-ups today.")
    assert f.to_json()["value"] == 500


# --- other writing conventions ----------------------------------------------------------------------


def test_decimal_comma_release_reads_dots_as_thousands():
    text = ("Berlin, 3. März 2025 – Der Kaufpreis liegt bei 38,5 Millionen Euro. Solvia wächst auf rund "
            "1.850 Mitarbeitende an 14 Standorten. Der Umsatz stieg um 9,4 Prozent auf 62 Mio. Euro, "
            "der Anteil von 22 % auf 35 %.")
    found = [(f.value, f.currency, f.unit, f.qualifier) for f in figs(text)]
    assert found == [(38.5e6, "EUR", None, None), (1850, None, None, "rund"), (14, None, None, None),
                     (9.4, None, "%", None), (62e6, "EUR", None, None), (22, None, "%", None),
                     (35, None, "%", None)]


def test_decimal_point_release_keeps_commas_as_thousands():
    assert values("Revenue rose 9.4% to $1,850 million from 1,200 stores.") == [9.4, 1850e6, 1200]


def test_dotted_thousands_are_not_a_phone_number():
    assert values("Die Stadt zählt 1.200.000 Einwohner und 3,5 Prozent mehr Touristen.") == [1.2e6, 3.5]


@pytest.mark.parametrize("text, value, unit", [
    ("a 120,000-square-foot plant opens", 120000, "sq ft"),
    ("the 41-mile line reopens", 41, "miles"),
    ("a 50-megawatt solar farm", 50, "MW"),
    ("the margin of error is 2.2 percentage points.", 2.2, "percentage points"),
    ("rates rose by 25 basis points.", 25, "basis points"),
])
def test_hyphenated_and_point_units(text, value, unit):
    f = one(text)
    assert (f.value, f.unit, f.kind) == (pytest.approx(value), unit, "measure")


@pytest.mark.parametrize("text, value, currency", [
    ("The board proposed a final dividend of 8 cents a share.", 0.08, "USD"),
    ("董事會建議派發末期股息每股8港仙。", 0.08, "HKD"),
    ("Shares rose 12 pence in London.", 0.12, "GBP"),
    ("Ein Ticket kostet 5 € pro Tag.", 5, "EUR"),
    ("The deal is worth 3 milliards d'euros.", 3e9, "EUR"),
])
def test_cents_euro_sign_and_foreign_magnitudes(text, value, currency):
    f = figs(text)[0]
    assert (f.kind, f.currency) == ("money", currency)
    assert f.value == pytest.approx(value)


def test_a_table_in_millions_scales_its_bare_amounts_only():
    html = ("<h1>Results</h1><table><tr><th>(in millions of U.S. dollars)</th><th>2024</th><th>2023</th></tr>"
            "<tr><td>Revenue</td><td>$212.4</td><td>$188.0</td></tr>"
            "<tr><td>Earnings per share</td><td>$1.25</td><td>$0.90</td></tr></table>"
            "<p>Staff costs were $4.5 in the year.</p>")
    found = extract_figures(parse_text(html, ".html").blocks)
    assert [(f.text, f.value) for f in found] == [
        ("$212.4", pytest.approx(212.4e6)), ("$188.0", pytest.approx(188e6)), ("$1.25", 1.25), ("$0.90", 0.9),
        ("$4.5", 4.5)]


def test_street_numbers_and_foreign_dates_are_not_figures():
    assert values("It is based at 250 West 57th Street and 12 Harbour Road, New York.") == []
    assert values("Die Übernahme wurde am 3. März unterzeichnet, le 1er mars et el 3 de marzo.") == []


# --- adversarial input ----------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["1", "1 ", "1,", "1.", "( ", "$", "1-", "1+", "1/", "1:", "a1", "1%", "1多",
                                  ". ", "over ", "+1 617 ", "[1]", "HK$1 billion ", "1.000.", "1,5 Mio. ",
                                  "1 A ", "1-square-", "8 cents ", "1 West 5th ", "1 to $", "1-1% "])
def test_adversarial_input_grows_linearly(unit):
    def make(n: int) -> list[Block]:
        return [Block(kind="paragraph", text=(unit * (n // len(unit) + 1))[:n])]

    assert growth(extract_figures, make, 12_500, runs=3) < LINEAR


# --- properties -----------------------------------------------------------------------------------

_PIECES = st.sampled_from(["1", "2,500", "3.5", "2024", " ", ".", ",", "-", "/", ":", "+", "%", "$",
                           "HK$", "€", "(", ")", "[", "]", "over ", "million", " staff", "亿", "多",
                           "个", "年", "美元", "March ", "v", "No. ", "x", "m", "k", "Tel: ", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gives_figures_written_in_their_sentence(text):
    block = Block(kind="paragraph", text=text)
    for f in extract_figures([block]):
        assert f.text and f.text in text
        assert f.text in f.context
        assert f.kind in ("money", "percent", "count", "measure")
        assert f.value >= 0 or f.text[:1] in "-−" or "-" in f.text  # negative only where a minus is written


def test_other_iso_currency_codes_before_and_after():
    found = figs("Nordvik signed a NOK 1.2 billion order, about 102 million EUR, and a SEK 40 million loan.")
    assert [(f.value, f.currency) for f in found] == [(1.2e9, "NOK"), (102e6, "EUR"), (40e6, "SEK")]
    # PHP and COP are a language and a conference here, no currencies (their numbers name a version and an edition)
    assert all(f.currency is None for f in figs("The PHP 8 runtime went to the COP 28 talks."))


def test_three_decimals_in_an_english_release_stay_decimals():
    found = figs("The company raised $1.125 billion and sold 2.500 tonnes more than the year before.")
    assert [f.value for f in found] == [pytest.approx(1.125e9), 2.5]
    assert values("Five Supreme Court justices and 3 High Court judges heard 40 cases.") == [3, 40]


def test_dollar_written_after_its_letter_and_a_dateline_country():
    found = figs("Southern Cross will spend $A45m on a second line and $US3 million on studies.")
    assert [(f.value, f.currency) for f in found] == [(45e6, "AUD"), (3e6, "USD")]
    blocks = parse_text("TORONTO, March 3, 2025 /CNW/ - Maplewood will invest $210 million in a plant.", ".txt").blocks
    assert [f.currency for f in extract_figures(blocks, "CA")] == ["CAD"]
    assert [f.currency for f in extract_figures(blocks)] == ["USD"]


@pytest.mark.parametrize("text, found", [
    ("Revenue of $190-$200 million is expected.", [190e6, 200e6]),
    ("Revenue of $190 to $200 million is expected.", [190e6, 200e6]),
    ("It will cost between $1.5 and $2 billion.", [1.5e9, 2e9]),
    ("Margins of 10-15% are typical.", [10, 15]),
    ("Growth of 20–25 per cent is likely.", [20, 25]),
    ("Between 10 and 15 percent of staff left.", [10, 15]),
    ("A $3-4 million deal was signed.", [3e6, 4e6]),
    ("Sales of 3 to 4 million units are planned.", [3e6, 4e6]),
])
def test_both_ends_of_a_range_share_its_scale(text, found):
    assert values(text) == [pytest.approx(v) for v in found]
