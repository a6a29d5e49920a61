"""A dateline that opens with its date and frames the place in typed double dashes ("May 6, 2031
-- LAKEVIEW -- The co-op …"): the place is the name alone, without the dash the capitals' run
would take along. Words of our own, in two styles (Markdown and plain text)."""

from mediakit.core.analyse import parse_release

MARKDOWN = ("# Lakeview Co-op opens a grain store\n\n"
            "May 6, 2031 -- LAKEVIEW -- The Lakeview Co-op opened a grain store today that holds 4,000 tonnes "
            "of wheat for the farms of the valley, its board said.\n")

PLAIN = ("Harbour board approves a new pier\n\n"
         "June 2, 2031 -- PORT ELLIS -- The harbour board approved a new pier on Tuesday, with room for "
         "two ferries at once and a covered hall for 300 waiting passengers.\n\nMore follows.\n")


def test_a_place_between_double_dashes_after_the_date_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.place == "LAKEVIEW"
    assert release.date == "2031-05-06"


def test_a_place_between_double_dashes_after_the_date_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert release.place == "PORT ELLIS"
    assert release.date == "2031-06-02"
