"""A desk's card with no label, its fields stacked as lines: the desk's name ending in its
organisation's ("Prensa Club X", "Press Office Harbour Trust"), then only a bare e-mail address and
a bare phone: that organisation's desk, no person."""

from mediakit.core.analyse import parse_release

SCRAPE_ES = """Club Deportivo Arenales ficha a su nuevo entrenador

Arenales, 3 de marzo de 2031.- El club presentó hoy a su nuevo entrenador, que firma por dos temporadas.

El club cuenta con 14.000 socios.

Prensa Club Deportivo Arenales
prensa@cdarenales.example.es
+34 968 21 44 50

Compartir en Facebook | Compartir en X
"""

PAGE_EN = """<html><body><article><h1>Harbour Trust opens a new slipway</h1>
<p>LOWMERE, UK, 3 March 2031 – The trust opened a slipway for 40 small boats.</p>
<p>The slipway cost £1.2 million.</p>
<p>Press Office Lowmere Harbour Trust</p>
<p>press@lowmereharbour.example.org.uk</p>
<p>+44 20 7946 0321</p>
</article></body></html>"""


def contacts(text: str, name: str) -> list[tuple]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_spanish_clubs_stacked_press_card_is_the_clubs_desk():
    assert contacts(SCRAPE_ES, "entrenador.txt") == [
        (None, "Club Deportivo Arenales", ["+34968214450"], ["prensa@cdarenales.example.es"])]


def test_an_english_pages_stacked_press_office_card_is_the_trusts_desk():
    assert contacts(PAGE_EN, "slipway.html") == [
        (None, "Lowmere Harbour Trust", ["+442079460321"], ["press@lowmereharbour.example.org.uk"])]
