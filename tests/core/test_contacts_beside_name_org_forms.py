"""An organisation of no known kind written on the line of the card's name, as a name is written
("Jens Holm | Nordvind A/S", "Fiona Roe, Press Officer, Riverside Museum of Transport"), is the
card's organisation, not the one its e-mail domain spells (made-up releases in Markdown and HTML)."""

from mediakit.core.analyse import parse_release


def test_a_markdown_table_row_with_the_organisation_column():
    text = ("# Baltic Wind Alliance reaches a milestone\n\n**Gdańsk, 12 June 2026** – Members of the Baltic Wind "
            "Alliance now operate more offshore wind capacity than ever.\n\n## Press contacts\n\n"
            "| Name | Organisation | Phone | Email |\n|---|---|---|---|\n"
            "| Jens Holm | Nordvind A/S | +45 33 12 34 56 | jh@nordvind.dk |\n")
    assert [(c.name, c.organization) for c in parse_release(text, name="r.md").contacts] == [("Jens Holm", "Nordvind A/S")]


def test_an_html_card_with_name_role_and_organisation_on_one_line():
    html = ("<html><body><h1>Riverside Museum opens a gallery</h1><p>GLASGOW, 3 May 2026 – The museum opens a new "
            "gallery dedicated to shipbuilding.</p><h2>Press contact</h2><div class=\"vcard\"><span class=\"fn\">"
            "Fiona MacLeod</span>, <span class=\"title\">Press Officer</span>, <span class=\"org\">Riverside Museum "
            "of Transport</span><br>Tel: 0141 287 2720<br>Email: fiona@riversidemuseum.org.uk</div></body></html>")
    [card] = parse_release(html, name="r.html").contacts
    assert (card.name, card.role, card.organization) == ("Fiona MacLeod", "Press Officer", "Riverside Museum of Transport")


def test_one_unknown_word_beside_the_name_is_no_organisation():
    text = ("# Riverside Museum opens a gallery\n\n**GLASGOW, 3 May 2026** – The museum opens a new gallery.\n\n"
            "Press contact: Fiona MacLeod, Archivist, 0141 287 2720, fiona@riversidemuseum.org.uk\n")
    assert [c.organization for c in parse_release(text, name="r.md").contacts] != ["Archivist"]
