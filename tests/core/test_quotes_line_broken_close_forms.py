"""A scraped page breaks its lines at inline elements (an italic programme name, a link), so a
quotation opened in one block runs on, with no opening mark, into the next, which closes it:
"…at every" / "Fresh Start clinic, our staff ….”". A page whose quotation
breaks its paragraph before a link inside a quotation reads the same. Fixtures in scraped plain
text and Markdown; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


SCRAPE = """Marlow County Prosecutor Launches Weekend Warrant Clinic - Marlow County Prosecutor's Office
HOME
CONTACT US
FOR IMMEDIATE RELEASE
Monday, April 7, 2031
Marlow County Prosecutor Launches Weekend Warrant Clinic
County Prosecutor Nadia Fenwick today announced a clinic that helps residents clear old warrants for minor offenses. Titled
Fresh Start
, the clinic will run on two weekends this spring.
Prosecutor Fenwick said, “Too many of our neighbors carry an old warrant for a missed ticket, and it keeps them from jobs and homes. At every
Fresh Start
clinic, our staff and the courts will work together to close these cases quickly and fairly.”
County Executive Ruben Osei said, “More than 9,000 residents have a warrant for a minor offense. The
Fresh Start
clinic lets them put that behind them in a single morning.”
The first clinic opens on Saturday at the Eastgate Community Hall.
#
"""

MARKDOWN = """# Riverside Trust names new chair

PORTLEIGH, May 2, 2031 -- The Riverside Trust has appointed Dr Imogen Hale as chair of its board.

Outgoing chair Samuel Brandt said, “Imogen has led our restoration work on the old mill for six years and knows every volunteer by name, which is why the board chose her to lead the

[Riverside Mill Appeal](https://example.org/appeal) and the rest of our work without a second round of interviews.”

The trust looks after twelve historic buildings along the river.
"""


def test_a_scraped_quote_cut_by_a_programme_name_line():
    found = quotes(SCRAPE, "release.txt")
    assert [(q[0], q[1]) for q in found] == [("Nadia Fenwick", "County Prosecutor"), ("Ruben Osei", "County Executive")]
    assert found[0][2].endswith("close these cases quickly and fairly.")
    assert "Fresh Start clinic, our staff" in found[0][2]
    assert found[1][2].endswith("in a single morning.")


def test_a_markdown_quote_broken_before_a_link():
    found = quotes(MARKDOWN, "release.md")
    assert [q[0] for q in found] == ["Samuel Brandt"]
    assert found[0][2].startswith("Imogen has led our restoration work")
    assert found[0][2].endswith("without a second round of interviews.")
