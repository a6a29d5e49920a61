"""The organisation a contact's one-word domain names, where the release writes its name after a
definite article ("El Arbolada Energy Group anuncia …"): the name without the article. Words and
numbers of our own, in two styles: a Spanish release in Markdown and in HTML."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


MARKDOWN = """# El Arbolada Energy Group abre un centro de estudios marinos

VALENCIA, 19 de marzo de 2026 - El Arbolada Energy Group anuncia hoy la apertura de un centro con 30 investigadores. \
El centro del Arbolada Energy Group estudiará las praderas marinas del Mediterráneo.

## Acerca del Arbolada Energy Group

El Arbolada Energy Group protege el litoral desde 2004.

Contacto de prensa: Lucía Ortega, prensa@arbolada.es, +34 963 55 01 42
"""

HTML = """<html><body><h1>El Arbolada Energy Group abre un centro de estudios marinos</h1>
<p>VALENCIA, 19 de marzo de 2026 &ndash; El Arbolada Energy Group anuncia hoy la apertura de un centro con 30
investigadores. El centro del Arbolada Energy Group estudiará las praderas marinas.</p>
<h2>Contacto de prensa</h2>
<p>Lucía Ortega<br>prensa@arbolada.es<br>+34 963 55 01 42</p>
</body></html>"""


def test_the_article_before_the_organisations_name_is_no_part_of_it():
    card = ("Lucía Ortega", "Arbolada Energy Group", ["+34963550142"], ["prensa@arbolada.es"])
    assert _cards(MARKDOWN, "r.md") == [card]
    assert _cards(HTML, "r.html") == [card]
