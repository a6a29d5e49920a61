"""A post that carries a release under its own title: the release's headline heading (and the deck
under it) right over the dateline's paragraph heads the whole release, no part of it. In words of
our own and in two styles (a Markdown post with front matter, and an HTML page)."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

PREAMBLE = ("We started the Tidewatch project in late 2028, and we are proud of every "
            "contributor who filed an issue, wrote a patch or reviewed a change along the way. The next "
            "release is planned for the autumn, and the road map is open for comments on the forum.")
HEADLINE = "The Harbourline Foundation Announces Tidewatch 2.0"
DECK = "Open source tide gauge software now runs on low-power field stations along the coast"
THANKS = ("None of this would have happened without the harbour offices that lent us their gauges for "
          "testing, and the volunteers who sat on cold piers in the winter to compare the readings.")
POST = "\n\n".join([PREAMBLE, "* faster readings on every station\n* a smaller install", THANKS,
                    "Happy tiding!", "The Tidewatch maintainers"])
DATELINE = ("BERGEN, Norway - 4 March 2031 - The Harbourline Foundation today announced Tidewatch 2.0, "
            "the tide gauge toolkit used by forty harbour offices.")
PART = "Availability"
PART_TEXT = "Tidewatch 2.0 is available now under an open licence from the foundation's download page."


def _titles(release) -> list[str]:
    return [s.title for top in release.sections for s in top.walk()]


def _markdown(headline: str, deck: str, opening: str) -> list[str]:
    source = (f"---\ntitle: Tidewatch 2.0 is out\n---\n{POST}\n\n"
              f"<hr />\n\n# {headline}\n\n## {deck}\n\n{opening}\n\n## {PART}\n\n{PART_TEXT}\n")
    return _titles(parse_release(source, suffix=".md"))


def _html(headline: str, deck: str, opening: str) -> list[str]:
    page = (f"<html><head><title>Tidewatch 2.0 is out</title></head><body><main><h1>Tidewatch 2.0 is out</h1>"
            f"<p>{PREAMBLE}</p><ul><li>faster readings on every station</li><li>a smaller install</li></ul>"
            f"<p>{THANKS}</p><p>Happy tiding!</p><p>The Tidewatch maintainers</p><hr>"
            f"<h2>{headline}</h2><h3>{deck}</h3><p>{opening}</p><h3>{PART}</h3><p>{PART_TEXT}</p>"
            "</main></body></html>")
    return _titles(parse_release(page, suffix=".html"))


def test_markdown_carried_headline_and_deck_are_no_sections() -> None:
    titles = _markdown(HEADLINE, DECK, DATELINE)
    assert HEADLINE not in titles and DECK not in titles
    assert PART in titles


def test_html_carried_headline_and_deck_are_no_sections() -> None:
    titles = _html(HEADLINE, DECK, DATELINE)
    assert HEADLINE not in titles and DECK not in titles
    assert PART in titles


def test_a_part_whose_text_opens_with_a_date_stays_a_section() -> None:
    heading = "What the new gauge rules mean for harbour offices"
    opening = ("On 1 July 2031 the new rules take effect, and every office must report its readings "
               "to the regional registry each week.")
    source = f"# {HEADLINE}\n\n{DATELINE}\n\n## {heading}\n\n{opening}\n\n## {PART}\n\n{PART_TEXT}\n"
    assert _titles(parse_release(source, suffix=".md")) == [heading, PART]
