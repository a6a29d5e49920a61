"""A government release's sign-off with the place's state in initials ("KESTREL BAY. K.B.T." /
"4 March 2031."), the date sometimes misspelt by the typist; and the same lines under the office
that signs them ("Department of Coastal Works,"), which make the office's address, not a
dateline. Words of our own, in two styles (plain text and Markdown with front matter)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Minister for Coastal Works said today that the harbour wall at Kestrel Bay would be "
         "rebuilt over the winter, with 40 workers on site from the first week of June.")
MORE = ("\"The wall has kept the town safe for ninety years and it will keep it safe for ninety more,\" "
        "the Minister said.")
SIGNOFF = "KESTREL BAY. K.B.T.\n\n4 March 2031."

PLAIN = f"Harbour wall to be rebuilt\n\n{STORY}\n\n{MORE}\n\n{SIGNOFF}\n"
# a harvester's front matter over the release, its lines indented by a space as a PDF's text layer gives them
MARKDOWN = (f"---\ntitle: \"Harbour wall to be rebuilt\"\ndate: \"2031-03-04\"\n---\n\n {STORY}\n\n {MORE}\n\n"
            f"{SIGNOFF}\n")
STYLES = [(PLAIN, "r.txt"), (MARKDOWN, "r.md")]


@pytest.mark.parametrize("text, name", STYLES)
def test_the_place_keeps_its_state_in_initials(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.place, release.date) == ("Harbour wall to be rebuilt", "KESTREL BAY. K.B.T.",
                                                            "2031-03-04")


@pytest.mark.parametrize("text, name", STYLES)
def test_a_known_city_in_mixed_case_with_its_state(text, name):
    assert parse_release(text.replace("KESTREL BAY. K.B.T.", "Hobart. T.A.S."), name=name).place == "Hobart. T.A.S."


@pytest.mark.parametrize("text, name", STYLES)
def test_a_state_in_initials_tells_a_place_over_a_misspelt_date(text, name):
    typed = text.replace("4 March 2031.", "4 Marhc, 2031")
    assert parse_release(typed, name=name).place == "KESTREL BAY. K.B.T."


@pytest.mark.parametrize("text, name", STYLES)
def test_without_initials_a_misspelt_date_is_no_sign_off(text, name):
    typed = text.replace("4 March 2031.", "4 Marhc, 2031").replace("KESTREL BAY. K.B.T.", "Hobart")
    assert parse_release(typed, name=name).place is None


@pytest.mark.parametrize("text, name", STYLES)
def test_under_the_office_the_place_is_its_address(text, name):
    signed = text.replace("KESTREL BAY. K.B.T.", "Department of Coastal Works,\n\nKESTREL BAY. K.B.T.")
    assert parse_release(signed, name=name).place is None


@pytest.mark.parametrize("text, name", STYLES)
def test_a_name_with_initials_over_the_date_is_no_place(text, name):
    assert parse_release(text.replace("KESTREL BAY. K.B.T.", "Jo Marren. J.M."), name=name).place is None
