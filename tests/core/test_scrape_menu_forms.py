"""A plain-text copy of a web page drops the site's menu and breadcrumbs above the release.

Fixtures of our own: a regional theatre's page copied with its menu of one-word lines over
the headline, and a Spanish town hall's page with its menu and its "Inicio › Actualidad ›
…" breadcrumbs. Kept: a release opening with a few short label lines, and a media advisory's
"WHO:" / "WHAT:" lines.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

THEATRE = """Skip to content
Home
What's on
Tickets
Visit
Support us

Riverside Playhouse announces a season of new writing
Posted 9 September 2026

The Riverside Playhouse will stage six new plays by writers from the region this season, its largest programme of new work since the theatre reopened.

Tickets go on sale on Monday.
"""

TOWN_HALL = """Ayuntamiento
Sede electrónica
Trámites
Contacto
Inicio › Actualidad › Notas de prensa

El Ayuntamiento amplía el horario de las bibliotecas municipales
Ronda, 3 de noviembre de 2026. Las cuatro bibliotecas municipales abrirán también los sábados por la tarde a partir del próximo mes, según ha anunciado hoy el Ayuntamiento.
"""


def test_a_scrapes_menu_lines_are_not_its_headline():
    release = parse_release(THEATRE, "page.txt")
    assert release.title == "Riverside Playhouse announces a season of new writing"
    assert not any(block.text in ("Tickets", "Visit", "Support us") for block in release.blocks)
    assert any("menu" in note for note in release.warnings)


def test_a_scrapes_breadcrumbs_and_menu_go_above_a_spanish_release():
    release = parse_release(TOWN_HALL, "pagina.txt")
    assert release.title == "El Ayuntamiento amplía el horario de las bibliotecas municipales"
    assert not any("›" in block.text or block.text == "Trámites" for block in release.blocks)


def test_short_label_lines_and_an_advisorys_field_lines_stay():
    release = parse_release("PRESS RELEASE\nFor immediate release\nEmbargo: none\n\nCity opens new library\n\n"
                           "The city opened its new central library on Saturday, with 80,000 books on four floors "
                           "and a rooftop reading room.\n", "release.txt")
    assert release.title == "City opens new library"
    advisory = parse_release("MEDIA ADVISORY\n\nWHO:\nWHAT:\nWHEN:\nWHERE:\n\nThe mayor will open the new central "
                            "library on Saturday, with 80,000 books on four floors and a rooftop reading room.\n",
                            "advisory.txt")
    assert [block.text for block in advisory.blocks if block.text.endswith(":")][:2] == ["WHO:", "WHAT:"]
