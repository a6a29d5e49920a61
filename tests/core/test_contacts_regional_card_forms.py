"""Regional press-contact cards, one per area, as project pages print them: a label naming the area
("Asia and India", "Oceania", "France et pays francophones"), the person, postal address lines
("B-7 Lotus Housing Society", "Toronto, ON, M5V 1J2", "Ballarat VIC 3350"), a phone written without a
country code, or in full from before its country's plan changed ("+55(41)333-0195"), and the
address. Labels and address lines name no organisation: the cards' domain does. Words and numbers
of our own, in two styles: a PHP page's HTML table and a press kit's template paragraphs."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


TABLE = """<?php include("header.inc"); ?>
<h2>Lumina Ships Version 3.0 of Its Free Photo Editor</h2>
<p align="justify">May 4, 2026 (The INTERNET). The Lumina Project today released Lumina 3.0, its free photo
editor, with 140 new filters. Lumina runs on Linux, Windows and macOS.</p>
<h2>About Lumina</h2>
<p>Lumina is a free photo editor made by volunteers. Lumina is available from the Lumina mirrors.</p>
<h2>Press Contacts</h2>
<table cellpadding="10"><tr valign="top">
<td>
<b>Africa</b><br />
Tendai Moyo<br />
14 Kloof Street<br />
Cape Town<br />
8001<br />
South Africa<br />
Phone: +27-21-555-0142<br />
<a href="&#109;ailto:info-africa&#64;lumina.org">info-africa lumina.org</a><br />
</td>
<td>
<b>Asia and India</b><br />
     Ravi Menon<br/>
     B-7 Lotus Housing Society<br/>
     Kochi<br/>
     India 682001<br/>
     Phone : +91-9847012345<br/>
<a href="mailto:info-asia&#64;lumina.org">info-asia lumina.org</a>
</td>
</tr>
<tr valign="top">
<td>
<b>North America</b><br />
Claire Dubois <br />
250 King St. #410 <br />
Toronto, ON, M5V 1J2 <br />
Canada<br />
Phone: (416)-555-0177 <br />
<a href="mailto:info-northamerica&#64;lumina.org">info-northamerica lumina.org</a><br />
</td>
<td>
<b>Oceania</b><br />
Liam Hart<br />
9 Wattle Road<br />
Ballarat VIC 3350<br />
Australia<br />
Phone: (+61)412 345678<br />
<a href="mailto:info-oceania&#64;lumina.org">info-oceania lumina.org</a><br />
</td>
</tr>
<tr><td>
<b>South America</b><br />
Joao Prado<br />
Rua das Flores 55<br />
Curitiba, PR 80010-010<br />
Brazil<br />
Phone: +55(41)333-0195 / +55(41)333-0196<br />
<a href="mailto:info-southamerica&#64;lumina.org">info-southamerica lumina.org</a><br />
</td></tr></table>
<?php include("footer.inc"); ?>
"""

KIT = """{%extends "base/page.html"%}
{%block contents%}
<h1>Dossier de presse Lumina 3.0</h1>
<h2>Lumina 3.0 : 140 nouveaux filtres</h2>
<p>Le projet Lumina publie aujourd'hui Lumina 3.0. Lumina est un logiciel libre, et Lumina fonctionne partout.</p>
<a name="contact"></a><h2>Contacts</h2>
<p>Pages Web</p>
<ul><li><a href="https://www.lumina.org">Page d'accueil Lumina</a></li></ul>
<p>Contact presse</p>
<p>France et pays francophones<br />
Amélie Roux<br />
<a href="mailto:fr@lumina.org">fr at lumina dot org</a><br />
+33 (0) 612 34 56 78</p>
<p>Pour les contacts d'autres régions, consulter la liste des contacts internationaux.</p>
<h2>À propos de Lumina</h2>
<p>Lumina est un éditeur de photos libre.</p>
{% endblock %}
"""


def test_area_labels_and_address_lines_are_no_card_organisation():
    cards = _cards(TABLE, "r.php")
    assert [c[:2] for c in cards] == [("Tendai Moyo", "Lumina"), ("Ravi Menon", "Lumina"), ("Claire Dubois", "Lumina"),
                                      ("Liam Hart", "Lumina"), ("Joao Prado", "Lumina")]


def test_a_cards_phones_read_in_its_country_or_as_written_in_full():
    phones = [c[2] for c in _cards(TABLE, "r.php")]
    assert phones == [["+27215550142"], ["+919847012345"], ["+14165550177"], ["+61412345678"],
                      ["+55413330195", "+55413330196"]]


def test_an_area_joined_to_a_few_words_labels_a_kits_card():
    assert _cards(KIT, "r.html") == [("Amélie Roux", "Lumina", ["+33612345678"], ["fr@lumina.org"])]
