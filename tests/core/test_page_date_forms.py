"""The release's date where no dateline gives one: a page's JSON-LD, or the day its embargo lifts;
in words of our own, as a corporate CMS page and as plain-text and Markdown releases."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The county orchard trust will plant six hundred fruit trees along the old railway path this autumn, "
         "with volunteers from the villages it runs through.")


def _page(ld: str, extra: str = "") -> str:
    return ("<html><head><title>Orchard Trust Plants Railway Path</title>"
            f"<script type='application/ld+json'>{ld}</script>{extra}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><h1>Orchard Trust Plants Railway Path</h1><p>{STORY}</p><p>{STORY}</p></main></body></html>")


@pytest.mark.parametrize("ld", [
    '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2032-10-07T08:15:00+02:00"}',
    '{"@graph": [{"@type": "WebSite", "name": "Trust"}, {"@type": ["Article"], "datePublished": "2032-10-07"}]}',
    '[{"@type": "BreadcrumbList"}, {"@type": "PressRelease", "dateCreated": "2032-10-07T06:00Z"}]',
])
def test_the_date_an_articles_linked_data_gives(ld):
    assert parse_release(_page(ld), name="r.html").date == "2032-10-07"


def test_an_articles_date_comes_before_the_web_pages():
    ld = ('{"@graph": [{"@type": "WebPage", "datePublished": "2031-01-02"},'
          ' {"@type": "NewsArticle", "datePublished": "2032-10-07"}]}')
    assert parse_release(_page(ld), name="r.html").date == "2032-10-07"


@pytest.mark.parametrize("ld", ['{"@type": "Organization", "foundingDate": "1990-01-01"}', "{not json",
                                '{"@type": "NewsArticle", "datePublished": "last week"}'])
def test_linked_data_with_no_articles_date_gives_none(ld):
    assert parse_release(_page(ld), name="r.html").date is None


def test_a_meta_tags_date_still_comes_first():
    ld = '{"@type": "NewsArticle", "datePublished": "2032-10-09"}'
    page = _page(ld, "<meta property='article:published_time' content='2032-10-07T08:00:00Z'>")
    assert parse_release(page, name="r.html").date == "2032-10-07"


@pytest.mark.parametrize("text", [
    f"EMBARGOED UNTIL 00:01 BST, 7 OCTOBER 2032\n\nOrchard Trust Plants Railway Path\n\n{STORY}\n",
    f"**Embargo: 10.00 hrs Thursday 7 October 2032**\n\n# Orchard Trust Plants Railway Path\n\n{STORY}\n",
])
def test_the_day_an_embargo_lifts_is_the_date_of_a_release_with_no_dateline(text):
    release = parse_release(text, name="r.md" if text.startswith("**") else "r.txt")
    assert (release.status, release.date, release.place) == ("embargoed", "2032-10-07", None)


def test_a_datelines_date_comes_before_the_embargos():
    text = (f"EMBARGOED UNTIL 00:01 BST, 7 OCTOBER 2032\n\nOrchard Trust Plants Railway Path\n\n"
            f"LEOMINSTER, England, 6 October 2032 – {STORY}\n")
    release = parse_release(text, name="r.txt")
    assert (release.date, release.place) == ("2032-10-06", "LEOMINSTER, England")


def test_an_embargo_with_no_date_gives_no_date():
    text = f"EMBARGOED UNTIL FURTHER NOTICE\n\nOrchard Trust Plants Railway Path\n\n{STORY}\n"
    assert parse_release(text, name="r.txt").date is None
