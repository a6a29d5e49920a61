"""An "About …" title line glued to its boilerplate, the break dropped by an archive, where the
text names the organisation again after an article ("About Harbour CollectiveThe Harbour
Collective is …"): the title is the About part's and a section, the text starts at the article.
Words of our own, in two styles (Markdown and plain text)."""

from mediakit.core.analyse import parse_release

MARKDOWN = (
    "# Harbour Collective opens a sail loft for apprentices\n\n"
    "PORT ELLIS, May 2, 2031 /Wire/ -- The Harbour Collective opened a sail loft today where 12 apprentices "
    "will learn to cut and stitch sails by hand over a two-year course.\n\n"
    " About Harbour CollectiveThe Harbour Collective is a guild of boatbuilders founded in 1994 that runs "
    "workshops on the old quay and trains about 40 young makers a year.\n\n"
    " Media ContactJo Brant jo.brant@harbour-collective.example\n")

PLAIN = (
    "Millrace Foundation funds six river cleanups\n\n"
    "ASHBOURNE, June 9, 2031 -- The Millrace Foundation will fund six river cleanups this summer, "
    "with 300 volunteers expected at the first one on the lower weir.\n\n"
    "About Millrace FoundationThe Millrace Foundation is a charity that has cared for the valley's rivers "
    "since 2002 and supports local groups with grants and tools.\n")


def test_a_glued_about_title_over_an_article_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert [part.title for part in release.about] == ["About Harbour Collective"]
    assert release.about[0].text.startswith("The Harbour Collective is a guild")
    assert "About Harbour Collective" in [s.title for s in release.sections]


def test_a_glued_about_title_over_an_article_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert [part.title for part in release.about] == ["About Millrace Foundation"]


def test_a_sentence_that_only_starts_with_about_is_no_title():
    text = PLAIN.replace("About Millrace FoundationThe Millrace Foundation is", "About Millrace Foundation, the charity is")
    release = parse_release(text, name="r.txt")
    assert not release.about
