"""A boilerplate paragraph opened by its "About …" title and a colon, "About Acme: Acme makes …",
standing as a paragraph of its own: the title is the About part's and a section, its text the
rest. Words of our own, in two styles (Markdown and plain text, the latter in German)."""

from mediakit.core.analyse import parse_release

MARKDOWN = (
    "# Kestrel Rail orders ten hybrid trains\n\n"
    "YORK, May 4, 2031 -- Kestrel Rail ordered ten hybrid trains today for its coastal line, with the "
    "first to run in 2033 and seats for 240 passengers each.\n\n"
    "About Kestrel Rail: Kestrel Rail runs passenger services on 400 kilometres of track in the north and "
    "carries 19 million passengers a year.\n")

PLAIN = (
    "Stadtwerke Lindenau bauen einen Solarpark\n\n"
    "Lindenau, 4. Mai 2031 – Die Stadtwerke Lindenau bauen am Ortsrand einen Solarpark mit 12 Megawatt "
    "Leistung, der ab dem Herbst 3.000 Haushalte versorgen soll.\n\n"
    "Über die Stadtwerke Lindenau: Die Stadtwerke Lindenau versorgen die Stadt seit 1898 mit Wasser, Strom "
    "und Wärme und beschäftigen 210 Mitarbeiter.\n")


def test_an_about_title_with_a_colon_opening_its_paragraph_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert [part.title for part in release.about] == ["About Kestrel Rail"]
    assert release.about[0].text.startswith("Kestrel Rail runs passenger services")
    assert "About Kestrel Rail" in [s.title for s in release.sections]


def test_an_about_title_with_a_colon_opening_its_paragraph_in_german_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert [part.title for part in release.about] == ["Über die Stadtwerke Lindenau"]


def test_a_sentence_about_a_number_with_a_colon_is_no_title():
    text = MARKDOWN.replace("About Kestrel Rail: Kestrel Rail runs", "About 400 kilometres: Kestrel Rail runs")
    release = parse_release(text, name="r.md")
    assert not release.about
