"""A quotation that closes a sentence of reported speech is the subject's: Spanish copy from Spain
writes the perfect tense ("La alcaldesa, Ana Roe, ha señalado que «…»"), German sets a comma
before "dass" ("Bürgermeisterin Ana Roe betonte, dass „…“"). Fixtures in a Spanish Markdown
release and a German HTML page; names, places and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


SPANISH = """# Nueva biblioteca en Valdemora

VALDEMORA, 4 de marzo de 2031. El ayuntamiento abrió una nueva biblioteca en el centro de la ciudad.

La alcaldesa, Lucía Ferrán, ha señalado que «la biblioteca abrirá todos los días hasta las diez de la noche y prestará ordenadores a los estudiantes».

La obra costó dos millones de euros.
"""

GERMAN = """<html><body>
<h1>Neue Bibliothek in Lindhof eröffnet</h1>
<p>LINDHOF, 4. März 2031 &ndash; Die Stadt hat am Montag eine neue Bibliothek am Marktplatz eröffnet.</p>
<p>Bürgermeisterin Lena Hartwig betonte, dass &bdquo;die Bibliothek jeden Tag bis zehn Uhr abends für die Studierenden geöffnet sein wird&ldquo;.</p>
<p>Der Bau hat zwei Jahre gedauert.</p>
</body></html>
"""


def test_spanish_perfect_tense_que():
    found = quotes(SPANISH, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Lucía Ferrán", "alcaldesa")]
    assert found[0][2].startswith("la biblioteca abrirá todos los días")


def test_german_comma_before_dass():
    found = quotes(GERMAN, "release.html")
    assert [(q[0], q[1]) for q in found] == [("Lena Hartwig", "Bürgermeisterin")]
    assert found[0][2].endswith("für die Studierenden geöffnet sein wird")
