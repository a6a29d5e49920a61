"""Number forms the figures package reads, each in words of our own and in two styles."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _figures(body: str) -> list[tuple[str, float, str | None, str | None]]:
    release = parse_release("# A headline for the test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value, f.unit, f.currency) for f in release.figures]


@pytest.mark.parametrize("body, value", [
    ("Der Verein zählte 350.000 Besucher im vergangenen Jahr.", 350_000),  # dots group thousands
    ("La ligne transporte 3 000 voyageurs par jour depuis mars.", 3_000),  # a space groups them
    ("Le port a reçu 1 234,5 tonnes de grain en une semaine.", 1_234.5),  # a decimal comma
])
def test_european_digit_grouping_is_one_number(body, value):
    assert value in [v for _, v, _, _ in _figures(body)]


@pytest.mark.parametrize("body, values", [
    ("The new chip runs 4X faster than the one it replaces.", [4.0]),
    ("Caching cuts load times 2–20X on the pages we measured.", [2.0, 20.0]),
])
def test_multipliers_are_measures_in_times(body, values):
    found = [(v, unit) for _, v, unit, _ in _figures(body)]
    for value in values:
        assert (value, "×") in found


def test_a_bare_yuan_takes_the_currency_the_release_names():
    figures = _figures("台北訊，公司今天宣布，新廠房總投資新台幣20億元，預計明年完工。\n\n公司表示，設備採購約5億元。")
    assert ("5億元", 500_000_000.0, None, "TWD") in figures
    assert any(v == 2_000_000_000 and c == "TWD" for _, v, _, c in figures)


@pytest.mark.parametrize("body, counts", [
    ("In the vote, 24 out of the 33 councillors backed the plan.", [24.0, 33.0]),
    ("The survey found that 3 in 10 riders cycle to work.", [3.0, 10.0]),
])
def test_shares_of_a_group_are_counts(body, counts):
    values = [v for _, v, _, _ in _figures(body)]
    for count in counts:
        assert count in values


# --- the release's own dollar ------------------------------------------------------------------------

def test_the_dateline_decides_the_dollar_over_a_subsidiary_named_often():
    body = ("PORTLAND, Ore., May 2, 2031 -- The outfitter said sales rose to $40 million. Its Canada unit, "
            "Outfitter Canada, opened stores in Canada; Canada sales were $9 million, and Canada staff grew.")
    currencies = {v: c for _, v, _, c in _figures(body)}
    assert currencies[40_000_000] == "USD" and currencies[9_000_000] == "USD"


def test_with_no_dateline_a_place_named_often_still_gives_its_dollar():
    body = ("The Toronto bakery said sales in Ontario rose. Toronto and Ottawa shops, the Ontario chain "
            "said, took $3 million.")
    assert ("$3 million", 3_000_000.0, None, "CAD") in _figures(body)


_DOMESTIC_FILING = """<SEC-HEADER>
FILED AS OF DATE:\t\t20310305
</SEC-HEADER>
<DOCUMENT>
<TYPE>{form}
<TEXT>
CURRENT REPORT
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
             Kettle Makers Report Higher Sales

    The kettle maker said sales were $12 million. Kettle Makers Canada, its
