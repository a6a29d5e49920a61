"""A page's title line over the release, and the release's own headline printed under it that
opens with those words and runs on: the headline is the release's, whole.

A site's post title is often the headline cut short; the release below prints it whole, right
over its dateline. Fixtures of our own: a plain-text scrape of a post (title line, byline, a
label, the headline, the dateline) and an HTML page whose <title> and first line are the short
form. Where the release prints the same words as the page, nothing changes.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

SHORT = "County Clerk Charged in Permit Scheme"
WHOLE = "County Clerk Charged in Permit Scheme Took Cash for Fast-Tracked Licences"

SCRAPE = f"""{SHORT} - Office of the Westvale County Prosecutor
News
{SHORT}
Staff | March 3, 2031
for immediate release
{WHOLE}
(Westvale – March 3, 2031) – The county prosecutor announced the arrest of a 41-year-old permit clerk who is charged with taking cash from 12 builders in exchange for licences issued ahead of the queue.
“Nobody should have to pay twice for a permit,” said Prosecutor Alma Reyes.
"""

PAGE = f"""<html><head><title>{SHORT} | Westvale County</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<p>{SHORT}</p>
<p>Posted March 3, 2031</p>
<p>{WHOLE}</p>
<p>WESTVALE, March 3, 2031 – The county prosecutor announced the arrest of a 41-year-old permit clerk who is charged with taking cash from 12 builders in exchange for licences issued ahead of the queue.</p>
<p>“Nobody should have to pay twice for a permit,” said Prosecutor Alma Reyes.</p>
</body></html>
"""


def _shown(release):
    return [b.text for b in release.blocks if b.role == "body"]


def test_a_scrape_whose_release_prints_its_headline_whole_gives_the_whole_headline():
    release = parse_release(SCRAPE, name="post.txt")
    assert release.title == WHOLE
    assert release.date == "2031-03-03"
    assert not any(text.startswith(SHORT) for text in _shown(release)), "neither form is left in the story"


def test_an_html_page_whose_title_is_the_headline_cut_short_gives_the_whole_headline():
    release = parse_release(PAGE, name="post.html")
    assert release.title == WHOLE
    assert not any(text.startswith(SHORT) for text in _shown(release))


def test_a_release_printing_the_same_words_as_the_page_keeps_them():
    same = SCRAPE.replace(WHOLE, SHORT)
    assert parse_release(same, name="post.txt").title == SHORT
