"""A press kit's "quoted companies" part prints each supporter's words as one block quotation of two
paragraphs, the attribution ending the second: the first paragraph, all quotation and naming no one,
is the same speaker's, a quotation of its own. A paragraph of quotation outside a block quotation
stays unattributed. Names and organisations are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


FIRST = "“Tidewater chose the database for its speed and the care its community takes with every release.”"
SECOND = ("“Its new replication lets our stores stay open while we upgrade, and our team sleeps better for it,” "
          "said Ilse Varga, Head of Platforms at Tidewater.")


def test_html_block_quotation_split_by_line_breaks():
    html = ("<html><body><h1>Harbordb 4 Released</h1><p>The Harbordb project released version 4 today.</p>"
            "<h2>Quoted companies</h2><p><b>Tidewater</b></p>"
            f"<blockquote>{FIRST}<br /><br />{SECOND}</blockquote>"
            "<p>Tidewater runs grocery stores along the coast.</p></body></html>")
    found = quotes(html, "presskit.html")
    assert [q[0] for q in found] == ["Ilse Varga", "Ilse Varga"]
    assert found[0][1].startswith("Tidewater chose the database") and found[1][1].startswith("Its new replication")


def test_markdown_block_quotation_of_two_paragraphs():
    md = ("# Harbordb 4 Released\n\nThe Harbordb project released version 4 today.\n\n## Quoted companies\n\n"
          f"> {FIRST}\n>\n> {SECOND}\n")
    assert [q[0] for q in quotes(md, "presskit.md")] == ["Ilse Varga", "Ilse Varga"]


def test_a_plain_paragraph_of_quotation_stays_unattributed():
    md = ("# Harbordb 4 Released\n\nThe Harbordb project released version 4 today.\n\n"
          f"{FIRST}\n\n{SECOND}\n")
    assert [q[0] for q in quotes(md, "presskit.md")] == ["Ilse Varga"]