arm in Canada, sells in Canada and in Canada's north; Canada is growing.
</TEXT>
</DOCUMENT>
"""


@pytest.mark.parametrize("form, currency", [("8-K", "USD"), ("10-Q", "USD")])
def test_a_form_only_us_issuers_file_makes_the_dollar_american(form, currency):
    release = parse_release(_DOMESTIC_FILING.format(form=form), suffix=".txt")
    assert [(f.value, f.currency) for f in release.figures if f.value == 12_000_000] == [(12_000_000, currency)]


def test_a_foreign_issuers_form_leaves_the_dollar_to_the_text():
    release = parse_release(_DOMESTIC_FILING.format(form="6-K"), suffix=".txt")
    assert [(f.value, f.currency) for f in release.figures if f.value == 12_000_000] == [(12_000_000, "CAD")]


# --- counts, measures and what is not a count ----------------------------------------------------------

@pytest.mark.parametrize("body, value", [
    ("The chain will take over up to 14 off-site depots next spring.", 14),
    ("We now run 9 in-house studios across the region.", 9),
])
def test_a_hyphenated_compound_after_a_count_is_its_noun(body, value):
    assert value in [v for _, v, _, _ in _figures(body)]


@pytest.mark.parametrize("body, value, unit", [
    ("Das neue Lager fasst bis zu 12 Mrd. m3 Gas im Jahr.", 12e9, "m³"),
    ("The reservoir holds 4.5 million cubic metres of water.", 4.5e6, "cubic metres"),
    ("La planta procesa 800 toneladas de residuos al día.", 800, "toneladas"),
    ("Die Anlage spart jährlich 2.500 Tonnen Kohlendioxid ein, 3,5 Prozent mehr als 2030.", 2500, "Tonnen"),
    ("The lantern's panel shines at 1,500 nits on the brightest setting.", 1500, "nits"),  # a display's brightness
    ("新款燈箱的面板亮度最高可達1500尼特，白天也清晰可見。", 1500, "尼特"),
    ("Each tablet of the new remedy holds 40mg of the herb extract.", 40, "mg"),  # a dose glued to its unit
    ("Die Studie gab den Tieren 2,5 mg/kg des Wirkstoffs pro Tag.", 2.5, "mg/kg"),
    ("A single drop holds 0.05 mL of the tincture.", 0.05, "mL"),
])
def test_measures_in_symbols_and_words_of_several_languages(body, value, unit):
    assert (value, unit) in [(v, u) for _, v, u, _ in _figures(body)]


@pytest.mark.parametrize("body", [
    "Tadbir 7-Jahon forumi doirasida o‘tadi va mehmonlarni kutadi.",
    "The 3-Series sedan returns to the showroom this autumn with new trim.",
])
def test_a_number_glued_to_a_capitalised_word_is_a_name(body):
    assert [v for _, v, _, _ in _figures(body) if v in (3, 7)] == []


@pytest.mark.parametrize("body", [
    "Release notes: Orbitra 14 brings 30 new reports. With Orbitra 14, teams get faster dashboards.",
    "Die Truppen hielten Sektor 3. Später fiel Sektor 3, und 40 Soldaten zogen ab.",
    "The firm showed its new SkyDesk 9 suite to 40 buyers.",  # a camel-case product name
    "The Lumora® 14 lamp lights 40 rooms of the school.",  # a trademark's number is its name's
    "新款投影機搭載Lumora™ 9光學引擎，已售出40台。",
])
def test_a_number_that_names_a_product_version_or_place_is_no_count(body):
    values = [v for _, v, _, _ in _figures(body)]
    assert 14 not in values and 3 not in values and 9 not in values
    assert 30 in values or 40 in values


@pytest.mark.parametrize("body", ["The image ships as 4+build2 for every board.", "Version 7+git3 fixes the bug."])
def test_a_plus_glued_to_letters_is_a_version_not_more_than(body):
    assert [q for _, _, _, q in [(f.text, f.value, f.unit, f.qualifier)
                                for f in parse_release("# T\n\n" + body + "\n", suffix=".md").figures]] == []


@pytest.mark.parametrize("body", ["旧服务器将于 2031 年 5 月 9 日关闭，请用户提前迁移数据。", "新館は 2032 年 4 月 3 日に開館します。"])
def test_a_cjk_date_written_with_spaces_gives_no_figures(body):
    assert _figures(body) == []


@pytest.mark.parametrize("body, value", [
    ("Deposits rose to $412 MM at year end.", 412e6),
    ("The bank booked net income of $7.5MM for the quarter.", 7.5e6),
])
def test_the_accountants_mm_is_a_million_after_a_currency(body, value):
    assert value in [v for _, v, _, _ in _figures(body)]


@pytest.mark.parametrize("body, value, unit", [
    ("The installer image is 712 MiB and the full set 6,2 GiB.", 712, "MiB"),
    ("Gusts reached 95 miles per hour along the coast.", 95, "miles per hour"),
    ("Der Sturm erreichte 120 Kilometer pro Stunde.", 120, "Kilometer"),
])
def test_binary_sizes_and_speeds_keep_their_unit(body, value, unit):
    assert (value, unit) in [(v, u) for _, v, u, _ in _figures(body)]


@pytest.mark.parametrize("body, expected", [
    ("Officers arrested seven suspects and seized a dozen laptops.", [("seven", 7), ("a dozen", 12)]),
    ("Nearly two million commuters ride the line; more than a billion trips were made.",
     [("two million", 2e6), ("a billion", 1e9)]),
    ("Die Stadt baut zwölf Brücken.", [("zwölf", 12)]),
])
def test_counts_written_in_words(body, expected):
    assert [(t, v) for t, v, _, _ in _figures(body)] == expected


@pytest.mark.parametrize("body", [
    "The three pillars of the plan stay. These five years were hard.",  # pointing back, not counting
    "We have two goals and four partners.",  # small counts alone
    "The grant is paid out over seven years, and the board meets twelve times.",  # spans of time, repeats
    "Roughly eight in ten members agree, and nine out of ten renew.",  # ratios
])
def test_small_or_definite_counts_in_words_are_left_out(body):
    assert _figures(body) == []


@pytest.mark.parametrize("text", [
    # a Markdown headline, the body never repeating the share
    "# Orchard Growers Expect 35% More Apples This Autumn\n\nHARTFIELD, May 2, 2023 -- The growers' guild "
    "looked at its members' trees and sees a heavy crop ahead of the autumn markets.\n",
    # a headline line with no markup above a plain-text dateline
    "Orchard Growers Expect 35% More Apples This Autumn\n\nHARTFIELD, May 2, 2023 -- The growers' guild "
    "looked at its members' trees and sees a heavy crop ahead of the autumn markets.\n",
])
def test_a_figure_only_the_headline_states_is_kept(text):
    release = parse_release(text, suffix=".md" if text.startswith("#") else ".txt")
    assert [(f.value, f.unit) for f in release.figures] == [(35, "%")]


def test_a_headline_figure_the_body_repeats_is_kept_once_with_the_bodys_sentence():
    release = parse_release("# Guild Plants 1,200 Trees\n\nHARTFIELD, May 2, 2023 -- The guild planted 1,200 trees "
                            "along the river meadows this spring.\n", suffix=".md")
    assert [(f.value, f.context) for f in release.figures] == [
        (1200, "HARTFIELD, May 2, 2023 -- The guild planted 1,200 trees along the river meadows this spring.")]


@pytest.mark.parametrize("dateline, local", [("KOWLOON, Hong Kong, May 2, 2023", "HKD"),
                                              ("TORONTO, May 2, 2023", "CAD")])
def test_a_bare_dollar_under_a_us_markets_rule_is_the_us_dollar(dateline, local):
    release = parse_release(f"# Harbour Kites Regains Compliance\n\n{dateline} -- Harbour Kites said its shares "
                            "closed above $1.00 per share for ten days, as the NYSE rules require. The kite maker "
                            "also raised $2 million from local investors.\n", suffix=".md")
    assert [(f.value, f.currency) for f in release.figures] == [(1.0, "USD"), (2e6, local)]


@pytest.mark.parametrize("body, value", [
    ("私たちは気温上昇を1.8度目標の範囲に抑えるよう政府に求めます。", 1.8),  # Japanese: a degree target
    ("联盟呼吁各国政府落实2度目标，并公布减排路线图。", 2),  # Chinese, simplified
])
def test_a_degree_target_is_a_measure_but_a_third_time_is_not(body, value):
    assert (value, "°") in [(v, u) for _, v, u, _ in _figures(body)]
    assert 3 not in [v for _, v, _, _ in _figures("今回で3度目の開催となる植樹祭には多くの市民が集まりました。")]


@pytest.mark.parametrize("body, value", [
    ("署名はこれまでに2万6000筆以上集まりました。", 26_000),  # Japanese: a count
    ("本季營收達1億2000萬元，較去年同期成長。", 120_000_000),  # Traditional Chinese: money in 億 and 萬
])
def test_a_cjk_number_going_on_after_its_magnitude_is_one_number(body, value):
    assert [v for _, v, _, _ in _figures(body)] == [value]


@pytest.mark.parametrize("body", [
    "Support for Hearthstove 7 ends this month, while Hearthstove 8 adds 12 recipes for the winter season.",
    "Die Unterstützung für Ofenkunde 7 endet, und Ofenkunde 8 bringt 12 neue Rezepte für den Winter mit.",
])
def test_a_name_written_with_two_numbers_names_versions(body):
    assert [v for _, v, _, _ in _figures(body)] == [12]


def test_words_opening_sentences_with_numbers_still_give_counts():
    body = "Over 50 growers came to the fair. Over 60 buyers came from the city."
    assert [v for _, v, _, _ in _figures(body)] == [50, 60]


@pytest.mark.parametrize("body, value", [
    ('The lantern comes with a 6.5" display and a handle of oak.', 6.5),  # a straight inch mark
    ("新款燈箱採用10.1”IPS面板，另有12吋款式。", 10.1),  # a curly one glued to the next word
])
def test_a_screen_size_in_inches(body, value):
    assert (value, "inch") in [(v, u) for _, v, u, _ in _figures(body)]


def test_a_quotation_ending_on_a_number_is_no_inches():
    assert "inch" not in [u for _, _, u, _ in _figures("The guild called it “the best of 2.5” and sold 40 lanterns.")]


@pytest.mark.parametrize("text, name", [
    ('---\ntitle: "Orchard Growers Expect 35% More Apples"\n---\n\nHARTFIELD, May 2, 2023 -- The guild looked '
     "at its members' trees and sees a heavy crop ahead of the autumn markets.\n", "r.md"),
    ("<html><head><title>Orchard Growers Expect 35% More Apples</title></head><body><p>HARTFIELD, May 2, 2023 "
     "-- The guild looked at its members' trees and sees a heavy crop ahead of the autumn markets.</p>"
     "</body></html>", "r.html"),
])
def test_a_figure_only_a_headline_outside_the_text_states_is_kept(text, name):
    release = parse_release(text, name=name)
    assert release.title == "Orchard Growers Expect 35% More Apples"
    assert [(f.value, f.unit, f.block) for f in release.figures] == [(35, "%", -1)]


@pytest.mark.parametrize("body", [
    "Growers can call 1-800-SEED-CO1 (733-3261) for advice. The guild handed out 40 grants.",
    "Orders go to 1 866 GROWERS or the website. The guild handed out 40 grants.",  # spaces, no brackets
])
def test_a_toll_free_number_spelled_in_letters_is_no_figure(body):
    assert [v for _, v, _, _ in _figures(body)] == [40]


@pytest.mark.parametrize("body, value, unit", [
    ("The kiosk has a 21-inch touchscreen for visitors.", 21, "inch"),
    ("The lantern's camera sees 270° around the yard.", 270, "°"),
    ("Its chip delivers up to 40 TOPS of inference for the cameras.", 40, "TOPS"),
])
def test_product_specs_keep_their_unit(body, value, unit):
    assert (value, unit) in [(v, u) for _, v, u, _ in _figures(body)]


@pytest.mark.parametrize("body, value", [
    ("種子図書館の会員は2万6000人を超えました。", 26_000),           # digits go on after 万
    ("今年的借阅量达到1万2千册，创下新高。", 12_000),                 # and a smaller magnitude after them
    ("市は改修に3億5000万円を充てると発表しました。", 350_000_000),
])
def test_a_cjk_number_goes_on_below_its_magnitude(body, value):
    found = [v for _, v, _, _ in _figures(body)]
    assert found and found[0] == value


@pytest.mark.parametrize("text, value", [
    ("Les membres étaient 2 millions l’an dernier ; ils sont aujourd’hui 3 millions, selon la coopérative.", 3e6),
    ("Last spring the library had 1.5 million visits; this spring it passed 2.5 million, the board said.", 2.5e6),
])
def test_a_count_in_millions_needs_no_noun_after_it(text, value):
    values = [f.value for f in parse_release(f"# Seeds\n\n{text}\n", name="r.md").figures]
    assert value in values


@pytest.mark.parametrize("body", [
    "Der Umbau kostet 2,4 Millionen Euro. Für jedes Mitglied sind das 35 Cent im Monat.",
    "The new ferry cost €18 million, and a single ticket goes up by 40 cents from June.",
])
def test_cents_in_a_release_counting_in_euros_are_euro_cents(body):
    cents = [(v, c) for _, v, _, c in _figures(body) if v < 1]
    assert cents and all(c == "EUR" for _, c in cents)


def test_cents_in_a_release_counting_in_dollars_stay_dollar_cents():
    cents = [(v, c) for _, v, _, c in _figures("The bakery raised $2 million; a loaf now costs 25 cents more.") if v < 1]
    assert cents == [(0.25, "USD")]


@pytest.mark.parametrize("body", [
    "Neighbours made a 911 call at dawn, and 112 volunteers searched the woods by noon.",
    "A passer-by called 999 after the crash; 112 volunteers later cleared the road.",
])
def test_an_emergency_number_called_is_no_count(body):
    values = [v for _, v, _, _ in _figures(body)]
    assert 911 not in values and 999 not in values
    assert 112 in values


@pytest.mark.parametrize("body", [
    "He will appear in Department 12 of the county court, where 30 other cases wait.",
    "Courtroom 4 heard 25 motions on Monday.",
])
def test_a_court_department_named_by_its_number_is_no_count(body):
    values = [v for _, v, _, _ in _figures(body)]
    assert 12 not in values and 4 not in values
    assert 30 in values or 25 in values


@pytest.mark.parametrize("body, value", [
    ("The ministry gave a further S250,000 to the clinic fund this week.", 250000),
    ("Total aid to the region now stands at S3.4m after the new grant.", 3400000),
])
def test_a_scanned_dollar_read_as_s_is_still_a_dollar(body, value):
    found = [(v, c) for _, v, _, c in _figures(body)]
    assert found and found[0][0] == value and found[0][1] is not None


def test_an_s_glued_to_a_model_number_stays_no_money():
    assert all(c is None for _, _, _, c in _figures("The S23 phone and 40 S 12 tablets sold out in a day."))


@pytest.mark.parametrize("body", [
    "Posted by the garden team · 4 min read · updated weekly for members of the club.",
    "Seed swap notes — a 7-minute read for growers who signed up at the spring market.",
])
def test_a_pages_reading_time_is_no_figure(body):
    assert _figures(body) == []


@pytest.mark.parametrize("body", [
    "The Orchard 3.2beta4 release brings a new planting calendar to every plot holder.",
    "Testers can install Seedling rc2 builds from the mirror before the final version ships.",
])
def test_a_pre_release_number_is_a_version_not_a_count(body):
    assert _figures(body) == []


@pytest.mark.parametrize("body, value", [
    ("The co-op now lends seed in 9 U.S. counties and hopes to reach more next year.", 9),
    ("Its partner runs 30 U.K. garden centres that stock the library's packets.", 30),
])
def test_a_dotted_abbreviation_between_a_count_and_its_noun(body, value):
    assert value in [v for _, v, _, _ in _figures(body)]


# --- numbers in words: echoed digits, compounds, hours -------------------------------------------

@pytest.mark.parametrize("body, value, unit", [
    ("Speakers at the hearing may talk for up to five (5) minutes each.", 5, None),
    ("Objections must reach the clerk within twenty-one (21) days of the notice.", 21, None),
    ("Bus fares for students drop by thirty-five (35) percent in the spring.", 35, "%"),
    ("Der Verein pflanzt zwölf (12) Linden entlang der Allee.", 12, None),
])
def test_digits_in_brackets_after_a_number_word_are_one_figure(body, value, unit):
    assert [(v, u) for _, v, u, _ in _figures(body)] == [(value, unit)]


@pytest.mark.parametrize("body, expected", [
    ("The charity now runs forty-two libraries in rural towns.", [("forty-two", 42)]),
    ("The new depot will bring two hundred and fifty jobs to the valley.", [("two hundred and fifty", 250)]),
    ("Der Verband betreut dreiundvierzig Vereine im Land.", [("dreiundvierzig", 43)]),
])
def test_compound_number_words_are_one_count(body, expected):
    assert [(t, v) for t, v, _, _ in _figures(body)] == expected


@pytest.mark.parametrize("text, suffix", [
    ("# Longer hours\n\nThe reading room stays open until nine in the evening on Thursdays.\n", ".md"),
    ("Longer hours for the pool\n\nSwimmers may book lanes from seven in the morning each weekday.\n", ".txt"),
])
def test_an_hour_in_words_is_no_count(text, suffix):
    assert parse_release(text, suffix=suffix).figures == []


@pytest.mark.parametrize("body", [
    "Membership grew in every region※2 over the last season of the league.",
    "新しい図書館は中央区2丁目にあり、駅から歩いて行ける。",
])
def test_note_marks_and_address_parts_are_no_counts(body):
    assert _figures(body) == []


def _plain_figures(body: str) -> list[tuple[str, float, str | None, str | None]]:
    release = parse_release("見出しのテスト\n\n" + body + "\n", suffix=".txt")
    return [(f.text, f.value, f.unit, f.currency) for f in release.figures]


@pytest.mark.parametrize("read", [_figures, _plain_figures])
@pytest.mark.parametrize("body, value, currency", [
    ("県の観光収入は 1,830 億円に達し、前年を上回った。", 183_000_000_000, "JPY"),  # 億 a space after
    ("来場者は延べ 4.2 万人となり、過去最多を記録した。", 42_000, None),              # 万 a space after
    ("同社の受注残高は 1.6 兆円まで積み上がった。", 1_600_000_000_000, "JPY"),        # 兆 a space after
])
def test_a_myriad_set_a_space_apart_from_its_digits_scales_them(read, body, value, currency):
    found = [(v, c) for _, v, _, c in read(body)]
    assert found and found[0] == (value, currency)


@pytest.mark.parametrize("read", [_figures, _plain_figures])
def test_a_cjk_thousand_a_space_apart_stays_no_magnitude(read):
    found = [v for _, v, _, _ in read("会場には 3 千葉県産の野菜が並んだ。")]
    assert 3_000 not in found


@pytest.mark.parametrize("read", [_figures, _plain_figures])
@pytest.mark.parametrize("body, value", [
    ("連結売上高は3兆4120億7000万円と、過去最高を更新した。", 3_412_070_000_000),  # Japanese: 兆, 億 and 万
    ("本次拍卖成交总额为3亿4500万2000元，创历史新高。", 345_002_000),               # Chinese: 亿, 万 and units
])
def test_a_cjk_number_goes_on_below_each_of_its_myriads(read, body, value):
    found = [v for _, v, _, _ in read(body)]
    assert found and found[0] == value


@pytest.mark.parametrize("read", [_figures, _plain_figures])
@pytest.mark.parametrize("body, value, currency", [
    ("一泊あたりの平均客単価は 18,600 円で、前年より上がった。", 18_600, "JPY"),  # 円 a space after
    ("同社は海外工場に 450 ドルの端末を配備する。", 450, "USD"),                  # ドル a space after
])
def test_a_cjk_currency_set_a_space_apart_from_its_digits_names_the_money(read, body, value, currency):
    found = [(v, c) for _, v, _, c in read(body)]
    assert found and found[0] == (value, currency)


@pytest.mark.parametrize("read", [_figures, _plain_figures])
def test_a_bare_yuan_a_space_apart_is_another_word(read):
    found = [c for _, _, _, c in read("平台已接入 3 元宇宙场景，并持续扩展。")]
    assert found and found[0] is None
