"""Contact phones written without a country code where no dateline place, filing or country domain
tells the country: the release's language, an address line's country and the numbers it writes in
full point to one, and phonenumbers' validity chooses among them; where nothing points, no guess.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid. Styles: an HTML definition list, a Markdown bullet list, a
plain-text memo with header fields.
"""

from mediakit.core.analyse import parse_release
from mediakit.core.contacts.regions import clue_region
from mediakit.core.document import parse_text


def cards(release):
    return [(c.name, c.organization, c.phones, c.emails) for c in release.contacts]


def test_a_german_release_reads_its_bare_numbers_as_german_html_definition_list():
    html = ("<html><body><h1>Filzwerk Albstadt baut ein zweites Lager</h1>"
            "<p>Balingen-Frommern, 4. Februar 2026 – Die Filzwerk Albstadt GmbH baut ein zweites Lager, "
            "das im Herbst fertig sein wird. Es ist für die Firma der größte Bau seit vielen Jahren und "
            "wird auch von der Gemeinde begrüßt.</p>"
            "<h3>Pressekontakt</h3><dl><dt>Ansprechpartnerin</dt><dd>Ilka Wannenmacher</dd>"
            "<dt>Telefon</dt><dd>07433 27 48-30</dd>"
            "<dt>E-Mail</dt><dd>i.wannenmacher@filzwerk-albstadt.com</dd></dl></body></html>")
    release = parse_release(html, "release.html")
    assert [c.phones for c in release.contacts] == [["+497433274830"]]


def test_an_address_line_country_outranks_the_languages_first_country_markdown_list():
    text = ("# La Coopérative du Jorat ouvre un magasin\n\n"
            "Mézières, le 2 mars 2026 – La coopérative ouvre un magasin pour les produits des fermes de la "
            "région. Il sera ouvert six jours sur sept et les membres y vendent leurs fromages et leurs "
            "légumes dans une ancienne grange.\n\n"
            "Contact presse :\n\n"
            "- Coopérative du Jorat, Route de Servion 4, 1083 Mézières, Suisse\n"
            "- Tél. 021 903 14 22\n"
            "- presse@cooperative-jorat.org\n")
    release = parse_release(text, "release.md")
    assert [c.phones for c in release.contacts] == [["+41219031422"]]


def test_a_number_written_in_full_elsewhere_tells_the_country_of_the_bare_one_plain_memo():
    text = ("TO: News desks\nFROM: Saltmarsh Rail Trust\n\n"
            "Saltmarsh Rail Trust reopens its heritage line\n\n"
            "The Saltmarsh Rail Trust reopened its heritage line today after a winter of repairs to the "
            "viaduct and the station roof.\n\n"
            "Visitor line: +44 1502 730 116\n\n"
            "For further information please contact Wren Abernathy at wren@saltmarshrail.com or on "
            "01502 730 244.\n")
    release = parse_release(text, "release.txt")
    assert cards(release)[0][2] == ["+441502730244"]


def test_nothing_pointing_to_a_country_gives_no_guess_plain_memo():
    text = ("TO: News desks\n\nSaltmarsh Rail Trust reopens its heritage line\n\n"
            "The Saltmarsh Rail Trust reopened its heritage line today after a winter of repairs to the "
            "viaduct and the station roof.\n\n"
            "Media contact: Wren Abernathy, wren@saltmarshrail.com, 01502 730 244\n")
    release = parse_release(text, "release.txt")
    assert cards(release) == [("Wren Abernathy", "Saltmarsh Rail Trust", [], ["wren@saltmarshrail.com"])]


def test_validity_chooses_among_the_languages_countries_markdown_list():
    text = ("# Cooperativa Serra Azul abre armazém\n\n"
            "Uberlândia, 3 de março de 2026 – A cooperativa abriu um armazém com espaço para os grãos de "
            "quarenta produtores, que não tinham onde guardar a colheita. O armazém fica na estrada "
            "municipal e pode receber caminhões ao longo do dia.\n\n"
            "**Contato para imprensa**\n\n"
            "- Joana Teixeira – (34) 3212-4455 – joana@serraazul.coop\n")
    doc = parse_text(text, ".md")
    assert clue_region(doc.blocks) == "BR"
    release = parse_release(text, "release.md")
    assert [c.phones for c in release.contacts] == [["+553432124455"]]


def test_the_leading_language_counts_not_a_foreign_word_or_two():
    doc = parse_text("# Title\n\nThe plant and the depot will open in the spring, with a shop for the "
                     "town; the owners call it a maison du pain.\n\nPhone: 06 12 34 56 78\n", ".md")
    assert clue_region(doc.blocks) is None
