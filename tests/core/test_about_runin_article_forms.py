"""A flattened paragraph's run-in "About …" title whose name follows a definite article and comes
back after one ("… this autumn." About the Acme Trust The Acme Trust is …"): the title is cut out
as the About part's, its text starts at the article. Words of our own, in two styles."""

from mediakit.core.analyse import parse_release

FLAT_MARKDOWN = (
    "# Canal trust opens a boatyard museum\n\n"
    "MILLBECK, March 3, 2031 /Wire/ -- The Millbeck Canal Trust opened a boatyard museum today with 40 restored "
    "narrowboats on show. \"Every boat here was saved by a volunteer,\" said Ada Quill, the trust's curator. "
    "About the Millbeck Canal Trust The Millbeck Canal Trust is a charity that has cared for the canal since "
    "1987 and counts 2,300 members. Press contact Lena Moor lena.moor@millbeck.example\n")

FLAT_PLAIN = (
    "Kelterei Auenhof eröffnet eine Mostbar\n\n"
    "AUENHOF, 4. Mai 2031 – Die Kelterei Auenhof hat heute eine Mostbar eröffnet, in der Besucher 14 Sorten "
    "probieren können. „Wir zeigen, was aus heimischem Obst werden kann“, sagte Geschäftsführerin Hanna Vogt. "
    "Über die Kelterei Auenhof Die Kelterei Auenhof presst seit 1961 Obst von Streuobstwiesen der Region "
    "und beschäftigt zwölf Mitarbeiter.\n")


def test_an_about_title_with_an_article_in_a_flattened_markdown_body():
    release = parse_release(FLAT_MARKDOWN, name="r.md")
    assert [part.title for part in release.about] == ["About the Millbeck Canal Trust"]
    assert release.about[0].text.startswith("The Millbeck Canal Trust is a charity")
    assert "About the Millbeck Canal Trust" in [s.title for s in release.sections]


def test_an_about_title_with_an_article_in_flattened_german_plain_text():
    release = parse_release(FLAT_PLAIN, name="r.txt")
    assert [part.title for part in release.about] == ["Über die Kelterei Auenhof"]
    assert release.about[0].text.startswith("Die Kelterei Auenhof presst")


def test_a_sentence_about_a_name_with_an_article_is_no_title():
    text = FLAT_MARKDOWN.replace("About the Millbeck Canal Trust The Millbeck", "About the Millbeck Canal Trust, the")
    release = parse_release(text, name="r.md")
    assert not release.about
