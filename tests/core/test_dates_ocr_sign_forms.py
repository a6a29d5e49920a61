"""A date line an OCR damaged, a digit of the day read as a sign ("FRIDAY <1 JANUARY. 2031"): no
date is read from it, and the date the archive's front matter gives stands; the office's stamp
above it ("FOR PRESS '", a stray mark after it) is a label. Words of our own, in two styles
(Markdown and plain text, both under a harvester's front matter)."""

import pytest

from mediakit.core.analyse import parse_release

BODY = (" COASTAL WORKS press release DEPARTMENT OF COASTAL WORKS\n\n FOR PRESS '\n\n {line}\n\n"
        " CW PR No. 20/31\n\n HARBOUR WALL TO BE REBUILI\n\n"  # the headline again, a letter misread
        " The Minister for Coastal Works said today that the harbour wall at Kestrel Bay would be rebuilt "
        "over the winter, with 40 workers on site from the first week of June.\n")
FRONT = "---\ntitle: \"Harbour wall to be rebuilt\"\ndate: \"2031-01-11\"\n---\n\n"
STYLES = ["r.md", "r.txt"]


@pytest.mark.parametrize("name", STYLES)
def test_a_day_read_as_a_sign_gives_way_to_the_front_matter(name):
    release = parse_release(FRONT + BODY.format(line="FRIDAY <1 JANUARY. 2031"), name=name)
    assert (release.title, release.date) == ("Harbour wall to be rebuilt", "2031-01-11")
    assert release.place != "FRIDAY <"


@pytest.mark.parametrize("name", STYLES)
def test_the_office_stamp_over_the_statement_is_a_label_not_a_part(name):
    release = parse_release(FRONT + BODY.format(line="FRIDAY <1 JANUARY. 2031"), name=name)
    assert not any("PRESS" in section.title for section in release.sections)


@pytest.mark.parametrize("name", STYLES)
def test_a_clean_day_is_still_read(name):
    release = parse_release(FRONT.replace("2031-01-11", "2031-01-12") + BODY.format(line="FRIDAY 11 JANUARY. 2031"),
                            name=name)
    assert release.date == "2031-01-11"
