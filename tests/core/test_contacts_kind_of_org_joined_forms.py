"""A contact's organisation read from its address's domain ("cultura" of cultura.gob.es) is the
name the release gives it with the kind of organisation and its joining word before it ("Ministerio
de Cultura", "Mairie de Brionne"); a government's second-level domain (gob.es, gouv.fr) is no
name. Words and numbers of our own, in two styles: a Spanish plain-text scrape and a French
Markdown release."""

from mediakit.core.analyse import parse_release

PLAIN_ES = """El Ministerio de Pesca abre 300 plazas de formación

Madrid, 4 de mayo de 2026

El Ministerio de Pesca abrió hoy 300 plazas de formación para jóvenes del litoral.

Contacto de prensa: Nuria Salcedo | Gabinete de Comunicación | +34 91 347 5518 | nsalcedo@pesca.gob.es
"""

MARKDOWN_FR = """# La Mairie de Brionne rénove sa médiathèque

**Brionne, le 4 mai 2026** – La Mairie de Brionne engage 2 millions d'euros dans la rénovation de sa médiathèque.

**Contact presse :**
Claire Vasseur
02 32 47 19 80
c.vasseur@brionne.gouv.fr
"""


def _orgs(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_release(text, name=name).contacts]


def test_the_domains_name_grows_by_its_kind_and_joining_word():
    assert _orgs(PLAIN_ES, "r.txt") == [("Nuria Salcedo", "Ministerio de Pesca")]
    assert _orgs(MARKDOWN_FR, "r.md") == [("Claire Vasseur", "Mairie de Brionne")]
