"""A sign-off closing a release that has no end mark: the place on a line of its own over the
line of its date ("KESTREL BAY" / "4 March 2031"), as ministers' releases print it. Words of our
own, in two styles (plain text and Markdown with front matter)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Minister for Coastal Works said today that the harbour wall at Kestrel Bay would be "
         "rebuilt over the winter, with 40 workers on site from the first week of June.")
MORE = ("\"The wall has kept the town safe for ninety years and it will keep it safe for ninety more,\" "
        "the Minister said.")

PLAIN = f"Harbour wall to be rebuilt\n\n{STORY}\n\n{MORE}\n\nKESTREL BAY\n\n4 March 2031\n"
MARKDOWN = (f"---\ntitle: \"Harbour wall to be rebuilt\"\ndate: \"2031-03-04\"\n---\n\n {STORY}\n\n {MORE}\n\n"
            " KESTREL BAY\n\n 4 March 2031\n")


@pytest.mark.parametrize("text, name", [(PLAIN, "r.txt"), (MARKDOWN, "r.md")])
def test_a_closing_place_over_its_date_is_the_place(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.place, release.date) == ("Harbour wall to be rebuilt", "KESTREL BAY",
                                                            "2031-03-04")


@pytest.mark.parametrize("text, name", [(PLAIN, "r.txt"), (MARKDOWN, "r.md")])
def test_a_name_over_a_closing_date_is_no_place(text, name):
    signed = text.replace("KESTREL BAY", "Jo Marren")
    assert parse_release(signed, name=name).place is None


def test_a_place_over_a_line_that_goes_on_is_no_sign_off():
    text = PLAIN.replace("4 March 2031", "4 March 2031 is the day the first crews arrive")
    assert parse_release(text, name="r.txt").place is None


@pytest.mark.parametrize("text, name", [(PLAIN, "r.txt"), (MARKDOWN, "r.md")])
def test_a_closing_place_of_a_known_region_in_mixed_case(text, name):
    signed = text.replace("KESTREL BAY", "Hobart")
    assert parse_release(signed, name=name).place == "Hobart"
