"""A paragraph that only names the speaker and ends in a colon ("Harbour master Ian Crowe said:"),
then the quotation as a block quotation with no quote marks, as government sites set them: the
block quotation is the speaker's words, its later paragraphs going on it. Words of our own, in
two styles (an English agency's page, a Spanish town hall's page)."""

from mediakit.core.analyse import parse_release

AGENCY = """<html><body><h1>Harbour wall repaired ahead of winter storms</h1>
<p>The harbour wall at the north quay has been repaired after six months of work costing
£3.1 million, the authority said on Tuesday.</p>
<p>Harbour master Ian Crowe said:</p>
<blockquote><p>The wall took the full force of last winter's storms and is now ready for whatever the sea brings next.</p></blockquote>
<p>Councillor Ruth Amsel said:</p>
<blockquote><p>The quay is the heart of the town and this work keeps it open for the boats.</p>
<p>We thank the crews who worked through the spring tides to finish it.</p></blockquote>
</body></html>
"""

TOWN = """<html><body><h1>El Ayuntamiento abre un nuevo parque junto al río</h1>
<p>El nuevo parque de la ribera, de cuatro hectáreas, abrió este lunes tras un año de obras con un
coste de 1,2 millones de euros.</p>
<p>La alcaldesa, Ana Ruiz Peña, declaró:</p>
<blockquote><p>Hemos devuelto el río a los vecinos, que por fin pueden pasear a la sombra junto al agua.</p></blockquote>
</body></html>
"""


def test_a_said_colon_paragraph_gives_the_blockquote_its_speaker():
    quotes = parse_release(AGENCY, name="news.html").quotes
    assert [(q.speaker, q.role) for q in quotes] == [("Ian Crowe", "Harbour master"), ("Ruth Amsel", "Councillor")]
    assert quotes[0].text.startswith("The wall took the full force")
    assert quotes[1].text.endswith("spring tides to finish it.")


def test_a_spanish_declaro_colon_paragraph_gives_the_blockquote_its_speaker():
    quotes = parse_release(TOWN, name="nota.html").quotes
    assert [q.speaker for q in quotes] == ["Ana Ruiz Peña"]
    assert quotes[0].text.startswith("Hemos devuelto el río")
