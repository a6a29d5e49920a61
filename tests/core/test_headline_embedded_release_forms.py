"""A release embedded in a blog post: the post's own opening (no dateline), a rule, then the release
with its headline and dateline. The headline, date and place are the embedded release's. Words of
our own, in two styles (Markdown with front matter and an HTML post)."""

import pytest

from mediakit.core.analyse import parse_release

INTRO = ("We started the Tidewater project four years ago to make tide tables easy to share. Today we are "
         "glad to ship version 2.0, with thanks to everyone who sent patches, reports and new harbour data "
         "over the last twelve months.\n\n"
         "The foundation's announcement follows below.\n\nHappy sailing!\nMara Quist")
RELEASE = ("The Harbour Software Foundation Announces Tidewater 2.0")
DATELINE = ("PORT ELLIS, OR - 9 June 2031 - The Harbour Software Foundation today announced Tidewater 2.0, "
            "its open source tide prediction library, now used by 40 harbour offices.")

MARKDOWN = (f"---\ntitle: \"Tidewater 2.0 Released\"\nlayout: post\n---\n{INTRO}\n\n<hr />\n\n# {RELEASE}\n\n"
            f"## Open tide tables for every harbour\n\n{DATELINE}\n\nMore text of the release follows here.\n")
HTML = ("<html><head><title>Tidewater 2.0 Released</title></head><body>\n<h1>Tidewater 2.0 Released</h1>\n"
        + "".join(f"<p>{p}</p>\n" for p in INTRO.split("\n\n")) + f"<hr />\n<h2>{RELEASE}</h2>\n<p>{DATELINE}</p>\n"
        "<p>More text of the release follows here.</p>\n</body></html>\n")


@pytest.mark.parametrize("text, name", [(MARKDOWN, "r.md"), (HTML, "r.html")])
def test_the_embedded_release_gives_headline_date_and_place(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date, release.place) == (RELEASE, "2031-06-09", "PORT ELLIS, OR")


@pytest.mark.parametrize("text, name, title", [(MARKDOWN, "r.md", "Tidewater 2.0 Released"),
                                                (HTML, "r.html", "Tidewater 2.0 Released")])
def test_a_post_with_no_dated_release_under_its_rule_keeps_its_title(text, name, title):
    undated = text.replace("PORT ELLIS, OR - 9 June 2031 - The", "The")
    release = parse_release(undated, name=name)
    assert (release.title, release.date) == (title, None)


def test_a_release_with_its_own_dateline_keeps_its_headline():
    text = (f"# Tidewater 2.0 is out\n\nLAKEVIEW, OR - 2 June 2031 - The Tidewater team shipped version 2.0 "
            f"of its tide prediction library to harbour offices.\n\n<hr />\n\n# {RELEASE}\n\n{DATELINE}\n")
    release = parse_release(text, name="r.md")
    assert (release.title, release.date, release.place) == ("Tidewater 2.0 is out", "2031-06-02", "LAKEVIEW, OR")
