"""A paragraph that opens with a quotation and ends with its signature on the same line, no
said-verb: "“We moved 400 workloads in six weeks.” Petra Roe, Head of Infrastructure, Nordbank".
The rest of the paragraph is the speaker's "Name, Role"; a sentence after the quotation is none.
Fixtures in Markdown and HTML; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Larkspur Holdings buys Gable Street venue

DENVER, CO - May 6, 2031 - Larkspur Holdings today announced the purchase of the Gable Street venue.

“This is the step our shareholders have waited for, and it doubles our seats in the city.” Nora Quist, CEO, Larkspur Holdings

“The venue will reopen in the autumn.” The renovation will cost 3 million dollars.
"""

HTML = """<html><body>
<h1>Fenwick Library wins design award</h1>
<p>LEEDS, 4 July 2031 &ndash; The Fenwick Library has won the Northern Design Award.</p>
<p>&ldquo;Our readers helped design every room, and the award belongs to them as much as to us.&rdquo; Omar Haddad, Head Librarian, Fenwick Library</p>
</body></html>
"""


def test_markdown_quote_signed_on_its_line():
    found = quotes(MARKDOWN, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Nora Quist", "CEO, Larkspur Holdings")]
    assert found[0][2].startswith("This is the step our shareholders")


def test_html_quote_signed_on_its_line():
    found = quotes(HTML, "release.html")
    assert [(q[0], q[1]) for q in found] == [("Omar Haddad", "Head Librarian, Fenwick Library")]
