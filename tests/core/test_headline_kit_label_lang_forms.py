"""A press kit whose large heading names the kit ("Lumora 5 Pressemappe") and whose release text
stands under a label heading saying it is the original release ("Originaler Text der
Veröffentlichung", "Comunicado de prensa original") with the dateline right under that label and no
headline of its own, in words of our own and two styles (an HTML template page, Markdown): the
label is no headline; the kit's heading is the title shown."""

from mediakit.core.analyse import parse_release

HTML = """{% extends "pages/press/kit5/base.html" %}
{% block kit_content %}
<h1>Lumora 5 Pressemappe</h1>
<img src="/media/img/press/lumora64.png" alt="Lumora Logo" />
<a name="original_release"></a><h2>Originaler Text der Veröffentlichung</h2>
<p>3. MÄRZ 2031 - Das Lumora-Projekt hat heute die Veröffentlichung von Lumora 5 bekannt gegeben, der neuesten
Version seiner freien Tabellenkalkulation, die nun Dateien mit bis zu 20 Millionen Zeilen öffnet.</p>
<p>Lumora wird von mehr als 300 Freiwilligen in 40 Ländern entwickelt.</p>
<h2>Über Lumora</h2>
<p>Lumora ist eine freie Tabellenkalkulation für alle gängigen Betriebssysteme.</p>
{% endblock kit_content %}
"""

MARKDOWN = """# Kit de prensa de Vintra 8

## Comunicado de prensa original

3 de marzo de 2031 - El proyecto Vintra ha anunciado hoy el lanzamiento de Vintra 8, la nueva versión de su
editor de mapas libre, que ahora dibuja capas con hasta 5 millones de puntos.

## Acerca de Vintra

Vintra es un editor de mapas libre desarrollado por voluntarios de 25 países.
"""


def test_the_original_release_label_is_no_headline():
    release = parse_release(HTML, name="de.html")
    assert release.title == "Lumora 5 Pressemappe"
    assert "Originaler Text der Veröffentlichung" not in [s.title for s in release.sections]
    release = parse_release(MARKDOWN, name="es.md")
    assert release.title == "Kit de prensa de Vintra 8"
    assert "Comunicado de prensa original" not in [s.title for s in release.sections]
