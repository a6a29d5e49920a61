"""A multiple written with the multiplier's word before the number ("um den Faktor 3", "by a
factor of 4", "en un factor de 5"), in words of our own and two styles (plain text, an HTML
page): the number is a figure, a multiple (×), though no noun follows it."""

from mediakit.core.analyse import parse_release

TEXT = """Stadtwerke Ellerbach beschleunigen Netzausbau

Ellerbach, 4. Mai 2031 – Die Stadtwerke Ellerbach haben die Anschlusszeiten für neue Solaranlagen verkürzt.
Nach der Umstellung auf digitale Anträge sank die Wartezeit um den Faktor 3.
Bis Jahresende sollen 1.200 weitere Anlagen angeschlossen werden.
"""

HTML = """<html><body><h1>Harlow Grid Cuts Repair Times</h1>
<p>LEEDS, May 4, 2031 – Harlow Grid said its new fault sensors cut repair times by a factor of 4 across
its northern network.</p>
<p>En la red de Valdemora, el mismo sistema redujo las interrupciones en un factor de 5.</p>
</body></html>"""


def _multiples(release):
    return sorted(f.value for f in release.figures if f.unit == "×")


def test_a_multiplier_word_before_the_number_makes_a_multiple():
    assert _multiples(parse_release(TEXT, name="r.txt")) == [3]
    assert _multiples(parse_release(HTML, name="r.html")) == [4, 5]
