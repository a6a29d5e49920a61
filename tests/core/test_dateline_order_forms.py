"""Numeric dates whose day and month could swap, Uzbek dates, abbreviated places and event dates,
in words of our own: plain-text and HTML releases, and the date reader called alone."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure import find_date
from mediakit.core.structure.dates import date_order

STORY = ("The harbour trust opened its rebuilt fish market to traders and visitors on the north quay, "
         "with forty stalls and a cold store shared by the boats.")


@pytest.mark.parametrize("text, order, iso", [
    ("4/6/2031", "dmy", "2031-06-04"),
    ("4/6/2031", "mdy", "2031-04-06"),
    ("04/06/2031", "dmy", "2031-06-04"),
    ("17/6/2031", None, "2031-06-17"),    # a part over 12 is the day: no order needed
    ("6/17/2031", None, "2031-06-17"),
    ("6/6/2031", None, "2031-06-06"),     # both readings are the same day
])
def test_a_slashed_date_is_read_in_the_order_given_or_where_it_is_certain(text, order, iso):
    assert find_date(text, order=order).iso == iso


@pytest.mark.parametrize("text", ["4/6/2031", "Posted 11/09/2030 by the desk", "13/13/2031", "page 2/3/2031x"])
def test_a_slashed_date_that_could_swap_is_never_guessed(text):
    assert find_date(text) is None


@pytest.mark.parametrize("region, order", [("US", "mdy"), ("GB", "dmy"), ("DE", "dmy"), ("CA", None), (None, None)])
def test_the_order_a_region_writes_numeric_dates_in(region, order):
    assert date_order(region) == order


@pytest.mark.parametrize("opening, date, place", [
    ("ABERDEEN, Scotland, 4/6/2031 – ", "2031-06-04", "ABERDEEN, Scotland"),  # a British place: day first
    ("TULSA, Okla., 4/6/2031 – ", "2031-04-06", "TULSA, Okla."),      # a US state: month first
    ("Hamburg, 04/06/2031 – ", "2031-06-04", "Hamburg"),
])
def test_the_datelines_place_tells_the_order_of_its_numeric_date(opening, date, place):
    release = parse_release(f"Fish Market Reopens on the North Quay\n\n{opening}{STORY}\n", name="r.txt")
    assert (release.date, release.place) == (date, place)


def test_a_numeric_date_with_no_place_to_tell_its_order_is_no_date():
    release = parse_release(f"Fish Market Reopens on the North Quay\n\n4/6/2031 – {STORY}\n", name="r.txt")
    assert release.date is None


def test_a_posted_date_below_the_headline_is_read_in_the_order_of_the_datelines_place():
    page = ("<html><body><main><h1>Fish Market Reopens on the North Quay</h1>"
            "<p class='meta'>Posted: 04/06/2031</p>"
            f"<p>GALVESTON, Texas – {STORY}</p><p>{STORY}</p></main></body></html>")
    release = parse_release(page, name="r.html")
    assert (release.date, release.place) == ("2031-04-06", "GALVESTON, Texas")
    british = page.replace("GALVESTON, Texas", "PLYMOUTH, England")
    assert parse_release(british, name="r.html").date == "2031-06-04"


@pytest.mark.parametrize("text, iso", [
    ("Samarqand, 2031-yil 4-iyun – ", "2031-06-04"),
    ("2031 yil 4 iyun", "2031-06-04"),
    ("2031-yilning 4-iyunida bo‘lib o‘tdi", "2031-06-04"),
    ("4-iyun, 2031-yil", "2031-06-04"),
    ("САМАРҚАНД, 2031 йил 4 июнь —", "2031-06-04"),
    ("2031 йил 4 июн", "2031-06-04"),
    ("4 сентябр 2031 йил", "2031-09-04"),
])
def test_uzbek_dates_in_both_scripts(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("text", ["2031-yilda 4 ta bozor ochildi", "2031 йилда 40 та дўкон"])
def test_a_year_and_a_count_are_no_uzbek_date(text):
    assert find_date(text) is None


def test_an_uzbek_dateline_in_latin_script():
    text = ("# Shimoliy bandargohda baliq bozori qayta ochildi\n\n"
            "Samarqand, 2031-yil 4-iyun – Bandargoh jamg‘armasi shimoliy bandargohdagi baliq bozorini "
            "savdogarlar va mehmonlar uchun qayta ochdi. Bozorda qirqta do‘kon va umumiy sovutgich bor.\n")
    release = parse_release(text, name="r.md")
    assert (release.title, release.date, release.place) == (
        "Shimoliy bandargohda baliq bozori qayta ochildi", "2031-06-04", "Samarqand")


def test_an_uzbek_release_in_cyrillic_under_its_label():
    text = ("ПРЕСС-РЕЛИЗ\n\nШимолий бандаргоҳда балиқ бозори қайта очилди\n\n"
            "САМАРҚАНД, 2031 йил 4 июнь — Бандаргоҳ жамғармаси шимолий бандаргоҳдаги балиқ бозорини "
            "савдогарлар ва меҳмонлар учун қайта очди. Бозорда қирқта дўкон бор.\n")
    release = parse_release(text, name="r.txt")
    assert (release.title, release.date, release.place) == (
        "Шимолий бандаргоҳда балиқ бозори қайта очилди", "2031-06-04", "САМАРҚАНД")


@pytest.mark.parametrize("place", ["ST. PAUL, Minn.", "FT. MYERS, Fla.", "MT. SHASTA, Calif."])
def test_an_abbreviated_word_of_a_place_before_a_wires_tag(place):
    text = f"Fish Market Reopens on the North Quay\n\n{place}--(Harbor Newswire)--June 4, 2031--{STORY}\n"
    release = parse_release(text, name="r.txt")
    assert (release.date, release.place) == ("2031-06-04", place)


def test_an_event_date_in_a_list_after_the_story_is_no_dateline():
    text = ("# Fish Market Reopens on the North Quay\n\n"
            f"In the spring the trust rebuilt the market hall. {STORY}\n\n{STORY}\n\n"
            "**Market days:**\n\n- Opening day: June 4, 2031\n- Harvest fair: September 9, 2031\n")
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == (None, None)


@pytest.mark.parametrize("opening, date, place", [
    ("Stuttgart, 9. Okt. 2031 – ", "2031-10-09", "Stuttgart"),          # abbreviated months
    ("Grenoble, le 9 févr. 2031 – ", "2031-02-09", "Grenoble"),
    ("Cádiz, 9 abr. 2031 – ", "2031-04-09", "Cádiz"),
    ("Verona, 9 mag. 2031 – ", "2031-05-09", "Verona"),
    ("Braga, 9 de fev. de 2031 – ", "2031-02-09", "Braga"),
    ("Guadalajara, a 9 de octubre de 2031.- ", "2031-10-09", "Guadalajara"),  # particles before the date
    ("Verona, lì 9 ottobre 2031 – ", "2031-10-09", "Verona"),
    ("Torino, 09/10/2031 – ", "2031-10-09", "Torino"),                 # a city as its language writes it
    ("Toshkent, 09/10/2031 – ", "2031-10-09", "Toshkent"),
])
def test_datelines_of_european_and_uzbek_releases(opening, date, place):
    release = parse_release(f"# Fish Market Reopens on the North Quay\n\n{opening}{STORY}\n\n{STORY}\n", name="r.md")
    assert (release.date, release.place) == (date, place)


@pytest.mark.parametrize("text", ["We met 9 out 2031 times", "Sold 9 set 2031 pieces", "it was 9 ago 2031"])
def test_english_words_are_no_abbreviated_months(text):
    assert find_date(text) is None


@pytest.mark.parametrize("label", ["Date:", "Release date:", "Issued:", "Datum:", "Fecha:", "Sana:"])
def test_a_labelled_date_line_gives_the_date_and_no_place(label):
    release = parse_release(f"Fish Market Reopens on the North Quay\n\n{label} 4 June 2031\n\n{STORY}\n", name="r.txt")
    assert (release.date, release.place) == ("2031-06-04", None)


def test_a_labelled_numeric_date_is_read_in_the_order_of_the_place_below_it():
    page = ("<html><body><main><h1>Fish Market Reopens on the North Quay</h1>"
            "<table><tr><td>Date:</td><td>6/4/2031</td></tr></table>"
            f"<p>MOBILE, Ala. – {STORY}</p></main></body></html>")
    release = parse_release(page, name="r.html")
    assert (release.date, release.place) == ("2031-06-04", "MOBILE, Ala.")


@pytest.mark.parametrize("opening, place", [
    ("PENANG - Harbour Newswire - 4 June 2031 - ", "PENANG"),         # a wire's name framed by dashes
    ("MACAU SAR - Pearl Delta Wire - 4 June 2031 - ", "MACAU SAR"),
    ("MOBILE, AL / June 4, 2031 / ", "MOBILE, AL"),                   # a slash closing the place
])
def test_a_wires_name_or_a_slash_between_the_place_and_the_date(opening, place):
    release = parse_release(f"Fish Market Reopens on the North Quay\n\n{opening}{STORY}\n", name="r.txt")
    assert (release.date, release.place) == ("2031-06-04", place)
