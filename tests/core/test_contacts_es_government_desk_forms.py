"""A Latin-American press office heads its card with the office's name ("Oficina de Comunicaciones",
"Coordinación de Comunicación Social"): a desk, never the contact's name, and the organisation below it
stays whole even where it ends in a place ("Secretaría de Turismo de Baja California", no person "Baja
California"). Fixtures of our own: a Colombian city hall's release in Markdown and a Mexican state
ministry's bulletin in HTML."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_an_office_heading_over_a_named_card_is_no_name() -> None:
    text = ("# La Alcaldía de Valleverde abre convocatoria cultural\n\nValleverde, 4 de mayo de 2031. La Alcaldía "
            "abrió una convocatoria para 60 proyectos culturales.\n\n### Oficina de Comunicaciones\n\n"
            "Juliana Ospina, jefa de prensa\nAlcaldía de Valleverde\nCelular: +57 315 220 4811\n"
            "juliana.ospina@valleverde.example.gov.co\n")
    contact = parse_release(text, suffix=".md").contacts[0]
    assert (contact.name, contact.organization) == ("Juliana Ospina", "Alcaldía de Valleverde")


def test_a_social_communication_desk_of_a_ministry_named_with_its_state() -> None:
    html = ("<html><body><h1>Baja California recibe 3 millones de turistas</h1><p>Mexicali, 2 de junio de 2031. "
            "La entidad recibió 3 millones de visitantes.</p><p><strong>Coordinación de Comunicación Social</strong><br>"
            "Secretaría de Turismo de Baja California<br>Tel. +52 686 558 1000<br>prensa@turismo.bc.example.mx</p>"
            "</body></html>")
    contacts = parse_release(html, suffix=".html").contacts
    assert [(c.name, c.organization, c.emails) for c in contacts] == [
        (None, "Secretaría de Turismo de Baja California", ["prensa@turismo.bc.example.mx"])]
