"""A link's or button's words left standing on their own line by a scrape ("Learn more", "Mehr
erfahren", "Watch the video") title nothing, though they are short and stand between the text's
sentences. Our own words, in an English plain-text scrape and German Markdown."""

import pytest

from mediakit.core.analyse import parse_release

EN = ("Lakeside library opens a book repair studio\n\nLAKESIDE, March 9, 2033 – The Lakeside library opened a "
      "studio where volunteers repair damaged books for free, about two hundred a month.\n\n")
DE = ("# Stadtbücherei Lindenau eröffnet Reparaturwerkstatt\n\n**Lindenau, 9. März 2033** – Die Stadtbücherei "
      "Lindenau hat eine Werkstatt eröffnet, in der Ehrenamtliche beschädigte Bücher kostenlos reparieren.\n\n")


@pytest.mark.parametrize("text, name", [
    (EN + "Learn more\n\nThe studio is open from Tuesday to Sunday.\n", "r.txt"),
    (EN + "Watch the video\n\nThe studio is open from Tuesday to Sunday.\n", "r.txt"),
    (DE + "Mehr erfahren\n\nDie Werkstatt ist dienstags bis sonntags geöffnet.\n", "r.md"),
])
def test_a_link_s_words_on_their_own_line_title_nothing(text, name):
    assert [s.title for s in parse_release(text, name=name).all_sections()] == []


def test_a_short_title_over_a_sentence_still_titles_it():
    text = DE + "Öffnungszeiten\n\nDie Werkstatt ist dienstags bis sonntags geöffnet.\n"
    assert [s.title for s in parse_release(text, name="r.md").all_sections()] == ["Öffnungszeiten"]
