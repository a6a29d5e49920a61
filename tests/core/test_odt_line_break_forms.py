"""An OpenDocument paragraph's line breaks stay line breaks, as a Word file's do: a contact card's
lines stay apart, so its desk, organisation and person are read each from its own line.

Fixtures of our own: a Spanish county council's press-office card and a German foundation's
card with a person, each typed as one paragraph with line breaks; a heading and a list item
typed with a break still read as one line.
"""

from __future__ import annotations

from test_formats_documents import odt_bytes

from mediakit.core.analyse import load_release

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document-content>"


def _release(tmp_path, body):
    path = tmp_path / "release.odt"
    path.write_bytes(odt_bytes(HEAD + body + TAIL))
    return load_release(path)


def test_a_desk_card_typed_with_line_breaks_keeps_its_lines(tmp_path):
    release = _release(tmp_path, (
        '<text:h text:outline-level="1">La Diputación abre doce oficinas de empleo</text:h>'
        "<text:p>Cuenca, 4 de mayo de 2026.- La Diputación abrirá doce oficinas de empleo en los pueblos de la "
        "provincia antes del verano.</text:p>"
        "<text:p>Gabinete de Prensa<text:line-break/>Diputación Provincial de Cuenca<text:line-break/>"
        "Tel. 969 17 71 00<text:line-break/>prensa@dipucuenca.example.es</text:p>"))
    assert "Gabinete de Prensa" in [block.text for block in release.blocks]
    assert release.contacts and release.contacts[0].organization == "Diputación Provincial de Cuenca"


def test_a_person_card_typed_with_line_breaks_names_the_person(tmp_path):
    release = _release(tmp_path, (
        '<text:h text:outline-level="1">Stiftung Lesewelt fördert <text:line-break/>zwanzig Schulbibliotheken</text:h>'
        "<text:p>Bremen, 7. Mai 2026 – Die Stiftung Lesewelt stattet in diesem Jahr zwanzig Schulbibliotheken "
        "mit neuen Büchern aus.</text:p>"
        "<text:list><text:list-item><text:p>Bewerbung bis <text:line-break/>30. Juni</text:p></text:list-item></text:list>"
        "<text:p>Pressekontakt<text:line-break/>Jana Köhler<text:line-break/>Stiftung Lesewelt<text:line-break/>"
        "Telefon 0421 98 76 54<text:line-break/>koehler@lesewelt.example.de</text:p>"))
    assert release.title == "Stiftung Lesewelt fördert zwanzig Schulbibliotheken"
    assert any(block.kind == "item" and block.text == "Bewerbung bis 30. Juni" for block in release.blocks)
    assert release.contacts and release.contacts[0].name == "Jana Köhler"
    assert release.contacts[0].organization == "Stiftung Lesewelt"
