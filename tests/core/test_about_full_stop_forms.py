"""An "About …" title closed by a full stop that is no abbreviation's ("About Ferrow Signals
Limited."), over a text opening with the name: a boilerplate title, not a sentence. Words of our
own, in two styles (Markdown and plain text)."""

import pytest

from mediakit.core.analyse import parse_release

MARKDOWN = (
    "# Ferrow Signals and Tallis Rail sign a maintenance agreement\n\n"
    "DUNMORE, May 6, 2031 -- Tallis Rail has signed a five-year agreement with Ferrow Signals to "
    "service 120 level crossings on its northern lines, the two companies said today.\n\n"
    "About Ferrow Signals Limited.\n\n"
    "Ferrow Signals builds and services railway signalling equipment for operators in 14 countries.\n\n"
    "About Tallis Rail Ltd.\n\n"
    "Tallis Rail runs freight and passenger services across the north of the country.\n")
PLAIN = MARKDOWN.replace("# ", "", 1)


@pytest.mark.parametrize("text, name", [(MARKDOWN, "r.md"), (PLAIN, "r.txt")])
def test_an_about_title_with_a_full_stop_over_its_name(text, name):
    release = parse_release(text, name=name)
    assert [part.title for part in release.about] == ["About Ferrow Signals Limited.", "About Tallis Rail Ltd."]
    assert release.about[0].text.startswith("Ferrow Signals builds")


@pytest.mark.parametrize("text, name", [(MARKDOWN, "r.md"), (PLAIN, "r.txt")])
def test_a_sentence_opening_with_about_is_no_title(text, name):
    sentence = text.replace("About Ferrow Signals Limited.", "About 40 engineers will join.")
    release = parse_release(sentence, name=name)
    assert [part.title for part in release.about] == ["About Tallis Rail Ltd."]
    assert "About 40 engineers will join." not in [s.title for s in release.all_sections()]
