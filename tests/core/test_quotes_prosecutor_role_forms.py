"""Prosecutors' offices name their own title before the speaker ("County Prosecutor Ann Roe said,
“…”", "“…,” said Special Prosecutor Ann Roe."): the title is the speaker's role, not part of her
name. Fixtures in scraped plain text and an HTML page; names, offices and numbers are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [(q.speaker, q.role) for q in parse_release(text, name=name).quotes]


TEXT = """Harlow County Prosecutor Charges Two in Storage Unit Thefts
FOR IMMEDIATE RELEASE
May 4, 2031
HARLOW — Two men were charged on Monday with stealing tools from more than forty storage units.
Harlow County Prosecutor Wendell Okafor said, “Small businesses lost their livelihoods in these thefts, and we will see that they are repaid.”
###
"""

HTML = """<html><body>
<h1>Special prosecutor closes review of city contracts</h1>
<p>BRANTFORD, June 9, 2031 &mdash; The review of the city's paving contracts has ended with no charges.</p>
<p>&ldquo;We read every contract and every invoice the city paid over six years, and none of them broke the law,&rdquo;
said Special Prosecutor Carmen Adeyemi.</p>
</body></html>
"""


def test_prosecutor_title_before_the_name_in_plain_text():
    assert speakers(TEXT, "release.txt") == [("Wendell Okafor", "Harlow County Prosecutor")]


def test_prosecutor_title_after_said_in_html():
    assert speakers(HTML, "release.html") == [("Carmen Adeyemi", "Special Prosecutor")]
