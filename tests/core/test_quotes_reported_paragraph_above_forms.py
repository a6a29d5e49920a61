"""A quotation standing alone as a paragraph after one that reports its speaker in indirect speech:
"Engineer Ann Roe said the pontoon would open in May." / "“It is built for …”". The speaker is the
person the paragraph above reports, also where a PDF broke that paragraph into a block a line; a
paragraph that reports no one, or names a company, gives no speaker. Fixtures in plain text and HTML;
names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


PLAIN = """Harbour Board Approves New Ferry Timetable

PORTVALE, March 3, 2031 - The Portvale Harbour Board today approved a new ferry timetable.

Engineer Dana Whitfield said the new pontoon would open in May.

"The pontoon is built for storms that we used to see once a decade and now see every winter."

The board said the fares would not change this year.

"Every crossing will cost the same as it did in the spring and summer."
"""

HTML = """<html><head><title>Orchard Trust buys Millbrook farm</title></head><body>
<h1>Orchard Trust buys Millbrook farm</h1>
<p>KESTON, June 9, 2031 &ndash; The Orchard Trust has bought the 42-hectare Millbrook farm.</p>
<p>Trust director Priya Venkat said the orchards would be replanted with old local varieties
over the next three winters.</p>
<p>&ldquo;Half of the apple varieties that grew here a century ago are gone from the valley, and we
want them back.&rdquo;</p>
<p>The farm will open to visitors at weekends.</p>
</body></html>
"""

BROKEN = """# Minister announces flood relief flights

CANBERRA, 4 February 2031

Defence Minister Carl Hendry said that the figures

for relief supplies flown in, or for the crews involved, did

not tell the whole story of the effort.

"It is in the flooded towns that people see what the crews do every day, and that is what counts."

The airlift will go on until the roads reopen.
"""


def test_plain_text_quote_after_a_reported_speech_paragraph():
    found = quotes(PLAIN, "release.txt")
    assert [(q[0], q[1]) for q in found] == [("Dana Whitfield", "Engineer")]
    assert found[0][2].startswith("The pontoon is built for storms")


def test_html_quote_after_a_reported_speech_paragraph():
    found = quotes(HTML, "release.html")
    assert [q[0] for q in found] == ["Priya Venkat"]
    assert found[0][2].endswith("we want them back.")


def test_a_reported_paragraph_a_pdf_broke_into_lines():
    found = quotes(BROKEN, "release.md")
    assert [q[0] for q in found] == ["Carl Hendry"]
    assert found[0][2].startswith("It is in the flooded towns")
