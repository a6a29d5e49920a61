"""An "About …" title run into its paragraph, the paragraph opening by naming the organisation
again: the title with its own article ("About the Harbour Group The Harbour Group builds …"), a
brand written in lower case and glued on by an archive ("About quayquay AG (XFRA: QQY) is …"). The
boilerplate's title is "About" and the name, once. Words of our own, in two styles (a wire's
flattened Markdown and an HTML page)."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Harbour Group Opens a Third Rope Works

 QUAYSIDE - May 6, 2031 (NEWSWIRE) - The Harbour Group opened its third rope works on the quay today,
 adding 120 jobs and doubling the group's output of mooring lines for the ferry fleets of the coast.

About the Harbour Group The Harbour Group builds ropes, nets and mooring lines for ferries and fishing boats and
employs 900 people at three works on the coast. Further information at www.harbour-group.example.
"""

HTML = """<html><body>
<h1>quay AG lifts its revenue by a third</h1>
<p>LAKEVIEW, May 6, 2031 &ndash; quay AG raised its revenue by a third in the first half of the year,
to EUR 4.2 million, on strong sales of its ferry booking software to harbour operators.</p>
<p>About quayquay AG (XFRA: QQY) is a maker of booking software for ferries and harbours with almost
twenty years of experience in the maritime trade and offices in three countries.</p>
</body></html>
"""


def test_an_about_title_with_its_article_run_into_its_paragraph_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert [part.title for part in release.about] == ["About the Harbour Group"]


def test_a_lower_case_brand_glued_to_its_about_title_in_html():
    release = parse_release(HTML, name="r.html")
    assert [part.title for part in release.about] == ["About quay"]
