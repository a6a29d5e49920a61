"""A plain-text copy of a web page whose breadcrumbs are set with slashes ("Inicio / Prensa /
Notas") above the headline: the trail is page chrome, not the headline. Words of our own, in two
styles (a Spanish university's page, an English hospital's page)."""

from mediakit.core.analyse import parse_release

UNIVERSITY = """Inicio / Actualidad / Notas de prensa
La Universidad de Almenara abre un laboratorio de robótica para escolares
Almenara, 8 de mayo de 2031.- La Universidad de Almenara ha abierto un laboratorio de robótica en el que 600 escolares de la provincia podrán programar robots durante el próximo curso, según ha informado la institución.
"""

HOSPITAL = """Home / Newsroom / Press releases
Fenmoor Hospital opens a day surgery unit for children
FENMOOR, May 9, 2031 - Fenmoor Hospital has opened a day surgery unit with 12 beds for children, which will treat about 3,000 young patients a year who would otherwise travel to the city, the hospital said.
"""


def test_slash_crumbs_above_a_spanish_headline():
    release = parse_release(UNIVERSITY, name="uni.txt")
    assert release.title == "La Universidad de Almenara abre un laboratorio de robótica para escolares"


def test_slash_crumbs_above_an_english_headline():
    release = parse_release(HOSPITAL, name="hospital.txt")
    assert release.title == "Fenmoor Hospital opens a day surgery unit for children"
    assert "Home / Newsroom / Press releases" not in [s.title for s in release.sections]
