"""The contacts part a heading titles ("Kontakt" over websites, a press desk and names) is a
section, though "Kontakt" alone also heads a site's menu; the label lines inside it ("Presseanfragen",
a desk's name) label its cards, no parts of their own. Our own words and numbers, in an HTML page
and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("BIRKENAU, 3. März 2033 - Der Verein Offene Sternwarte Birkenau hat heute sein neues Teleskop "
        "eingeweiht, das an klaren Abenden allen Besucherinnen und Besuchern offensteht.")
LICENCE = ("Alle Bilder des Teleskops dürfen mit Nennung des Vereins frei verwendet werden, auch in "
           "gedruckten Zeitungen und in Sendungen.")
CARD = ["Presseanfragen", "Sternwarte Pressestelle", "presse@sternwarte-birkenau.example", "Telefon: +49 30 5550 1234",
        "Dr. Lotte Brenner", "lotte.brenner@sternwarte-birkenau.example"]


def _html() -> list[str]:
    card = "".join(f"<p>{line}</p>" for line in CARD)
    page = (f"<h1>Sternwarte weiht Teleskop ein</h1><p>{LEAD}</p><h2>Bilder</h2><p>{LICENCE}</p>"
            f"<h2>Kontakt</h2><p>Webseiten</p><ul><li><a href='https://sternwarte-birkenau.example'>Vereinsseite</a></li></ul>"
            f"{card}<h2>Über den Verein</h2><p>Der Verein betreibt die Sternwarte seit vielen Jahren mit Ehrenamtlichen.</p>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _markdown() -> list[str]:
    card = "\n\n".join(CARD)
    text = (f"# Sternwarte weiht Teleskop ein\n\n{LEAD}\n\n## Bilder\n\n{LICENCE}\n\n## Kontakt\n\nWebseiten\n\n"
            f"- [Vereinsseite](https://sternwarte-birkenau.example)\n\n{card}\n\n## Über den Verein\n\n"
            "Der Verein betreibt die Sternwarte seit vielen Jahren mit Ehrenamtlichen.\n")
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_the_contacts_heading_is_a_section_and_its_labels_are_not(style) -> None:
    assert style() == ["Bilder", "Kontakt", "Über den Verein"]
