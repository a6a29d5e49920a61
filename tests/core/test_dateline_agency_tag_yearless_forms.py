"""An agency's dateline whose date has no year and whose tag follows it ("LAKEVIEW, May 3
(Newsline) -- …", as Xinhua and other agencies write it), in words of our own and two styles
(English plain text and HTML): the place is the dateline's and no date is made up."""

from mediakit.core.analyse import parse_release

PLAIN = """Rail link to the new airport opens

NANNING, June 12 (Xinhua) -- A 46-kilometre rail link between the city centre and the new airport opened on Friday, cutting the journey to 19 minutes, local authorities said.
"""

HTML = """<html><body><h1>Harbour ferry service resumes after repairs</h1>
<p>Port Moresby, June 12 (Newsline) – The harbour ferry resumed its 14 daily crossings on Friday after a month of repairs to the main pier, the port authority said.</p></body></html>"""


def test_a_yearless_date_before_an_agency_tag_gives_the_place_and_no_date():
    plain = parse_release(PLAIN, name="r.txt")
    assert (plain.place, plain.date) == ("NANNING", None)
    html = parse_release(HTML, name="r.html")
    assert (html.place, html.date) == ("Port Moresby", None)
