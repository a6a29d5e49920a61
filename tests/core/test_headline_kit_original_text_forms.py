"""A press kit's heading over the release it holds, in the words French, Spanish and Portuguese
kits use ("Texte original", "Texto original", "Texto original das notas de lançamento"): a label,
so the release's own heading under it is the headline, not the label. Words of our own, in two
styles (a French HTML kit page and a Spanish Markdown kit)."""

from mediakit.core.analyse import parse_release

FRENCH = """{%extends "base/page.html"%}
{%block title%}Lanterne 9 Press Kit{%endblock%}
{%block contents%}
<h1>Dossier de presse Lanterne 9</h1>
<a name="original"></a><h2>Texte original</h2>
<h2>Lanterne 9 : des cartes deux fois plus rapides</h2>
<p>Le projet Lanterne annonce aujourd'hui la sortie de Lanterne 9, la nouvelle version
de son serveur de cartes libre, qui dessine les tuiles deux fois plus vite et ajoute les cartes hors ligne.</p>
<a name="features"></a><h2>Fonctionnalités</h2>
<p>Un nouvel éditeur de styles et la prise en charge des téléphones et des tablettes.</p>
{%endblock%}
"""

SPANISH = """# Dossier de prensa Linterna 9

## Texto original

## Linterna 9 dibuja los mapas el doble de rápido

6 de mayo de 2031 – El proyecto Linterna anunció hoy Linterna 9, la nueva versión de su servidor de
mapas libre, que dibuja las teselas el doble de rápido y añade mapas sin conexión para móviles.

## Funciones

Un nuevo editor de estilos y mapas sin conexión para equipos de campo.
"""


def test_a_french_kit_label_over_the_release_heading():
    release = parse_release(FRENCH, name="kit.html")
    assert release.title == "Lanterne 9 : des cartes deux fois plus rapides"


def test_a_spanish_kit_label_over_the_release_heading_in_markdown():
    release = parse_release(SPANISH, name="kit.md")
    assert release.title == "Linterna 9 dibuja los mapas el doble de rápido"
    assert release.date == "2031-05-06"
