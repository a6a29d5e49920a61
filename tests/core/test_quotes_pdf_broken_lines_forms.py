"""A quotation a PDF's text layer broke into one block a line: it opens in one block, breaks off
mid-sentence, goes on in blocks with no quote mark, and the last of them closes it and names the
speaker ("…tonnes and we expect" / "only 20,000 more,” Ms Roe said."). The paragraph of quotation
after it, attributed to no one, is the same speaker's. A block after an open quotation that ended
its sentence is narrative, not quotation. Fixtures in Markdown (a blank line between lines) and
plain text (a line a block); names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Minister sets grain export quota

CANBERRA, 12 March 2031

The Minister for Primary Industry, Ms Ilse Marwick, said today that the quota would be cut.

"Because of the drought in the west the

export quota this year has been reduced to 80,000 tonnes. Permits for about 60,000 tonnes have

already been issued and we expect to approve only about

another 20,000 tonnes - probably for 650 growers," Ms Marwick said.

"However, we will look again at the quota when the

winter rain figures are in."

The quota applies from 1 April.
"""

PLAIN = """Harbour levy to rise in July
PORT ELLIS, 2 May 2031
The harbour master, Mr Ewan Castell, said the levy would rise.
"Since the breakwater repairs began the
cost of keeping the channel open has doubled, and the levy has
not changed in nine years," Mr Castell said.
The levy is paid by every vessel over 12 metres.
"""

NARRATIVE = """Library opens new wing
LINTON, 3 June 2031
The head librarian, Ms Ada Quill, said: "The new wing is open seven days a week.
The wing cost 2 million dollars and holds 40,000 books.
"""


def test_markdown_quote_broken_into_lines_and_its_next_paragraph():
    found = quotes(MARKDOWN, "release.md")
    assert [q[0] for q in found] == ["Ilse Marwick"]
    text = found[0][1]
    assert text.startswith("Because of the drought in the west the export quota")
    assert "another 20,000 tonnes - probably for 650 growers" in text
    assert text.endswith("winter rain figures are in.")


def test_plain_text_quote_broken_into_lines():
    found = [(who, text.rstrip(",")) for who, text in quotes(PLAIN, "release.txt")]
    assert found == [("Ewan Castell", "Since the breakwater repairs began the cost of keeping the channel "
                      "open has doubled, and the levy has not changed in nine years")]


def test_a_line_after_a_finished_sentence_stays_narrative():
    found = quotes(NARRATIVE, "release.txt")
    assert [q[0] for q in found] == ["Ada Quill"]
    assert "40,000 books" not in found[0][1]
