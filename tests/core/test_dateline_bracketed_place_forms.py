"""A dateline set in brackets with its place first, "(Miami – July 30, 2031) – The office …", the
bracket opening the story's first line: the place is the bracket's first word, the date its
date; a wire's name in the same bracket is no place. Words of our own, in two styles (a plain-text
scrape and an HTML page)."""

from mediakit.core.analyse import parse_release

PLAIN = """Press Release
Port Authority Opens A Second Cruise Terminal
(Miami – July 30, 2031)
– The Port Authority opened its second cruise terminal today, with room for 6,000 passengers a day and a new bus link to the airport that runs every 20 minutes.
"The terminal doubles what the port can handle on a busy Saturday," said director Lena Ortiz.
"""

HTML = """<html><body>
<h1>Valley Water Board Finishes The Eastern Reservoir</h1>
<p>(AUSTIN – May 6, 2031) – The Valley Water Board finished the eastern reservoir this week, adding storage for 40 million cubic metres of water to the region's supply ahead of the summer.</p>
</body></html>
"""


def test_a_bracketed_place_and_date_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert release.place == "Miami"
    assert release.date == "2031-07-30"


def test_a_bracketed_place_and_date_in_html():
    release = parse_release(HTML, name="r.html")
    assert release.place == "AUSTIN"
    assert release.date == "2031-05-06"


def test_a_wire_name_in_the_bracket_is_no_place():
    release = parse_release(HTML.replace("(AUSTIN –", "(Valley Newsline –"), name="r.html")
    assert release.place is None
    assert release.date == "2031-05-06"
